// Suite 3: what a client costs per request on loopback. The sandbox runs in a child process; the four clients run
// in the bench process and send the same GET with a valid token, `concurrency` in flight, side by side. Then the
// auth layer's own CPU per request in process (authFetch and authMiddleware; no network: runtime/measure-middleware-in-process.ts).
import { globalAgent, type Agent } from 'node:http';
import type { paths } from '@ccaas/genesys-cloud/users';
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { summariseSamples } from '../summarise-samples.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { createSandboxGenesysClient } from '../runtime/create-sandbox-genesys-client.js';
import { loadBuiltClients } from '../runtime/load-built-clients.js';
import { measureMiddlewareInProcess } from '../runtime/measure-middleware-in-process.js';
import { percentile } from '../runtime/percentile.js';
import { readProcessCpuMs } from '../runtime/read-process-cpu-ms.js';
import { createPurecloudSdkClient } from '../runtime/purecloud-sdk-client.js';
import { runConcurrentRequests } from '../runtime/run-concurrent-requests.js';
import { getUsersPageWithFetch, getUsersPageWithOpenapiFetch, usersPagePath } from '../runtime/users-page-request.js';
import { withSandboxProcess } from '../sandbox-process/with-sandbox-process.js';

const concurrency = 16;
const sizes = { full: { requests: 20_000, warmupRequests: 1_000 }, smoke: { requests: 200, warmupRequests: 20 } };
const batchTimeoutMs = 180_000;
const timeBudgetMs = 240_000;
const baselineKey = 'raw-fetch';
const baselineName = 'raw fetch';
/** The target: our client's CPU per request at most this times bare openapi-fetch's. */
const cpuTargetVsOpenapiFetch = 1.05;

type Metric = 'medianMs' | 'p99Ms' | 'requestsPerSecond' | 'cpuUsPerRequest' | 'sandboxCpuUsPerRequest';
const metrics: { metric: Metric; suffix: string; unit: string; better: 'lower' | 'higher' }[] = [
  { metric: 'medianMs', suffix: 'median latency', unit: 'ms', better: 'lower' },
  { metric: 'p99Ms', suffix: 'p99 latency', unit: 'ms', better: 'lower' },
  { metric: 'requestsPerSecond', suffix: 'throughput', unit: 'req/s', better: 'higher' },
  { metric: 'cpuUsPerRequest', suffix: 'client CPU per request', unit: 'µs', better: 'lower' },
  { metric: 'sandboxCpuUsPerRequest', suffix: 'sandbox (server) CPU per request', unit: 'µs', better: 'lower' },
];

