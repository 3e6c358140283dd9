import { cpus, totalmem } from 'node:os';
import type { BenchContext, BenchReport, BenchSuite, SuiteResult } from './bench-suite.js';

export interface RunBenchOptions {
  suites: readonly BenchSuite[];
  runs: number;
  smoke: boolean;
  build: boolean;
  repoRoot: string;
  workDir: string;
  /** The command line, recorded in the report. */
  command: string;
  log: (message: string) => void;
}

/** Runs the suites one after another (never in parallel: they would measure each other) and collects a report. */
export async function runBenchSuites(options: RunBenchOptions): Promise<BenchReport> {
  const startedAt = new Date();
  const started = performance.now();
  const shared = new Map<string, Promise<unknown>>();
  const context: BenchContext = {
    runs: options.runs,
    smoke: options.smoke,
    repoRoot: options.repoRoot,
    workDir: options.workDir,
    build: options.build,
    log: options.log,
    once<T>(key: string, create: () => Promise<T>): Promise<T> {
      let promise = shared.get(key) as Promise<T> | undefined;
      if (!promise) {
        promise = create();
        shared.set(key, promise);
      }
      return promise;
    },
  };
  const suites: SuiteResult[] = [];
  const failures: BenchReport['failures'] = [];
  for (const suite of options.suites) {
    options.log(`${suite.name}: ${suite.description}`);
    const suiteStarted = performance.now();
    try {
      const result = await suite.run(context);
      suites.push({ suite: suite.name, ...result, durationMs: performance.now() - suiteStarted });
      options.log(`${suite.name}: done in ${((performance.now() - suiteStarted) / 1000).toFixed(1)} s`);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      failures.push({ suite: suite.name, error: message });
      options.log(`${suite.name}: FAILED\n${message}`);
    }
  }
  const cpuList = cpus();
  return {
    startedAt: startedAt.toISOString(),
    command: options.command,
    runs: options.runs,
    smoke: options.smoke,
    environment: {
      node: process.version,
      platform: process.platform,
      arch: process.arch,
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model.trim() ?? 'unknown',
      memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    },
    suites,
    failures,
    totalDurationMs: performance.now() - started,
  };
}
