// N worker processes of one service (rate-limited-worker.ts) for the rate-limit suite: started and warmed up before
// the measurement, told to send their share of the requests at the same moment, stopped by pid on every path.
import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { WorkerDone, WorkerRun } from './rate-limited-worker.js';

const workerScript = fileURLToPath(new URL('./rate-limited-worker.ts', import.meta.url));
/** Hang guard for 4 tsx processes starting (and making one GET) on a loaded 2-core machine. */
const readyTimeoutMs = 180_000;
const stopTimeoutMs = 5_000;

export interface WorkerGroupOptions {
  count: number;
  repoRoot: string;
  /** GENESYS_* of the sandbox, REDIS_URL, KEY_PREFIX, SHARED_BUDGET. */
  env: Record<string, string>;
}

export interface WorkerGroupResult {
  /** From telling the workers to start to the last one reporting done (the parent's clock). */
  wallMs: number;
  succeeded: number;
  failed: number;
  timedOut: boolean;
  failureSamples: string[];
  retries: number;
  budgetModes: string[];
}

export interface WorkerGroup {
  /** Each worker sends `totals[i]` GETs with `concurrencies[i]` in flight; resolves when all are done. */
  run(totals: number[], concurrencies: number[], timeoutMs: number): Promise<WorkerGroupResult>;
  stop(): Promise<void>;
}

interface Worker {
  child: ChildProcess;
  next(): Promise<Record<string, unknown>>;
}

/** `total` split into `parts` whole shares that differ by at most one. */
export function splitEvenly(total: number, parts: number): number[] {
  return Array.from({ length: parts }, (_, index) => Math.floor(total / parts) + (index < total % parts ? 1 : 0));
}

function startWorker(options: WorkerGroupOptions): Worker {
  const child = spawn(process.execPath, ['--import', 'tsx', workerScript], {
    cwd: options.repoRoot,
    env: { ...process.env, ...options.env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4_000);
  });
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  return {
    child,
    async next() {
      const line = await lines.next();
      if (line.done) throw new Error(`[bench] rate-limit worker pid ${child.pid} exited: ${stderr}`);
      return JSON.parse(line.value) as Record<string, unknown>;
    },
  };
}

async function stopWorker(worker: Worker): Promise<void> {
  const { child } = worker;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const timer = setTimeout(() => child.pid !== undefined && process.kill(child.pid, 'SIGKILL'), stopTimeoutMs);
  await exited;
  clearTimeout(timer);
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`[bench] ${what} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Starts `count` workers and waits until each has made its warm-up GET. */
export async function startWorkerGroup(options: WorkerGroupOptions): Promise<WorkerGroup> {
  const workers = Array.from({ length: options.count }, () => startWorker(options));
  const killOnExit = () => {
    for (const { child } of workers) if (child.pid !== undefined && child.exitCode === null) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await Promise.all(workers.map(stopWorker));
  };
  try {
    await withTimeout(Promise.all(workers.map((worker) => worker.next())), readyTimeoutMs, 'rate-limit workers were not ready');
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    async run(totals, concurrencies, timeoutMs) {
      const startedAt = performance.now();
      const done = workers.map(async (worker, index) => {
        const command: WorkerRun = { type: 'run', total: totals[index]!, concurrency: concurrencies[index]!, timeoutMs };
        worker.child.stdin!.write(`${JSON.stringify(command)}\n`);
        const reply = (await worker.next()) as unknown as WorkerDone;
        return { reply, at: performance.now() };
      });
      const replies = await withTimeout(Promise.all(done), timeoutMs + 30_000, 'rate-limit workers did not report');
      return {
        wallMs: Math.max(...replies.map(({ at }) => at)) - startedAt,
        succeeded: replies.reduce((sum, { reply }) => sum + reply.succeeded, 0),
        failed: replies.reduce((sum, { reply }) => sum + reply.failed, 0),
        timedOut: replies.some(({ reply }) => reply.timedOut),
        failureSamples: replies.flatMap(({ reply }) => reply.failureSamples).slice(0, 5),
        retries: replies.reduce((sum, { reply }) => sum + reply.retries, 0),
        budgetModes: replies.map(({ reply }) => reply.budgetMode),
      };
    },
    stop,
  };
}
