// The auth layer's own CPU per request (authFetch, authMiddleware), without a network or a server: openapi-fetch with a fetch that answers at
// once (a fresh Response with the users page body), bare and with @ccaas/auth-core's auth layer (built dist/), side
// by side in the same process. On loopback the client's CPU per request also holds undici's HTTP work (about 90% of
// it), which buries the middleware's share in the noise of a busy machine; here it is the only difference.
import type { paths } from '@ccaas/genesys-cloud/users';
import type { RowSpec } from '../create-bench-rows.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { summariseSamples } from '../summarise-samples.js';
import type { BuiltClients } from './load-built-clients.js';
import { runConcurrentRequests } from './run-concurrent-requests.js';
import { getUsersPageWithOpenapiFetch } from './users-page-request.js';

const baseUrl = 'https://api.bench.invalid';
const concurrency = 16;
const batchTimeoutMs = 120_000;
const timeBudgetMs = 60_000;
const sizes = { full: { requests: 20_000, warmupRequests: 1_000 }, smoke: { requests: 200, warmupRequests: 20 } };
const usersPage = JSON.stringify({
  entities: [{ id: '00000000-0000-4000-8000-000000000001', name: 'Bench User', state: 'active', email: 'bench@example.com' }],
  pageSize: 1,
  pageNumber: 1,
  total: 1,
  pageCount: 1,
});

export interface InProcessResult {
  rows: RowSpec[];
  note: string;
}

