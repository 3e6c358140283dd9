// The fault-injection soak: `workers` Node processes share one user's rotating refresh token through one real
// redis-server (or a 3-master Redis Cluster), against a token server with reuse detection, while the bench restarts
// Redis (losing every key: no persistence), fills its memory (maxmemory with noeviction: writes are refused with OOM)
// in short windows and in windows longer than a refresh, and the token endpoint answers late or 503. Callers give
// up at random. Bounded in count (`totalCalls`) and time (`timeoutMs`): no call starts after the deadline, every
// child is stopped by PID on every path.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { Redis } from 'ioredis';
import { startRedisCluster, startRedisServer, type RedisClusterHandle, type RedisServerHandle } from '@ccaas/test-support';
import { createSeededRandom } from '../large-spec/create-seeded-random.js';
import { startSoakServer, type SoakServerStats, type TokenEndpointFaults } from './soak-server.js';
import type { SoakRunCommand, SoakWorkerMessage, SoakWorkerStats } from './soak-worker.js';

export interface SoakOptions {
  totalCalls: number;
  workers: number;
  concurrencyPerWorker: number;
  /** Share of each worker's calls made before the warm heap is measured (faults run from the first call). */
  warmupFraction: number;
  /** Calls per worker before the warm heap is measured, instead of `warmupFraction`. */
  warmupCallsPerWorker?: number;
  tokenLifetimeSeconds: number;
  /** Redis is restarted every `restartEveryMs` (down `outageMs`) and rejects writes every `oomEveryMs` for `oomMs`. */
  restartEveryMs: number;
  outageMs: readonly [number, number];
  oomEveryMs: number;
  oomMs: readonly [number, number];
  /**
   * Every `longOomEveryMs`, Redis rejects writes (OOM) for `longOomMs`: longer than a refresh (the slowest token
   * answer) and than a token's lifetime, so refreshes are due while no write is accepted.
   */
  longOomEveryMs: number;
  longOomMs: readonly [number, number];
  /** Run against a local 3-master Redis Cluster instead of one redis-server (no restarts: a node restarted empty leaves the cluster). */
  cluster?: boolean;
  tokenEndpoint: TokenEndpointFaults;
  callerTimeoutRate: number;
  callerAbortRate: number;
  /** `recoveryGraceMs` of the workers' stores. */
  recoveryGraceMs: number;
  /** Bound of the whole run. */
  timeoutMs: number;
  seed: number;
  /** Where the bundled worker goes. */
  workDir: string;
  log(message: string): void;
}

export interface SoakResult {
  options: SoakOptions;
  /** From the first call to the last worker's report. */
  runMs: number;
  workers: SoakWorkerStats[];
  server: SoakServerStats;
  faults: { redisRestarts: number; writeRejectionWindows: number; longWriteRejectionWindows: number };
  timedOut: boolean;
}

const soakDir = new URL('.', import.meta.url).pathname;

/** Calls each worker makes, and how many of them before its warm heap is measured. */
export function callsPerWorker(
  options: Pick<SoakOptions, 'totalCalls' | 'workers' | 'warmupFraction' | 'warmupCallsPerWorker'>,
): { total: number; warmup: number } {
  const total = Math.ceil(options.totalCalls / options.workers);
  return { total, warmup: Math.min(total, options.warmupCallsPerWorker ?? Math.floor(total * options.warmupFraction)) };
}

