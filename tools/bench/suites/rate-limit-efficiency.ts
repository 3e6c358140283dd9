// Suite 5: how close a client gets to a sustained rate limit, and how many 429s it costs. The sandbox allows R
// requests per one-second window per OAuth client and reports the window in inin-ratelimit-* (429 + Retry-After
// beyond it), or, as Genesys Cloud since 2021, sends no rate-limit header at all (429 + Retry-After only); it publishes
// the same limit as the org's `platform.api` limits (60 R per minute), which the client reads to pace from the start.
// N = 20 R GETs go out with 50 in flight, from one process or from 4 processes of the same OAuth client (a Redis token
// store shared by all; with or without a shared Redis rate budget). Ideal completion: N / R seconds.
import { randomUUID } from 'node:crypto';
import { redisServerPath, startRedisServer, type RedisServerHandle } from '@ccaas/test-support';
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { summariseSamples } from '../summarise-samples.js';
import { createSandboxGenesysClient } from '../runtime/create-sandbox-genesys-client.js';
import { loadBuiltClients } from '../runtime/load-built-clients.js';
import { createPurecloudSdkClient } from '../runtime/purecloud-sdk-client.js';
import { runConcurrentRequests } from '../runtime/run-concurrent-requests.js';
import { splitEvenly, startWorkerGroup, type WorkerGroupResult } from '../runtime/rate-limited-processes.js';
import { getUsersPageWithOpenapiFetch, usersPagePath } from '../runtime/users-page-request.js';
import { withSandboxProcess } from '../sandbox-process/with-sandbox-process.js';

/** R (requests per second the sandbox allows) and N = windows x R; the issue's N is 20 R (20 s ideal per run). */
const loads = { full: { requestsPerSecond: 100, windows: 20 }, smoke: { requestsPerSecond: 50, windows: 2 } };
const concurrency = 50;
const processes = 4;
/**
 * Goals: completion at most 1.05 N/R for one process and for processes sharing a Redis budget, with or without
 * rate-limit headers (without them the client paces from the allowance the platform publishes, no longer learning it
 * from its first 429s); at most one 429 per 20 requests with headers, and at most 5 per 2,000 without; nothing lost.
 */
const goals = { idealRatio: 1.05, tooManyPerRequest: 1 / 20, tooManyPerRequestWithoutHeaders: 5 / 2_000 };
const timeBudgetMs = 480_000;

type Metric = 'idealRatio' | 'seconds' | 'tooManyRequests' | 'failures';
const sdkName = 'purecloud-platform-client-v2 (official SDK, no retry setting exists)';
const ours = {
  single: '@ccaas/genesys-cloud, 1 process',
  shared: `@ccaas/genesys-cloud, ${processes} processes sharing a Redis rate budget`,
  alone: `@ccaas/genesys-cloud, ${processes} processes each pacing alone (no shared budget)`,
  singleWithoutHeaders: '@ccaas/genesys-cloud, 1 process, no rate-limit headers (Genesys since 2021)',
  sharedWithoutHeaders: `@ccaas/genesys-cloud, ${processes} processes sharing a Redis rate budget, no rate-limit headers`,
};
/** Variants against a sandbox that sends no `inin-ratelimit-*` (Genesys Cloud since June 2021). */
const withoutHeaders = new Set<string>(['singleWithoutHeaders', 'sharedWithoutHeaders']);