export async function measureMiddlewareInProcess(
  clients: BuiltClients,
  options: { runs: number; smoke: boolean; log: (message: string) => void },
): Promise<InProcessResult> {
  const { requests, warmupRequests } = options.smoke ? sizes.smoke : sizes.full;
  const { authFetch, authMiddleware, clientCredentialsGrant, createTokenManager, openTelemetrySpans } = clients.authCore;
  const { trace } = await import('@opentelemetry/api');
  // the headers the sandbox sends with every API answer (correlation id, the rate-limit window of a client that has
  // just started one), so the middleware reads them as it does on loopback
  const answerHeaders = {
    'content-type': 'application/json',
    'inin-correlation-id': '62106932-ff5d-4d53-b767-b533d297d6c5',
    'inin-ratelimit-allowed': '1000000',
    'inin-ratelimit-count': '1',
    'inin-ratelimit-reset': '60',
  };
  const answer = async () => new Response(usersPage, { status: 200, headers: answerHeaders });
  const tokenAnswer = async () =>
    new Response(JSON.stringify({ access_token: 'bench-token', token_type: 'Bearer', expires_in: 86_400 }), {
      headers: { 'content-type': 'application/json' },
    });
  const tokenManager = createTokenManager({
    grant: clientCredentialsGrant({ tokenEndpoint: 'https://login.bench.invalid/oauth/token', clientId: 'bench', clientSecret: 'bench-secret' }),
    fetch: tokenAnswer,
  });
  const token = await tokenManager.getToken();
  const create = () => clients.createOpenapiFetchClient<paths>({ baseUrl, fetch: answer, headers: { Accept: 'application/json' } });
  const bare = clients.createOpenapiFetchClient<paths>({
    baseUrl,
    fetch: answer,
    headers: { Accept: 'application/json', Authorization: `Bearer ${token}` },
  });
  // auth as openapi-fetch's fetch (what the platform clients install): no middleware, so openapi-fetch skips its own
  const withAuthFetch = clients.createOpenapiFetchClient<paths>({ baseUrl, fetch: authFetch(tokenManager, { fetch: answer }), headers: { Accept: 'application/json' } });
  const withMiddleware = create();
  withMiddleware.use(authMiddleware(tokenManager));
  const withTracer = create();
  withTracer.use(authMiddleware(tokenManager, { tracer: openTelemetrySpans(trace.getTracer('bench')) }));
  // the whole product: the client factory's wiring (User-Agent, fetch wrapper, default headers) around authFetch
  const loginBaseUrl = 'https://login.bench.invalid';
  const genesys = clients
    .createGenesysCloudClient({
      clientId: 'bench',
      clientSecret: 'bench-secret',
      apiBaseUrl: baseUrl,
      loginBaseUrl,
      fetch: (input) => ((input instanceof Request ? input.url : String(input)).startsWith(loginBaseUrl) ? tokenAnswer() : answer()),
    })
    .withPaths<paths>();
  await genesys.tokenManager.getToken();
  const variants = [
    { key: 'bare', name: 'in process: openapi-fetch (bare, fixed token header)', client: bare },
    { key: 'genesys', name: 'in process: @ccaas/genesys-cloud (client factory + authFetch)', client: genesys },
    { key: 'authFetch', name: 'in process: openapi-fetch + authFetch', client: withAuthFetch },
    { key: 'middleware', name: 'in process: openapi-fetch + auth middleware', client: withMiddleware },
    { key: 'tracer', name: 'in process: openapi-fetch + auth middleware, tracer: openTelemetrySpans(...)', client: withTracer },
  ];
  const batch = async (client: (typeof variants)[number]['client'], total: number) => {
    const result = await runConcurrentRequests({ total, concurrency, timeoutMs: batchTimeoutMs, send: () => getUsersPageWithOpenapiFetch(client) });
    if (result.failed > 0 || result.timedOut) throw new Error(`[bench] in-process batch: ${result.failed} failed: ${result.failureSamples.join(' | ')}`);
  };
  for (const { client } of variants) await batch(client, warmupRequests);
  const measured = await measureSideBySide<'cpuUsPerRequest'>(
    variants.map(({ key, client }) => ({
      key,
      measure: async () => {
        await batch(client, warmupRequests);
        const before = process.cpuUsage();
        await batch(client, requests);
        const cpu = process.cpuUsage(before);
        return { cpuUsPerRequest: (cpu.user + cpu.system) / requests };
      },
    })),
    { runs: options.runs, timeBudgetMs, log: (message) => options.log(`runtime-overhead (in process): ${message}`) },
  );
  const samples = (key: string) => measured.samples.get(key)!.cpuUsPerRequest;
  const baseline = `${variants[0]!.name}: client CPU per request`;
  const rows: RowSpec[] = variants.map(({ key, name }) => ({
    label: `${name}: client CPU per request`,
    samples: samples(key),
    unit: 'µs',
    better: 'lower',
    ...(key === 'bare' ? {} : { baseline }),
  }));
  const ownUs = (key: string) => (summariseSamples(samples(key)).median - summariseSamples(samples('bare')).median).toFixed(1);
  const note = `In process (rows starting "in process"): beyond bare openapi-fetch, authFetch costs ${ownUs('authFetch')} µs per request and authMiddleware ${ownUs('middleware')} µs in this run (median with it minus median without; differences of noisy figures, so not rows). Method: openapi-fetch whose fetch answers at once with a fresh Response of the same users page and the headers the sandbox sends (content-type, inin-correlation-id, inin-ratelimit-* of a window just opened; no socket, no server), bare with a fixed Authorization header vs with authFetch as its fetch (built @ccaas/auth-core, token valid throughout; no middleware installed, so openapi-fetch skips its per-call middleware work) vs with authMiddleware (the same rules as middleware) vs the whole @ccaas/genesys-cloud client (createGenesysCloudClient with that fetch: its User-Agent, fetch wrapper and default headers around authFetch); ${requests.toLocaleString('en-US')} GETs per batch, ${concurrency} in flight, after a warm-up batch of ${warmupRequests.toLocaleString('en-US')}; ${measured.rounds} rounds side by side. This isolates the auth layer's own cost, which on loopback is a few percent of undici's. "tracer: openTelemetrySpans(...)" passes @opentelemetry/api's global tracer (no SDK registered: a no-op tracer); the difference between the two middleware rows is the cost of the OpenTelemetry hooks on the success path (none is expected: spans are made only for waits and token requests).`;
  return { rows, note };
}
