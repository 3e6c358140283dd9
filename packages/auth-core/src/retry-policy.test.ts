import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { abortableSleep, abortableWait, fullJitterBackoffMs, retryAfterMs } from './retry-policy.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it.each([
    ['delta-seconds', '42', 42_000],
    ['zero seconds', '0', 0],
    ['padded seconds', '  7 ', 7_000],
    ['an HTTP-date in the future', 'Tue, 01 Jan 2030 00:00:30 GMT', 30_000],
    ['an HTTP-date in the past', 'Mon, 31 Dec 2029 23:59:00 GMT', 0],
  ])('parses %s', (_name, value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });

  it.each([
    ['absent', null],
    ['undefined', undefined],
    ['empty', ''],
    ['negative', '-5'],
    ['garbage', 'soon'],
    ['seconds with a unit', '12 seconds'],
  ])('returns undefined for %s', (_name, value) => {
    expect(retryAfterMs(value, now)).toBeUndefined();
  });

  it.each([
    ['"a 1" (Date.parse would read 2001)', 'a 1'],
    ['"x 2031" (Date.parse would read a year)', 'x 2031'],
    ['fractional seconds', '1.5'],
    ['a sign', '+5'],
    ['an RFC 850 date', 'Sunday, 06-Nov-94 08:49:37 GMT'],
    ['an asctime date', 'Sun Nov  6 08:49:37 1994'],
    ['an IMF-fixdate with a one-digit day', 'Tue, 1 Jan 2030 00:00:30 GMT'],
    ['an IMF-fixdate that does not exist (31 Feb)', 'Thu, 31 Feb 2030 00:00:30 GMT'],
    ['an IMF-fixdate with the wrong weekday', 'Mon, 01 Jan 2030 00:00:30 GMT'],
    ['an IMF-fixdate in another zone', 'Tue, 01 Jan 2030 00:00:30 UTC'],
    ['an ISO date', '2030-01-01T00:00:30Z'],
  ])('strict Retry-After: %s counts as absent', (_name, value) => {
    expect(retryAfterMs(value, now)).toBeUndefined();
  });

  it('"2030" is delta-seconds (2,030 s), not a year', () => {
    expect(retryAfterMs('2030', now)).toBe(2_030_000);
  });

  it('400 digits are 2^31 seconds (RFC 9111 delta-seconds overflow), never Infinity', () => {
    expect(retryAfterMs('9'.repeat(400), now)).toBe(2 ** 31 * 1000);
    expect(retryAfterMs('2147483649', now)).toBe(2 ** 31 * 1000);
  });
});

describe('fullJitterBackoffMs', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it('spans [0, base * 2^attempt) and is capped at maxDelayMs', () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => fullJitterBackoffMs(attempt, options, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(fullJitterBackoffMs(5, options, () => 0)).toBe(0);
    expect(fullJitterBackoffMs(1, options, () => 0.5)).toBe(100);
  });

  it('stays within bounds for any random source (bounded sample)', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      for (let sample = 0; sample < 50; sample++) {
        const delay = fullJitterBackoffMs(attempt, options);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt));
      }
    }
    expect(fullJitterBackoffMs(0, options, () => 7)).toBe(100);
  });
});

describe('abortableSleep / abortableWait', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('resolves after the delay and clears its timer', async () => {
    const done = vi.fn();
    const sleeping = abortableSleep(1_000).then(done);
    await vi.advanceTimersByTimeAsync(999);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('rejects at once with the abort reason, before or during the wait', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    const sleeping = abortableSleep(60_000, controller.signal);
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    await expect(abortableSleep(10, controller.signal)).rejects.toBe(reason);
    await expect(abortableWait(new Promise(() => undefined), controller.signal)).rejects.toBe(reason);
  });

  it('waits the whole time of a sleep longer than setTimeout allows (2^31 - 1 ms), in timers it can hold', async () => {
    const done = vi.fn();
    const sleeping = abortableSleep(2 ** 31 + 1_000).then(done);
    await vi.advanceTimersByTimeAsync(2 ** 31 - 1);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await sleeping;
    expect(done).toHaveBeenCalledOnce();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('abortableWait passes results and errors through', async () => {
    const controller = new AbortController();
    await expect(abortableWait(Promise.resolve(1), controller.signal)).resolves.toBe(1);
    await expect(abortableWait(Promise.reject(new Error('x')), controller.signal)).rejects.toThrow('x');
  });
});

describe('abortableSleep with real timers', () => {
  it('does not end a 30-day sleep at once (a plain setTimeout over 2^31 - 1 ms fires after 1 ms)', async () => {
    const controller = new AbortController();
    const done = vi.fn();
    const sleeping = abortableSleep(30 * 24 * 3_600_000, controller.signal).then(done);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(done).not.toHaveBeenCalled();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(sleeping).rejects.toBe(reason);
  });
});
