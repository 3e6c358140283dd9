import { pathToFileURL } from 'node:url';
import type { StreamAttemptEvent } from '@ccaas/auth-core';
import { startSandbox, type Sandbox } from '@ccaas/mocks/sandbox';

/** Collects what an example did, line by line, for the demo's printed report and for its checks. */
export interface DemoReport {
  lines: string[];
  /** Tokens obtained from the token endpoint (first one included). */
  refreshes: number;
  retries: number;
  forbidden: number;
  failures: string[];
  log(line: string): void;
}

export function createDemoReport(prefix: string, print: (line: string) => void = console.log): DemoReport {
  const report: DemoReport = {
    lines: [],
    refreshes: 0,
    retries: 0,
    forbidden: 0,
    failures: [],
    log(line) {
      report.lines.push(line);
      print(`${prefix} ${line}`);
    },
  };
  return report;
}

/** Fault switches the sandbox offers; absent when the example runs against a real platform. */
export interface DemoScenarios {
  /** The platform expires every token it issued (the next call answers 401; the client refreshes and replays). */
  expireTokens(): void;
  /** Make the next call to `path` answer 403 with the platform's missing-permission body. */
  forbidden(path: string): void;
  /** Make the next `times` calls answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimited(times: number, retryAfterSeconds: number): void;
}

/** What a stream example counted: every published event is received or inside a reported gap; none is lost unflagged. */
export interface StreamCounts {
  /** The faults forced, in words. */
  faults: string;
  published: number;
  received: number;
  /** Not received, but published inside a window the stream reported as a gap (the consumer can backfill it). */
  inReportedGaps: number;
  /** Neither received nor inside a reported gap: must be 0. */
  lostUnflagged: number;
  deliveredTwice: number;
  /** The stream's onAttempt events, `phase (cause)` -> count. */
  attempts: Record<string, number>;
}

/** `reconnecting (heartbeat_timeout)` -> how many times, for the report. */
export function countStreamAttempts(events: readonly StreamAttemptEvent[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const event of events) {
    const key = event.cause === undefined ? event.phase : `${event.phase} (${event.cause})`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Waits until `done()` holds, checking every 10 ms; after `timeoutMs` it stops waiting (the counts then tell). */
export async function waitFor(done: () => boolean, timeoutMs: number): Promise<void> {
  for (let waited = 0; !done() && waited < timeoutMs; waited += 10) await sleep(10);
}

/** True when the module with this `import.meta.url` is the program node/tsx was started with. */
export function isEntryPoint(importMetaUrl: string): boolean {
  return process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === importMetaUrl;
}

/** Runs an example from the command line against a real platform: prints its report, exit code 1 on failures. */
export async function runFromCommandLine(run: () => Promise<DemoReport>): Promise<void> {
  try {
    const report = await run();
    for (const failure of report.failures) console.error(`FAILED: ${failure}`);
    process.exitCode = report.failures.length > 0 ? 1 : 0;
  } catch (error) {
    console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
    process.exitCode = 1;
  }
}

/** Runs a stream example on a sandbox of its own from the command line: prints the counts, exit code 1 on a failure or a loss. */
export async function runStreamFromCommandLine(prefix: string, run: (sandbox: Sandbox, report: DemoReport) => Promise<StreamCounts>): Promise<void> {
  const sandbox = await startSandbox();
  try {
    const report = createDemoReport(prefix);
    const counts = await run(sandbox, report);
    console.log(counts);
    for (const failure of report.failures) console.error(`FAILED: ${failure}`);
    process.exitCode = report.failures.length === 0 && counts.lostUnflagged === 0 ? 0 : 1;
  } finally {
    await sandbox.stop();
  }
}
