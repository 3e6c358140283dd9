/**
 * One bucket's rate-limit window as this process knows it, and the sends it has in flight.
 *
 * The window model (also implemented by the Redis budget's Lua script in @ccaas/token-store-redis, which takes its constants from
 * `authCoreDefaults.rateLimit`):
 * a server window allows `limit` sends and resets at `end`. `end` is always an upper bound (the reset header is in
 * whole seconds, rounded up), so a window this client believes open has really started. `used` counts the sends the
 * server will count in it: the larger of this client's grants and the server's `count` plus the requests still in
 * flight. A drop of the server's count from at least half the limit to less than half of it shows that the server
 * rolled over: from then on the phase is known and the window's sends are spread from its start to its end, minus an
 * edge at each end that absorbs latency jitter, after a burst of `burstFraction * limit`; while the phase is unknown
 * (first window) sends are spaced `windowMs / limit` apart. `used >= limit` waits for `end`. An answer whose count is
 * more than half the limit above the highest seen, in the first quarter of a window, is a late answer from the
 * previous window and is ignored. Headers that report another limit start afresh.
 *
 * The learned allowance (no rate-limit headers; also in the Redis budget's Lua): a 429 with a Retry-After of at most
 * a minute and no headers says "the client window is spent now and reopens within Retry-After". The 429s until then
 * belong to that spent window, and so does a later 429 of a send that went out before it reopened (a late answer: the
 * server counted it just before its window ended, and Retry-After in whole seconds leaves no margin), which must not
 * open a cycle in which almost nothing was sent. When it has reopened, the sends answered (not 429) since the previous reopening (or,
 * for the first one, since the first send) are counted: all the sends the server counted in the spent window came
 * after that reopening, so the count is an upper bound of the allowance, exact when the cycle fitted in one window.
 * Answers after the spent window's first 429 count only as far as sends were in flight at it (the sends after it
 * went to later windows). The first count can also hold sends the server counted in the window before the spent one:
 * nothing tells that window's phase (no headers, and a Retry-After in whole seconds says nothing within a one-second
 * window), so the first allowance may be too high; the pace then spends a later window, whose count (since the first
 * reopening, so without those sends; it fits in one window when the allowance was far too high) sets it, and the
 * sends queued behind the pace wait for that 429's family pause, so the correction costs a 429 or two, not a burst.
 * The allowance becomes that count the first time, then the smaller of the count and the allowance minus a step
 * (3%, at least 1): a later 429 always lowers it a little, and a count that fitted in one window sets it outright.
 * Sends are then spaced `windowMs / (allowance - step)` apart (`windowMs`: the longest Retry-After seen), with no
 * burst, so any window of the server holds at most the allowance; a send released late may be followed at once by
 * the slots that passed meanwhile, up to one less than the step, so lateness does not slow the pace. While sends queue behind the pace and 20 windows pass without a 429,
 * the allowance rises by 1% (at least 1): slow enough that a probe that overshoots costs one 429 per 20 windows,
 * fast enough to find a raised limit or a share another process gave up. A spent window that counted fewer than
 * 10 answers (someone else's traffic, an endpoint's own limit) or a longer Retry-After (a quota) teaches nothing.
 * Constants: `authCoreDefaults.rateLimit.learned`. Headers, once seen, replace all of this.
 */
import { authCoreDefaults } from './options.js';

/** What one response said about its rate-limit window. */
export interface RateLimitObservation {
  /** Sends the window allows. */
  limit: number;
  /** Sends the server has counted in the window so far (including this one). */
  count: number;
  /** Milliseconds until the window resets (an upper bound when the header has whole seconds). */
  resetMs: number;
}

const { maxRetryAfterMs: learnableRetryAfterMs, probeWindows: learnedProbeWindows, probeRiseFraction, stepFraction, minCount } = authCoreDefaults.rateLimit.learned;
/** The step of the learned allowance: 3%, at least 1 (a 429 lowers it by this; the pace stays this far below it). */
const learnedStep = (allowance: number) => Math.max(1, Math.ceil(allowance * stepFraction));

export interface WindowSettings {
  windowEdgeMs: number;
  burstFraction: number;
}

