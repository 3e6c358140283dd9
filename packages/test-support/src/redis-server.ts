// The one launcher of throwaway redis-servers for the workspace's tests and benches: 127.0.0.1, a free port, no
// persistence, its own directory, stopped by PID.
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

/** Absolute path of `redis-cli` (creates clusters), or undefined when it is not installed. */
export const redisCliPath: string | undefined = findOnPath('redis-cli');

/**
 * The suites against a real Redis run unless `CCAAS_SKIP_REDIS_TESTS=1` is set: a missing `redis-server` fails them
 * (with how to install it) rather than skipping them, so `npm test` is never green without having run them.
 */
export const skipRedisTests: boolean = process.env.CCAAS_SKIP_REDIS_TESTS === '1';

if (skipRedisTests) {
  console.warn('[@ccaas/test-support] CCAAS_SKIP_REDIS_TESTS=1: every test against a real redis-server is SKIPPED.');
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

/**
 * Sends one command over a fresh connection and resolves the raw reply (a status line, or a bulk string's header and
 * body), '' when the server does not answer within 500 ms. Enough for PING and CLUSTER INFO without a client library.
 */
export function redisCommand(port: number, args: string[]): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    let answer = '';
    const done = (reply: string) => {
      socket.destroy();
      resolve(reply);
    };
    const complete = () => {
      if (!answer.includes('\r\n')) return false;
      if (!answer.startsWith('$')) return true;
      const length = Number(answer.slice(1, answer.indexOf('\r\n')));
      return length < 0 || Buffer.byteLength(answer, 'latin1') >= answer.indexOf('\r\n') + 2 + length + 2;
    };
    socket.setTimeout(500, () => done(''));
    socket.once('error', () => done(''));
    socket.on('data', (chunk) => {
      answer += chunk.toString('latin1');
      if (complete()) done(answer);
    });
    socket.once('connect', () => socket.write(`*${args.length}\r\n${args.map((arg) => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`).join('')}`));
  });
}

async function ping(port: number): Promise<boolean> {
  return (await redisCommand(port, ['PING'])).startsWith('+PONG');
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

export interface RedisServerOptions {
  /** `--cluster-enabled yes` (a node for {@link startRedisCluster}). */
  cluster?: boolean;
}

async function startOnce(port: number, options: RedisServerOptions): Promise<RedisServerHandle | undefined> {
  // its own directory: a server made a replica (a failover test) writes the RDB it receives there
  const dir = mkdtempSync(join(tmpdir(), 'ccaas-redis-'));
  const child = spawn(
    redisServerPath!,
    [
      ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--loglevel', 'warning', '--dir', dir],
      ...(options.cluster ? ['--cluster-enabled', 'yes', '--cluster-node-timeout', '5000'] : []),
    ],
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
export async function startRedisServer(port?: number, options: RedisServerOptions = {}): Promise<RedisServerHandle> {
  if (!redisServerPath) {
    throw new Error(
      'redis-server is not on PATH: run `bash tools/redis/ensure-redis-server.sh` (apt-get install redis-server), or set CCAAS_SKIP_REDIS_TESTS=1 to skip these suites knowingly',
    );
  }
  for (let attempt = 0; attempt < 3; attempt++) {
    const handle = await startOnce(port ?? (await freePort()), options);
    if (handle) return handle;
    if (port !== undefined) break;
  }
  throw new Error('redis-server did not answer PING');
}
