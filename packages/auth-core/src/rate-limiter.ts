/**
 * Client-side rate limiting for authMiddleware: learns a rate-limit window from response headers and paces sends to
 * stay inside it (429s remain the fallback), and pauses one bucket (not the whole client) after a 429.
 *
 * Buckets, keyed the way the platform keys its limits:
 * - the client bucket: every request of one OAuth client (the token manager's `storeKey`), the scope of Genesys
 *   Cloud's `inin-ratelimit-*` headers (requests per token). It is learned from headers, paced, optionally shared
 *   across processes (`budget`); a 429 whose headers show that window spent holds it until the window reopens;
 * - endpoint-family buckets (`/api/v2/users` for `/api/v2/users/{id}/roles` too): paused by any other 429
 *   (an endpoint's own limit, or a platform that sends no headers, like NICE CXone), so one endpoint's limit does
 *   not hold back the client's other calls; a send already queued behind the pace waits for its family's pause too
 *   (else the pace would feed the queue into the spent window).
 * When no response has carried rate-limit headers (Genesys Cloud since 2021), the client bucket's allowance is
 * learned from the 429s themselves (below).
 *
 * The window model and the learned allowance: rate-window.ts. The queue of held-back sends: send-queue.ts, part of
 * deferred.ts, loaded when a send first has to wait.
 */
import { ConfigurationError, RateLimitWaitExceeded } from './errors.js';
import { loadDeferred } from './load-deferred.js';
import { authCoreDefaults, nonNegativeOrDefault } from './options.js';
import { dropEndedPauses, RateWindow, SendsInFlight, type RateLimitObservation } from './rate-window.js';
import type { SendQueue } from './send-queue.js';

export type { RateLimitObservation } from './rate-window.js';

/** Reads a response's rate-limit headers; undefined when it has none. */
export type ReadRateLimitHeaders = (headers: Headers) => RateLimitObservation | undefined;

/**
 * The client bucket's window shared by several processes of one OAuth client (e.g. `createRedisRateBudget` from
 * `@ccaas/token-store-redis`), following the window model above. Times are relative (ms) so that the processes'
 * clocks need not agree. Methods never reject; `take` resolves `undefined` when the shared store cannot be used or
 * knows nothing of the bucket yet: the limiter then paces on its own.
 */
export interface RateBudget {
  /** Counts one send of `bucket` if its window allows it now: 0; else the ms to wait before asking again. */
  take(bucket: string, inFlight: number): Promise<number | undefined>;
  /** Records what a response said about `bucket`'s window, with this process's requests in flight. */
  observe(bucket: string, observation: RateLimitObservation, inFlight: number): Promise<void>;
  /**
   * Records a 429 without rate-limit headers (`retryAfterMs` > 0): `bucket`'s window is spent and reopens within
   * `retryAfterMs`, and the allowance is learned from the sends of every process (the learned allowance above).
   * `sentMsAgo` (when known): how long ago the 429'd send was let through; a send let through before the spent window
   * reopened belongs to that window (a late answer). Optional: without it each process learns from its own 429s.
   */
  rateLimited?(bucket: string, retryAfterMs: number, sentMsAgo?: number): Promise<void>;
  /**
   * Seeds `bucket`'s window with the allowance the platform publishes (`initialAllowance`), so that every process
   * paces from it from the first send instead of each spending the shared window alone until 429s teach it. Ignored
   * when the shared window is known already (headers, an allowance learned or seeded by any process). `sentBefore`:
   * sends this process made before it knew the allowance (see `initialAllowance`). Optional: without it the shared
   * window is learned from 429s.
   */
  seed?(bucket: string, allowance: RateAllowance, sentBefore: number): Promise<void>;
}

/** Requests allowed per window of `windowMs`. */
export interface RateAllowance {
  requests: number;
  windowMs: number;
}

