/**
 * Both simulated platforms served over HTTP on 127.0.0.1 (`startSandbox`), with a control API.
 *
 * @packageDocumentation
 * @module @ccaas/mocks/sandbox
 */
// msw first: its import is the first statement the declaration file keeps, so this comment names the module.
import { getResponse, type RequestHandler } from 'msw';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createCxoneMock, cxoneSandboxCredentials, type CxoneMock, type CxoneMockOptions } from './create-cxone-mock.js';
import {
  createGenesysCloudMock,
  genesysCloudSandboxCredentials,
  type GenesysCloudMock,
  type GenesysCloudMockOptions,
} from './create-genesys-cloud-mock.js';
import { sandboxControlHandlers } from './sandbox-control.js';
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
  const routing: SandboxRouting = { origin: '', front: [], handlers: [] };
  const server = await listen(options, routing);
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  // Handlers match absolute URLs on 127.0.0.1: requests addressed as `localhost:<port>` are served the same.
  routing.origin = url;
  const genesysCloud = createGenesysCloudMock({
    ...options.genesysCloud,
    apiBaseUrl: `${url}/genesys-cloud/api`,
    loginBaseUrl: `${url}/genesys-cloud/login`,
    streamingBaseUrl: `ws://127.0.0.1:${port}/genesys-cloud/streaming`,
  });
  const notificationSockets = serveNotificationSockets(server, genesysCloud);
  const cxone = createCxoneMock({ ...options.cxone, issuer: `${url}/nice-cxone/auth`, apiEndpoint: `${url}/nice-cxone/api` });
  const env = sandboxEnv(options, genesysCloud, cxone);
  const use = (...added: RequestHandler[]) => {
    routing.front = [...added, ...routing.front];
  };
  /** Scenarios and overrides go together: a test's clean-up drops both. */
  const resetAll = () => {
    routing.front = [];
    for (const platform of [genesysCloud, cxone]) if ('resetOverrides' in platform) platform.resetOverrides();
  };
  routing.handlers = [...sandboxControlHandlers({ url, env, genesysCloud, cxone, use, resetAll }), ...genesysCloud.handlers, ...cxone.handlers];

  return {
    url,
    port,
    genesysCloud,
    cxone,
    env,
    use,
    resetScenarios: resetAll,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        notificationSockets.close();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

/** What the HTTP server answers with, read per request: handlers put in front by `use()`, then the sandbox's own. */
interface SandboxRouting {
  /** `http://127.0.0.1:<port>`, once listening: request URLs are made absolute on it. */
  origin: string;
  front: RequestHandler[];
  /** The control API, then both platforms. */
  handlers: RequestHandler[];
}

/** The HTTP server on 127.0.0.1, listening; a handler that throws answers 500 with the reason. */
async function listen(options: SandboxOptions, routing: SandboxRouting): Promise<Server> {
  const server = createServer((req, res) => {
    serve(req, res, routing.origin, [...routing.front, ...routing.handlers], options.onRequest).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ error: 'sandbox_error', message: error instanceof Error ? error.message : String(error) }));
    });
  });
  server.keepAliveTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  return server;
}

/**
 * Notification sockets (upgrades of /genesys-cloud/streaming/channels/<id>) and the platform's 30 s heartbeat;
 * `close` stops the heartbeat and destroys the open sockets.
 */
function serveNotificationSockets(server: Server, genesysCloud: GenesysCloudMock) {
  const sockets = new Set<Duplex>();
  server.on('upgrade', (req, socket) => {
    if (!acceptNotificationSocket(req, socket, '/genesys-cloud/streaming', genesysCloud.notifications)) return void socket.destroy();
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  const heartbeat = setInterval(() => genesysCloud.notifications.heartbeat(), 30_000);
  heartbeat.unref();
  return {
    close() {
      clearInterval(heartbeat);
      for (const socket of sockets) socket.destroy();
    },
  };
}

/** The variables that point the examples at the sandbox: the first client of each platform, the first access key. */
function sandboxEnv(options: SandboxOptions, genesysCloud: GenesysCloudMock, cxone: CxoneMock): SandboxEnv {
  const genesysClient = genesysCloud.clients[0] ?? genesysCloudSandboxCredentials;
  const cxoneClient = cxone.clients[0] ?? cxoneSandboxCredentials;
  const cxoneKey = Object.entries(options.cxone?.accessKeys ?? {})[0] ?? [cxoneSandboxCredentials.accessKeyId, cxoneSandboxCredentials.accessKeySecret];
  return {
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
}

/** Response headers a browser app may read: rate-limit and correlation headers, redirects. */
const CORS_EXPOSED_HEADERS = 'Retry-After, ININ-Correlation-Id, x-request-id, Location, Content-Length';

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
