// A throwaway Redis Cluster on 127.0.0.1: `masters` redis-servers started with `--cluster-enabled yes`, joined by
// `redis-cli --cluster create ... --cluster-replicas 0 --cluster-yes`, stopped by PID.
import { spawn } from 'node:child_process';
import { startRedisServer, redisCliPath, redisCommand, type RedisServerHandle } from './redis-server.js';

export interface RedisClusterHandle {
  readonly nodes: ReadonlyArray<{ host: string; port: number }>;
  /** Every node's server (each stopped by PID in `stop()`). */
  readonly servers: readonly RedisServerHandle[];
  stop(): Promise<void>;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ code, output }));
  });
}

/**
 * Starts a cluster of `masters` (at least 3, which `redis-cli --cluster create` requires) and waits until every node
 * reports `cluster_state:ok` (at most 100 x 100 ms).
 */
export async function startRedisCluster(masters = 3): Promise<RedisClusterHandle> {
  if (!redisCliPath) {
    throw new Error('redis-cli is not on PATH: run `bash tools/redis/ensure-redis-server.sh` (apt-get install redis-server)');
  }
  const servers: RedisServerHandle[] = [];
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
  };
  try {
    for (let i = 0; i < Math.max(3, masters); i++) servers.push(await startRedisServer(undefined, { cluster: true }));
    const addresses = servers.map((server) => `127.0.0.1:${server.port}`);
    const created = await run(redisCliPath, ['--cluster', 'create', ...addresses, '--cluster-replicas', '0', '--cluster-yes']);
    if (created.code !== 0) throw new Error(`redis-cli --cluster create failed: ${created.output.slice(-500)}`);
    for (let attempt = 0; attempt < 100; attempt++) {
      const states = await Promise.all(servers.map((server) => redisCommand(server.port, ['CLUSTER', 'INFO'])));
      if (states.every((state) => state.includes('cluster_state:ok'))) {
        return { nodes: servers.map((server) => ({ host: '127.0.0.1', port: server.port })), servers, stop };
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error('the Redis Cluster did not reach cluster_state:ok');
  } catch (error) {
    await stop();
    throw error;
  }
}