/** One bucket's window as this process knows it (see the module comment for the model). */
export class RateWindow {
  limit = 0;
  windowMs = 0;
  /** Clock ms, an upper bound of the current window's end; 0 = nothing learned yet. */
  end = 0;
  used = 0;
  lastCount = 0;
  phaseKnown = false;
  /** Earliest next send while the phase is unknown. */
  next = 0;
  /** Counts windows started by an observation (the limiter wakes its queue when it changes). */
  generation = 0;
  /** Paced from an allowance learned from 429s (no rate-limit headers); `limit` is then the paced share of it. */
  learned = false;
  /** The learned allowance (0: none yet). */
  allowance = 0;
  /** Clock ms the spent window of the last 429 reopens (at the latest); 0: no 429 learned from yet. */
  spentUntil = 0;
  /** The spent window's count is still to be read (when it has reopened). */
  pending = false;
  /** 429s without rate-limit headers so far. */
  rejected = 0;
  /** Answers that were not such 429s when the current cycle began, and at its spent window's first 429. */
  okAtCycle = 0;
  okAtSpent = 0;
  /** Sends in flight at the spent window's first 429: the most answers after it that may still count. */
  inFlightAtSpent = 0;
  /** Last change of the learned allowance: a 429's count, or a probe upward. */
  adaptedAt = 0;

  constructor(private readonly settings: WindowSettings) {}

  observe(observation: RateLimitObservation, now: number, inFlight: number): void {
    const { limit, count } = observation;
    const resetMs = Math.max(0, observation.resetMs);
    const reportedEnd = now + resetMs;
    const sent = count + Math.min(inFlight, limit);
    if (this.end === 0 || limit !== this.limit) {
      // first news, or the headers now describe another limit: learn it afresh (headers replace a learned allowance)
      this.learned = false;
      this.pending = false;
      this.allowance = 0;
      this.limit = limit;
      this.windowMs = resetMs;
      this.phaseKnown = false;
      this.startWindow(reportedEnd, sent, count);
      return;
    }
    this.windowMs = Math.max(this.windowMs, resetMs);
    if (now >= this.end) {
      const rolled = this.phaseKnown ? this.followingEnd(now) : reportedEnd;
      this.startWindow(Math.min(rolled, reportedEnd), sent, count);
    } else if (this.lastCount * 2 >= limit && count * 2 < this.lastCount) {
      this.startWindow(reportedEnd, sent, count);
      this.phaseKnown = true;
    } else if (count - this.lastCount > limit / 2 && now - (this.end - this.windowMs) < this.windowMs / 4) {
      // a late answer from the previous window (another process's, or reordered): it says nothing about this one
    } else {
      this.end = Math.min(this.end, reportedEnd);
      this.used = Math.max(this.used, sent);
      this.lastCount = Math.max(this.lastCount, count);
    }
  }

  /**
   * A 429 without rate-limit headers, `answered` being this limiter's count of answers so far (this 429 included) and
   * `inFlight` its other sends on the wire, `sentAt` when the 429'd send went out (if known): starts a spent window,
   * or belongs to the one already spent (also when it went out before that window reopened). Ignored while headers
   * describe the window (an endpoint's own limit).
   */
  spent(now: number, retryAfterMs: number, answered: number, inFlight = 0, sentAt?: number): void {
    if (this.end !== 0) return;
    this.rejected += 1;
    if (now < this.spentUntil || (sentAt !== undefined && sentAt < this.spentUntil)) return;
    if (retryAfterMs <= 0 || retryAfterMs > learnableRetryAfterMs) return;
    this.settle(now, answered);
    this.okAtSpent = answered - this.rejected;
    this.inFlightAtSpent = inFlight;
    this.pending = true;
    this.spentUntil = now + retryAfterMs;
    this.windowMs = Math.max(this.windowMs, retryAfterMs);
  }

  /**
   * Paces from an allowance the platform publishes, as if it had been learned (429s still lower it); true when it
   * did. Ignored once the window is known otherwise: headers describe it, or an allowance was learned (or seeded)
   * already. `sentBefore`: sends made before the allowance was known, which may share the platform's current window;
   * the next sends are paced as if those had been paced too (at most one window's wait, once).
   */
  seed(allowance: number, windowMs: number, now: number, sentBefore = 0): boolean {
    if (this.end !== 0 || this.allowance > 0) return false;
    this.allowance = allowance;
    this.windowMs = windowMs;
    this.limit = Math.max(1, allowance - learnedStep(allowance));
    this.learned = true;
    this.adaptedAt = now;
    this.next = now + (windowMs / this.limit) * Math.min(Math.max(0, sentBefore), allowance);
    this.generation += 1;
    return true;
  }

  /** Once the spent window has reopened, learns the allowance from the cycle's count; true when it did. */
  settle(now: number, answered: number): boolean {
    if (!this.pending || now < this.spentUntil) return false;
    const ok = answered - this.rejected;
    // answers after the first 429 count only as far as sends were in flight at it (later sends went to later windows)
    const counted = this.okAtSpent - this.okAtCycle + Math.min(ok - this.okAtSpent, this.inFlightAtSpent);
    this.pending = false;
    this.okAtCycle = ok;
    if (counted < minCount) return false;
    this.allowance = this.allowance === 0 ? counted : Math.max(1, Math.min(counted, this.allowance - learnedStep(this.allowance)));
    this.adaptedAt = now;
    this.learned = true;
    this.limit = Math.max(1, this.allowance - learnedStep(this.allowance));
    this.next = now;
    this.generation += 1;
    return true;
  }

