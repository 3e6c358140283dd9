import { describe, expect, it } from 'vitest';
import { createRedisAvailability } from './redis-availability.js';

function setup(retryUnavailableAfterMs = 1_000) {
  const client = { status: 'ready' };
  const warnings: Error[] = [];
  let now = 0;
  const availability = createRedisAvailability({
    client,
    operationTimeoutMs: 50,
    retryUnavailableAfterMs,
    onUnavailable: (error) => warnings.push(error),
    secrets: ['p4ssw0rd'],
    clock: () => now,
  });
  return { client, warnings, availability, advance: (ms: number) => (now += ms) };
}

describe('createRedisAvailability', () => {
  it('counts a command that never answers as unavailable after operationTimeoutMs', async () => {
    const { availability, warnings } = setup();
    const outcome = await availability.run(() => new Promise<never>(() => undefined));
    expect(outcome).toEqual({ ok: false });
    expect(warnings.map((w) => w.message)).toEqual(['no answer from Redis within 50 ms']);
    expect(availability.degraded).toBe(true);
  });

  it('does not send commands during the retry window, and warns once per outage', async () => {
    const { availability, warnings, advance } = setup();
    let sent = 0;
    const failing = async () => {
      sent++;
      throw new Error('ECONNREFUSED with p4ssw0rd');
    };
    expect(await availability.run(failing)).toEqual({ ok: false });
    advance(999);
    expect(await availability.run(failing)).toEqual({ ok: false });
    expect(sent).toBe(1);
    advance(1);
    expect(await availability.run(failing)).toEqual({ ok: false });
    expect(sent).toBe(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toBe('ECONNREFUSED with [redacted]');
  });

  it('recovers on the first answer after the window and warns again at the next outage', async () => {
    const { availability, warnings, advance } = setup();
    await availability.run(async () => {
      throw new Error('down');
    });
    advance(1_000);
    expect(await availability.run(async () => 'PONG')).toEqual({ ok: true, value: 'PONG' });
    expect(availability.degraded).toBe(false);
    await availability.run(async () => {
      throw new Error('down again');
    });
    expect(warnings.map((w) => w.message)).toEqual(['down', 'down again']);
  });

  it('fails at once, without sending, while ioredis is reconnecting', async () => {
    const { availability, client, warnings } = setup();
    client.status = 'reconnecting';
    let sent = false;
    expect(
      await availability.run(async () => {
        sent = true;
        return 'OK';
      }),
    ).toEqual({ ok: false });
    expect(sent).toBe(false);
    expect(warnings.map((w) => w.message)).toEqual(['the Redis connection is reconnecting']);
  });
});
