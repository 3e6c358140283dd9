// The contract between the bench runner (run-bench.ts) and its suites. A suite measures one thing side by side
// against a baseline and returns rows; the runner only selects, times, prints and writes them.

/** Whether a smaller or a larger figure is the better one (sizes and times: lower; throughput: higher). */
export type Better = 'lower' | 'higher';

export interface BenchRow {
  /** What was measured, e.g. `@ccaas/genesys-cloud consumer, gzip`. Unique within its suite. */
  label: string;
  median: number;
  min: number;
  max: number;
  unit: string;
  /** How many measurements the figures summarise. */
  runs: number;
  better: Better;
  /** Label of the row (same suite) this one is compared with; absent for rows without a counterpart. */
  baseline?: string;
  /** median / baseline median, both measured in this run; null without a baseline. */
  ratio: number | null;
  /** Every measurement, in the order taken (kept in results.json). */
  samples: number[];
}

export interface SuiteResult {
  suite: string;
  rows: BenchRow[];
  /** Method notes and findings printed under the suite's table (how memory was measured, externals, ...). */
  notes: string[];
  durationMs: number;
  /** Set when the suite was measured by another command than the report's (an `--only` run merged into it). */
  measured?: { command: string; startedAt: string };
}

export interface BenchContext {
  /** Measurements per figure (`--runs`, default 5; 1 in `--smoke`). */
  runs: number;
  /** `--smoke`: tiny N and the small variants; a correctness check of the bench, not a measurement. */
  smoke: boolean;
  /** Absolute path of the repository root. */
  repoRoot: string;
  /** Scratch folder for this run's generated files (gitignored, under bench/results/raw/). */
  workDir: string;
  /** Run the published packages' build before consuming `dist/` (`--skip-build` turns it off). */
  build: boolean;
  /** Progress output (stderr), one line per call. */
  log(message: string): void;
  /** Runs `create` once per bench run and shares its promise: preparation that several suites need. */
  once<T>(key: string, create: () => Promise<T>): Promise<T>;
}

/** What the runner needs from a suite; `run` returns rows and notes, the runner adds `suite` and `durationMs`. */
export interface BenchSuite {
  name: string;
  /** One line for `--help` and the results header. */
  description: string;
  run(context: BenchContext): Promise<Omit<SuiteResult, 'suite' | 'durationMs'>>;
}

/** Everything one bench run produced: what results.json holds and results.md renders. */
export interface BenchReport {
  startedAt: string;
  command: string;
  runs: number;
  smoke: boolean;
  environment: { node: string; platform: string; arch: string; cpus: number; cpuModel: string; memoryGb: number };
  suites: SuiteResult[];
  failures: { suite: string; error: string }[];
  totalDurationMs: number;
}
