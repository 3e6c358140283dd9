// Simulated time for long-running streams: a clock and timers that move only when told, so a test or bench can run
// 24 hours of heartbeats, expiries and reconnect backoffs in milliseconds, with no wall-clock assertion.

/** Clock and timers in the shape `subscribeNotifications({ timers })` and the agent-event loops take. */
export interface SimulatedTime {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /**
   * Moves the clock forward by `ms`, firing due timers in order; after each, lets pending I/O settle (MSW answers,
   * socket messages), so work a timer started completes before the next fires.
   */
  advance(ms: number): Promise<void>;
  /** Lets pending I/O settle without moving the clock. */
  settle(): Promise<void>;
  /** Timers still pending. */
  readonly pending: number;
}

/** A few turns of the real event loop: enough for MSW's in-process answers and socket events to be delivered. */
async function settleIo(turns = 5): Promise<void> {
  for (let i = 0; i < turns; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

export function createSimulatedTime(start = Date.UTC(2026, 0, 1)): SimulatedTime {
  let now = start;
  let nextId = 1;
  const timers = new Map<number, { at: number; callback: () => void }>();
  const due = (limit: number) => {
    let first: [number, { at: number; callback: () => void }] | undefined;
    for (const entry of timers) if (entry[1].at <= limit && (!first || entry[1].at < first[1].at)) first = entry;
    return first;
  };
  return {
    now: () => now,
    setTimeout(callback, ms) {
      const id = nextId++;
      timers.set(id, { at: now + Math.max(0, ms), callback });
      return id;
    },
    clearTimeout(handle) {
      timers.delete(handle as number);
    },
    async advance(ms) {
      const target = now + ms;
      await settleIo();
      // bounded: a timer that re-arms itself at 0 ms cannot spin forever
      for (let fired = 0; fired < 1_000_000; fired++) {
        const next = due(target);
        if (!next) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].callback();
        await settleIo();
      }
      now = target;
      await settleIo();
    },
    settle: () => settleIo(),
    get pending() {
      return timers.size;
    },
  };
}