export interface RateLimitOptions {
  /** Learn the client bucket's window from response headers and pace sends to stay inside it; default true. */
  pacing?: boolean;
  /** Reads the rate-limit headers of a response; default `readIninRateLimitHeaders` (`inin-ratelimit-*`). */
  readHeaders?: ReadRateLimitHeaders;
  /** The endpoint family of a request URL (a bucket for per-endpoint pauses); default `endpointFamilyOf`. */
  endpointFamily?: (url: string) => string;
  /** Shares the client bucket's window across processes; default none (this process only). */
  budget?: RateBudget;
  /** Name of the client bucket in `budget`; default the token manager's `storeKey` (grant, client id, scope). */
  bucketKey?: string;
  /**
   * The client bucket's allowance as the platform publishes it (a platform client reads it from the platform's
   * limits, e.g. Genesys Cloud's `token.rate.per.minute`): sends are paced at it from the first one instead of being
   * learned from the first 429s. 429s without rate-limit headers then lower it as they would a learned one, and
   * rate-limit headers, once seen, replace it. Default none: learned.
   * A promise of it (the platform client reads the allowance through this very limiter, so it is known only later):
   * the limiter learns until it resolves, then paces at it unless 429s or headers have taught it the window already;
   * `undefined` or a rejection leaves it learning.
   */
  initialAllowance?: RateAllowance | PromiseLike<RateAllowance | undefined>;
  /** Part of each end of a paced window left free of sends, at most a tenth of the window; default 50. */
  windowEdgeMs?: number;
  /** Share of a window's allowance that may go at its start before sends are spread; default 0.1. */
  burstFraction?: number;
  /**
   * Monotonic ms for every window end, pause, pacing slot and wait; default `performance.now`. Not the wall clock: a
   * backward step of it (NTP, VM resume) would hold every send back for the size of the step.
   */
  clock?: () => number;
}

/** What authMiddleware calls; see README "Rate limits" for the contract. */
export interface RateLimiter {
  /**
   * Call before each send (first attempt, replay, retry). `undefined` means "send now" (the fast path: no bucket is
   * paused or paced); otherwise await the promise, which rejects with `signal.reason` on abort, and with
   * {@link RateLimitWaitExceeded} when the send would wait more than `maxWaitMs` (at once when the wait is known).
   */
  acquire(request: Request, signal: AbortSignal | undefined, maxWaitMs?: number): Promise<void> | undefined;
  /** Call once per send that `acquire` let through: with its response, or `undefined` when fetch rejected. */
  observe(response: Response | undefined): void;
  /**
   * Call on a 429 with the request's URL (only its path is read), before deciding to retry or throw: pauses the
   * limited bucket (also when `retryAfterMs` is beyond the caller's cap) and returns how long the retry should wait: `retryAfterMs`, or less when the learned window
   * reopens sooner; `undefined` when neither is known (use backoff). `request`: the one given to `acquire` for this
   * send, so that a late 429 of a send let through before a spent window reopened is told from a new one.
   */
  rateLimited(url: string, response: Response, retryAfterMs: number | undefined, request?: Request): number | undefined;
}

/** Genesys Cloud's `inin-ratelimit-allowed`, `-count` and `-reset` (seconds). */
export const readIninRateLimitHeaders: ReadRateLimitHeaders = (headers) => {
  const allowed = headers.get('inin-ratelimit-allowed');
  if (allowed === null) return undefined;
  const countHeader = headers.get('inin-ratelimit-count');
  const resetHeader = headers.get('inin-ratelimit-reset');
  if (countHeader === null || resetHeader === null) return undefined;
  const limit = Number(allowed);
  const count = Number(countHeader);
  const reset = Number(resetHeader);
  if (!(limit > 0) || !(count >= 0) || !(reset >= 0) || !Number.isFinite(limit + count + reset)) return undefined;
  return { limit, count, resetMs: reset * 1000 };
};

/** A path segment that identifies one resource (digits, or a long token with digits: ids, UUIDs, emails). */
function isIdSegment(segment: string): boolean {
  return /^\d+$/.test(segment) || (segment.length >= 8 && /\d/.test(segment)) || segment.length >= 24;
}

/** The path up to its first id segment: `/api/v2/users/{id}/roles` and `/api/v2/users` share `/api/v2/users`. */
export function endpointFamilyOf(url: string): string {
  const { pathname } = new URL(url);
  const kept: string[] = [];
  for (const segment of pathname.split('/')) {
    if (isIdSegment(segment)) break;
    kept.push(segment);
  }
  return kept.join('/') || '/';
}

export interface RateLimiterSettings extends RateLimitOptions {
  /** A 429's Retry-After pauses the limited bucket (RetryOptions.pauseOnRateLimit). */
  pauseOnRateLimit: boolean;
}

/** authMiddleware's `rateLimit` option as limiter options: `false` turns pacing off (429 pauses stay). */
export function rateLimitOption(value: RateLimitOptions | false | undefined): RateLimitOptions {
  if (value === undefined) return {};
  if (value === false) return { pacing: false };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ConfigurationError('rateLimit must be an options object ({ budget, pacing, ... }) or false', {
      code: 'invalid_option',
      option: 'rateLimit',
    });
  }
  return value;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof (value as { then?: unknown } | null | undefined)?.then === 'function';
}

