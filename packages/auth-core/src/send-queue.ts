/**
 * The sends a rate limiter holds back, in order, and the pump that lets them go one by one as the client window
 * allows (the limiter's `decide`), skipping those whose endpoint family a 429 paused after they queued (they would
 * follow the pace into the spent window). Its timer runs only while someone waits.
 * Part of deferred.ts: the limiter loads it when a send first has to wait (a client whose sends always go at once
 * never needs it).
 */
import { RateLimitWaitExceeded } from './errors.js';
import { dropEndedPauses } from './rate-window.js';
import { abortableSleep, maxTimerMs } from './retry-policy.js';

export interface Waiter {
  /** The request, and its endpoint family once a pause made it matter. */
  request: Request;
  family: string | undefined;
  /** Clock ms after which it would rather fail than wait (`maxWaitMs`). */
  giveUpAt: number;
  resolve(): void;
  /** Leaves the queue and rejects with `reason`. */
  leave(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** Gives up at the waiter's `maxWaitMs` (only when it is finite). */
  timer: ReturnType<typeof setTimeout> | undefined;
}

export interface SendQueueDeps {
  clock(): number;
  endpointFamily(url: string): string;
  /** Endpoint family -> clock ms its pause ends (the limiter's, shared). */
  familyPauses: Map<string, number>;
  /** Decides one send of the client bucket: 0 = granted, else ms to wait. */
  decide(now: number): Promise<number>;
  /** A queued send is let go (counted in flight). */
  release(request: Request): void;
  /** The pump stopped: the limiter re-checks whether it may take its fast path. */
  onIdle(now: number): void;
}

export class SendQueue {
  private readonly waiters: Waiter[] = [];
  private pumping = false;
  /** Ends the pump's current wait early (a rollover was observed, so queued sends may go sooner). */
  private wakePump: (() => void) | undefined;
  /** The pump waits because every queued send's family is paused (a send of another family ends that wait). */
  private pausedQueueSleep = false;

  constructor(private readonly deps: SendQueueDeps) {}

  get length(): number {
    return this.waiters.length;
  }

  /** Ends the pump's wait now (the window rolled over: queued sends may go sooner). */
  wake(): void {
    this.wakePump?.();
  }

  private release(waiter: Waiter): void {
    this.settleWaiter(waiter);
    this.deps.release(waiter.request);
    waiter.resolve();
  }

