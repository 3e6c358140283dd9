// Sends `total` requests with at most `concurrency` in flight and times each one. Bounded in count (`total`) and in
// time (`timeoutMs`): no request starts after the deadline, and the result comes back at the deadline even if
// requests are still in flight (`timedOut`; the caller then fails the measurement and stops the server, which ends
// them). Requests get no AbortSignal on purpose: one signal shared by thousands of requests collects an abort
// listener per fetch/Request until garbage collection (undici), which would cost the fetch-based clients time that
// the SDK (axios, no signal) does not pay, and per-request signals would add a timer per request.

export interface ConcurrentRequestsOptions {
  total: number;
  concurrency: number;
  /** Deadline of the whole batch. */
  timeoutMs: number;
  /** Sends one request and settles when its body has been read; throws (rejects) on any failure. */
  send(): Promise<unknown>;
}

export interface ConcurrentRequestsResult {
  /** Requests that resolved. */
  succeeded: number;
  /** Requests that rejected. */
  failed: number;
  /** Time of each successful request (send to body read), in completion order. */
  latenciesMs: Float64Array;
  /** From the first send to the last settlement. */
  wallMs: number;
  /** The deadline passed before every request settled. */
  timedOut: boolean;
  /** The first few failure messages, for notes and error reports. */
  failureSamples: string[];
}

const failureSampleCount = 5;

function describeFailure(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 300);
  // The official SDK rejects with the parsed error body (an object), not an Error.
  return (typeof error === 'string' ? error : JSON.stringify(error) ?? String(error)).slice(0, 300);
}

export async function runConcurrentRequests(options: ConcurrentRequestsOptions): Promise<ConcurrentRequestsResult> {
  const { total, concurrency, timeoutMs, send } = options;
  if (!Number.isInteger(total) || total < 1) throw new Error(`[bench] total must be a positive integer, got ${total}`);
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`[bench] concurrency must be a positive integer, got ${concurrency}`);
  const latenciesMs = new Float64Array(total);
  const failureSamples: string[] = [];
  let started = 0;
  let succeeded = 0;
  let failed = 0;
  const startedAt = performance.now();
  const deadline = startedAt + timeoutMs;
  let lastSettledAt = startedAt;
  const worker = async () => {
    while (started < total && performance.now() < deadline) {
      started += 1;
      const sentAt = performance.now();
      try {
        await send();
        lastSettledAt = performance.now();
        latenciesMs[succeeded] = lastSettledAt - sentAt;
        succeeded += 1;
      } catch (error) {
        lastSettledAt = performance.now();
        failed += 1;
        if (failureSamples.length < failureSampleCount) failureSamples.push(describeFailure(error));
      }
    }
  };
  let giveUpTimer: NodeJS.Timeout | undefined;
  const gaveUp = new Promise<void>((resolve) => {
    giveUpTimer = setTimeout(resolve, timeoutMs);
  });
  try {
    await Promise.race([Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker)), gaveUp]);
  } finally {
    clearTimeout(giveUpTimer);
  }
  const settled = succeeded + failed;
  return {
    succeeded,
    failed,
    latenciesMs: latenciesMs.slice(0, succeeded),
    wallMs: lastSettledAt - startedAt,
    timedOut: settled < total,
    failureSamples,
  };
}
