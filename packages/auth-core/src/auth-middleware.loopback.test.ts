// authMiddleware against a real loopback HTTP server and Node's own fetch (no MSW): real undici errors and
// dispatchers. Real timers; nothing here waits on a clock (retries use baseDelayMs 0).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import createClient from 'openapi-fetch';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { paths } from '../test/api-paths.js';
import { authMiddleware, NetworkError, type AttemptEvent, type AuthMiddlewareOptions } from './index.js';

type Handler = (request: IncomingMessage, response: ServerResponse) => void;
let handler: Handler = (_request, response) => response.end();
let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => handler(request, response));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const tokenSource = { getToken: async () => 'loopback-token-1' };

function client(middlewareOptions: AuthMiddlewareOptions = {}, baseUrl = base, requestInitExt?: Record<string, unknown>) {
  const created = createClient<paths>({ baseUrl, ...(requestInitExt ? { requestInitExt } : {}) });
  created.use(authMiddleware(tokenSource, middlewareOptions));
  return created;
}

/** A closed port on loopback: connections are refused (ECONNREFUSED). */
async function closedPortUrl(): Promise<string> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

/** Wraps Node's global undici dispatcher and counts the requests sent through it. */
function countingDispatcher() {
  const global = (globalThis as Record<symbol, { dispatch(options: unknown, handler: unknown): boolean }>)[
    Symbol.for('undici.globalDispatcher.1')
  ]!;
  const counter = {
    sent: 0,
    dispatch(options: unknown, dispatchHandler: unknown) {
      counter.sent += 1;
      return global.dispatch(options, dispatchHandler);
    },
  };
  return counter;
}

describe('API network failures', () => {
  it('API host unreachable: NetworkError with code, method, redacted URL and a redacted cause (not a raw "TypeError: fetch failed")', async () => {
    const unreachable = await closedPortUrl();
    const attempts: AttemptEvent[] = [];
    const error = await client({ onAttempt: (event) => attempts.push(event) }, unreachable)
      .POST('/api/v2/notes', { body: { text: 'hi', tags: [] }, params: { query: { access_token: 'leak-me' } } } as never)
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    const failure = error as NetworkError;
    const url = `${unreachable}/api/v2/notes?access_token=[redacted]`;
    expect(failure).toMatchObject({ code: 'network_error', method: 'POST', url, attempts: 1 });
    expect(failure.message).toBe(
      `[@ccaas/auth-core] POST ${url} failed before a response arrived (TypeError: fetch failed (ECONNREFUSED)): check that the API host is reachable (apiBaseUrl or region, DNS, proxy, firewall); POST is not retried without an Idempotency-Key header, since the server may have acted on it`,
    );
    expect(failure.cause).toMatchObject({ name: 'TypeError', message: 'fetch failed (ECONNREFUSED)' });
    expect(JSON.stringify(failure)).not.toMatch(/leak-me|loopback-token/);
    expect(attempts).toMatchObject([{ kind: 'request', reason: 'first', outcome: 'network_error', error: 'TypeError (ECONNREFUSED)' }]);
  });

  it('a GET is retried first; the NetworkError says how many retries were made', async () => {
    const unreachable = await closedPortUrl();
    const attempts: AttemptEvent[] = [];
    const error = await client({ retry: { baseDelayMs: 0, maxRetries: 2 }, onAttempt: (event) => attempts.push(event) }, unreachable)
      .GET('/api/v2/users/me')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network_error', method: 'GET', attempts: 3 });
    expect((error as Error).message).toMatch(
      /^\[@ccaas\/auth-core\] GET http:\/\/127\.0\.0\.1:\d+\/api\/v2\/users\/me failed before a response arrived after 2 retries \(TypeError: fetch failed \(ECONNREFUSED\)\): check that the API host is reachable/,
    );
    expect(attempts.map((attempt) => attempt.kind === 'request' && `${attempt.reason} ${attempt.attempt} ${attempt.outcome}`)).toEqual([
      'first 1 network_error',
      'retry 2 network_error',
      'retry 3 network_error',
    ]);
  });
});

describe('on real undici: the dispatcher carries every send of a call', () => {
  let served: string[] = [];
  beforeEach(() => {
    served = [];
    // 401 to the first request of each call (its token "expired" on the server), 200 to the replay
    handler = (request, response) => {
      served.push(request.url ?? '');
      const status = served.length % 2 === 1 ? 401 : 200;
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(status === 200 ? { id: 'me', token: 'loopback-token-1' } : { code: 'expired' }));
    };
  });

  it('a dispatcher given as requestInitExt (createClient and authMiddleware) carries the first send and the replay', async () => {
    await fetch(`${base}/warm-up`).then((response) => response.text()); // creates Node's global dispatcher
    served = [];
    const dispatcher = countingDispatcher();
    const requestInitExt = { dispatcher };
    const { data } = await client({ requestInitExt }, base, requestInitExt).GET('/api/v2/users/me');
    expect(data?.id).toBe('me');
    expect(served).toHaveLength(2);
    expect(dispatcher.sent).toBe(2);
  });

  it('a per-call dispatcher (client.GET(path, { dispatcher })) carries the first send and the replay', async () => {
    await fetch(`${base}/warm-up`).then((response) => response.text());
    served = [];
    const dispatcher = countingDispatcher();
    const { data } = await client().GET('/api/v2/users/me', { dispatcher } as {});
    expect(data?.id).toBe('me');
    expect(served).toHaveLength(2);
    expect(dispatcher.sent).toBe(2);
  });
});
