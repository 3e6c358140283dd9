// One throwaway redis-server per test file: started before its tests, flushed before each, stopped (with every
// store the file opened closed) after them.
import { Redis } from 'ioredis';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startRedisServer, type RedisServerHandle } from '@ccaas/test-support';

export interface RedisServerForTests {
  readonly server: RedisServerHandle;
  /** A plain client for assertions (keys, TTLs, CLIENT LIST). */
  readonly admin: Redis;
  /** Closes `closable` after the file's tests. */
  track<T extends { close(): Promise<void> }>(closable: T): T;
}

export function useRedisServer(): RedisServerForTests {
  let server: RedisServerHandle | undefined;
  let admin: Redis | undefined;
  const tracked: Array<{ close(): Promise<void> }> = [];
  beforeAll(async () => {
    server = await startRedisServer();
    admin = new Redis(server.url);
  });
  afterAll(async () => {
    await Promise.all(tracked.map((closable) => closable.close()));
    admin?.disconnect();
    await server?.stop();
  });
  beforeEach(async () => {
    await admin!.flushall();
  });
  return {
    get server() {
      return server!;
    },
    get admin() {
      return admin!;
    },
    track(closable) {
      tracked.push(closable);
      return closable;
    },
  };
}
