// Spawns token-worker processes (bundled once with esbuild, so each starts in plain node) and talks to them over IPC.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { WorkerCommand, WorkerReply } from './fixtures/token-worker.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Bundles the worker (auth-core and this package from source, via tsconfig paths) into a temp dir. */
export async function bundleWorker(): Promise<{ path: string; cleanup(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'token-store-redis-worker-'));
  const path = join(dir, 'token-worker.cjs');
  await build({
    entryPoints: [join(packageDir, 'test/fixtures/token-worker.ts')],
    outfile: path,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    tsconfig: join(packageDir, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return { path, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Worker {
  readonly pid: number;
  readonly storeKey: string;
  readonly child: ChildProcess;
  request<T extends WorkerReply['type']>(command: WorkerCommand, expect: T, timeoutMs?: number): Promise<Extract<WorkerReply, { type: T }>>;
  exited(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

function nextReply<T extends WorkerReply['type']>(child: ChildProcess, type: T, timeoutMs: number) {
  return new Promise<Extract<WorkerReply, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`worker ${child.pid} sent no "${type}" reply within ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: WorkerReply) => {
      if (message.type !== type) return;
      cleanup();
      resolve(message as Extract<WorkerReply, { type: T }>);
    };
    const onExit = () => {
      cleanup();
      reject(new Error(`worker ${child.pid} exited before its "${type}" reply`));
    };
    const cleanup = () => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

export async function spawnWorkers(bundlePath: string, count: number, env: Record<string, string>): Promise<Worker[]> {
  const children = Array.from({ length: count }, () =>
    fork(bundlePath, [], { env: { ...process.env, ...env }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }),
  );
  const exits = children.map(
    (child) =>
      new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
        child.once('exit', (code, signal) => resolve({ code, signal })),
      ),
  );
  const ready = await Promise.all(children.map((child) => nextReply(child, 'ready', 15_000)));
  return children.map((child, i) => ({
    pid: ready[i]!.pid,
    storeKey: ready[i]!.storeKey,
    child,
    request(command, expect, timeoutMs = 15_000) {
      const reply = nextReply(child, expect, timeoutMs);
      child.send(command);
      return reply;
    },
    exited: () => exits[i]!,
  }));
}

/** Asks every worker to exit and SIGKILLs (by PID) any that has not within 3 s. */
export async function stopWorkers(workers: Worker[]): Promise<void> {
  await Promise.all(
    workers.map(async (worker) => {
      const { child } = worker;
      if (child.exitCode !== null || child.signalCode !== null) return;
      if (child.connected) child.send({ type: 'exit' } satisfies WorkerCommand);
      const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
      await worker.exited();
      clearTimeout(timer);
    }),
  );
}
