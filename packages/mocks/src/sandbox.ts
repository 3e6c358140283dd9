/**
 * Both simulated platforms served over HTTP on 127.0.0.1 (`startSandbox`), with a control API.
 *
 * @packageDocumentation
 * @module @ccaas/mocks/sandbox
 */
// msw first: its import is the first statement the declaration file keeps, so this comment names the module.
import { getResponse, http, HttpResponse, type RequestHandler } from 'msw';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createCxoneMock, cxoneSandboxCredentials, type CxoneMock, type CxoneMockOptions } from './create-cxone-mock.js';
import {
  createGenesysCloudMock,
  genesysCloudSandboxCredentials,
  type GenesysCloudMock,
  type GenesysCloudMockOptions,
} from './create-genesys-cloud-mock.js';
import { scenarioOptionNames, unknownScenarioOptions } from './scenario-options.js';
import { acceptNotificationSocket } from './sandbox-notifications-socket.js';

/** Options of {@link startSandbox}. */
export interface SandboxOptions {
  /** Port on 127.0.0.1; default 0 (a free port). */
  port?: number;
  /** Options of the simulated Genesys Cloud (its hosts are the sandbox's). */
  genesysCloud?: Omit<GenesysCloudMockOptions, 'apiBaseUrl' | 'loginBaseUrl' | 'region'>;
  /** Options of the simulated NICE CXone tenant (its hosts are the sandbox's). */
  cxone?: Omit<CxoneMockOptions, 'issuer' | 'apiEndpoint'>;
  /** Called with one line per request (`GET /genesys-cloud/api/api/v2/users -> 200`). */
  onRequest?: (line: string) => void;
}

export interface Sandbox {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  genesysCloud: GenesysCloudMock;
  cxone: CxoneMock;
  /**
   * Environment variables that point the examples (and `createXClient` options) at this sandbox. Named keys, so
   * `sandbox.env.GENESYS_CLIENT_ID` is a `string` under `noUncheckedIndexedAccess` too.
   */
  env: SandboxEnv;
  /** Puts handlers (usually scenarios) in front, like MSW's `server.use()`. */
  use(...handlers: RequestHandler[]): void;
  /** Removes every handler added with `use()` and every override of the platforms. */
  resetScenarios(): void;
  /** Closes the server and every open connection. */
  stop(): Promise<void>;
}

/** The variables of {@link Sandbox.env}. */
export type SandboxEnv = Record<
  | 'GENESYS_CLIENT_ID'
  | 'GENESYS_CLIENT_SECRET'
  | 'GENESYS_API_BASE_URL'
  | 'GENESYS_LOGIN_BASE_URL'
  | 'CXONE_ACCESS_KEY_ID'
  | 'CXONE_ACCESS_KEY_SECRET'
  | 'CXONE_CLIENT_ID'
  | 'CXONE_CLIENT_SECRET'
  | 'CXONE_ISSUER'
  | 'CXONE_DIGITAL_ENDPOINT',
  string
>;

// The command line (`npx @ccaas/mocks sandbox`, `npm run sandbox`); it calls startSandbox at run time only.
export { parseSandboxArgs, runSandboxCli, sandboxUsage, SandboxUsageError, type SandboxCommand } from './sandbox-cli.js';

type ScenarioName = keyof GenesysCloudMock['scenarios'];
const scenarioNames: ScenarioName[] = ['unauthorized', 'forbidden', 'rateLimited', 'serverErrors', 'networkErrors', 'latency', 'tokenEndpointErrors'];

/**
 * Serves both simulated platforms (the same MSW handlers tests use) over real HTTP on 127.0.0.1, so examples, the
 * demo and benchmarks run without credentials. Genesys Cloud lives under `/genesys-cloud/{api,login}`, NICE CXone
 * under `/nice-cxone/{auth,api}`. A control API under `/__sandbox` lets another process inject scenarios:
 * `POST /__sandbox/<genesys-cloud|nice-cxone>/scenarios/<name>` (JSON options), `POST .../expire-tokens`,
 * `POST .../revoke-refresh-tokens`, `POST .../overrides` (`{ operation: "GET /api/v2/...", status, body, headers?,
 * times? }`, CXone paths from the host root: that operation answers so), `DELETE .../overrides`, `DELETE /__sandbox/scenarios` (scenarios and
 * overrides), `GET /__sandbox/stats`, `POST /__sandbox/reset-stats`.
 * Requests with an `Origin` get CORS answers (preflights included), so browser apps on another origin can use it.
 */
