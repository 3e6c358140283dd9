/**
 * Starts paced, not learning: Genesys Cloud stopped sending `inin-ratelimit-*` headers in 2021, so without this the
 * client learns its allowance from its first 429s. The org publishes its effective limits instead
 * (`GET /api/v2/organizations/limits/namespaces/platform.api`, no permission required by the spec, a
 * `LimitsEntityListing`): `client.credentials.token.rate.per.minute` (300 by default) for a client-credentials token,
 * `token.rate.per.minute` (300) for a user's token, both counted per token. The client reads it once, through its
 * own authorized fetch (so the read counts against the same limiter), and hands it to auth-core's limiter as a
 * promised `rateLimit.initialAllowance`. Any failure (403 or 404 for a token or org without it, a network error, an
 * odd body) leaves the limiter learning from 429s, as before; the read's attempt is reported to `onAttempt` like any
 * other, and the user's call never fails because of it.
 */
import createClient from 'openapi-fetch';
import type { FetchLike, RateAllowance } from '@ccaas/auth-core';
import type { paths as OrganizationPaths, components as OrganizationComponents } from './generated/organization.js';

/** The `platform.api` limit that bounds one token of the grant in use. */
export const perTokenRateLimitKey = {
  'client-credentials': 'client.credentials.token.rate.per.minute',
  user: 'token.rate.per.minute',
} as const;

export type GenesysGrantKind = keyof typeof perTokenRateLimitKey;

/** How long the lookup may take before it is abandoned (the limiter keeps learning). */
const lookupTimeoutMs = 30_000;
/**
 * How long a call made while the first call and the lookup are in flight waits for them: the token, one answer and
 * one lookup are typically well under this; a slower answer (a 429 or 5xx being retried) must not hold calls back.
 */
const defaultSeedWaitMs = 2_000;

function greatestCommonDivisor(a: number, b: number): number {
  return b === 0 ? a : greatestCommonDivisor(b, a % b);
}

/**
 * The allowance for the limiter from the org's `platform.api` limits, or undefined when the listing has no usable
 * per-token rate. The per-minute rate is paced over the shortest window that keeps it exact (300/min: 5 per second),
 * so no second of the minute gets more than its share: that holds whether the platform counts the minute as a fixed
 * or a sliding window, at the price of the burst a fresh minute would allow.
 */
export function allowanceFromOrgLimits(
  listing: OrganizationComponents['schemas']['LimitsEntityListing'] | undefined,
  grant: GenesysGrantKind,
): RateAllowance | undefined {
  const key = perTokenRateLimitKey[grant];
  const entry = listing?.entities?.find((limit) => limit.key === key && (limit.namespace === undefined || limit.namespace === 'platform.api'));
  const perMinute = Math.floor(entry?.value ?? 0);
  if (!(perMinute > 0) || !Number.isSafeInteger(perMinute)) return undefined;
  const divisor = greatestCommonDivisor(perMinute, 60);
  return { requests: perMinute / divisor, windowMs: 60_000 / divisor };
}

/** Reads the org's per-token allowance through `fetch` (the client's authorized fetch); undefined on any failure. */
export async function readOrgRateAllowance(fetch: FetchLike, settings: OrgRateAllowanceSettings): Promise<RateAllowance | undefined> {
  try {
    const headers = { Accept: 'application/json', ...settings.headers };
    const organization = createClient<OrganizationPaths>({ baseUrl: settings.apiBaseUrl, fetch, headers });
    const { data } = await organization.GET('/api/v2/organizations/limits/namespaces/{namespaceName}', {
      params: { path: { namespaceName: 'platform.api' } },
      signal: AbortSignal.timeout(lookupTimeoutMs),
    });
    return allowanceFromOrgLimits(data, settings.grant);
  } catch {
    return undefined; // 403/404 thrown as typed errors, network errors, timeouts: keep learning from 429s
  }
}

export interface OrgRateAllowanceSettings {
  apiBaseUrl: string;
  grant: GenesysGrantKind;
  /** The client's extra headers (a proxy's, a User-Agent): sent with the lookup as with every API request. */
  headers?: Record<string, string> | undefined;
  /** How long a call made while the allowance is being read waits for it at most; default 2 s. */
  seedWaitMs?: number;
}

export interface OrgRateAllowanceSeeder {
  /** For `rateLimit.initialAllowance`: resolves once the lookup has answered (undefined when it could not). */
  readonly allowance: Promise<RateAllowance | undefined>;
  /** The API fetch with the lookup behind the client's first call (see createOrgRateAllowanceSeeder). */
  gate(fetch: FetchLike): FetchLike;
}

/**
 * Seeds the limiter on first use. The client's first call goes out at once and alone: it gets the token, with the
 * token errors and single-use codes of a client without this. Once it has an answer (so a token exists) the limits
 * are read; calls made meanwhile wait for that read, at most `seedWaitMs` from when they were made: they would have
 * waited for the token anyway, and a burst of first calls then goes out paced instead of spending the first window
 * and learning from its 429s. When the first call fails before an answer, the next call is the first again.
 */
export function createOrgRateAllowanceSeeder(settings: OrgRateAllowanceSettings): OrgRateAllowanceSeeder {
  const seedWaitMs = settings.seedWaitMs ?? defaultSeedWaitMs;
  let resolveAllowance!: (allowance: RateAllowance | undefined) => void;
  const allowance = new Promise<RateAllowance | undefined>((resolve) => (resolveAllowance = resolve));
  /** The first call until it is answered, then the read of the limits; undefined before the first call. */
  let pending: Promise<unknown> | undefined;
  let settled = false;

  function boundedWait(until: Promise<unknown>): Promise<unknown> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const bound = new Promise<void>((resolve) => (timer = setTimeout(resolve, seedWaitMs)));
    return Promise.race([until, bound]).finally(() => clearTimeout(timer));
  }

  return {
    allowance,
    gate(fetch) {
      const readLimits = () =>
        readOrgRateAllowance(fetch, settings).then((value) => {
          settled = true;
          resolveAllowance(value);
        });
      return (input, init) => {
        if (settled) return fetch(input, init);
        if (pending === undefined) {
          const call = fetch(input, init);
          pending = call.then(readLimits, () => {
            pending = undefined; // no answer (no token, network): the next call tries again
          });
          return call;
        }
        return boundedWait(pending).then(() => fetch(input, init));
      };
    },
  };
}
