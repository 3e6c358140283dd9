/** Collects what an example did, line by line, for the demo's printed report and for assertions in tests. */
export interface DemoReport {
  lines: string[];
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
  /** Make the next call to `path` answer 403 with the platform's missing-permission body. */
  forbidden(path: string): void;
  /** Make the next `times` calls answer 429 with `Retry-After: retryAfterSeconds`. */
  rateLimited(times: number, retryAfterSeconds: number): void;
}