  /** Counts one send and returns 0 if the window allows it now; else the ms to wait before asking again. */
  take(now: number, inFlight: number): number {
    if (this.learned) return this.takeLearned(now);
    if (this.end === 0) return 0;
    if (now >= this.end) {
      // the window ended without news from the server: the next one ends at most one window later
      this.end = this.followingEnd(now);
      this.used = Math.min(inFlight, this.limit);
      this.lastCount = 0;
    }
    if (this.used >= this.limit) return this.end - now;
    const slot = this.phaseKnown ? this.scheduledSlot() : this.next;
    if (slot > now) return Math.ceil(slot - now);
    this.used += 1;
    this.next = now + this.windowMs / this.limit;
    return 0;
  }

  /**
   * Learned pacing: sends `windowMs / limit` apart. A send released late does not push the next one back, and the
   * slots that passed meanwhile may follow it at once, up to one less than the step the pace keeps below the
   * allowance (late timers on a busy machine would otherwise lose those slots and slow the pace): any window of the
   * server still holds at most the allowance less one, a margin for jitter on the wire.
   */
  private takeLearned(now: number): number {
    const spacing = this.windowMs / this.limit;
    if (this.next > now) {
      // sends queue behind the pace: after 20 windows without a 429, probe a little higher
      if (now - this.adaptedAt >= learnedProbeWindows * this.windowMs) {
        this.allowance += Math.max(1, Math.floor(this.allowance * probeRiseFraction));
        this.limit = Math.max(1, this.allowance - learnedStep(this.allowance));
        this.adaptedAt = now;
      }
      return Math.ceil(this.next - now);
    }
    this.used += 1;
    this.next = Math.max(this.next + spacing, now - spacing * Math.max(0, this.allowance - this.limit - 1));
    return 0;
  }

  /** True when sends must go through `take`: the window's burst is spent, pacing is learned, or a count is due. */
  engaged(now: number): boolean {
    return this.learned || this.pending || (now < this.end && this.used >= this.burst());
  }

  /** Ms until the window lets sends through again (0 when it does now). */
  reopensIn(now: number): number {
    if (this.end === 0 || now >= this.end || this.used < this.limit) return 0;
    return this.end - now;
  }

  private burst(): number {
    return Math.max(1, Math.floor(this.limit * this.settings.burstFraction));
  }

  /** When the `used`-th send of the window may go: after the burst, spread from start + edge to end - edge. */
  private scheduledSlot(): number {
    const edge = Math.min(this.settings.windowEdgeMs, this.windowMs / 10);
    const burst = this.burst();
    const start = this.end - this.windowMs;
    const spread = Math.max(1, this.limit - burst);
    return start + edge + ((this.windowMs - 2 * edge) * Math.max(0, this.used - burst)) / spread;
  }

  private followingEnd(now: number): number {
    const step = Math.max(this.windowMs, 1);
    return this.end + step * Math.ceil((now - this.end + 1) / step);
  }

  private startWindow(end: number, used: number, count: number): void {
    this.generation += 1;
    this.end = end;
    this.used = used;
    this.lastCount = count;
  }
}

/** Drops the endpoint families' pauses (family -> clock ms it ends) that have ended. */
export function dropEndedPauses(familyPauses: Map<string, number>, now: number): void {
  for (const [family, until] of familyPauses) if (until <= now) familyPauses.delete(family);
}

/**
 * The sends let through and not answered yet, oldest first. A send unanswered for `unansweredAfterMs` no longer
 * counts: it has reached the server, whose count holds it, or it was never sent (openapi-fetch calls neither
 * onResponse nor onError when a later middleware answers from onRequest or throws, so such a send is never answered
 * here, and counting it forever would fill every window). An answer ends the oldest send still counted.
 */
export class SendsInFlight {
  private readonly times: number[] = [];
  private head = 0;

  constructor(private readonly unansweredAfterMs: number) {}

  sent(now: number): void {
    this.times.push(now);
    // sends never answered (see above) must not pile up on the fast path, where nothing else counts
    if (this.times.length - this.head > 1024) this.count(now);
  }

  answered(): void {
    if (this.head < this.times.length) this.head += 1;
    this.compact();
  }

  count(now: number): number {
    const { times } = this;
    while (this.head < times.length && now - times[this.head]! > this.unansweredAfterMs) this.head += 1;
    this.compact();
    return times.length - this.head;
  }

  private compact(): void {
    if (this.head === this.times.length) {
      this.times.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times.splice(0, this.head);
      this.head = 0;
    }
  }
}