export async function startSandbox(options: SandboxOptions = {}): Promise<Sandbox> {
  let handlers: RequestHandler[] = [];
  let extra: RequestHandler[] = [];
  // Handlers match absolute URLs on 127.0.0.1: requests addressed as `localhost:<port>` are served the same.
  let origin = '';
  const server = createServer((req, res) => {
    serve(req, res, origin, [...extra, ...handlers], options.onRequest).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'sandbox_error', message: error instanceof Error ? error.message : String(error) }));
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  origin = url;

  const genesysCloud = createGenesysCloudMock({
    ...options.genesysCloud,
    apiBaseUrl: `${url}/genesys-cloud/api`,
    loginBaseUrl: `${url}/genesys-cloud/login`,
    streamingBaseUrl: `ws://127.0.0.1:${port}/genesys-cloud/streaming`,
  });
  // notification sockets (upgrades of /genesys-cloud/streaming/channels/<id>) and the platform's 30 s heartbeat
  const notificationSockets = new Set<import('node:stream').Duplex>();
  server.on('upgrade', (req, socket) => {
    if (!acceptNotificationSocket(req, socket, '/genesys-cloud/streaming', genesysCloud.notifications)) return void socket.destroy();
    notificationSockets.add(socket);
    socket.on('close', () => notificationSockets.delete(socket));
  });
  const heartbeat = setInterval(() => genesysCloud.notifications.heartbeat(), 30_000);
  heartbeat.unref();
  const cxone = createCxoneMock({ ...options.cxone, issuer: `${url}/nice-cxone/auth`, apiEndpoint: `${url}/nice-cxone/api` });
  const genesysClient = genesysCloud.clients[0] ?? genesysCloudSandboxCredentials;
  const cxoneClient = cxone.clients[0] ?? cxoneSandboxCredentials;
  const cxoneKey = Object.entries(options.cxone?.accessKeys ?? {})[0] ?? [cxoneSandboxCredentials.accessKeyId, cxoneSandboxCredentials.accessKeySecret];
  const env: SandboxEnv = {
    GENESYS_CLIENT_ID: genesysClient.clientId,
    GENESYS_CLIENT_SECRET: genesysClient.clientSecret ?? '',
    GENESYS_API_BASE_URL: genesysCloud.apiBaseUrl,
    GENESYS_LOGIN_BASE_URL: genesysCloud.loginBaseUrl,
    CXONE_ACCESS_KEY_ID: cxoneKey[0],
    CXONE_ACCESS_KEY_SECRET: cxoneKey[1],
    CXONE_CLIENT_ID: cxoneClient.clientId,
    CXONE_CLIENT_SECRET: cxoneClient.clientSecret ?? '',
    CXONE_ISSUER: cxone.issuer,
    CXONE_DIGITAL_ENDPOINT: cxone.digitalEndpoint,
  };

  const platforms = { 'genesys-cloud': genesysCloud, 'nice-cxone': cxone } as const;
  /** Scenarios and overrides go together: a test's clean-up drops both. */
  const resetAll = () => {
    extra = [];
    for (const platform of Object.values(platforms)) if ('resetOverrides' in platform) platform.resetOverrides();
  };
  const platformOf = (name: unknown) => platforms[String(name) as keyof typeof platforms];
  const control = `${url}/__sandbox`;
  const controlHandlers: RequestHandler[] = [
    http.get(control, () => HttpResponse.json({ url, env })),
    http.get(`${control}/stats`, () => HttpResponse.json({ 'genesys-cloud': genesysCloud.stats, 'nice-cxone': cxone.stats })),
    http.post(`${control}/reset-stats`, () => {
      genesysCloud.resetStats();
      cxone.resetStats();
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${control}/scenarios`, () => {
      resetAll();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${control}/:platform/overrides`, async ({ request, params }) => {
      const platform = platformOf(params.platform);
      if (!platform || !('override' in platform)) {
        return HttpResponse.json({ error: 'unknown platform or the platform has no overrides', platforms: Object.keys(platforms) }, { status: 404 });
      }
      const body = await readControlBody(request);
      if (body instanceof Response) return body;
      const { operation, status, body: responseBody, headers, times } = body;
      try {
        if (typeof operation !== 'string' || typeof status !== 'number') throw new TypeError('send {"operation":"GET /api/v2/...","status":200,"body":{...}}');
        platform.override(operation as `GET /${string}`, {
          status,
          body: responseBody,
          headers: headers as Record<string, string> | undefined,
          // JSON has no Infinity: a negative `times` means "always".
          times: typeof times === 'number' && times >= 0 ? times : undefined,
        });
      } catch (error) {
        return HttpResponse.json({ error: 'invalid_options', message: error instanceof Error ? error.message : String(error) }, { status: 400 });
      }
      return new HttpResponse(null, { status: 204 });
    }),
    http.delete(`${control}/:platform/overrides`, ({ params }) => {
      const platform = platformOf(params.platform);
      if (!platform || !('resetOverrides' in platform)) return HttpResponse.json({ error: 'unknown platform' }, { status: 404 });
      platform.resetOverrides();
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${control}/:platform/scenarios/:name`, async ({ request, params }) => {
      const platform = platformOf(params.platform);
      const name = String(params.name) as ScenarioName;
      if (!platform || !scenarioNames.includes(name)) {
        return HttpResponse.json({ error: 'unknown platform or scenario', scenarios: scenarioNames }, { status: 404 });
      }
      const body = await readControlBody(request);
      if (body instanceof Response) return body;
      const unknown = unknownScenarioOptions(name, body);
      if (unknown !== undefined) return HttpResponse.json({ error: 'unknown_options', ...unknown, options: scenarioOptionNames[name] }, { status: 400 });
      // JSON has no Infinity: a negative `times` means "always".
      const scenarioOptions = typeof body.times === 'number' && body.times < 0 ? { ...body, times: Number.POSITIVE_INFINITY } : body;
      const create = platform.scenarios[name] as (o: unknown) => RequestHandler;
      let handler: RequestHandler;
      try {
        handler = create(scenarioOptions);
      } catch (error) {
        // options the scenario refuses (`requestsPerSecond: 0`, `rateLimitHeaders: "no"`): say why, inject nothing
        const message = error instanceof Error ? error.message : String(error);
        return HttpResponse.json({ error: 'invalid_options', message }, { status: 400 });
      }
      extra = [handler, ...extra];
      return new HttpResponse(null, { status: 204 });
    }),
    // notifications: `publish` ({"topic","eventBody"}), `socket-closing`, `silent-drop`, `close-mid-stream` (body {"channelId"} optional)
    http.post(`${control}/genesys-cloud/notifications/:action`, async ({ request, params }) => {
      const body = await readControlBody(request);
      if (body instanceof Response) return body;
      const { scenarios } = genesysCloud.notifications;
      const channelId = typeof body.channelId === 'string' ? body.channelId : undefined;
      if (params.action === 'publish' && typeof body.topic === 'string') return HttpResponse.json(genesysCloud.notifications.publish(body.topic, body.eventBody ?? {}));
      if (params.action === 'socket-closing') scenarios.socketClosing(channelId, typeof body.graceMs === 'number' ? body.graceMs : undefined);
      else if (params.action === 'silent-drop') scenarios.silentDrop(channelId);
      else if (params.action === 'close-mid-stream') scenarios.closeMidStream(channelId);
      else return HttpResponse.json({ error: 'unknown action; use publish {topic, eventBody}, socket-closing, silent-drop or close-mid-stream' }, { status: 404 });
      return new HttpResponse(null, { status: 204 });
    }),
    http.post(`${control}/:platform/:action`, ({ params }) => {
      const platform = platformOf(params.platform);
      if (!platform) return HttpResponse.json({ error: 'unknown platform' }, { status: 404 });
      if (params.action === 'expire-tokens') platform.expireTokens();
      else if (params.action === 'revoke-refresh-tokens') platform.revokeRefreshTokens();
      else return HttpResponse.json({ error: 'unknown action; use expire-tokens or revoke-refresh-tokens' }, { status: 404 });
      return new HttpResponse(null, { status: 204 });
    }),
  ];
  handlers = [...controlHandlers, ...genesysCloud.handlers, ...cxone.handlers];

  return {
    url,
    port,
    genesysCloud,
    cxone,
    env,
    use: (...added) => {
      extra = [...added, ...extra];
    },
    resetScenarios: resetAll,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        clearInterval(heartbeat);
        for (const socket of notificationSockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** Response headers a browser app may read: rate-limit and correlation headers, redirects. */
const CORS_EXPOSED_HEADERS = 'Retry-After, ININ-Correlation-Id, x-request-id, Location, Content-Length';

/**
 * The JSON options of a control request: an empty body means `{}`; anything that is not a JSON object is answered
 * with a 400 naming the problem (a typo in a curl command must not silently inject a scenario with defaults).
 */
async function readControlBody(request: Request): Promise<Record<string, unknown> | Response> {
  const text = await request.text();
  if (text.trim() === '') return {};
  const where = `${request.method} ${new URL(request.url).pathname}`;
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return Response.json(
      { error: 'invalid_json', message: `the body of ${where} is not JSON (${reason}); send an object such as {"times":3,"retryAfterSeconds":2}` },
      { status: 400 },
    );
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return Response.json(
      { error: 'invalid_options', message: `the body of ${where} must be a JSON object of scenario options, got ${Array.isArray(body) ? 'an array' : JSON.stringify(body)}` },
      { status: 400 },
    );
  }
  return body as Record<string, unknown>;
}

async function serve(
  req: IncomingMessage,
  res: ServerResponse,
  origin: string,
  handlers: RequestHandler[],
  onRequest?: (line: string) => void,
) {
  const url = `${origin}${req.url ?? '/'}`;
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  let body: Uint8Array<ArrayBuffer> | undefined;
  if (method !== 'GET' && method !== 'HEAD') {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    body = new Uint8Array(Buffer.concat(chunks));
  }
  // CORS, as the real API and login hosts answer it, so a browser app on another origin (the authorization-code +
  // PKCE flow of a single-page app) can use the sandbox: preflights are answered here, every answer names the origin.
  const requestOrigin = req.headers.origin;
  const cors: Record<string, string> = requestOrigin
    ? { 'access-control-allow-origin': requestOrigin, 'access-control-expose-headers': CORS_EXPOSED_HEADERS, vary: 'Origin' }
    : {};
  if (method === 'OPTIONS' && requestOrigin && req.headers['access-control-request-method']) {
    onRequest?.(`${method} ${req.url} -> 204 (CORS preflight)`);
    res.writeHead(204, {
      ...cors,
      'access-control-allow-methods': 'GET, HEAD, POST, PUT, PATCH, DELETE',
      'access-control-allow-headers': req.headers['access-control-request-headers'] ?? '',
      'access-control-max-age': '600',
    });
    res.end();
    return;
  }
  const request = new Request(url, { method, headers, body });
  const response = await getResponse(handlers, request);
  if (response?.type === 'error') {
    onRequest?.(`${method} ${req.url} -> network error`);
    req.socket.destroy();
    return;
  }
  const answer =
    response ??
    Response.json(
      {
        error: 'not_found',
        message:
          `the sandbox serves nothing at ${method} ${req.url}: Genesys Cloud lives under /genesys-cloud/api and ` +
          '/genesys-cloud/login, NICE CXone under /nice-cxone/api and /nice-cxone/auth, the control API under /__sandbox',
      },
      { status: 404 },
    );
  onRequest?.(`${method} ${req.url} -> ${answer.status}`);
  const payload = answer.body ? Buffer.from(await answer.arrayBuffer()) : undefined;
  const outHeaders: Record<string, string> = { ...cors };
  answer.headers.forEach((value, name) => {
    outHeaders[name] = value;
  });
  if (payload) outHeaders['content-length'] = String(payload.length);
  res.writeHead(answer.status, outHeaders);
  res.end(payload);
}
