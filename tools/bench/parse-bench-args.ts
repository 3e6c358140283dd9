import { parseArgs } from 'node:util';

export interface BenchArgs {
  runs: number;
  only: string[] | null;
  smoke: boolean;
  build: boolean;
  /** Where results.md / results.json go; null = the default for the mode (see run-bench.ts). */
  out: string | null;
  help: boolean;
}

export const benchUsage = `usage: npm run bench -- [--runs N] [--only suite,...] [--smoke] [--skip-build] [--out DIR]
  --runs N        measurements per figure (default 5; --smoke: 1)
  --only a,b      run only these suites
  --smoke         tiny N and the small variants: checks that the bench works, measures nothing worth reading
  --skip-build    do not run the Nx build of the benched packages (their dist/ must exist)
  --out DIR       where results.md and results.json go (default: bench/, bench/results/raw/ for --smoke);
                  with --only the chosen suites' sections replace theirs in the full report there, the others stay`;

export const maxRuns = 100;

export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      runs: { type: 'string' },
      only: { type: 'string' },
      smoke: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  const smoke = values.smoke === true;
  const runs = values.runs === undefined ? (smoke ? 1 : 5) : Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1 || runs > maxRuns) {
    throw new Error(`[bench] --runs must be an integer from 1 to ${maxRuns}, got "${values.runs}"`);
  }
  const only = values.only === undefined ? null : values.only.split(',').map((name) => name.trim()).filter(Boolean);
  return { runs, only, smoke, build: values['skip-build'] !== true, out: values.out ?? null, help: values.help === true };
}
