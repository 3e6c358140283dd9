// Suite 7: the fault-injection soak (see soak/run-soak.ts), on one redis-server and on a 3-master Redis Cluster. One run, not a timed comparison: its rows are
// counts against goals (0 forced re-logins, 0 lost calls, token requests within 1.5 x run time / token lifetime + 1,
// heap at the end within 10% of the warm heap), and a FAILURE note names any goal missed.
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { ensurePublishedBuild } from '../ensure-published-build.js';
import { callsPerWorker, runSoak, type SoakOptions, type SoakResult } from '../soak/run-soak.js';

type SoakPlan = Omit<SoakOptions, 'workDir' | 'log'>;

const tokenEndpoint = { serverErrorRate: 0.2, spikeRate: 0.3, spikeMs: [800, 2_500] as const, baseDelayMs: [2, 30] as const };
const callers = { callerTimeoutRate: 0.1, callerAbortRate: 0.05 };

/** 4 processes, 100,000 API calls, 3 s tokens, Redis restarted every 6 s and made to reject writes (OOM). */
export const fullSoakPlan: SoakPlan = {
  totalCalls: 100_000,
  workers: 4,
  concurrencyPerWorker: 8,
  warmupFraction: 0.2,
  tokenLifetimeSeconds: 3,
  restartEveryMs: 6_000,
  outageMs: [300, 900],
  oomEveryMs: 5_000,
  oomMs: [400, 1_200],
  // longer than the slowest token answer (spikeMs) and than a token's lifetime: refreshes fall due inside it
  longOomEveryMs: 15_000,
  longOomMs: [3_500, 4_500],
  tokenEndpoint,
  ...callers,
  recoveryGraceMs: 1_500,
  timeoutMs: 600_000,
  seed: 12,
};

/** The small version in `npm test` (tools/bench/soak.e2e.test.ts): the same faults, more often, on 2,000 calls. */
export const smallSoakPlan: SoakPlan = {
  ...fullSoakPlan,
  totalCalls: 2_000,
  tokenLifetimeSeconds: 2,
  // a restart is followed by recoveryGraceMs (1.5 s) without a lease: faults closer together than that would leave
  // no moment to refresh in at all
  restartEveryMs: 2_500,
  outageMs: [200, 400],
  oomEveryMs: 1_500,
  oomMs: [200, 500],
  longOomEveryMs: 8_000,
  longOomMs: [3_000, 3_500],
  timeoutMs: 120_000,
};

/** `--smoke`: does the soak work at all (every suite's smoke run together stays well under a minute). */
export const smokeSoakPlan: SoakPlan = { ...smallSoakPlan, totalCalls: 800, restartEveryMs: 2_000, oomEveryMs: 1_200, timeoutMs: 40_000 };

/**
 * The same plan against a local 3-master Redis Cluster: half the calls, no restarts, the OOM windows on every node.
 * Its warm heap is taken after as many calls per process as the single-Redis run's: V8 keeps compiling the hot paths
 * (optimized code, deopt data, feedback vectors) for a few thousand calls, and a warm heap taken before that (it was
 * taken after 1,250 calls) grew by up to 0.8 MiB of code by the end while the application's objects stayed flat
 * (heap snapshots at both points, SOAK_HEAP_SNAPSHOTS). The calls after the warm point stay more than before
 * (7,500 per process, was 5,000), so a per-call leak shows at least as clearly.
 */
export const clusterPlanOf = (plan: SoakPlan): SoakPlan => ({
  ...plan,
  cluster: true,
  totalCalls: Math.ceil(plan.totalCalls / 2),
  warmupCallsPerWorker: callsPerWorker(plan).warmup,
});

