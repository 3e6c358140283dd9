import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runConcurrentRequests } from './run-concurrent-requests.js';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('runConcurrentRequests', () => {
  it('sends exactly `total` requests, never more than `concurrency` at once, and counts failures', async () => {
    let inFlight = 0;
    let mostInFlight = 0;
    let sent = 0;
    const result = await runConcurrentRequests({
      total: 50,
      concurrency: 4,
      timeoutMs: 10_000,
      send: async () => {
        sent += 1;
        const number = sent;
        inFlight += 1;
        mostInFlight = Math.max(mostInFlight, inFlight);
        await sleep(1);
        inFlight -= 1;
        if (number % 10 === 0) throw new Error(`request ${number} failed`);
      },
    });
    expect(sent).toBe(50);
    expect(mostInFlight).toBe(4);
    expect(result.succeeded).toBe(45);
    expect(result.failed).toBe(5);
    expect(result.latenciesMs).toHaveLength(45);
    expect(result.latenciesMs.every((ms) => ms > 0)).toBe(true);
    expect(result.failureSamples).toEqual(['Error: request 10 failed', 'Error: request 20 failed', 'Error: request 30 failed', 'Error: request 40 failed', 'Error: request 50 failed']);
    expect(result.timedOut).toBe(false);
    expect(result.wallMs).toBeGreaterThan(0);
  });

  it('describes non-Error rejections (the official SDK rejects with the error body)', async () => {
    const result = await runConcurrentRequests({ total: 1, concurrency: 1, timeoutMs: 1_000, send: () => Promise.reject({ status: 429 }) });
    expect(result.failureSamples).toEqual(['{"status":429}']);
  });

  describe('deadline (fake timers and clock: simulated time, not the machine\'s)', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    });
    afterEach(() => {
      vi.useRealTimers();
    });

    it('starts nothing after the deadline and returns at it', async () => {
      let sent = 0;
      const startedAt = performance.now();
      let returnedAt = 0;
      const pending = runConcurrentRequests({
        total: 1_000,
        concurrency: 2,
        timeoutMs: 100,
        send: () => {
          sent += 1;
          return sleep(30);
        },
      }).then((result) => {
        returnedAt = performance.now();
        return result;
      });
      await vi.advanceTimersByTimeAsync(1_000);
      const result = await pending;
      expect(returnedAt - startedAt).toBe(100);
      expect(result.timedOut).toBe(true);
      expect(sent).toBe(8); // two workers start at 0, 30, 60 and 90 ms; none at 120
      expect(result.succeeded).toBe(6);
    });

    it('returns at the deadline even when requests never settle', async () => {
      const startedAt = performance.now();
      const pending = runConcurrentRequests({ total: 3, concurrency: 3, timeoutMs: 50, send: () => new Promise(() => {}) });
      await vi.advanceTimersByTimeAsync(50);
      const result = await pending;
      expect(performance.now() - startedAt).toBe(50);
      expect(result.timedOut).toBe(true);
      expect(result.succeeded + result.failed).toBe(0);
    });
  });

  it('refuses non-positive sizes', async () => {
    await expect(runConcurrentRequests({ total: 0, concurrency: 1, timeoutMs: 10, send: async () => {} })).rejects.toThrow(/total/);
    await expect(runConcurrentRequests({ total: 1, concurrency: 0, timeoutMs: 10, send: async () => {} })).rejects.toThrow(/concurrency/);
  });
});