function initialAllowanceOption(value: RateAllowance | undefined): RateAllowance | undefined {
  if (value === undefined) return undefined;
  const { requests, windowMs } = (value ?? {}) as { requests?: unknown; windowMs?: unknown };
  if (!Number.isInteger(requests) || (requests as number) <= 0 || typeof windowMs !== 'number' || !(windowMs > 0) || !Number.isFinite(windowMs)) {
    throw new ConfigurationError('rateLimit.initialAllowance must be { requests, windowMs }: a positive whole number of requests per positive window in ms', {
      code: 'invalid_option',
      option: 'rateLimit.initialAllowance',
    });
  }
  return { requests: requests as number, windowMs };
}

/** An allowance known later, or undefined when it is not a valid one (a platform's odd answer leaves the limiter learning). */
function validAllowance(value: RateAllowance | undefined): RateAllowance | undefined {
  try {
    return initialAllowanceOption(value);
  } catch {
    return undefined;
  }
}

/** Seeds the shared window too, so that every process paces from it (not each alone until 429s teach it). */
function seedSharedWindow(budget: RateBudget | undefined, bucket: string, allowance: RateAllowance, sentBefore: number): void {
  // a budget must not reject; if one does, each process paces from its own window
  budget?.seed?.(bucket, allowance, sentBefore).catch(() => undefined);
}

/** What seeding the client window from a published allowance needs of the limiter. */
interface AllowanceSeeding {
  window: RateWindow;
  clock: () => number;
  seedBudget(allowance: RateAllowance, sentBefore: number): void;
  /** Sends made so far (answered or in flight). */
  sentSoFar(now: number): number;
  /** A promised allowance seeded the window: leave the fast path, let queued sends go at the pace. */
  seededLater(): void;
}

/**
 * Seeds the client window (and the shared one) from `initialAllowance`: now when it is given, or when its promise
 * resolves unless headers or 429s have taught the window meanwhile (RateWindow.seed). True when it seeded now.
 */
function seedFromAllowance(option: RateLimitOptions['initialAllowance'], pacing: boolean, seeding: AllowanceSeeding): boolean {
  const { window, clock } = seeding;
  if (!isPromiseLike(option)) {
    const allowance = initialAllowanceOption(option);
    if (allowance === undefined || !pacing) return false;
    window.seed(allowance.requests, allowance.windowMs, clock());
    seeding.seedBudget(allowance, 0);
    return true;
  }
  option.then(
    (value) => {
      const later = validAllowance(value);
      if (later === undefined || !pacing || window.end !== 0) return;
      const now = clock();
      const before = seeding.sentSoFar(now);
      seeding.seedBudget(later, before);
      if (window.seed(later.requests, later.windowMs, now, before)) seeding.seededLater();
    },
    () => undefined, // the allowance could not be read: keep learning
  );
  return false;
}

/**
 * What one limiter remembers: its resolved settings, the client window, the endpoint families' pauses and the sends
 * in flight. Two phases work on it, each a closure over its parts (so a minifier shortens every name): admission
 * (acquire, the queue, deciding a queued send) and observation (an answer, a 429).
 */
interface LimiterState {
  readonly settings: RateLimiterSettings;
  readonly clock: () => number;
  readonly pacing: boolean;
  readonly endpointFamily: (url: string) => string;
  readonly budget: RateBudget | undefined;
  readonly bucketKey: string;
  readonly window: RateWindow;
  /** Endpoint family -> clock ms its pause ends. */
  readonly familyPauses: Map<string, number>;
  readonly inFlight: SendsInFlight;
  /** Answers this limiter saw (429s included): the learned allowance counts them (RateWindow.spent). */
  answered: number;
  /**
   * When each request's latest send went out, once a 429 without headers was seen (a late 429 is told by it); a
   * request without an entry went out before that 429. Nothing is noted on the fast path of a client never limited.
   */
  readonly sentAt: WeakMap<Request, number>;
  /** False on the fast path: no family paused, client window not engaged, nobody queued. */
  slow: boolean;
}