export const rateLimitEfficiencySuite: BenchSuite = {
  name: 'rate-limit-efficiency',
  description:
    'completion time / (N/R), 429s and failures of N = 20 R GETs (1 process, and 4 sharing a Redis budget) against a sandbox limited to R req/s, with and without rate-limit headers',
  async run(context) {
    const { requestsPerSecond, windows } = context.smoke ? loads.smoke : loads.full;
    const total = requestsPerSecond * windows;
    const idealMs = (total / requestsPerSecond) * 1000;
    const runTimeoutMs = idealMs * 3 + 30_000;
    const clients = await loadBuiltClients(context);
    const redis: RedisServerHandle | undefined = redisServerPath ? await startRedisServer() : undefined;
    try {
      return await withSandboxProcess(context, async ({ env, control }) => {
        const firstFailures = new Map<string, string>();
        const retriesSeen = new Map<string, number>();
        const budgetModes = new Set<string>();
        /** Installs a fresh limiter (its windows start empty) after the clients' warm-up, runs, reads the sandbox's counts. */
        const limitedRun = async (
          key: string,
          send: () => Promise<Pick<WorkerGroupResult, 'wallMs' | 'failed' | 'timedOut' | 'failureSamples'>>,
        ): Promise<Record<Metric, number>> => {
          await control.removeScenarios();
          await control.addGenesysScenario('rateLimited', { requestsPerSecond, rateLimitHeaders: !withoutHeaders.has(key) });
          await control.resetStats();
          const result = await send();
          await control.removeScenarios();
          if (result.timedOut) throw new Error(`[bench] rate-limit run ${key}: not done within ${runTimeoutMs} ms`);
          if (result.failureSamples[0] !== undefined && !firstFailures.has(key)) firstFailures.set(key, result.failureSamples[0]);
          const stats = await control.genesysStats();
          return {
            idealRatio: result.wallMs / idealMs,
            seconds: result.wallMs / 1000,
            tooManyRequests: stats.apiResponsesByStatus['429'] ?? 0,
            failures: result.failed,
          };
        };
        const countRetries = (key: string, retries: number) => retriesSeen.set(key, (retriesSeen.get(key) ?? 0) + retries);
        /**
         * A server without rate-limit headers sends none on any answer, warm-ups included: the limiter (which every
         * answer passes) is installed before them too (limitedRun installs a fresh one for the run).
         */
        const beforeWarmUp = async (key: string) => {
          if (!withoutHeaders.has(key)) return;
          await control.removeScenarios();
          await control.addGenesysScenario('rateLimited', { requestsPerSecond, rateLimitHeaders: false });
        };
        const processVariant = (key: 'shared' | 'alone' | 'sharedWithoutHeaders') => ({
          key,
          name: ours[key],
          measure: async () => {
            await beforeWarmUp(key);
            const group = await startWorkerGroup({
              count: processes,
              repoRoot: context.repoRoot,
              env: { ...env, REDIS_URL: redis!.url, KEY_PREFIX: `bench-${randomUUID()}:`, SHARED_BUDGET: key === 'alone' ? '0' : '1' },
            });
            try {
              return await limitedRun(key, async () => {
                const result = await group.run(splitEvenly(total, processes), splitEvenly(concurrency, processes), runTimeoutMs);
                countRetries(key, result.retries);
                for (const mode of result.budgetModes) if (mode !== 'none') budgetModes.add(mode);
                return result;
              });
            } finally {
              await group.stop();
            }
          },
        });
        const singleVariant = (key: 'single' | 'singleWithoutHeaders') => ({
          key,
          name: ours[key],
          measure: async () => {
            const client = createSandboxGenesysClient(clients, env);
            let retries = 0;
            client.tokenManager.on('retry', () => (retries += 1));
            await beforeWarmUp(key);
            // the second warm-up waits for the org's limits, read once the first is answered (as the workers do)
            await getUsersPageWithOpenapiFetch(client, AbortSignal.timeout(runTimeoutMs));
            await getUsersPageWithOpenapiFetch(client, AbortSignal.timeout(runTimeoutMs));
            return limitedRun(key, async () => {
              const result = await runConcurrentRequests({ total, concurrency, timeoutMs: runTimeoutMs, send: () => getUsersPageWithOpenapiFetch(client) });
              countRetries(key, retries);
              return result;
            });
          },
        });
        const variants = [
          singleVariant('single'),
          ...(redis ? [processVariant('shared'), processVariant('alone')] : []),
          singleVariant('singleWithoutHeaders'),
          ...(redis ? [processVariant('sharedWithoutHeaders')] : []),
          {
            key: 'sdk',
            name: sdkName,
            measure: async () => {
              const sdk = await createPurecloudSdkClient(clients.purecloudSdk, env);
              await sdk.getUsersPage();
              return limitedRun('sdk', () => runConcurrentRequests({ total, concurrency, timeoutMs: runTimeoutMs, send: () => sdk.getUsersPage() }));
            },
          },
        ];
        const measured = await measureSideBySide<Metric>(variants, {
          runs: context.runs,
          timeBudgetMs,
          log: (message) => context.log(`rate-limit-efficiency: ${message}`),
        });
        const rows: RowSpec[] = variants.flatMap(({ key, name }) => {
          const samples = measured.samples.get(key)!;
          return [
            { label: `${name}: completion time / (N/R)`, samples: samples.idealRatio, unit: '× ideal', better: 'lower' as const },
            { label: `${name}: completion time`, samples: samples.seconds, unit: 's', better: 'lower' as const },
            { label: `${name}: 429s seen`, samples: samples.tooManyRequests, unit: 'responses', better: 'lower' as const },
            { label: `${name}: failed requests`, samples: samples.failures, unit: 'requests', better: 'lower' as const },
          ];
        });
        const maxTooManyOf = (key: string) =>
          Math.floor(total * (withoutHeaders.has(key) ? goals.tooManyPerRequestWithoutHeaders : goals.tooManyPerRequest));
        const verdicts = variants
          .filter(({ key }) => key !== 'sdk')
          .map(({ key, name }) => {
            const { idealRatio, tooManyRequests, failures } = measured.samples.get(key)!;
            const ratio = summariseSamples(idealRatio).median;
            const ratioGoal = key === 'alone' ? undefined : goals.idealRatio;
            const maxTooMany = maxTooManyOf(key);
            const misses = [
              ...(ratioGoal !== undefined && ratio > ratioGoal ? [`median completion ${ratio.toFixed(3)}× N/R (goal <= ${ratioGoal}×)`] : []),
              ...(key !== 'alone' && tooManyRequests.some((count) => count > maxTooMany)
                ? [`429s per run ${tooManyRequests.join(', ')} (goal <= ${maxTooMany} of ${total})`]
                : []),
              // the contrast row shows what happens without a shared budget, losses included: reported, not judged
              ...(key !== 'alone' && failures.some((count) => count > 0)
                ? [`failed requests per run ${failures.join(', ')}${firstFailures.has(key) ? ` (first: ${firstFailures.get(key)})` : ''}`]
                : []),
            ];
            const summary = `median ${ratio.toFixed(3)}× N/R, 429s per run ${tooManyRequests.join(', ')}, failed requests per run ${failures.join(', ')}, ${retriesSeen.get(key) ?? 0} retries over all runs`;
            // smoke: N = 2 R is mostly the first window, whose phase the client cannot know yet; only losses count
            const judged = context.smoke ? misses.filter((miss) => miss.startsWith('failed')) : misses;
            if (judged.length > 0) return `FAILURE: ${name}: ${judged.join('; ')}.`;
            if (context.smoke) return `${name} (smoke, goals not judged on ${total} requests): ${summary}.`;
            return key === 'alone'
              ? `${name} (contrast, no goal): ${summary}.`
              : `${name}: ${summary}; goals met (${ratioGoal !== undefined ? `completion <= ${ratioGoal}× N/R, ` : ''}at most ${maxTooMany} 429s, 0 failed).`;
          });
        const sdkFailures = measured.samples.get('sdk')!.failures;
        const notes = [
          `R = ${requestsPerSecond} requests per second per OAuth client (the sandbox's \`rateLimited\` scenario with \`requestsPerSecond\`: per one-second window of its clock, counted per OAuth client; every answer reports the window in \`inin-ratelimit-allowed/-count/-reset\`, and beyond R it answers 429 with \`Retry-After\` = whole seconds to the next window), N = ${windows} R = ${total.toLocaleString('en-US')} \`GET ${usersPagePath}\` with ${concurrency} in flight in total, ideal time N/R = ${idealMs / 1000} s. ${measured.rounds} runs per variant, side by side (rotating start), each with fresh clients (processes) and a freshly installed limiter; completion time runs from the first send to the last settled request (a ratio a little below 1 is possible: the run starts inside a window whose allowance is still unused), 429s are the sandbox's count for the run, failed requests are those that rejected or returned no data. "no rate-limit headers": the same limiter with \`rateLimitHeaders: false\`, as Genesys Cloud answers since 2021 (no \`inin-ratelimit-*\` on any answer, warm-ups included; a 429 carries only \`Retry-After\`).`,
          `${processes} processes: ${processes} Node processes (tools/bench/runtime/rate-limited-worker.ts, @ccaas/genesys-cloud and @ccaas/token-store-redis from dist/) of the same OAuth client share one token through a Redis token store on a real redis-server (started by the suite on a free loopback port, stopped by pid); each sends N/${processes} GETs with ${concurrency}/${processes} in flight, all starting on one signal after two warm-up GETs (the second waits for the client's read of the org's limits); completion is measured by the bench process from the signal to the last process's report. "sharing a Redis rate budget": \`rateLimit: { budget: createRedisRateBudget({ store }) }\` (the client window lives in one Redis hash that every process updates atomically); "each pacing alone": no budget, each process paces from the server's count in the headers only (for contrast).${redis ? '' : ' NOT MEASURED: redis-server is not installed (tools/redis/ensure-redis-server.sh installs it).'}`,
          `@ccaas/genesys-cloud paces from the headers (auth-core rate-limiter.ts): it learns the window's allowance and reset, spaces its sends to stay inside it and keeps 429 + Retry-After as the fallback. Without headers it paces from the allowance the platform publishes: the sandbox answers \`GET /api/v2/organizations/limits/namespaces/platform.api\` with the limit that counts the token's requests, here R per one-second window as \`client.credentials.token.rate.per.minute\` = ${requestsPerSecond * 60}; the client reads it once after its first call is answered, paces R per second from then on (3% below it, no burst; the Redis budget is seeded with it so all processes share that pace from their first send) and learns from 429s only when it cannot read it (the sends answered, not 429, between two reopenings of a spent window; the Redis budget counts every process's sends). Retry defaults: ${JSON.stringify({ maxRetries: clients.middlewareDefaults.maxRetries, maxDelayMs: clients.middlewareDefaults.maxDelayMs })}.`,
          ...verdicts,
          ...(budgetModes.has('fallback') ? ['FAILURE: a shared rate budget fell back to local pacing during a run (Redis did not answer in time).'] : []),
          `${sdkName}: purecloud-platform-client-v2 262.0.0 has no retry or rate-limit setting (ApiClient.js, DefaultHttpClient.js and configuration.js contain no 429, Retry-After or retry handling; its only automatic re-send is the 401 refresh of the code grant), so every 429 reaches the caller: failed requests per run ${sdkFailures.join(', ')}${firstFailures.has('sdk') ? ` (first: ${firstFailures.get('sdk')})` : ''}. Its completion ratio only says how fast it failed.`,
          ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} runs: the ${timeBudgetMs / 1000} s time budget ran out.`] : []),
        ];
        return { rows: createBenchRows(rows), notes };
      });
    } finally {
      await redis?.stop();
    }
  },
};