export const runtimeOverheadSuite: BenchSuite = {
  name: 'runtime-overhead',
  description: 'latency, throughput and client CPU of GETs on loopback: raw fetch, openapi-fetch, @ccaas client, official SDK',
  async run(context) {
    const { requests, warmupRequests } = context.smoke ? sizes.smoke : sizes.full;
    const clients = await loadBuiltClients(context);
    return withSandboxProcess(context, async ({ env, control, pid, sandboxModule }) => {
      const apiBaseUrl = env.GENESYS_API_BASE_URL ?? '';
      const ours = createSandboxGenesysClient(clients, env);
      await ours.tokenManager.getToken({ signal: AbortSignal.timeout(batchTimeoutMs) });
      // The baselines are another OAuth client of the sandbox (serve-sandbox.mjs), as another application would be:
      // the sandbox counts inin-ratelimit-* per OAuth client, and the @ccaas client paces by what it reports, so the
      // baselines' requests must not fill the window the @ccaas client reads. Raw fetch and bare openapi-fetch send
      // that client's token, obtained once with a second @ccaas client, as a fixed header.
      const baselineEnv = { ...env, GENESYS_CLIENT_ID: env.GENESYS_BASELINE_CLIENT_ID ?? '', GENESYS_CLIENT_SECRET: env.GENESYS_BASELINE_CLIENT_SECRET ?? '' };
      if (!baselineEnv.GENESYS_CLIENT_ID) throw new Error('[bench] the sandbox process reported no baseline OAuth client (GENESYS_BASELINE_CLIENT_ID)');
      const token = await createSandboxGenesysClient(clients, baselineEnv).tokenManager.getToken({ signal: AbortSignal.timeout(batchTimeoutMs) });
      const fixedHeaders = { Authorization: `Bearer ${token}`, Accept: 'application/json' };
      const bare = clients.createOpenapiFetchClient<paths>({ baseUrl: apiBaseUrl, headers: fixedHeaders });
      const sdk = await createPurecloudSdkClient(clients.purecloudSdk, baselineEnv);
      const variants = [
        { key: baselineKey, name: baselineName, send: () => getUsersPageWithFetch(apiBaseUrl, fixedHeaders) },
        { key: 'openapi-fetch', name: 'openapi-fetch (bare, fixed token header)', send: () => getUsersPageWithOpenapiFetch(bare) },
        { key: 'ccaas', name: '@ccaas/genesys-cloud (openapi-fetch + authFetch)', send: () => getUsersPageWithOpenapiFetch(ours) },
        { key: 'sdk', name: 'purecloud-platform-client-v2 (official SDK)', send: () => sdk.getUsersPage() },
      ];
      const batch = async (send: () => Promise<unknown>, total: number, name: string) => {
        const result = await runConcurrentRequests({ total, concurrency, timeoutMs: batchTimeoutMs, send });
        if (result.failed > 0 || result.timedOut) {
          throw new Error(
            `[bench] ${name}: ${result.succeeded}/${total} GETs succeeded, ${result.failed} failed${result.timedOut ? `, deadline of ${batchTimeoutMs} ms passed` : ''}: ${result.failureSamples.join(' | ')}`,
          );
        }
        return result;
      };
      // One unrecorded pass over every variant first, so that the first measurement does not also warm the server.
      for (const { send, name } of variants) await batch(send, warmupRequests, name);
      await control.resetStats();
      const measured = await measureSideBySide<Metric>(
        variants.map(({ key, name, send }) => ({
          key,
          measure: async () => {
            await batch(send, warmupRequests, name);
            const sandboxCpuBefore = await readProcessCpuMs(pid);
            const cpuBefore = process.cpuUsage();
            const result = await batch(send, requests, name);
            const cpu = process.cpuUsage(cpuBefore);
            const sandboxCpuAfter = await readProcessCpuMs(pid);
            const sandboxCpuMs = sandboxCpuBefore === undefined || sandboxCpuAfter === undefined ? undefined : sandboxCpuAfter - sandboxCpuBefore;
            return {
              medianMs: percentile(result.latenciesMs, 50),
              p99Ms: percentile(result.latenciesMs, 99),
              requestsPerSecond: requests / (result.wallMs / 1000),
              cpuUsPerRequest: (cpu.user + cpu.system) / requests,
              ...(sandboxCpuMs === undefined ? {} : { sandboxCpuUsPerRequest: (sandboxCpuMs * 1000) / requests }),
            } as Record<Metric, number>;
          },
        })),
        { runs: context.runs, timeBudgetMs, log: (message) => context.log(`runtime-overhead: ${message}`) },
      );
      const stats = await control.genesysStats();
      const statuses = Object.entries(stats.apiResponsesByStatus);
      const expectedCalls = measured.rounds * variants.length * (requests + warmupRequests);
      if (statuses.length !== 1 || stats.apiResponsesByStatus['200'] !== expectedCalls || stats.tokenRequests !== 0) {
        throw new Error(`[bench] the sandbox saw something else than ${expectedCalls} 200s and no token request: ${JSON.stringify(stats)}`);
      }
      const measuredMetrics = metrics.filter(({ metric }) => measured.samples.get(baselineKey)![metric] !== undefined);
      const rows: RowSpec[] = measuredMetrics.flatMap(({ metric, suffix, unit, better }) =>
        variants.map(({ key, name }) => ({
          label: `${name}: ${suffix}`,
          samples: measured.samples.get(key)![metric],
          unit,
          better,
          ...(name === baselineName ? {} : { baseline: `${baselineName}: ${suffix}` }),
        })),
      );
      // @ccaas / bare openapi-fetch per round: both measured in the same round, minutes apart at most
      const paired: RowSpec[] = (['cpuUsPerRequest', 'medianMs', 'p99Ms'] as const).map((metric) => {
        const ours = measured.samples.get('ccaas')![metric];
        const bareSamples = measured.samples.get('openapi-fetch')![metric];
        return {
          label: `@ccaas/genesys-cloud / bare openapi-fetch, same round: ${metrics.find((entry) => entry.metric === metric)!.suffix}`,
          samples: ours.map((value, round) => value / bareSamples[round]!),
          unit: '×',
          better: 'lower',
        };
      });
      rows.push(...paired);
      const inProcess = await measureMiddlewareInProcess(clients, context);
      rows.push(...inProcess.rows);
      const cpuRatio = summariseSamples(paired[0]!.samples).median;
      const notes = [
        `Target: @ccaas client CPU per request at most ${cpuTargetVsOpenapiFetch}x bare openapi-fetch; this run: ${cpuRatio.toFixed(3)}x (median of the per-round ratios, row "@ccaas/genesys-cloud / bare openapi-fetch, same round: client CPU per request").`,
        `Each figure: one batch of ${requests.toLocaleString('en-US')} \`GET ${usersPagePath}\` (about 800 bytes of JSON, body parsed in every variant) per variant per round, ${concurrency} requests in flight, after an unrecorded warm-up batch of ${warmupRequests.toLocaleString('en-US')} (and one unrecorded warm-up pass over all variants before the first round); ${measured.rounds} rounds, each variant once per round with a rotating start. median/p99 latency: nearest-rank percentiles of the batch's per-request times (performance.now() from send to parsed body); throughput: requests / wall time of the batch; client CPU: process.cpuUsage() (user + system, all threads of the bench process) over the batch / requests.`,
        `Server: the sandbox (${sandboxModule}, MSW handlers behind node:http, keep-alive) in its own process (pid ${pid}); clients: all four in the bench process, one instance each for the whole suite. Client and server each have one of the 2 cores, so latency and throughput depend on both sides; the client CPU rows are the clients' own cost, the sandbox CPU rows (its process's utime + stime from /proc/<pid>/stat, 10 ms ticks, over the batch / requests) show what the server spent per request meanwhile.${measuredMetrics.length < metrics.length ? ' /proc was not readable here: no sandbox CPU rows.' : ''}`,
        `Tokens were valid throughout (sandbox lifetime 86,400 s). Two OAuth clients of the sandbox: @ccaas/genesys-cloud (${clients.resolved.genesysCloud}) uses the sandbox's own and got its token before the rounds; the baselines use a second one (serve-sandbox.mjs), as another application would, because the sandbox counts inin-ratelimit-* per OAuth client like Genesys and the @ccaas client paces by that count: sharing one client put the baselines' requests into the @ccaas client's window. Request headers: raw fetch and bare openapi-fetch send a fixed \`Authorization: Bearer\` (the second client's token, fetched once) + \`Accept: application/json\`, plus what undici adds (\`user-agent: node\`, accept-language, sec-fetch-mode, accept-encoding); @ccaas/genesys-cloud sends the same set with one difference the product must make: its User-Agent (\`ccaas-genesys-cloud/<version> node/<version> <platform>-<arch>\`, about 45 bytes) in place of undici's \`node\`. The official SDK (${clients.resolved.purecloudSdk}, setGateway to the sandbox over http, loginClientCredentialsGrant once with the second client) sends Accept and Content-Type: application/json. The sandbox answered exactly ${expectedCalls.toLocaleString('en-US')} 200s and no token request during the rounds (checked).`,
        `Connections: fetch-based variants use Node's undici global dispatcher (keep-alive, no per-origin cap); the SDK's axios uses http.globalAgent (keepAlive ${String((globalAgent as Agent & { keepAlive?: boolean }).keepAlive)}, maxSockets ${globalAgent.maxSockets}): at most ${concurrency} sockets each, reused. No variant gets an AbortSignal (a user's plain call); each batch has a ${batchTimeoutMs / 1000} s deadline.`,
        ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.`] : []),
        inProcess.note,
      ];
      return { rows: createBenchRows(rows), notes };
    });
  },
};