function createLimiterState(settings: RateLimiterSettings): LimiterState {
  const defaults = authCoreDefaults.rateLimit;
  return {
    settings,
    clock: settings.clock ?? (() => performance.now()),
    pacing: settings.pacing ?? defaults.pacing,
    endpointFamily: settings.endpointFamily ?? endpointFamilyOf,
    budget: settings.budget,
    bucketKey: settings.bucketKey ?? 'client',
    window: new RateWindow({
      windowEdgeMs: nonNegativeOrDefault(settings.windowEdgeMs, defaults.windowEdgeMs),
      burstFraction: Math.min(1, nonNegativeOrDefault(settings.burstFraction, defaults.burstFraction)),
    }),
    familyPauses: new Map(),
    inFlight: new SendsInFlight(defaults.unansweredAfterMs),
    answered: 0,
    sentAt: new WeakMap(),
    slow: settings.budget !== undefined,
  };
}

/** Admission: whether a send may go now, else its wait in the queue. */
interface Admission {
  acquire: RateLimiter['acquire'];
  refreshSlow(now: number): void;
  /** Ends the queue's wait now (the window rolled over or was seeded: queued sends may go sooner). */
  wake(): void;
  /** Queued sends of `family` that would wait past their `maxWaitMs` for its new pause fail now. */
  refuseBeyond(family: string, until: number, now: number): void;
}

function createAdmission(state: LimiterState): Admission {
  const { clock, pacing, budget, bucketKey, window, familyPauses, inFlight, sentAt } = state;
  /**
   * The queue (send-queue.ts, part of deferred.ts), made when a send first has to wait, and the sends waiting for it
   * to load (counted as queued, so that a send arriving meanwhile does not overtake them).
   */
  let queue: SendQueue | undefined;
  let loadingQueue: Promise<SendQueue> | undefined;
  let arriving = 0;
  const queued = () => (queue?.length ?? 0) + arriving;
  const loadQueue = () =>
    (loadingQueue ??= loadDeferred().then(({ SendQueue }) => {
      queue = new SendQueue({ clock, endpointFamily: state.endpointFamily, familyPauses, decide, release, onIdle: refreshSlow });
      return queue;
    }));

  /** Until this process has seen the window itself, a shared budget (other processes' knowledge) decides. */
  const mustAsk = (now: number) => window.engaged(now) || (budget !== undefined && window.end === 0);

  function refreshSlow(now: number): void {
    dropEndedPauses(familyPauses, now);
    state.slow = familyPauses.size > 0 || queued() > 0 || mustAsk(now);
  }

  /** Decides one send of the client bucket: 0 = granted, else ms to wait. */
  async function decide(now: number): Promise<number> {
    window.settle(now, state.answered);
    if (budget) {
      const shared = await budget.take(bucketKey, inFlight.count(now)).catch(() => undefined);
      if (shared !== undefined) {
        if (shared === 0) window.used += 1; // keep the local view close: it takes over if the budget fails
        return shared;
      }
      // the shared window is unknown (never seeded, or expired while every process was idle): share this process's
      // allowance, published or learned, so the others pace from it again instead of relearning it from 429s
      if (window.learned && window.end === 0) seedSharedWindow(budget, bucketKey, { requests: window.allowance, windowMs: window.windowMs }, 0);
    }
    return window.take(now, inFlight.count(now));
  }

  /** Notes when `request` went out, while the allowance is learned from 429s (no rate-limit headers seen). */
  function noteSent(request: Request): void {
    if (pacing && window.end === 0 && window.spentUntil !== 0) sentAt.set(request, clock());
  }

  function release(request: Request): void {
    inFlight.sent(clock());
    noteSent(request);
  }

  /** A send let through at once (nothing queued ahead of it, and the client window allows it). */
  function grantNow(request: Request, now: number): void {
    inFlight.sent(now);
    noteSent(request);
    refreshSlow(now);
  }

  async function acquireSlowly(request: Request, signal: AbortSignal | undefined, maxWaitMs: number): Promise<void> {
    const giveUpAt = clock() + maxWaitMs;
    let sendQueue = queue;
    if (sendQueue === undefined) {
      arriving += 1;
      try {
        sendQueue = await loadQueue();
      } finally {
        arriving -= 1;
      }
    }
    await sendQueue.waitForFamily(request, signal, giveUpAt);
    const now = clock();
    if (sendQueue.length === 0 && !mustAsk(now)) {
      grantNow(request, now);
      return;
    }
    const reopensIn = window.reopensIn(now);
    if (now + reopensIn > giveUpAt) throw new RateLimitWaitExceeded(reopensIn);
    await sendQueue.enqueue(request, signal, giveUpAt);
  }

  return {
    refreshSlow,
    wake: () => queue?.wake(),
    refuseBeyond: (family, until, now) => queue?.refuseBeyond(family, until, now),
    acquire(request, signal, maxWaitMs = Infinity) {
      if (!state.slow) {
        inFlight.sent(clock());
        noteSent(request);
        return undefined;
      }
      if (budget === undefined && queued() === 0 && familyPauses.size === 0 && !signal?.aborted) {
        // paced, and the window allows this send now: grant it here rather than through a promise, the queue and
        // the pump's timer (past a window's burst, e.g. after 30 of Genesys' 300 per minute, that is every send)
        const now = clock();
        window.settle(now, state.answered);
        if (!mustAsk(now) || window.take(now, inFlight.count(now)) === 0) {
          grantNow(request, now);
          return undefined;
        }
      }
      return acquireSlowly(request, signal, maxWaitMs);
    },
  };
}