/** Goals for one soak run; each unmet goal is one line. */
export function soakGoalsMissed(result: SoakResult): string[] {
  const totals = soakTotals(result);
  return [
    ...(totals.forcedRelogins > 0 ? [`${totals.forcedRelogins} forced re-login(s) (goal 0)`] : []),
    ...(totals.lost > 0 ? [`${totals.lost} lost call(s) (goal 0): ${result.workers.flatMap((worker) => worker.lostSamples).slice(0, 3).join(' | ')}`] : []),
    ...(result.server.tokenRequests > totals.tokenRequestBound
      ? [`${result.server.tokenRequests} token requests (goal <= 1.5 x run time / token lifetime + 1 = ${totals.tokenRequestBound.toFixed(1)})`]
      : []),
    ...(totals.heapRatio > 1.1 ? [`heap at the end ${totals.heapRatio.toFixed(3)} x the warm heap (goal <= 1.10)`] : []),
    ...(result.timedOut ? [`stopped at its ${result.options.timeoutMs / 1000} s deadline before every call was made`] : []),
  ];
}

export function soakTotals(result: SoakResult) {
  const sum = (pick: (worker: SoakResult['workers'][number]) => number) => result.workers.reduce((total, worker) => total + pick(worker), 0);
  const lifetimes = result.runMs / (result.options.tokenLifetimeSeconds * 1000);
  return {
    calls: sum((worker) => worker.answered + worker.gaveUp + worker.lost),
    answered: sum((worker) => worker.answered),
    gaveUp: sum((worker) => worker.gaveUp),
    lost: sum((worker) => worker.lost),
    forcedRelogins: result.server.invalidGrants + result.server.familyRevocations + sum((worker) => worker.reauthentications),
    tokenRequestRatio: result.server.tokenRequests / lifetimes,
    /** One refresh per token lifetime for all processes together, 50% for 503 retries and spikes, plus the first token. */
    tokenRequestBound: 1.5 * lifetimes + 1,
    heapRatio: Math.max(...result.workers.map((worker) => worker.heapEndBytes / worker.heapWarmBytes)),
  };
}

export const soakSuite: BenchSuite = {
  name: 'soak',
  description: 'fault-injection soak: 4 processes, one Redis (restarted, rejecting writes), rotating refresh tokens with reuse detection',
  async run(context) {
    await ensurePublishedBuild(context);
    const plan = context.smoke ? smokeSoakPlan : fullSoakPlan;
    const result = await runSoak({ ...plan, workDir: context.workDir, log: context.log });
    const clusterResult = await runSoak({ ...clusterPlanOf(plan), workDir: context.workDir, log: context.log });
    const rows = [...soakRows(result, ''), ...soakRows(clusterResult, 'Redis Cluster: ')];
    const missed = [...soakGoalsMissed(result), ...soakGoalsMissed(clusterResult).map((line) => `Redis Cluster: ${line}`)];
    const warnings = new Map<string, number>();
    for (const worker of [...result.workers, ...clusterResult.workers]) {
      for (const [code, n] of Object.entries({ ...worker.warnings, ...worker.storeWarnings })) warnings.set(code, (warnings.get(code) ?? 0) + n);
    }
    const totals = soakTotals(result);
    const notes = [
      `${plan.workers} Node processes (\`node --expose-gc\`, @ccaas/auth-core and @ccaas/token-store-redis bundled from dist/) share one user's session through one redis-server (no persistence): refreshTokenGrant, explicit storeKey, lockTtlMs 3 000, tokenRequestRetries 5 (the endpoint answers 503 to one request in five), store recoveryGraceMs ${plan.recoveryGraceMs}, ${plan.concurrencyPerWorker} calls in flight per process, ${plan.totalCalls.toLocaleString('en-US')} calls in all through openapi-fetch + authMiddleware. The "Redis Cluster" rows: the same against a local 3-master cluster (ioredis \`Cluster\`), ${clusterPlanOf(plan).totalCalls.toLocaleString('en-US')} calls, OOM windows on every node, no restarts.`,
      `Token server: refresh tokens rotate; presenting a rotated one revokes the family (RFC 9700 reuse detection); access tokens live ${plan.tokenLifetimeSeconds} s; ${plan.tokenEndpoint.serverErrorRate * 100}% of token requests answer 503 unprocessed, ${plan.tokenEndpoint.spikeRate * 100}% of the others are processed on arrival and answered after ${plan.tokenEndpoint.spikeMs.join('-')} ms. API: 200 only for a currently valid access token.`,
      `Faults from the first call: Redis stopped by PID (SIGTERM) every ${plan.restartEveryMs / 1000} s for ${plan.outageMs.join('-')} ms and started empty on the same port; \`CONFIG SET maxmemory 1\` (noeviction: every plain write refused with OOM) every ${plan.oomEveryMs / 1000} s for ${plan.oomMs.join('-')} ms, and every ${plan.longOomEveryMs / 1000} s for ${plan.longOomMs.join('-')} ms (longer than the slowest token answer and a token's lifetime). Callers: ${callers.callerTimeoutRate * 100}% of calls carry \`AbortSignal.timeout(5-400 ms)\`, ${callers.callerAbortRate * 100}% are aborted after 0-100 ms.`,
      `Goals: 0 forced re-logins; 0 lost calls (a call whose caller gave up is not lost); token requests <= 1.5 x (run time / token lifetime) + 1 (= ${totals.tokenRequestBound.toFixed(1)} here), i.e. about one refresh per token lifetime shared by all processes, 503 retries included, plus the first token; heap after GC at the end within 10% of the heap after GC once warm (after ${callsPerWorker(plan).warmup.toLocaleString('en-US')} calls per process in both runs, ${plan.warmupFraction * 100}% of the single-Redis run's, faults included: V8 has compiled the hot paths by then). ${missed.length === 0 ? 'All met.' : ''}`,
      ...missed.map((line) => `FAILURE: ${line}`),
      `Warnings seen (events, all processes, both runs): ${[...warnings].map(([code, n]) => `${code} ${n}`).join(', ') || 'none'}. \`store_unavailable\`: the store could not grant a shared lease (a refresh token is spent only once none is left to serve).`,
    ];
    return { rows, notes };
  },
};

