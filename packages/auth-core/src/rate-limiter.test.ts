import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createRateLimiter,
  endpointFamilyOf,
  readIninRateLimitHeaders,
  type RateBudget,
  type RateLimiterSettings,
  type RateLimitObservation,
} from './rate-limiter.js';
import { RateLimitWaitExceeded } from './errors.js';
import { RateWindow } from './rate-window.js';

const API = 'https://api.test';
const request = (path = '/api/v2/users') => new Request(`${API}${path}`);
const settings = { windowEdgeMs: 50, burstFraction: 0.1 };

/**
 * A platform limit like Genesys Cloud's: fixed windows of the clock, inin-ratelimit-* on every answer; with
 * `rateLimitHeaders: false` (Genesys since 2021) none, and a 429 carries only Retry-After (whole seconds to the reset).
 */
function fixedWindowServer(limit: number, windowMs = 1_000, { rateLimitHeaders = true } = {}) {
  let windowStart = -1;
  let count = 0;
  const countsPerWindow = new Map<number, number>();
  const tooManyPerWindow = new Map<number, number>();
  let tooMany = 0;
  return {
    answer(now: number): Response {
      const start = Math.floor(now / windowMs) * windowMs;
      if (start !== windowStart) {
        windowStart = start;
        count = 0;
      }
      count += 1;
      const reset = String(Math.max(1, Math.ceil((start + windowMs - now) / 1_000)));
      const headers: Record<string, string> = rateLimitHeaders
        ? { 'inin-ratelimit-allowed': String(limit), 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': reset }
        : {};
      if (count > limit) {
        tooMany += 1;
        tooManyPerWindow.set(start, (tooManyPerWindow.get(start) ?? 0) + 1);
        return new Response('{}', { status: 429, headers: { ...headers, 'Retry-After': reset } });
      }
      countsPerWindow.set(start, count);
      return new Response('{}', { status: 200, headers });
    },
    get tooMany() {
      return tooMany;
    },
    get busiestWindow() {
      return Math.max(0, ...countsPerWindow.values());
    },
    /** 429s the server answered in the window that starts at `start`. */
    tooManyIn(start: number): number {
      return tooManyPerWindow.get(start) ?? 0;
    },
    /** Windows (by start) in which the server answered 429, in order. */
    get windowsWithTooMany() {
      return [...tooManyPerWindow.keys()];
    },
  };
}

const limiterSettings = (extra: Partial<RateLimiterSettings> = {}): RateLimiterSettings => ({
  pauseOnRateLimit: true,
  clock: () => Date.now(),
  ...extra,
});

describe('readIninRateLimitHeaders', () => {
  it('reads allowed, count and reset (seconds) into limit, count and resetMs', () => {
    const headers = new Headers({ 'inin-ratelimit-allowed': '300', 'inin-ratelimit-count': '12', 'inin-ratelimit-reset': '42' });
    expect(readIninRateLimitHeaders(headers)).toEqual({ limit: 300, count: 12, resetMs: 42_000 });
  });

  it('ignores responses without the headers and headers that are not numbers', () => {
    expect(readIninRateLimitHeaders(new Headers())).toBeUndefined();
    expect(readIninRateLimitHeaders(new Headers({ 'inin-ratelimit-allowed': '300' }))).toBeUndefined();
    const garbage = new Headers({ 'inin-ratelimit-allowed': 'lots', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' });
    expect(readIninRateLimitHeaders(garbage)).toBeUndefined();
    const zero = new Headers({ 'inin-ratelimit-allowed': '0', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' });
    expect(readIninRateLimitHeaders(zero)).toBeUndefined();
  });
});

describe('endpointFamilyOf', () => {
  it('keeps the path up to its first id segment, so a collection and its items share a family', () => {
    expect(endpointFamilyOf(`${API}/api/v2/users?pageSize=1`)).toBe('/api/v2/users');
    expect(endpointFamilyOf(`${API}/api/v2/users/6f1c2d3e-aaaa-bbbb-cccc-0123456789ab/roles`)).toBe('/api/v2/users');
    expect(endpointFamilyOf(`${API}/api/v2/routing/queues/42/members`)).toBe('/api/v2/routing/queues');
    expect(endpointFamilyOf(`${API}/api/v2/analytics/conversations/details/query`)).toBe('/api/v2/analytics/conversations/details/query');
    expect(endpointFamilyOf(`${API}/inContactAPI/services/v34.0/agents/12345/state`)).toBe('/inContactAPI/services/v34.0/agents');
  });
});

describe('RateWindow (one bucket as this process knows it)', () => {
  const observation = (count: number, limit = 10, resetMs = 1_000): RateLimitObservation => ({ limit, count, resetMs });

  it('knows nothing until a response reports a window, and then counts the sends in flight as used', () => {
    const window = new RateWindow(settings);
    expect(window.take(0, 0)).toBe(0);
    expect(window.engaged(0)).toBe(false);
    window.observe(observation(1), 100, 4);
    expect(window).toMatchObject({ limit: 10, windowMs: 1_000, end: 1_100, used: 5, phaseKnown: false });
    expect(window.engaged(100)).toBe(true);
  });

  it('first window (phase unknown): spaces sends windowMs / limit apart and waits for the window end once it is spent', () => {
    const window = new RateWindow(settings);
    window.observe(observation(1), 0, 6); // used 7 of 10
    expect(window.take(0, 6)).toBe(0);
    expect(window.take(0, 7)).toBe(100);
    expect(window.take(100, 7)).toBe(0);
    expect(window.take(200, 8)).toBe(0); // used 10
    expect(window.take(300, 9)).toBe(700); // spent: wait for end (1 000)
  });

  it('a drop of the server count shows the rollover: the phase is known and sends are spread over the window', () => {
    const window = new RateWindow(settings);
    window.observe(observation(9), 0, 0);
    window.observe(observation(1), 400, 0); // the server rolled over between the two answers
    expect(window).toMatchObject({ end: 1_400, used: 1, phaseKnown: true });
    // burst = 1 (10%), then the other 9 sends spread from start + 50 to end - 50 (900 ms)
    expect(window.take(450, 0)).toBe(0);
    expect(window.take(450, 1)).toBe(100);
    expect(window.take(550, 1)).toBe(0);
    expect(window.take(560, 1)).toBe(90);
  });

  it('rolls over on its own when the window ended without news, counting what is still in flight', () => {
    const window = new RateWindow(settings);
    window.observe(observation(10), 0, 0);
    expect(window.take(500, 0)).toBe(500);
    expect(window.take(1_000, 2)).toBe(0);
    expect(window).toMatchObject({ end: 2_000, used: 3 });
  });

  it('ignores a late answer from the previous window that arrives after the rollover', () => {
    const window = new RateWindow(settings);
    window.observe(observation(9), 0, 0);
    window.observe(observation(1), 400, 0);
    window.observe(observation(10), 420, 0); // answered before the rollover, seen after it
    expect(window).toMatchObject({ end: 1_400, used: 1, lastCount: 1 });
    window.observe(observation(6), 800, 0); // later in the window such counts are believed
    expect(window.used).toBe(6);
  });

  it('learns afresh when the headers describe another limit (another allowance)', () => {
    const window = new RateWindow(settings);
    window.observe(observation(3, 300, 42_000), 0, 0);
    window.observe(observation(1, 10, 1_000), 100, 0);
    expect(window).toMatchObject({ limit: 10, windowMs: 1_000, end: 1_100, used: 1, phaseKnown: false });
  });

  /** 100 answered in one window, then `rejected` 429s (Retry-After 1 s) from the sends still in flight. */
  const spendWindow = (window: RateWindow, now: number, answeredBefore: number, accepted = 100, rejected = 50) => {
    let answered = answeredBefore + accepted;
    for (let i = 0; i < rejected; i += 1) window.spent(now, 1_000, (answered += 1));
    return answered;
  };

  it('learns the allowance from 429s when the server sends no rate-limit headers: the answers (not 429) until the spent window reopened', () => {
    const window = new RateWindow(settings);
    const answered = spendWindow(window, 200, 0);
    expect(window).toMatchObject({ learned: false, pending: true, spentUntil: 1_200, rejected: 50 });
    expect(window.engaged(300)).toBe(true); // sends wait for the count
    expect(window.settle(1_199, answered)).toBe(false);
    expect(window.settle(1_200, answered)).toBe(true);
    // allowance 100; paced 3% below it, with no burst: 97 sends per window, windowMs / 97 apart
    expect(window).toMatchObject({ learned: true, allowance: 100, limit: 97, windowMs: 1_000, pending: false });
    expect(window.take(1_200, 0)).toBe(0);
    expect(window.take(1_200, 1)).toBe(11);
    expect(window.take(1_211, 1)).toBe(0);
    // a send released late (4 ms after its slot at 1 220.6) does not push the next one back: it keeps its slot (1 230.9)
    expect(window.take(1_225, 1)).toBe(0);
    expect(window.take(1_225, 1)).toBe(6);
  });

  it('a later 429 lowers the learned allowance, and a count that fitted in one window sets it outright', () => {
    const window = new RateWindow(settings);
    let answered = spendWindow(window, 200, 0);
    window.settle(1_200, answered);
    // 30 s of pacing (2,900 answers), then a 429: the cycle spans many windows, so the step lowers it (100 -> 97)
    answered = spendWindow(window, 31_000, answered, 2_900, 3);
    window.settle(32_000, answered);
    expect(window).toMatchObject({ allowance: 97, limit: 94 });
    // the next spent window counted 80 answers since the reopening: the allowance is at most that
    answered = spendWindow(window, 32_500, answered, 80, 2);
    window.settle(33_500, answered);
    expect(window).toMatchObject({ allowance: 80, limit: 77 });
  });

  it('answers after the first 429 of a spent window count only as far as sends were in flight at it (later sends went to the next window)', () => {
    const window = new RateWindow(settings);
    let answered = 100;
    window.spent(200, 1_000, (answered += 1), 5); // 5 other sends on the wire
    answered += 30; // answered 200: the 5 in flight (counted by the spent window) and 25 of another family, sent later
    for (let i = 0; i < 4; i += 1) window.spent(300, 1_000, (answered += 1));
    window.settle(1_200, answered);
    expect(window).toMatchObject({ learned: true, allowance: 105 });
  });

  it('a late 429 of a send that went out before the spent window reopened belongs to that window: it opens no new cycle', () => {
    const window = new RateWindow(settings);
    let answered = 100;
    window.spent(900, 1_000, (answered += 1), 0);
    window.settle(1_900, answered);
    // the next spent window: 97 answered, then 429s (5 sends in flight), one of those in flight answered OK
    answered += 97;
    window.spent(2_850, 1_000, (answered += 1), 5, 2_840);
    for (let i = 0; i < 3; i += 1) window.spent(2_860, 1_000, (answered += 1), 5, 2_845);
    answered += 1;
    expect(window.settle(3_850, answered)).toBe(true);
    expect(window.allowance).toBe(97);
    // 20 ms after the reopening, a 429 of a send that went out at 3 840 (the server counted it in the spent window)
    answered += 2;
    window.spent(3_870, 1_000, (answered += 1), 20, 3_840);
    expect(window.pending).toBe(false);
    answered += 97; // the next second: 97 paced sends answered OK
    expect(window.settle(4_870, answered)).toBe(false);
    expect(window).toMatchObject({ allowance: 97, limit: 94 });
    // a 429 of a send that went out after the reopening opens the next cycle as before
    window.spent(4_900, 1_000, (answered += 1), 20, 4_890);
    expect(window).toMatchObject({ pending: true, spentUntil: 5_900 });
  });

  it('429s of a spent window count once; one with a Retry-After over a minute (a quota) or none teaches nothing', () => {
    const window = new RateWindow(settings);
    window.spent(0, 3_600_000, 10);
    window.spent(0, 0, 11);
    expect(window).toMatchObject({ pending: false, spentUntil: 0, rejected: 2 });
    expect(window.settle(4_000_000, 11)).toBe(false);
    const answered = spendWindow(window, 100, 11, 100, 5);
    window.spent(900, 1_000, answered); // still the same spent window (it reopens at 1 100)
    expect(window).toMatchObject({ spentUntil: 1_100, rejected: 8 });
  });

  it('a window spent after fewer than 10 answers (someone else\'s traffic, or an endpoint\'s own limit) teaches nothing', () => {
    const window = new RateWindow(settings);
    const answered = spendWindow(window, 0, 0, 3, 1);
    expect(window.settle(1_000, answered)).toBe(false);
    expect(window).toMatchObject({ learned: false, pending: false, allowance: 0 });
    expect(window.engaged(1_000)).toBe(false); // back on the fast path
    // the next spent window counts from this reopening
    expect(window.settle(2_200, spendWindow(window, 1_200, answered, 40, 2))).toBe(true);
    expect(window.allowance).toBe(40);
  });

  it('probes upward by 1% after 20 windows without a 429 while sends queue behind the pace', () => {
    const window = new RateWindow(settings);
    window.settle(1_000, spendWindow(window, 0, 0));
    let now = 1_000;
    while (now < 21_000) now += Math.max(1, window.take(now, 0));
    expect(window.allowance).toBe(100);
    window.take(now, 0);
    window.take(now, 0);
    expect(window).toMatchObject({ allowance: 101, limit: 97, adaptedAt: now });
  });

  it('keeps pacing from headers when they are sent: a 429 without them is then an endpoint\'s, and headers replace a learned allowance', () => {
    const window = new RateWindow(settings);
    window.observe(observation(1, 10, 1_000), 0, 0);
    window.spent(100, 1_000, 5);
    expect(window).toMatchObject({ learned: false, pending: false, rejected: 0, limit: 10 });
    const learnedFirst = new RateWindow(settings);
    learnedFirst.settle(1_200, spendWindow(learnedFirst, 200, 0));
    learnedFirst.observe(observation(1, 10, 1_000), 1_300, 0);
    expect(learnedFirst).toMatchObject({ learned: false, allowance: 0, limit: 10, end: 2_300 });
    expect(learnedFirst.take(1_300, 0)).toBe(0); // the header window's first-window spacing, not the learned pace
  });

  it('keeps the earliest reported end within one window and never lowers used', () => {
    const window = new RateWindow(settings);
    window.observe(observation(2, 10, 60_000), 0, 0);
    window.observe(observation(3, 10, 59_000), 1_500, 0);
    expect(window).toMatchObject({ end: 60_000, windowMs: 60_000, used: 3 });
    window.observe(observation(2, 10, 58_000), 1_600, 0); // a late answer from earlier in the window
    expect(window.used).toBe(3);
  });
});

describe('createRateLimiter', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.300Z') });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** `total` sends with `concurrency` in flight through the limiter against `server`; resolves with their statuses. */
  async function drive(
    limiter: ReturnType<typeof createRateLimiter>,
    server: ReturnType<typeof fixedWindowServer>,
    total: number,
    concurrency: number,
  ): Promise<number[]> {
    const statuses: number[] = [];
    let started = 0;
    const worker = async () => {
      while (started < total) {
        started += 1;
        const waiting = limiter.acquire(request(), undefined);
        if (waiting) await waiting;
        await Promise.resolve(); // the request is on the wire
        const response = server.answer(Date.now());
        limiter.observe(response);
        statuses.push(response.status);
      }
    };
    const done = Promise.all(Array.from({ length: concurrency }, worker));
    await vi.advanceTimersByTimeAsync(60_000);
    await done;
    return statuses;
  }

  it('paces from inin-ratelimit-* headers: 400 sends at 20 per 1 s window, 10 in flight, without a single 429', async () => {
    const server = fixedWindowServer(20);
    const limiter = createRateLimiter(limiterSettings());
    const startedAt = Date.now();
    const statuses = await drive(limiter, server, 400, 10);
    expect(statuses).toHaveLength(400);
    expect(server.tooMany).toBe(0);
    expect(server.busiestWindow).toBe(20);
    // simulated time (fake clock), not wall-clock: 400 / 20 = 20 windows, plus the first (unknown phase) one
    expect(Date.now() - startedAt).toBeLessThanOrEqual(60_000);
  });

  /**
   * Like `drive`, but a 429 is retried the way authMiddleware does: `rateLimited` (which pauses the family and
   * learns) says how long to wait, then the send is acquired again.
   */
  async function driveWithRetries(
    limiter: ReturnType<typeof createRateLimiter>,
    server: ReturnType<typeof fixedWindowServer>,
    total: number,
    concurrency: number,
    /** Time on the wire: the server counts a send when it is sent, the answer comes this much later. */
    latencyMs = 0,
  ): Promise<{ succeeded: number; lastAt: number }> {
    let started = 0;
    let succeeded = 0;
    let lastAt = 0;
    const url = `${API}/api/v2/users`;
    const worker = async () => {
      while (started < total) {
        started += 1;
        for (let attempt = 0; attempt < 20; attempt += 1) {
          const waiting = limiter.acquire(request(), undefined);
          if (waiting) await waiting;
          await Promise.resolve(); // the request is on the wire
          const response = server.answer(Date.now());
          if (latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, latencyMs));
          limiter.observe(response);
          if (response.status !== 429) {
            succeeded += 1;
            lastAt = Date.now();
            break;
          }
          const retryAfterMs = Number(response.headers.get('retry-after')) * 1_000;
          await new Promise((resolve) => setTimeout(resolve, limiter.rateLimited(url, response, retryAfterMs) ?? 0));
        }
      }
    };
    const done = Promise.all(Array.from({ length: concurrency }, worker));
    await vi.advanceTimersByTimeAsync(120_000);
    await done;
    return { succeeded, lastAt };
  }

  it('learns the allowance from 429s when the server sends no rate-limit headers: 2,000 sends at 100 per 1 s window, 50 in flight', async () => {
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    const limiter = createRateLimiter(limiterSettings());
    const startedAt = Date.now();
    const { succeeded, lastAt } = await driveWithRetries(limiter, server, 2_000, 50);
    expect(succeeded).toBe(2_000);
    // the first window's burst is answered 429 (the sends in flight when the window was spent); then none
    expect(server.tooMany).toBeLessThanOrEqual(100);
    expect(server.windowsWithTooMany).toHaveLength(1);
    expect(server.busiestWindow).toBe(100);
    // simulated time (fake clock), not wall-clock: N/R = 20 s; paced 3% below the allowance after the first window
    expect(lastAt - startedAt).toBeLessThanOrEqual(22_000);
  });

  it('starts paced, not learning: an initialAllowance the platform publishes paces the first window too, with no 429 at all', async () => {
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    const limiter = createRateLimiter(limiterSettings({ initialAllowance: { requests: 100, windowMs: 1_000 } }));
    const startedAt = Date.now();
    const { succeeded, lastAt } = await driveWithRetries(limiter, server, 2_000, 50);
    expect(succeeded).toBe(2_000);
    expect(server.tooMany).toBe(0);
    expect(lastAt - startedAt).toBeLessThanOrEqual(22_000);
  });

  it('an initialAllowance known later (a promise the platform client resolves) paces from when it resolves: no 429 after it', async () => {
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    let resolveAllowance!: (allowance: { requests: number; windowMs: number }) => void;
    const allowance = new Promise<{ requests: number; windowMs: number } | undefined>((resolve) => (resolveAllowance = resolve));
    const limiter = createRateLimiter(limiterSettings({ initialAllowance: allowance }));
    resolveAllowance({ requests: 100, windowMs: 1_000 });
    await allowance;
    const { succeeded } = await driveWithRetries(limiter, server, 2_000, 50);
    expect(succeeded).toBe(2_000);
    expect(server.tooMany).toBe(0);
  });

  it('an initialAllowance promise that rejects or resolves undefined leaves the limiter learning from 429s, never failing a send', async () => {
    for (const allowance of [Promise.reject(new Error('limits endpoint answered 403')), Promise.resolve(undefined)]) {
      const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
      const limiter = createRateLimiter(limiterSettings({ initialAllowance: allowance }));
      await allowance.catch(() => undefined);
      const { succeeded } = await driveWithRetries(limiter, server, 2_000, 50);
      expect(succeeded).toBe(2_000);
      // learning: the first window's burst is answered 429, then paced
      expect(server.tooMany).toBeGreaterThan(0);
      expect(server.windowsWithTooMany).toHaveLength(1);
    }
  });

  it('an initialAllowance above the real limit is corrected by the 429s, as a learned one is', async () => {
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    const limiter = createRateLimiter(limiterSettings({ initialAllowance: { requests: 300, windowMs: 1_000 } }));
    const { succeeded } = await driveWithRetries(limiter, server, 2_000, 50);
    expect(succeeded).toBe(2_000);
    expect(server.windowsWithTooMany.length).toBeLessThanOrEqual(3);
  });

  it('an initialAllowance that is not a positive request count per positive window is a ConfigurationError naming it', () => {
    for (const initialAllowance of [{ requests: 0, windowMs: 1_000 }, { requests: 10, windowMs: -1 }, { requests: 1.5, windowMs: 1_000 }]) {
      expect(() => createRateLimiter(limiterSettings({ initialAllowance }))).toThrow(/rateLimit\.initialAllowance/);
    }
  });

  it('a first count that took in the previous window\'s sends (an allowance too high) costs one more 429, not a second burst of the sends queued behind the pace', async () => {
    // the run starts 5 ms before a window ends: with 50 in flight and 5 ms on the wire, 50 sends land in that window
    // and 100 in the next before its 429s, so the first count (150) holds sends the spent window never counted
    vi.setSystemTime(new Date('2030-01-01T00:00:00.995Z'));
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    const limiter = createRateLimiter(limiterSettings());
    const startedAt = Date.now();
    const { succeeded, lastAt } = await driveWithRetries(limiter, server, 2_000, 50, 5);
    expect(succeeded).toBe(2_000);
    const [firstBurst, ...later] = server.windowsWithTooMany.map((start) => server.tooManyIn(start));
    expect(firstBurst).toBe(50); // the sends in flight when the window was spent
    // paced 145 per window from that count, the next spent window answers 429 to the send in flight when it was
    // spent; the sends queued behind the pace wait for the pause of their endpoint family instead of following it
    expect(later.reduce((sum, count) => sum + count, 0)).toBeLessThanOrEqual(3);
    expect(server.busiestWindow).toBe(100);
    // simulated time (fake clock), not wall-clock: N/R = 20 s
    expect(lastAt - startedAt).toBeLessThanOrEqual(21_000);
  });

  it('a late 429 of a send that went out before the learned window reopened does not lower the allowance (the pace stays near 97 per second)', async () => {
    const limiter = createRateLimiter(limiterSettings());
    const ok = () => new Response('{}');
    const early = request('/api/v2/routing/queues'); // goes out before any 429 and is answered long after
    limiter.acquire(early, undefined);
    for (let i = 0; i < 100; i += 1) {
      limiter.acquire(request(), undefined);
      limiter.observe(ok());
    }
    // the 101st send is answered 429 (Retry-After 1 s): the client window is spent until 1 s from now
    const first = request();
    limiter.acquire(first, undefined);
    const limited = new Response('{}', { status: 429 });
    limiter.observe(limited);
    limiter.rateLimited(first.url, limited, 1_000, first);
    // while it is spent, 21 sends of another family go out (they are still on the wire when it reopens)
    await vi.advanceTimersByTimeAsync(500);
    const onTheWire = Array.from({ length: 21 }, () => request('/api/v2/routing/queues'));
    await Promise.all(onTheWire.map((sent) => limiter.acquire(sent, undefined)));
    // the window reopens: allowance 100, paced at 97 per second
    await vi.advanceTimersByTimeAsync(500);
    await limiter.acquire(request(), undefined);
    limiter.observe(ok());
    // 20 of the sends on the wire are answered OK, then the first send and the 21st 429 (counted in spent windows)
    await vi.advanceTimersByTimeAsync(10);
    for (let i = 0; i < 20; i += 1) limiter.observe(ok());
    const earliest = new Response('{}', { status: 429 });
    limiter.observe(earliest);
    limiter.rateLimited(early.url, earliest, 1_000, early);
    const late = new Response('{}', { status: 429 });
    limiter.observe(late);
    limiter.rateLimited(onTheWire[20]!.url, late, 1_000, onTheWire[20]);
    // a second later the pace is still 97 per second (1000 / 97 ms apart), not the 21 the late 429's count would set
    await vi.advanceTimersByTimeAsync(1_100);
    await limiter.acquire(request(), undefined);
    let second = false;
    void (limiter.acquire(request(), undefined) ?? Promise.resolve()).then(() => (second = true));
    await vi.advanceTimersByTimeAsync(11);
    expect(second).toBe(true);
  });

  it('processes sharing a budget pace from the published allowance from their first send: the promised allowance seeds the shared window too, with the sends made before it', async () => {
    const seeded: Array<[string, { requests: number; windowMs: number }, number]> = [];
    const budget: RateBudget = {
      take: async () => undefined,
      observe: async () => undefined,
      seed: async (bucket, allowance, sentBefore) => {
        seeded.push([bucket, allowance, sentBefore]);
      },
    };
    let resolveAllowance!: (allowance: { requests: number; windowMs: number }) => void;
    const allowance = new Promise<{ requests: number; windowMs: number } | undefined>((resolve) => (resolveAllowance = resolve));
    const limiter = createRateLimiter(limiterSettings({ budget, bucketKey: 'client-1', initialAllowance: allowance }));
    await limiter.acquire(request(), undefined); // the first call, before the allowance is known
    limiter.observe(new Response('{}'));
    resolveAllowance({ requests: 300, windowMs: 60_000 });
    await allowance;
    expect(seeded).toEqual([['client-1', { requests: 300, windowMs: 60_000 }, 1]]);
  });

  it('a shared window the budget forgot (expired while every process was idle) is seeded again from this process\'s allowance, so the others do not relearn it from 429s', async () => {
    const seeded: number[] = [];
    let known = true;
    const budget: RateBudget = {
      take: async () => (known ? 0 : undefined),
      observe: async () => undefined,
      seed: async (_bucket, allowance) => {
        seeded.push(allowance.requests);
        known = true;
      },
    };
    const limiter = createRateLimiter(limiterSettings({ budget, initialAllowance: { requests: 100, windowMs: 1_000 } }));
    expect(seeded).toEqual([100]); // seeded at creation
    await limiter.acquire(request(), undefined);
    limiter.observe(new Response('{}'));
    known = false; // the budget's hash expired
    await limiter.acquire(request(), undefined);
    limiter.observe(new Response('{}'));
    expect(seeded).toEqual([100, 100]);
  });

  it('a budget without seed (another implementation of RateBudget) leaves each process pacing from its own seeded allowance', async () => {
    const budget: RateBudget = { take: async () => undefined, observe: async () => undefined };
    const server = fixedWindowServer(100, 1_000, { rateLimitHeaders: false });
    const limiter = createRateLimiter(limiterSettings({ budget, initialAllowance: { requests: 100, windowMs: 1_000 } }));
    const { succeeded } = await driveWithRetries(limiter, server, 300, 20);
    expect(succeeded).toBe(300);
    expect(server.tooMany).toBe(0);
  });

  it('without a shared count, a 429 without headers tells the budget (rateLimited) so that every process learns from it', async () => {
    const spent: Array<[string, number]> = [];
    const budget: RateBudget = {
      take: async () => undefined,
      observe: async () => undefined,
      rateLimited: async (bucket, retryAfterMs) => {
        spent.push([bucket, retryAfterMs]);
      },
    };
    const limiter = createRateLimiter(limiterSettings({ budget, bucketKey: 'client-1' }));
    await limiter.acquire(request(), undefined);
    const limited = new Response('{}', { status: 429, headers: { 'Retry-After': '1' } });
    limiter.observe(limited);
    expect(limiter.rateLimited(`${API}/api/v2/users`, limited, 1_000)).toBe(1_000);
    const withHeaders = new Response('{}', {
      status: 429,
      headers: { 'Retry-After': '1', 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': '11', 'inin-ratelimit-reset': '1' },
    });
    limiter.observe(withHeaders);
    limiter.rateLimited(`${API}/api/v2/users`, withHeaders, 1_000);
    expect(spent).toEqual([['client-1', 1_000]]);
  });

  it('without rate-limit headers nothing is paced (the fast path: acquire returns undefined)', () => {
    const limiter = createRateLimiter(limiterSettings());
    for (let i = 0; i < 100; i += 1) {
      expect(limiter.acquire(request(), undefined)).toBeUndefined();
      limiter.observe(new Response('{}'));
    }
  });

  it('an allowance far from spent keeps the fast path', () => {
    const limiter = createRateLimiter(limiterSettings());
    const roomy = { 'inin-ratelimit-allowed': '1000000', 'inin-ratelimit-count': '5', 'inin-ratelimit-reset': '60' };
    for (let i = 0; i < 100; i += 1) {
      expect(limiter.acquire(request(), undefined)).toBeUndefined();
      limiter.observe(new Response('{}', { headers: roomy }));
    }
  });

  it('a paced send the window allows now goes at once (acquire returns undefined), without the queue or a timer', async () => {
    // a window past its burst (Genesys: 300 per 60 s) engages pacing for the rest of it; a send whose slot has come
    // must not pay for the async slow path (a promise, the queue and the pump's timer) on every request
    const limiter = createRateLimiter(limiterSettings());
    const reported = (count: number) => ({ 'inin-ratelimit-allowed': '300', 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': '60' });
    expect(limiter.acquire(request(), undefined)).toBeUndefined();
    limiter.observe(new Response('{}', { headers: reported(290) })); // engaged: 290 of 300, 10 left in the window
    expect(limiter.acquire(request(), undefined)).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    limiter.observe(new Response('{}', { headers: reported(291) }));
    // the next slot is windowMs / limit = 200 ms later: that send waits for it, and so does the one after it
    const waiting = limiter.acquire(request(), undefined);
    expect(waiting).toBeInstanceOf(Promise);
    await vi.advanceTimersByTimeAsync(200);
    await expect(waiting).resolves.toBeUndefined();
    expect(limiter.acquire(request(), undefined)).toBeInstanceOf(Promise);
  });

  it('pacing: false ignores the headers', () => {
    const limiter = createRateLimiter(limiterSettings({ pacing: false }));
    const spent = { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': '10', 'inin-ratelimit-reset': '60' };
    limiter.acquire(request(), undefined);
    limiter.observe(new Response('{}', { headers: spent }));
    expect(limiter.acquire(request(), undefined)).toBeUndefined();
  });

  it('a 429 without window headers pauses its endpoint family for Retry-After; other families go on', async () => {
    const limiter = createRateLimiter(limiterSettings());
    limiter.acquire(request('/api/v2/users'), undefined);
    const limited = new Response('{}', { status: 429 });
    limiter.observe(limited);
    expect(limiter.rateLimited(`${API}/api/v2/users`, limited, 3_000)).toBe(3_000);
    let sibling = false;
    void limiter.acquire(request('/api/v2/users/6f1c2d3e-aaaa-bbbb-cccc-0123456789ab'), undefined)?.then(() => (sibling = true));
    await expect(limiter.acquire(request('/api/v2/routing/queues'), undefined)).resolves.toBeUndefined();
    await vi.advanceTimersByTimeAsync(2_999);
    expect(sibling).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sibling).toBe(true);
  });

  it('a send already queued behind the pace waits for its family\'s pause; a queued send of another family goes first', async () => {
    const limiter = createRateLimiter(limiterSettings());
    // the client window (2 per second) is spent: sends queue until it reopens in 1 s
    limiter.observe(new Response('{}', { headers: { 'inin-ratelimit-allowed': '2', 'inin-ratelimit-count': '2', 'inin-ratelimit-reset': '1' } }));
    const released: string[] = [];
    void limiter.acquire(request('/api/v2/users'), undefined)?.then(() => released.push('users'));
    void limiter.acquire(request('/api/v2/routing/queues'), undefined)?.then(() => released.push('queues'));
    await vi.advanceTimersByTimeAsync(0);
    // the users endpoint's own limit (its headers show the client window not spent) pauses its family for 5 s
    const limited = new Response('{}', {
      status: 429,
      headers: { 'inin-ratelimit-allowed': '2', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' },
    });
    expect(limiter.rateLimited(`${API}/api/v2/users`, limited, 5_000)).toBe(5_000);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(released).toEqual(['queues']);
    await vi.advanceTimersByTimeAsync(3_999);
    expect(released).toEqual(['queues']);
    await vi.advanceTimersByTimeAsync(1);
    expect(released).toEqual(['queues', 'users']);
  });

  it('a Retry-After beyond the caller\'s cap still pauses the family (the caller throws at once)', async () => {
    const limiter = createRateLimiter(limiterSettings());
    const limited = new Response('{}', { status: 429 });
    expect(limiter.rateLimited(`${API}/api/v2/users`, limited, 3_600_000)).toBe(3_600_000);
    let sibling = false;
    void limiter.acquire(request('/api/v2/users'), undefined)?.then(() => (sibling = true));
    await vi.advanceTimersByTimeAsync(3_599_999);
    expect(sibling).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(sibling).toBe(true);
  });

  it('pauseOnRateLimit: false pauses nothing', async () => {
    const limiter = createRateLimiter(limiterSettings({ pauseOnRateLimit: false }));
    expect(limiter.rateLimited(`${API}/api/v2/users`, new Response('{}', { status: 429 }), 3_000)).toBe(3_000);
    // a count for the learned allowance is pending, but nothing is paused or paced: the send goes at once
    expect(limiter.acquire(request('/api/v2/users'), undefined)).toBeUndefined();
    expect(vi.getTimerCount()).toBe(0);
    const paceless = createRateLimiter(limiterSettings({ pauseOnRateLimit: false, pacing: false }));
    paceless.rateLimited(`${API}/api/v2/users`, new Response('{}', { status: 429 }), 3_000);
    expect(paceless.acquire(request('/api/v2/users'), undefined)).toBeUndefined();
  });

  it('a 429 whose headers show the client window spent: the retry waits for the window to reopen, not the whole Retry-After', async () => {
    vi.setSystemTime(new Date('2030-01-01T00:00:00.900Z'));
    const limiter = createRateLimiter(limiterSettings());
    const answer = (count: number, status = 200) => {
      const headers = { 'inin-ratelimit-allowed': '4', 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': '1' };
      return new Response('{}', { status, headers: status === 429 ? { ...headers, 'Retry-After': '1' } : headers });
    };
    const seen = (response: Response) => {
      limiter.observe(response);
      return response;
    };
    for (const count of [1, 2, 3]) seen(answer(count)); // the window [0 s, 1 s) of the server's clock
    await vi.advanceTimersByTimeAsync(100);
    seen(answer(1)); // the count dropped: the server rolled over, so this window ends at 2 s
    await vi.advanceTimersByTimeAsync(500);
    // another process of the same OAuth client spent the window; the server rounds its reset up to 1 s
    const limited = seen(answer(5, 429));
    expect(limiter.rateLimited(`${API}/api/v2/users`, limited, 1_000)).toBe(500);
    let next = false;
    void limiter.acquire(request('/api/v2/routing/queues'), undefined)?.then(() => (next = true));
    await vi.advanceTimersByTimeAsync(549);
    expect(next).toBe(false); // the whole client waits for its window, whatever the endpoint, and its 50 ms edge
    await vi.advanceTimersByTimeAsync(1);
    expect(next).toBe(true);
  });

  /** A limiter whose client window (2 per second, from headers) is spent: sends queue until it reopens in 1 s. */
  function spentLimiter(extra: Partial<RateLimiterSettings> = {}) {
    const limiter = createRateLimiter(limiterSettings(extra));
    limiter.observe(new Response('{}', { headers: { 'inin-ratelimit-allowed': '2', 'inin-ratelimit-count': '2', 'inin-ratelimit-reset': '1' } }));
    return limiter;
  }
  /** A 429 of an endpoint's own limit (its headers show the client window not spent): pauses that family only. */
  const endpointLimited = () =>
    new Response('{}', { status: 429, headers: { 'inin-ratelimit-allowed': '2', 'inin-ratelimit-count': '1', 'inin-ratelimit-reset': '1' } });

  it('an endpointFamily that throws fails that request and the queue keeps moving', async () => {
    const familyError = new Error('no family for this path');
    const limiter = spentLimiter({
      endpointFamily: (url) => {
        if (url.includes('/broken')) throw familyError;
        return endpointFamilyOf(url);
      },
    });
    const released: string[] = [];
    const broken = limiter.acquire(request('/api/v2/broken'), undefined)!.catch((caught: unknown) => caught);
    void limiter.acquire(request('/api/v2/users'), undefined)?.then(() => released.push('users'));
    void limiter.acquire(request('/api/v2/routing/queues'), undefined)?.then(() => released.push('queues'));
    limiter.rateLimited(`${API}/api/v2/users`, endpointLimited(), 5_000); // the pump now asks every queued send's family
    await vi.advanceTimersByTimeAsync(1_000);
    expect(await broken).toBe(familyError);
    expect(released).toEqual(['queues']);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(released).toEqual(['queues', 'users']);
  });

  it('a slot granted while the only queued send\'s family got paused goes to the next send instead of being lost', async () => {
    let take = 0;
    let grant: (() => void) | undefined;
    const budget: RateBudget = {
      take: () => {
        take += 1;
        return take === 1 ? new Promise<number>((resolve) => (grant = () => resolve(0))) : Promise.resolve(0);
      },
      observe: async () => undefined,
    };
    const limiter = createRateLimiter(limiterSettings({ budget }));
    const released: string[] = [];
    void limiter.acquire(request('/api/v2/users'), undefined)?.then(() => released.push('users'));
    await vi.advanceTimersByTimeAsync(0);
    // the 429 pauses the queued send's family while the budget is deciding its slot, which it then grants
    limiter.rateLimited(`${API}/api/v2/users`, endpointLimited(), 5_000);
    grant!();
    await vi.advanceTimersByTimeAsync(0);
    expect({ released, take }).toEqual({ released: [], take: 1 });
    // the next send uses that slot: no second take from the budget
    void limiter.acquire(request('/api/v2/routing/queues'), undefined)?.then(() => released.push('queues'));
    await vi.advanceTimersByTimeAsync(0);
    expect({ released, take }).toEqual({ released: ['queues'], take: 1 });
  });

  it('a pause beyond 24.8 days (the longest timer) is waited in timers that can hold it, not a 1 ms spin', async () => {
    const limiter = spentLimiter();
    const timers = vi.spyOn(globalThis, 'setTimeout');
    const outcomes: Record<string, unknown> = {};
    const send = (name: string, path: string, maxWaitMs?: number) =>
      void limiter.acquire(request(path), undefined, maxWaitMs)?.then(
        () => {
          outcomes[name] = 'sent';
          limiter.observe(new Response('{}')); // answered: no longer in flight
        },
        (caught: unknown) => (outcomes[name] = caught),
      );
    const thirtyDays = 30 * 24 * 3_600_000;
    send('queued', '/api/v2/users');
    send('patient', '/api/v2/users/12345', 40 * 24 * 3_600_000); // a maxWaitMs beyond the longest timer too
    await vi.advanceTimersByTimeAsync(0);
    limiter.rateLimited(`${API}/api/v2/users`, endpointLimited(), thirtyDays);
    send('later', '/api/v2/users/67890'); // waits for the pause in acquire
    await vi.advanceTimersByTimeAsync(2_000);
    const delays = timers.mock.calls.map(([, delay]) => delay ?? 0);
    expect(Math.max(...delays)).toBeLessThanOrEqual(2 ** 31 - 1);
    expect(timers.mock.calls.length).toBeLessThan(20);
    expect(outcomes).toEqual({});
    await vi.advanceTimersByTimeAsync(thirtyDays);
    expect(outcomes).toEqual({ queued: 'sent', patient: 'sent', later: 'sent' });
    timers.mockRestore();
  });

  it('a queued send whose family gets a pause reaching past its maxWaitMs fails at once', async () => {
    const limiter = spentLimiter();
    const failed: unknown[] = [];
    void limiter.acquire(request('/api/v2/users'), undefined, 3_000)!.catch((caught: unknown) => failed.push(caught));
    let other = false;
    void limiter.acquire(request('/api/v2/users'), undefined, 60_000)?.then(() => (other = true));
    await vi.advanceTimersByTimeAsync(0); // both queued
    // one more on its way to the queue when the 429 comes
    void limiter.acquire(request('/api/v2/users'), undefined, 3_000)!.catch((caught: unknown) => failed.push(caught));
    limiter.rateLimited(`${API}/api/v2/users`, endpointLimited(), 10_000);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed).toHaveLength(2);
    for (const refused of failed) expect(refused).toMatchObject({ name: 'RateLimitWaitExceeded', waitMs: 10_000, queued: false });
    await vi.advanceTimersByTimeAsync(10_000);
    expect(other).toBe(true);
  });

  it('an abort while queued rejects with the abort reason and the queue goes on', async () => {
    const limiter = createRateLimiter(limiterSettings());
    const spent = { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': '10', 'inin-ratelimit-reset': '1' };
    void limiter.acquire(request(), undefined);
    limiter.observe(new Response('{}', { headers: spent }));
    const controller = new AbortController();
    const aborted = limiter.acquire(request(), controller.signal)!.catch((caught: unknown) => caught);
    let other = false;
    void limiter.acquire(request(), undefined)!.then(() => (other = true));
    controller.abort(new Error('caller gave up'));
    expect(((await aborted) as Error).message).toBe('caller gave up');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(other).toBe(true);
  });

  it('maxWaitMs: a family pause or a closed window that ends later is refused at once with RateLimitWaitExceeded', async () => {
    const limiter = createRateLimiter(limiterSettings());
    limiter.rateLimited(`${API}/api/v2/users`, new Response('{}', { status: 429 }), 3_000);
    const paused = await limiter.acquire(request('/api/v2/users'), undefined, 2_999)!.catch((caught: unknown) => caught);
    expect(paused).toBeInstanceOf(RateLimitWaitExceeded);
    expect(paused).toMatchObject({ waitMs: 3_000, queued: false });
    const spent = { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': '10', 'inin-ratelimit-reset': '5' };
    await limiter.acquire(request('/api/v2/routing/queues'), undefined); // the family pause makes acquire asynchronous
    limiter.observe(new Response('{}', { headers: spent }));
    const closed = await limiter.acquire(request('/api/v2/routing/queues'), undefined, 4_000)!.catch((caught: unknown) => caught);
    expect(closed).toMatchObject({ name: 'RateLimitWaitExceeded', waitMs: 5_000 });
    // within its maxWaitMs the same send waits and goes
    let sent = false;
    void limiter.acquire(request('/api/v2/routing/queues'), undefined, 6_000)!.then(() => (sent = true));
    await vi.advanceTimersByTimeAsync(5_000);
    expect(sent).toBe(true);
  });

  it('maxWaitMs: a send still queued when it runs out leaves the queue, and the queue goes on', async () => {
    const limiter = createRateLimiter(limiterSettings());
    const observe = (count: number) =>
      limiter.observe(
        new Response('{}', { headers: { 'inin-ratelimit-allowed': '10', 'inin-ratelimit-count': String(count), 'inin-ratelimit-reset': '1' } }),
      );
    void limiter.acquire(request(), undefined);
    observe(1);
    const released: number[] = [];
    const outcomes = [0, 1, 2, 3].map((index) =>
      Promise.resolve(limiter.acquire(request(), undefined, index === 2 ? 150 : Infinity)).then(
        () => released.push(index),
        (caught: unknown) => caught,
      ),
    );
    await vi.advanceTimersByTimeAsync(1_000);
    // sends are spaced 100 ms apart while the window's phase is unknown: the third gives up at 150 ms
    expect(await outcomes[2]).toMatchObject({ name: 'RateLimitWaitExceeded', queued: true, waitMs: 150 });
    expect(released).toEqual([0, 1, 3]);
  });

  it('takes sends from a shared budget while paced, and paces on its own when the budget answers undefined', async () => {
    const takes: number[] = [];
    const observed: RateLimitObservation[] = [];
    let available = true;
    const budget: RateBudget = {
      async take(bucket) {
        expect(bucket).toBe('ccaas:auth:client_credentials:client-1:');
        takes.push(Date.now());
        return available ? 0 : undefined;
      },
      async observe(_bucket, observation) {
        observed.push(observation);
      },
    };
    const server = fixedWindowServer(20);
    const limiter = createRateLimiter(limiterSettings({ budget, bucketKey: 'ccaas:auth:client_credentials:client-1:' }));
    await drive(limiter, server, 30, 5);
    expect(takes.length).toBeGreaterThan(0);
    expect(observed.length).toBeGreaterThan(0);
    // the budget granted everything it was asked for, so the server saw the excess (it is the budget's job to pace)
    available = false;
    const before = server.tooMany;
    await drive(limiter, server, 100, 5);
    expect(server.tooMany).toBe(before);
  });
});

describe('rate limiter lifecycle faults', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  const spentWindow = (resetSeconds: number) =>
    new Response('{}', {
      headers: { 'inin-ratelimit-allowed': '2', 'inin-ratelimit-count': '2', 'inin-ratelimit-reset': String(resetSeconds) },
    });

  it('a backward wall-clock step of 10 minutes (NTP, VM resume) does not stall a paced send: windows and pauses run on the monotonic clock', async () => {
    vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00.300Z') });
    // the default clock: what a client gets
    const limiter = createRateLimiter({ pauseOnRateLimit: true });
    expect(limiter.acquire(request(), undefined)).toBeUndefined();
    limiter.observe(spentWindow(1));
    expect(limiter.rateLimited(`${API}/api/v2/routing/queues`, new Response('{}', { status: 429 }), 1_000)).toBe(1_000);
    vi.setSystemTime(Date.now() - 10 * 60_000);
    const outcomes: unknown[] = [];
    for (const path of ['/api/v2/users', '/api/v2/routing/queues']) {
      const waiting = limiter.acquire(request(path), undefined, 5_000);
      void waiting?.then(
        () => outcomes.push(`sent ${path}`),
        (error: unknown) => outcomes.push(error),
      );
    }
    // the window and the pause end within a second; the second send then waits its pacing slot (half a window)
    await vi.advanceTimersByTimeAsync(2_000);
    expect(outcomes).toEqual(['sent /api/v2/users', 'sent /api/v2/routing/queues']);
  });

  it('after every queued send is aborted, no timer of the pump keeps the process alive until the window resets', async () => {
    // the timers armed while sends queue for a window that resets in 60 s: each must be cleared or unref'd once the
    // queue is empty (a ref'd one would hold the process open until it fires)
    const armed: ReturnType<typeof setTimeout>[] = [];
    const cleared = new Set<unknown>();
    const realSetTimeout = globalThis.setTimeout;
    const realClearTimeout = globalThis.clearTimeout;
    const setSpy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((callback: () => void, ms?: number) => {
      const timer = realSetTimeout(callback, ms);
      if ((ms ?? 0) >= 30_000) armed.push(timer);
      return timer;
    }) as typeof setTimeout);
    const clearSpy = vi.spyOn(globalThis, 'clearTimeout').mockImplementation((timer) => {
      cleared.add(timer);
      realClearTimeout(timer);
    });
    try {
      const limiter = createRateLimiter({ pauseOnRateLimit: true });
      expect(limiter.acquire(request(), undefined)).toBeUndefined();
      limiter.observe(spentWindow(60));
      const controllers = [new AbortController(), new AbortController()];
      const waits = controllers.map((controller) => limiter.acquire(request(), controller.signal));
      expect(waits.every((waiting) => waiting instanceof Promise)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve)); // the pump sleeps until the window resets
      expect(armed.length).toBeGreaterThan(0);
      for (const controller of controllers) controller.abort(new Error('caller gave up'));
      for (const waiting of waits) await expect(waiting).rejects.toThrow('caller gave up');
      await new Promise((resolve) => setImmediate(resolve));
      expect(armed.filter((timer) => !cleared.has(timer) && timer.hasRef())).toEqual([]);
      for (const timer of armed) realClearTimeout(timer);
    } finally {
      setSpy.mockRestore();
      clearSpy.mockRestore();
    }
  });
});