function report(promise: Promise<unknown>): void {
  promise.catch(() => undefined); // a budget must not reject; if one does, local pacing carries on
}

/** Observation: what an answer (its rate-limit headers) and a 429 teach the window, the queue and the pauses. */
function createObservation(state: LimiterState, admission: Admission): Pick<RateLimiter, 'observe' | 'rateLimited'> {
  const { settings, clock, pacing, budget, bucketKey, window, familyPauses, inFlight } = state;
  const readHeaders = settings.readHeaders ?? readIninRateLimitHeaders;
  return {
    observe(response) {
      inFlight.answered();
      if (!pacing || response === undefined) return;
      state.answered += 1;
      const observation = readHeaders(response.headers);
      if (observation === undefined) return;
      const now = clock();
      const generation = window.generation;
      const sending = inFlight.count(now);
      window.observe(observation, now, sending);
      if (window.generation !== generation) admission.wake();
      if (budget && (state.slow || window.engaged(now))) report(budget.observe(bucketKey, observation, sending));
      if (!state.slow) admission.refreshSlow(now);
    },

    rateLimited(url, response, retryAfterMs, request) {
      const now = clock();
      const observation = pacing ? readHeaders(response.headers) : undefined;
      if (observation && observation.count > observation.limit) {
        // the client window is spent: every send already waits for it to reopen (observe saw this response)
        const reopensIn = window.reopensIn(now);
        state.slow = true;
        return retryAfterMs === undefined ? reopensIn : Math.min(retryAfterMs, reopensIn);
      }
      if (pacing && observation === undefined && window.end === 0) {
        // no rate-limit headers: learn the client window's allowance from the 429s (RateWindow.spent)
        const sent = request && state.sentAt.get(request);
        // no entry: the send went out before the first spent window (time 0 for the local window; unknown to a budget)
        window.spent(now, retryAfterMs ?? 0, state.answered, inFlight.count(now), request && (sent ?? 0));
        if (budget?.rateLimited && retryAfterMs !== undefined && retryAfterMs > 0) {
          report(budget.rateLimited(bucketKey, retryAfterMs, sent === undefined ? undefined : Math.max(0, now - sent)));
        }
        state.slow = true;
      }
      if (settings.pauseOnRateLimit && retryAfterMs !== undefined && retryAfterMs > 0) {
        const family = state.endpointFamily(url);
        const until = Math.max(familyPauses.get(family) ?? 0, now + retryAfterMs);
        familyPauses.set(family, until);
        admission.refuseBeyond(family, until, now);
        state.slow = true;
      }
      return retryAfterMs;
    },
  };
}

/** The rate limiter of one authMiddleware (one OAuth client): its state, admission and observation. */
export function createRateLimiter(settings: RateLimiterSettings): RateLimiter {
  const state = createLimiterState(settings);
  const admission = createAdmission(state);
  const { window, clock, budget, bucketKey, inFlight } = state;
  const seededNow = seedFromAllowance(settings.initialAllowance, state.pacing, {
    window,
    clock,
    seedBudget: (allowance, sentBefore) => seedSharedWindow(budget, bucketKey, allowance, sentBefore),
    // the sends made before a promised allowance (the first call, its read) may share the platform's window
    sentSoFar: (now) => state.answered + inFlight.count(now),
    seededLater: () => {
      state.slow = true;
      admission.wake();
    },
  });
  if (seededNow) state.slow = true;
  return { acquire: admission.acquire, ...createObservation(state, admission) };
}
