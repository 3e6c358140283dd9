// One "pod" of the soak: a token manager (@ccaas/auth-core, refresh-token grant) on the shared Redis store
// (@ccaas/token-store-redis) behind authMiddleware, driven over IPC. Bundled by esbuild from the packages' dist/
// (what a user installs) and run in plain `node --expose-gc`. Callers give up at random (timeouts and aborts);
// every call is classified as answered, given up by its caller, or lost.
import createClient from 'openapi-fetch';
import { authMiddleware, createTokenManager, refreshTokenGrant } from '@ccaas/auth-core';
import { createRedisTokenStore } from '@ccaas/token-store-redis';
import { Cluster } from 'ioredis';
import { writeHeapSnapshot } from 'node:v8';
import { createSeededRandom } from '../large-spec/create-seeded-random.js';

export interface SoakRunCommand {
  type: 'run';
  calls: number;
  warmupCalls: number;
  concurrency: number;
  /** Share of calls with `AbortSignal.timeout(5..400 ms)`, and of calls aborted after 0..100 ms. */
  callerTimeoutRate: number;
  callerAbortRate: number;
  /** Epoch ms after which no call starts. */
  deadlineAt: number;
}

export interface SoakWorkerStats {
  answered: number;
  gaveUp: number;
  lost: number;
  lostSamples: string[];
  /** ReauthenticationRequiredError seen by a caller: the user would have to log in again. */
  reauthentications: number;
  tokensRefreshed: number;
  refreshFailures: Record<string, number>;
  warnings: Record<string, number>;
  storeWarnings: Record<string, number>;
  /** heapUsed after a full GC: once warm, and at the end. */
  heapWarmBytes: number;
  heapEndBytes: number;
  stoppedAtDeadline: boolean;
}

export type SoakWorkerMessage = { type: 'ready' } | { type: 'warm' } | { type: 'done'; stats: SoakWorkerStats };

interface SoakPaths {
  '/api/ping': { get: { responses: { 200: { content: { 'application/json': { ok: boolean } } } } } };
}

const env = (name: string): string => {
  const value = process.env[name];
  if (!value) throw new Error(`soak-worker: ${name} is not set`);
  return value;
};
// a worker never outlives a broken run
setTimeout(() => process.exit(3), Number(env('SOAK_WORKER_MAX_LIFETIME_MS'))).unref();

const count = (record: Record<string, number>, key: string) => (record[key] = (record[key] ?? 0) + 1);
const stats: SoakWorkerStats = {
  answered: 0,
  gaveUp: 0,
  lost: 0,
  lostSamples: [],
  reauthentications: 0,
  tokensRefreshed: 0,
  refreshFailures: {},
  warnings: {},
  storeWarnings: {},
  heapWarmBytes: 0,
  heapEndBytes: 0,
  stoppedAtDeadline: false,
};

// REDIS_CLUSTER_NODES (`host:port,...`): the run against a Redis Cluster, through an ioredis Cluster client
const clusterNodes = process.env.REDIS_CLUSTER_NODES?.split(',').map((node) => {
  const [host, port] = node.split(':');
  return { host: host!, port: Number(port) };
});
const cluster = clusterNodes ? new Cluster(clusterNodes, { redisOptions: { maxRetriesPerRequest: 1 } }) : undefined;
cluster?.on('error', () => undefined);
const store = createRedisTokenStore({
  ...(cluster ? { redis: cluster } : { url: env('REDIS_URL') }),
  keyPrefix: 'soak:',
  operationTimeoutMs: 300,
  retryUnavailableAfterMs: 300,
  recoveryGraceMs: Number(env('SOAK_RECOVERY_GRACE_MS')),
  onWarning: (warning) => {
    count(stats.storeWarnings, warning.code);
    if (process.env.SOAK_DEBUG) console.error(`[soak ${process.pid} ${Date.now() % 100_000}] store ${warning.code}`);
  },
});
const tokens = createTokenManager({
  grant: refreshTokenGrant({
    tokenEndpoint: env('TOKEN_URL'),
    clientId: 'soak-app',
    clientSecret: 'soak-app-secret',
    refreshToken: env('INITIAL_REFRESH_TOKEN'),
  }),
  store,
  storeKey: 'soak:user-1',
  lockTtlMs: 3_000,
  lockPollIntervalMs: 25,
  // a token endpoint that answers 503 to one request in five: ride out a run of them rather than fail callers
  tokenRequestRetries: 5,
});
tokens.on('tokenRefreshed', () => stats.tokensRefreshed++);
tokens.on('refreshFailed', (event) => count(stats.refreshFailures, (event.error as { code?: string }).code ?? event.error.name));
tokens.on('warning', (event) => count(stats.warnings, event.code));

