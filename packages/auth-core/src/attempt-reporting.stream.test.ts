// Stream attempts: a platform client keeps the onAttempt and tracer it was made with, and the event streams made on it
// later report their steps through them (the platform packages' behaviour tests drive real streams: packages/mocks).
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor } from '@opentelemetry/sdk-trace-base';
import createClient from 'openapi-fetch';
import { afterEach, describe, expect, it } from 'vitest';
import { describeErrorBody } from './describe-error-body.js';
import { clientCredentialsGrant } from './grants.js';
import { openTelemetrySpans, spanNames, type AttemptEvent, type StreamAttemptEvent } from './observability.js';
import { createPlatformClient, reportStreamAttempts, type PlatformClientOptions } from './platform.js';

const exporter = new InMemorySpanExporter();
const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
afterEach(() => exporter.reset());

function platformClient(options: PlatformClientOptions) {
  return createPlatformClient({
    options,
    owner: { packageName: '@ccaas/test', factory: 'createTestClient' },
    packageVersion: '0.0.0',
    grant: clientCredentialsGrant({ tokenEndpoint: 'https://login.test/oauth/token', clientId: 'client', clientSecret: 'client-secret' }),
    describeError: describeErrorBody,
    createClient: (fetch) => createClient({ baseUrl: 'https://api.test', fetch }),
  }).client;
}

const reconnect = {
  phase: 'reconnecting',
  cause: 'socket_closing',
  channelId: 'channel-1',
  attempt: 2,
  delayMs: 1_500,
  startedAt: Date.parse('2030-01-01T00:00:00Z'),
  durationMs: 0,
  outcome: 'response',
  url: 'https://api.test/api/v2/notifications/channels/channel-1',
} as const;

describe('stream attempts through the client’s onAttempt', () => {
  it('a stream made on a client reports its steps through the onAttempt the client was created with, under one stream id', () => {
    const seen: AttemptEvent[] = [];
    const client = platformClient({ onAttempt: (event) => seen.push(event) });
    const report = reportStreamAttempts(client, 'test.stream')!;
    report(reconnect);
    report({ ...reconnect, phase: 'connected', cause: undefined, delayMs: undefined, attempt: 1 });
    expect(seen).toEqual([
      { kind: 'stream', stream: 'test.stream', streamId: expect.stringMatching(/^test\.stream-/), ...reconnect },
      expect.objectContaining({ kind: 'stream', phase: 'connected', streamId: (seen[0] as StreamAttemptEvent).streamId }),
    ]);
  });

  it('two streams on one client have different stream ids', () => {
    const seen: StreamAttemptEvent[] = [];
    const client = platformClient({ onAttempt: (event) => event.kind === 'stream' && seen.push(event) });
    reportStreamAttempts(client, 'test.stream')!(reconnect);
    reportStreamAttempts(client, 'test.stream')!(reconnect);
    expect(new Set(seen.map((event) => event.streamId)).size).toBe(2);
  });

  it('a client with neither onAttempt nor tracer gives no reporter (the stream builds no events)', () => {
    expect(reportStreamAttempts(platformClient({}), 'test.stream')).toBeUndefined();
    expect(reportStreamAttempts(platformClient({ tracer: false }), 'test.stream')).toBeUndefined();
    expect(reportStreamAttempts({}, 'test.stream')).toBeUndefined(); // an object no platform client made
  });

  it('an onAttempt or tracer that throws never breaks the stream reporting through it', () => {
    const tracer = { wait() {}, tokenRequest() {}, stream() { throw new Error('tracer down'); } };
    const client = platformClient({ onAttempt: () => { throw new Error('hook down'); }, tracer });
    expect(() => reportStreamAttempts(client, 'test.stream')!(reconnect)).not.toThrow();
  });

  it('what the client keeps for its streams is not an own enumerable key (spreading or logging the client shows nothing new)', () => {
    const plain = Object.keys(platformClient({}));
    expect(Object.keys(platformClient({ onAttempt: () => undefined }))).toEqual(plain);
  });
});

describe('stream attempts as OpenTelemetry spans (in-memory exporter)', () => {
  it('a reconnect becomes a ccaas.stream span with its phase, cause, channel and planned wait', () => {
    const client = platformClient({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    reportStreamAttempts(client, 'test.stream')!(reconnect);
    const [span, ...rest] = exporter.getFinishedSpans();
    expect(rest).toEqual([]);
    expect(span?.name).toBe(spanNames.stream);
    expect(span?.status.code).toBe(0);
    expect(span?.attributes).toEqual({
      'ccaas.stream.name': 'test.stream',
      'ccaas.stream.id': expect.stringMatching(/^test\.stream-/),
      'ccaas.stream.phase': 'reconnecting',
      'ccaas.stream.cause': 'socket_closing',
      'ccaas.stream.channel_id': 'channel-1',
      'ccaas.attempt': 2,
      'ccaas.wait.planned_ms': 1_500,
      'ccaas.outcome': 'response',
      'url.full': 'https://api.test/api/v2/notifications/channels/channel-1',
    });
  });

  it('a gap is an error span covering the window that may have lost events', () => {
    const client = platformClient({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    reportStreamAttempts(client, 'test.stream')!({ ...reconnect, phase: 'gap', cause: 'heartbeat_timeout', delayMs: undefined, durationMs: 75_000, outcome: 'timeout' });
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: 2, message: 'heartbeat_timeout' });
    expect(span!.duration[0] * 1_000 + span!.duration[1] / 1e6).toBe(75_000);
  });

  it('a stream that ended on a fatal error is an error span naming the error, never its message', () => {
    const client = platformClient({ tracer: openTelemetrySpans(provider.getTracer('test')) });
    reportStreamAttempts(client, 'test.stream')!({ ...reconnect, phase: 'session_ended', cause: 'failed', delayMs: undefined, error: 'TokenRequestError', status: 400 });
    const [span] = exporter.getFinishedSpans();
    expect(span?.status).toEqual({ code: 2, message: 'TokenRequestError' });
    expect(span?.attributes).toMatchObject({ 'error.type': 'TokenRequestError', 'http.response.status_code': 400, 'ccaas.stream.cause': 'failed' });
  });
});
