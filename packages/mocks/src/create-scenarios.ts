import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { countApiResponse, increment, type MockStats } from './mock-stats.js';
import { createRateLimitWindows, type RateLimitSpec, type RateLimitWindowState } from './rate-limit-windows.js';

/** Which requests a scenario applies to; defaults: every API path, every method, once. */
export interface ScenarioMatch {
  /** A path of the platform's spec, relative to the API base, e.g. `/api/v2/routing/queues` or `/agents/{agentId}`. */
  path?: string;
  /** HTTP method; default any. */
  method?: string;
  /** How many matching requests get the fault before the scenario steps aside; default 1 (`Infinity` for always). */
  times?: number;
}

export interface UnauthorizedScenario extends ScenarioMatch {
  /** Platform error code; default the platform's "expired credentials" code. */
  code?: string;
}

export interface ForbiddenScenario extends ScenarioMatch {
  /** Permissions reported missing; default: those the called operation requires (Genesys), else a typical read's. */
  permissions?: string[];
}

export type RateLimitedScenario =
  | (ScenarioMatch & {
      /** `Retry-After` in seconds; `null` sends no Retry-After header (NICE CXone often does not). Default 1. */
      retryAfterSeconds?: number | null;
      /** Send Retry-After as an HTTP-date instead of delta-seconds. */
      retryAfterAsHttpDate?: boolean;
    })
  | {
      /**
       * Sustained limit per OAuth client (the client of the request's bearer token, as the platform counts): at
       * most this many requests per one-second window of the mock's clock; the rest get 429 + Retry-After (whole
       * seconds to the next window). Genesys Cloud answers carry the window in `inin-ratelimit-*`, 200s included.
       */
      requestsPerSecond: number;
      /**
       * Report the window in the platform's rate-limit headers (Genesys `inin-ratelimit-*`); `false`: no rate-limit
       * header on any answer, a 429 carries only `Retry-After` (Genesys Cloud since 2021). Default: the mock's
       * `rateLimitHeaders` option (true).
       */
      rateLimitHeaders?: boolean;
      path?: string;
      method?: string;
    };

export interface ServerErrorScenario extends ScenarioMatch {
  /** 500, 502, 503 or 504; default 503. */
  status?: number;
  retryAfterSeconds?: number;
}

export interface LatencyScenario extends Omit<ScenarioMatch, 'times'> {
  /** Added delay per request in ms. */
  ms: number;
  /** Default `Infinity`. */
  times?: number;
}

/** How a platform words its faults (status line, headers and body). */
export interface PlatformFaults {
  unauthorized(request: Request, code: string | undefined): Response;
  forbidden(request: Request, permissions: string[] | undefined): Response;
  /** `window`: the sustained limiter's window, reported in the platform's rate-limit headers unless `report` is false. */
  rateLimited(request: Request, retryAfter: string | null, window?: RateLimitWindowState, report?: boolean): Response;
  serverError(request: Request, status: number, retryAfterSeconds: number | undefined): Response;
}

interface ScenarioContext {
  apiBaseUrl: string;
  tokenEndpoint: string;
  faults: PlatformFaults;
  stats: MockStats;
  clock: () => number;
  /** Whose rate limit a request counts against (the OAuth client of a valid bearer token); undefined: not counted. */
  rateLimitKey: (request: Request) => string | undefined;
  /**
   * The window a request was counted in, for the platform's answer to report (Genesys `inin-ratelimit-*`); `null`:
   * counted by a limiter that reports nothing (the answer carries no rate-limit header).
   */
  reportedWindows: WeakMap<Request, RateLimitWindowState | null>;
  /** The sustained limit that counted each request (the org's published limit answers with it); optional. */
  countingLimits?: WeakMap<Request, RateLimitSpec>;
  /** Whether a sustained limiter reports its window by default (the mock's `rateLimitHeaders`); default true. */
  rateLimitHeaders?: boolean;
}

/** `/agents/{agentId}` -> `/agents/:agentId` (MSW's path syntax). */
function toMswPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}

/**
 * Fault scenarios as MSW handlers to put in front of a platform's handlers (`server.use(...)` in tests,
 * `sandbox.use(...)` on the loopback sandbox). Each answers its fault for `times` matching requests and then steps
 * aside (returns nothing), so the platform's normal handlers answer again.
 */