if (process.env.SOAK_DEBUG) {
  // a timeline on stderr for investigating a failed soak: SOAK_DEBUG=1 npm run bench -- --only soak
  const trace = (event: string, detail: unknown) => console.error(`[soak ${process.pid} ${Date.now() % 100_000}] ${event} ${JSON.stringify(detail)}`);
  for (const name of ['tokenRequest', 'tokenRefreshed', 'refreshFailed', 'warning', 'storeError', 'backgroundRefreshStarted'] as const) {
    tokens.on(name, (event) => trace(name, event && 'error' in event ? { ...event, error: String(event.error) } : event));
  }
}

const client = createClient<SoakPaths>({ baseUrl: env('API_BASE_URL') });
client.use(authMiddleware(tokens));

const random = createSeededRandom(Number(env('SOAK_SEED')));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const gc = (globalThis as { gc?: () => void }).gc;

async function heapAfterGc(label: string): Promise<number> {
  await sleep(50);
  gc?.();
  await sleep(50);
  gc?.();
  // SOAK_HEAP_SNAPSHOTS=<dir>: a heap snapshot at the warm point and at the end, to tell a leak (objects that pile up
  // per call) from noise by diffing the two
  const heapUsed = process.memoryUsage().heapUsed;
  const snapshotDir = process.env.SOAK_HEAP_SNAPSHOTS;
  if (snapshotDir) writeHeapSnapshot(`${snapshotDir}/soak-${process.pid}-${label}.heapsnapshot`);
  return heapUsed;
}

async function call(command: SoakRunCommand): Promise<void> {
  const draw = random.next();
  let signal: AbortSignal | undefined;
  let timer: NodeJS.Timeout | undefined;
  if (draw < command.callerTimeoutRate) signal = AbortSignal.timeout(random.int(5, 400));
  else if (draw < command.callerTimeoutRate + command.callerAbortRate) {
    const controller = new AbortController();
    timer = setTimeout(() => controller.abort(new Error('the caller gave up')), random.int(0, 100));
    signal = controller.signal;
  }
  try {
    const { response } = await client.GET('/api/ping', signal ? { signal } : {});
    if (response.status === 200) stats.answered += 1;
    else lose(`HTTP ${response.status}`);
  } catch (error) {
    if (signal?.aborted) stats.gaveUp += 1;
    else {
      if (error instanceof Error && error.name === 'ReauthenticationRequiredError') stats.reauthentications += 1;
      lose(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    }
  } finally {
    clearTimeout(timer);
  }
}

function lose(description: string): void {
  stats.lost += 1;
  if (stats.lostSamples.length < 5) stats.lostSamples.push(description.slice(0, 300));
}

async function run(command: SoakRunCommand): Promise<void> {
  let started = 0;
  const phase = async (until: number) => {
    const lane = async () => {
      while (started < until && Date.now() < command.deadlineAt) {
        started += 1;
        await call(command);
      }
    };
    await Promise.all(Array.from({ length: command.concurrency }, lane));
  };
  await phase(command.warmupCalls);
  stats.heapWarmBytes = await heapAfterGc('warm');
  process.send!({ type: 'warm' } satisfies SoakWorkerMessage);
  await phase(command.calls);
  stats.stoppedAtDeadline = started < command.calls;
  stats.heapEndBytes = await heapAfterGc('end');
  process.send!({ type: 'done', stats } satisfies SoakWorkerMessage);
}

process.on('message', (message: SoakRunCommand | { type: 'exit' }) => {
  if (message.type === 'run') void run(message);
  else void store.close().finally(() => {
    cluster?.disconnect();
    process.exit(0);
  });
});
process.send!({ type: 'ready' } satisfies SoakWorkerMessage);