async function bundleWorker(workDir: string): Promise<string> {
  await mkdir(workDir, { recursive: true });
  const outfile = join(workDir, `soak-worker-${process.pid}.mjs`);
  // @ccaas/* resolve through the workspace node_modules to the packages' exports, i.e. their built dist/
  await build({
    entryPoints: [join(soakDir, 'soak-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

function nextMessage<T extends SoakWorkerMessage['type']>(child: ChildProcess, type: T, timeoutMs: number) {
  return new Promise<Extract<SoakWorkerMessage, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`soak worker ${child.pid} sent no "${type}" within ${timeoutMs} ms`)), timeoutMs);
    const onMessage = (message: SoakWorkerMessage) => message.type === type && finish(undefined, message as Extract<SoakWorkerMessage, { type: T }>);
    const onExit = (code: number | null, signal: string | null) => finish(new Error(`soak worker ${child.pid} exited (${code ?? signal}) before "${type}"`));
    function finish(error?: Error, message?: Extract<SoakWorkerMessage, { type: T }>) {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve(message!);
    }
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (child.connected) child.send({ type: 'exit' });
  const timer = setTimeout(() => child.pid !== undefined && child.kill('SIGKILL'), 3_000);
  await exited;
  clearTimeout(timer);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const random = createSeededRandom(options.seed);
  const children: ChildProcess[] = [];
  let redis: RedisServerHandle | undefined;
  let cluster: RedisClusterHandle | undefined;
  let admins: Redis[] = [];
  const server = await startSoakServer({ tokenLifetimeSeconds: options.tokenLifetimeSeconds, faults: options.tokenEndpoint, random });
  const guard = () => children.forEach((child) => child.kill('SIGKILL'));
  process.once('exit', guard);
  try {
    const [workerPath] = await Promise.all([
      bundleWorker(options.workDir),
      options.cluster ? startRedisCluster(3).then((started) => (cluster = started)) : startRedisServer().then((started) => (redis = started)),
    ]);
    // one admin connection per node: memory is filled on every node at once
    admins = (cluster ? cluster.servers : [redis!]).map((server) => {
      const admin = new Redis(server.url, { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
      admin.on('error', () => undefined);
      return admin;
    });
    const setMaxmemory = (bytes: string) => Promise.all(admins.map((admin) => admin.config('SET', 'maxmemory', bytes).catch(() => undefined)));
    const login = server.login();
    const deadlineAt = Date.now() + options.timeoutMs;
    for (let index = 0; index < options.workers; index++) {
      children.push(
        fork(workerPath, [], {
          execArgv: ['--expose-gc'],
          stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
          env: {
            ...process.env,
            ...(cluster
              ? { REDIS_CLUSTER_NODES: cluster.nodes.map((node) => `${node.host}:${node.port}`).join(',') }
              : { REDIS_URL: redis!.url }),
            TOKEN_URL: server.tokenUrl,
            API_BASE_URL: server.apiBaseUrl,
            INITIAL_REFRESH_TOKEN: login.refreshToken,
            SOAK_SEED: String(options.seed * 31 + index),
            SOAK_RECOVERY_GRACE_MS: String(options.recoveryGraceMs),
            SOAK_WORKER_MAX_LIFETIME_MS: String(options.timeoutMs + 30_000),
          },
        }),
      );
    }
    await Promise.all(children.map((child) => nextMessage(child, 'ready', 20_000)));
    const perWorker = callsPerWorker(options);
    const command: SoakRunCommand = {
      type: 'run',
      calls: perWorker.total,
      warmupCalls: perWorker.warmup,
      concurrency: options.concurrencyPerWorker,
      callerTimeoutRate: options.callerTimeoutRate,
      callerAbortRate: options.callerAbortRate,
      deadlineAt,
    };
    const remainingMs = () => Math.max(1_000, deadlineAt - Date.now() + 10_000);
    const warm = children.map((child) => nextMessage(child, 'warm', remainingMs()));
    const done = children.map((child) => nextMessage(child, 'done', remainingMs()));
    done.forEach((promise) => promise.catch(() => undefined));
    const startedAt = Date.now();
    children.forEach((child) => child.send(command));
    // faults from the first call to the last (the warm-up sees them too, so the warm heap includes their code paths)
    const faults = { redisRestarts: 0, writeRejectionWindows: 0, longWriteRejectionWindows: 0 };
    let finished = false;
    const reports = Promise.all(done).finally(() => (finished = true));
    void Promise.all(warm).then(
      () => options.log(`soak: ${options.workers} workers warm after ${Date.now() - startedAt} ms`),
      () => undefined,
    );
    const injectFaults = async () => {
      let nextRestart = cluster ? Infinity : Date.now() + options.restartEveryMs;
      let nextOom = Date.now() + options.oomEveryMs;
      // the first long window early, so that even a short run has one
      let nextLongOom = Date.now() + Math.min(1_000, options.longOomEveryMs);
      while (!finished && Date.now() < deadlineAt) {
        await sleep(50);
        if (Date.now() >= nextLongOom && !finished) {
          if (process.env.SOAK_DEBUG) console.error(`[soak faults ${Date.now() % 100_000}] long oom`);
          await setMaxmemory('1');
          await sleep(random.int(...options.longOomMs));
          await setMaxmemory('0');
          faults.longWriteRejectionWindows += 1;
          nextLongOom = Date.now() + options.longOomEveryMs;
        } else if (Date.now() >= nextRestart && !finished) {
          if (process.env.SOAK_DEBUG) console.error(`[soak faults ${Date.now() % 100_000}] redis restart`);
          await redis!.stop(); // SIGTERM by PID; no persistence: every key is lost
          await sleep(random.int(...options.outageMs));
          redis = await startRedisServer(redis!.port);
          if (process.env.SOAK_DEBUG) console.error(`[soak faults ${Date.now() % 100_000}] redis up`);
          faults.redisRestarts += 1;
          nextRestart = Date.now() + options.restartEveryMs;
        } else if (Date.now() >= nextOom && !finished) {
          if (process.env.SOAK_DEBUG) console.error(`[soak faults ${Date.now() % 100_000}] oom`);
          await setMaxmemory('1');
          await sleep(random.int(...options.oomMs));
          await setMaxmemory('0');
          if (process.env.SOAK_DEBUG) console.error(`[soak faults ${Date.now() % 100_000}] oom over`);
          faults.writeRejectionWindows += 1;
          nextOom = Date.now() + options.oomEveryMs;
        }
      }
    };
    const [stats] = await Promise.all([reports, injectFaults()]);
    const runMs = Date.now() - startedAt;
    return {
      options,
      runMs,
      workers: stats.map((message) => message.stats),
      server: server.stats(),
      faults,
      timedOut: stats.some((message) => message.stats.stoppedAtDeadline),
    };
  } finally {
    await Promise.all(children.map(stopChild));
    process.off('exit', guard);
    admins.forEach((admin) => admin.disconnect());
    await server.close();
    await redis?.stop();
    await cluster?.stop();
  }
}