  private pumpSleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakePump = undefined;
        resolve();
      };
      const timer = setTimeout(done, Math.min(ms, maxTimerMs)); // a longer wait: the pump's loop sleeps again
      this.wakePump = done;
    });
  }

  /** Waits out the request's family pause (it may extend while waiting); refuses one that ends after `giveUpAt`. */
  async waitForFamily(request: Request, signal: AbortSignal | undefined, giveUpAt: number): Promise<void> {
    if (this.deps.familyPauses.size === 0) return;
    const family = this.deps.endpointFamily(request.url);
    for (let round = 0; round < 100; round += 1) {
      const until = this.deps.familyPauses.get(family);
      const now = this.deps.clock();
      if (until === undefined) return;
      if (until <= now) {
        this.deps.familyPauses.delete(family);
        return;
      }
      if (until > giveUpAt) throw new RateLimitWaitExceeded(until - now);
      await abortableSleep(until - now, signal);
    }
  }

  enqueue(request: Request, signal: AbortSignal | undefined, giveUpAt: number): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const waiter: Waiter = {
        request,
        family: undefined,
        giveUpAt,
        resolve,
        leave: (reason) => {
          const index = this.waiters.indexOf(waiter);
          if (index >= 0) this.waiters.splice(index, 1);
          this.settleWaiter(waiter);
          // the last waiter gone: the pump stops now, so its (ref'd) timer does not hold the process until the window
          // resets; ref'd while anyone waits, since a caller awaiting a queued send must keep the process alive
          if (this.waiters.length === 0) this.wakePump?.();
          reject(reason);
        },
        signal,
        onAbort: undefined,
        timer: undefined,
      };
      if (signal) {
        waiter.onAbort = () => waiter.leave(signal.reason);
        signal.addEventListener('abort', waiter.onAbort, { once: true });
      }
      if (Number.isFinite(giveUpAt)) {
        const queuedAt = this.deps.clock();
        const giveUp = () => waiter.leave(new RateLimitWaitExceeded(this.deps.clock() - queuedAt, true));
        const arm = () => {
          const left = giveUpAt - this.deps.clock(); // beyond the longest timer: armed again when it fires
          waiter.timer = setTimeout(left > maxTimerMs ? arm : giveUp, Math.min(maxTimerMs, Math.max(0, left)));
        };
        arm();
      }
      this.waiters.push(waiter);
      // its family may have been paused since waitForFamily: past giveUpAt, fail now (as a queued send does)
      const family = this.deps.familyPauses.size > 0 ? this.familyOf(waiter) : undefined;
      const until = family === undefined ? undefined : this.deps.familyPauses.get(family);
      if (until !== undefined && until > giveUpAt) waiter.leave(new RateLimitWaitExceeded(until - this.deps.clock()));
      if (this.pausedQueueSleep) this.wakePump?.(); // the pump waits for paused families: this send may be of another one
      void this.pump();
    });
  }

  /** The waiter leaves the queue (released, aborted or out of time): its listener and timer go. */
  private settleWaiter(waiter: Waiter): void {
    if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener('abort', waiter.onAbort);
    if (waiter.timer !== undefined) clearTimeout(waiter.timer);
  }

  /** The waiter's endpoint family (asked once); undefined when `endpointFamily` threw: the waiter fails with that. */
  private familyOf(waiter: Waiter): string | undefined {
    if (waiter.family === undefined) {
      try {
        waiter.family = this.deps.endpointFamily(waiter.request.url);
      } catch (error) {
        waiter.leave(error);
      }
    }
    return waiter.family;
  }

  /**
   * The first queued send whose endpoint family is not paused (a 429 may have paused it while the send waited), or,
   * when every queued send's family is paused (or the this.waiters emptied), -1 and the ms until the first pause ends.
   */
  private nextReady(now: number): { index: number; waitMs: number } {
    dropEndedPauses(this.deps.familyPauses, now);
    if (this.deps.familyPauses.size === 0) return { index: this.waiters.length > 0 ? 0 : -1, waitMs: 0 };
    let earliest = Infinity;
    for (const waiter of [...this.waiters]) {
      const family = this.familyOf(waiter);
      if (family === undefined) continue;
      const until = this.deps.familyPauses.get(family);
      if (until === undefined) return { index: this.waiters.indexOf(waiter), waitMs: 0 };
      earliest = Math.min(earliest, until);
    }
    return { index: -1, waitMs: earliest - now };
  }

  /** Queued sends of `family` that would wait past their `maxWaitMs` for its new pause fail now, as a new send would. */
  refuseBeyond(family: string, until: number, now: number): void {
    for (const waiter of [...this.waiters]) {
      if (waiter.giveUpAt < until && this.familyOf(waiter) === family) waiter.leave(new RateLimitWaitExceeded(until - now));
    }
  }

  /**
   * Lets queued sends go one by one as the client window allows, skipping those whose family a 429 paused after they
   * queued (they would follow the pace into the spent window). One pump per limiter.
   */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    /** A slot granted while every queued send's family got paused: the next send that may go takes it. */
    let heldSlot = false;
    try {
      while (this.waiters.length > 0) {
        const ready = this.nextReady(this.deps.clock());
        if (ready.index < 0) {
          if (this.waiters.length === 0) break;
          this.pausedQueueSleep = true;
          await this.pumpSleep(ready.waitMs);
          this.pausedQueueSleep = false;
          continue;
        }
        if (heldSlot) {
          heldSlot = false;
          this.release(this.waiters.splice(ready.index, 1)[0]!);
          continue;
        }
        const waitMs = await this.deps.decide(this.deps.clock());
        if (this.waiters.length === 0) break;
        if (waitMs <= 0) {
          // a send whose family was paused meanwhile does not go into the spent window: its slot waits for another send
          const { index } = this.nextReady(this.deps.clock());
          if (index >= 0) this.release(this.waiters.splice(index, 1)[0]!);
          else heldSlot = true;
          continue;
        }
        await this.pumpSleep(waitMs);
      }
    } finally {
      this.pumping = false;
      this.deps.onIdle(this.deps.clock());
    }
  }
}
