import { describe, expect, it } from 'vitest';
import { redisCommand, skipRedisTests, startRedisServer } from './redis-server.js';

describe.skipIf(skipRedisTests)('startRedisServer', () => {
  it('starts a redis-server that answers on loopback and is gone once stopped by PID', async () => {
    const server = await startRedisServer();
    expect(await redisCommand(server.port, ['PING'])).toBe('+PONG\r\n');
    expect(await redisCommand(server.port, ['SET', 'key', 'two words'])).toBe('+OK\r\n');
    expect(await redisCommand(server.port, ['GET', 'key'])).toBe('$9\r\ntwo words\r\n');
    await server.stop();
    expect(() => process.kill(server.pid, 0)).toThrow();
    expect(await redisCommand(server.port, ['PING'])).toBe('');
  });
});
