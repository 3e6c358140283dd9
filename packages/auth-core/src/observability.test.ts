import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { trace } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { build } from 'esbuild';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { paths } from '../test/api-paths.js';
import { createTokenEndpointMock } from '@ccaas/test-support';
import { authMiddleware, clientCredentialsGrant, createTokenManager, openTelemetrySpans, spanNames, type AuthMiddlewareOptions } from './index.js';

const API = 'https://api.test';
const tokens = createTokenEndpointMock();
type Responder = (index: number) => Response | undefined;
let respond: Responder = () => undefined;
let apiCalls = 0;
const server = setupServer(
  tokens.handler,
  http.get(`${API}/api/v2/users/me`, () => respond(apiCalls++) ?? HttpResponse.json({ id: 'me', token: 'x' })),
);

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(() => vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') }));
afterEach(() => {
  vi.useRealTimers();
  tokens.reset();
  exporter.reset();
  respond = () => undefined;
  apiCalls = 0;
  trace.disable();
});
afterAll(() => server.close());

function setup(options: AuthMiddlewareOptions) {
  const tm = createTokenManager({
    grant: clientCredentialsGrant({ tokenEndpoint: tokens.url, clientId: 'client', clientSecret: 'client-secret' }),
    random: () => 0.5,
  });
  const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
  client.use(authMiddleware(tm, { random: () => 0.5, ...options }));
  return client;
}

const summary = (spans: ReadableSpan[]) =>
  spans.map((span) => ({ name: span.name, status: span.status.code, attributes: span.attributes, ms: span.duration[0] * 1000 + span.duration[1] / 1e6 }));

describe('OpenTelemetry spans for refresh, retry and rate-limit waits (in-memory exporter)', () => {
  it('a token request, a 429 Retry-After wait and a 503 backoff become spans with their attributes (tracer given)', async () => {
    respond = (index) =>
      index === 0
        ? HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '2' } })
        : index === 1
          ? HttpResponse.json({}, { status: 503 })
          : undefined;
    const client = setup({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(3_000);
    expect((await pending).data?.id).toBe('me');
    const url = `${API}/api/v2/users/me`;
    expect(summary(exporter.getFinishedSpans())).toEqual([
      {
        name: spanNames.tokenRequest,
        status: 0,
        ms: 0,
        attributes: {
          'ccaas.token.grant_type': 'client_credentials',
          'ccaas.attempt': 1,
          'ccaas.outcome': 'response',
          'http.request.method': 'POST',
          'url.full': tokens.url,
          'http.response.status_code': 200,
        },
      },
      {
        name: spanNames.rateLimitWait,
        status: 0,
        ms: 2_000,
        attributes: {
          'http.request.method': 'GET',
          'url.full': url,
          'ccaas.retry.attempt': 1,
          'ccaas.wait.planned_ms': 2_000,
          'ccaas.wait.reason': 'rate_limited',
          'http.response.status_code': 429,
        },
      },
      {
        name: spanNames.retryWait,
        status: 0,
        ms: 500,
        attributes: {
          'http.request.method': 'GET',
          'url.full': url,
          'ccaas.retry.attempt': 2,
          'ccaas.wait.planned_ms': 500,
          'ccaas.wait.reason': 'backoff',
          'http.response.status_code': 503,
        },
      },
    ]);
  });

  it('a failed token attempt is an error span; the call waiting for the refresh gets a token-wait span', async () => {
    tokens.respondWith((_call, index) => (index === 0 ? new HttpResponse('down', { status: 503 }) : tokens.defaultResponse()));
    const client = setup({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    const spans = summary(exporter.getFinishedSpans());
    expect(spans.map((span) => [span.name, span.status, span.attributes['http.response.status_code'], span.attributes['error.type']])).toEqual([
      [spanNames.tokenRequest, 2, 503, 'token_endpoint_error'],
      [spanNames.tokenRequest, 0, 200, undefined],
      [spanNames.tokenWait, 0, undefined, undefined],
    ]);
    expect(spans[2]).toMatchObject({ ms: 125, attributes: { 'ccaas.wait.reason': 'token_refresh', 'url.full': `${API}/api/v2/users/me` } });
  });

  it('without a tracer option nothing is recorded, even with a global tracer provider (spans are opt-in)', async () => {
    trace.setGlobalTracerProvider(provider);
    respond = (index) => (index === 0 ? HttpResponse.json({}, { status: 503 }) : undefined);
    const client = setup({});
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    await vi.advanceTimersByTimeAsync(0);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });

  it("the global provider's tracer, passed as tracer, records the waits", async () => {
    trace.setGlobalTracerProvider(provider);
    respond = (index) => (index === 0 ? HttpResponse.json({}, { status: 503 }) : undefined);
    const client = setup({ tracer: openTelemetrySpans(trace.getTracer('my-service')) });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    expect(exporter.getFinishedSpans().map((span) => span.name)).toContain(spanNames.retryWait);
    expect(exporter.getFinishedSpans()[0]?.instrumentationScope.name).toBe('my-service');
  });

  it('tracer: false records nothing, even with a global tracer provider', async () => {
    trace.setGlobalTracerProvider(provider);
    respond = (index) => (index === 0 ? HttpResponse.json({}, { status: 503 }) : undefined);
    const client = setup({ tracer: false });
    const pending = client.GET('/api/v2/users/me');
    await vi.advanceTimersByTimeAsync(1_000);
    expect((await pending).data?.id).toBe('me');
    await import('@opentelemetry/api');
    await vi.advanceTimersByTimeAsync(0);
    expect(exporter.getFinishedSpans()).toEqual([]);
  });
});

describe('tracer option', () => {
  it('rejects a raw OpenTelemetry tracer at construction, saying to wrap it in openTelemetrySpans', () => {
    const build = () => setup({ tracer: provider.getTracer('raw') as unknown as AuthMiddlewareOptions['tracer'] });
    expect(build).toThrow(/tracer must be openTelemetrySpans\(trace.getTracer\(\.\.\.\)\)/);
    expect(build).toThrow(expect.objectContaining({ code: 'invalid_option', option: 'tracer' }));
  });
});

describe('@opentelemetry/api is an optional peer', () => {
  it('a bundle of auth-core contains none of it and runs where it is not installed', async () => {
    vi.useRealTimers();
    const dir = await mkdtemp(join(tmpdir(), 'ccaas-otel-absent-'));
    try {
      const result = await build({
        entryPoints: [fileURLToPath(new URL('./index.ts', import.meta.url))],
        bundle: true,
        format: 'esm',
        platform: 'node',
        write: false,
        metafile: true,
        logLevel: 'silent',
      });
      expect(Object.keys(result.metafile.inputs).filter((input) => input.includes('@opentelemetry'))).toEqual([]);
      await writeFile(join(dir, 'auth-core.mjs'), result.outputFiles[0]!.contents);
      // the directory has no node_modules: nothing of @opentelemetry/api is needed
      await writeFile(
        join(dir, 'probe.mjs'),
        `import { authMiddleware } from './auth-core.mjs';
const middleware = authMiddleware({ getToken: async () => 'probe-token' }, { random: () => 0, retry: { baseDelayMs: 1 } });
const options = { fetch: async () => new Response('ok') };
await middleware.onRequest({ request: new Request('https://api.example/x'), id: '1', options });
const final = await middleware.onResponse({ request: new Request('https://api.example/x'), id: '1', options, response: new Response('busy', { status: 503 }) });
process.stdout.write(String(final.status));`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, [join(dir, 'probe.mjs')], { cwd: dir });
      expect(stdout.trim()).toBe('200');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