function soakRows(result: SoakResult, prefix: string) {
  const totals = soakTotals(result);
  const count = (label: string, value: number, unit: 'requests' | 'errors' | 'responses' | 'events'): RowSpec => ({
    label: `${prefix}${label}`,
    samples: [value],
    unit,
    better: 'lower',
  });
  return createBenchRows([
    count('API calls made', totals.calls, 'requests'),
    count('API calls answered 200', totals.answered, 'requests'),
    count('API calls given up by their caller (random timeouts and aborts)', totals.gaveUp, 'requests'),
    count('API calls lost (failed although their caller waited)', totals.lost, 'errors'),
    count('forced re-logins (invalid_grant answers, family revocations, ReauthenticationRequiredError)', totals.forcedRelogins, 'errors'),
    count('token requests (503s included)', result.server.tokenRequests, 'requests'),
    { label: `${prefix}token requests / (run time / token lifetime)`, samples: [totals.tokenRequestRatio], unit: '×', better: 'lower' },
    { label: `${prefix}heap after GC at the end / warm heap, worst of the processes`, samples: [totals.heapRatio], unit: '×', better: 'lower' },
    { label: `${prefix}heap after GC once warm, worst of the processes`, samples: [Math.max(...result.workers.map((worker) => worker.heapWarmBytes)) / 1_048_576], unit: 'MiB', better: 'lower' },
    { label: `${prefix}heap after GC at the end, worst of the processes`, samples: [Math.max(...result.workers.map((worker) => worker.heapEndBytes)) / 1_048_576], unit: 'MiB', better: 'lower' },
    { label: `${prefix}run time`, samples: [result.runMs / 1000], unit: 's', better: 'lower' },
    count('Redis restarts (every key lost)', result.faults.redisRestarts, 'events'),
    count('Redis write-rejection windows (maxmemory, OOM)', result.faults.writeRejectionWindows, 'events'),
    count('Redis write-rejection windows longer than a refresh (maxmemory, OOM)', result.faults.longWriteRejectionWindows, 'events'),
    count('token endpoint 503 answers', result.server.serverErrors, 'responses'),
    count('token endpoint latency spikes', result.server.spikes, 'responses'),
    count('API 401 answers (replayed after one refresh)', result.server.apiUnauthorized, 'responses'),
  ]);
}