export function createScenarios(context: ScenarioContext) {
  const { apiBaseUrl, tokenEndpoint, faults, stats, clock, rateLimitKey, reportedWindows } = context;
  const fault = (
    name: string,
    match: ScenarioMatch,
    answer: (request: Request) => Response | undefined | Promise<Response | undefined>,
    url?: string,
  ): HttpHandler => {
    let remaining = match.times ?? 1;
    const method = match.method?.toUpperCase();
    return http.all(url ?? `${apiBaseUrl}${match.path ? toMswPath(match.path) : '/*'}`, async ({ request }) => {
      if (remaining <= 0 || (method !== undefined && request.method !== method)) return undefined;
      const response = await answer(request);
      if (response === undefined) return undefined;
      remaining -= 1;
      increment(stats.faultsInjected, name);
      if (url === undefined) countApiResponse(stats, response.status);
      return response;
    });
  };

  return {
    /** 401 with the platform's body although the token is valid: the client must get a new token and replay once. */
    unauthorized: (options: UnauthorizedScenario = {}) =>
      fault('unauthorized', options, (request) => faults.unauthorized(request, options.code)),

    /** 403 with the platform's missing-permission body. */
    forbidden: (options: ForbiddenScenario = {}) =>
      fault('forbidden', options, (request) => faults.forbidden(request, options.permissions)),

    /** 429: a burst (`times`, `retryAfterSeconds`) or a sustained `requestsPerSecond` limit. */
    rateLimited: (options: RateLimitedScenario = {}) => {
      if ('requestsPerSecond' in options) {
        const windows = createRateLimitWindows({ requestsPerWindow: options.requestsPerSecond, windowSeconds: 1 }, clock);
        const report = options.rateLimitHeaders ?? context.rateLimitHeaders ?? true;
        if (typeof report !== 'boolean') {
          throw new TypeError(`[@ccaas/mocks] rateLimited: rateLimitHeaders must be true or false, got ${JSON.stringify(report)}`);
        }
        return fault('rateLimited', { ...options, times: Number.POSITIVE_INFINITY }, (request) => {
          const key = rateLimitKey(request);
          if (key === undefined) return undefined; // no valid token: the platform's auth guard answers
          const window = windows.hit(key);
          if (!window.exceeded) {
            reportedWindows.set(request, report ? window : null);
            context.countingLimits?.set(request, windows.spec);
            return undefined;
          }
          return faults.rateLimited(request, String(window.resetSeconds), window, report);
        });
      }
      const seconds = options.retryAfterSeconds === undefined ? 1 : options.retryAfterSeconds;
      return fault('rateLimited', options, (request) => {
        if (seconds === null) return faults.rateLimited(request, null);
        const value = options.retryAfterAsHttpDate ? new Date(clock() + seconds * 1000).toUTCString() : String(seconds);
        return faults.rateLimited(request, value);
      });
    },

    /** 5xx burst (503 by default). */
    serverErrors: (options: ServerErrorScenario = {}) =>
      fault('serverErrors', options, (request) => faults.serverError(request, options.status ?? 503, options.retryAfterSeconds)),

    /** The connection fails (fetch rejects with a network error). */
    networkErrors: (options: ScenarioMatch = {}) => fault('networkErrors', options, () => HttpResponse.error()),

    /** Adds `ms` of latency, then lets the normal handler answer. */
    latency: (options: LatencyScenario) => {
      let remaining = options.times ?? Number.POSITIVE_INFINITY;
      const method = options.method?.toUpperCase();
      return http.all(`${apiBaseUrl}${options.path ? toMswPath(options.path) : '/*'}`, async ({ request }) => {
        if (remaining <= 0 || (method !== undefined && request.method !== method)) return undefined;
        remaining -= 1;
        increment(stats.faultsInjected, 'latency');
        await delay(options.ms);
        return undefined;
      });
    },

    /** The token endpoint fails with `status` (default 503) `times` times. */
    tokenEndpointErrors: (options: { status?: number; times?: number } = {}) =>
      fault(
        'tokenEndpointErrors',
        { times: options.times },
        () => {
          stats.tokenRequests += 1;
          return HttpResponse.json(
            { error: 'temporarily_unavailable', error_description: 'the token service is unavailable' },
            { status: options.status ?? 503 },
          );
        },
        tokenEndpoint,
      ),
  };
}

export type PlatformScenarios = ReturnType<typeof createScenarios>;
