// Test-side launcher for a throwaway redis-server on 127.0.0.1: a free port, no persistence, stopped by PID.
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { connect, createServer } from 'node:net';
import { delimiter, join } from 'node:path';

function findOnPath(binary: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, binary);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Absolute path of `redis-server`, or undefined when it is not installed. */
export const redisServerPath: string | undefined = findOnPath('redis-server');

/**
 * The suites against a real Redis run unless `CCAAS_SKIP_REDIS_TESTS=1` is set: a missing `redis-server` fails them
 * (with how to install it) rather than skipping them, so `npm test` is never green without having run them.
 */
export const skipRedisTests: boolean = process.env.CCAAS_SKIP_REDIS_TESTS === '1';

if (skipRedisTests) {
  console.warn('[@ccaas/token-store-redis] CCAAS_SKIP_REDIS_TESTS=1: every test against a real redis-server is SKIPPED.');
}

export interface RedisServerHandle {
  readonly port: number;
  readonly pid: number;
  readonly url: string;
  /** SIGTERM by PID, SIGKILL after 3 s; resolves once the process has exited. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

/** A free TCP port on 127.0.0.1 (bound and released; redis-server binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(500, () => done(false));
    socket.once('error', () => done(false));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (answer.includes('\r\n')) done(answer.startsWith('+PONG'));
    });
    socket.once('connect', () => socket.write('PING\r\n'));
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

async function startOnce(port: number): Promise<RedisServerHandle | undefined> {
  // its own directory: a server made a replica (a failover test) writes the RDB it receives there
  const dir = mkdtempSync(join(tmpdir(), 'ccaas-redis-'));
  const child = spawn(
    redisServerPath!,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning', '--dir', dir],
    { stdio: 'ignore' },
  );
  child.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  running.add(child);
  child.once('exit', () => running.delete(child));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
      process.kill(child.pid, 'SIGTERM');
      const timer = setTimeout(() => child.pid !== undefined && child.kill('SIGKILL'), 3_000);
      await exited(child);
      clearTimeout(timer);
    }
  };
  // wait for PING: at most 50 tries x 100 ms
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null || child.signalCode !== null) return undefined; // e.g. the port was taken meanwhile
    if (await ping(port)) {
      return { port, pid: child.pid!, url: `redis://127.0.0.1:${port}`, stop };
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  return undefined;
}

/** Starts redis-server on `port` (default: a free one), retrying on a fresh port up to 3 times when none is given. */
export async function startRedisServer(port?: number): Promise<RedisServerHandle> {
  if (!redisServerPath) {
    throw new Error(
      'redis-server is not on PATH: run `bash tools/redis/ensure-redis-server.sh` (apt-get install redis-server), or set CCAAS_SKIP_REDIS_TESTS=1 to skip these suites knowingly',
    );
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const handle = await startOnce(port ?? (await freePort()));
    if (handle) return handle;
    if (port !== undefined) break;
  }
  throw new Error('redis-server did not answer PING');
}
