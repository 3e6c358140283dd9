// The measurements behind the budgets, on the built packages (dist/), through the bench's own code paths: the same
// consumer projects (tools/bench/consumer-projects.ts), the same esbuild bundle (tools/bench/suites/bundle-size.ts)
// and the same measured compiler process (tools/bench/run-measured-node-script.ts) as `npm run bench`.
import { execFile } from 'node:child_process';
import { mkdir, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { BenchContext } from '../bench/bench-suite.js';
import { prepareConsumerProject } from '../bench/consumer-projects.js';
import { runMeasuredNodeScript } from '../bench/run-measured-node-script.js';
import { bundleConsumer } from '../bench/suites/bundle-size.js';
import { summariseSamples } from '../bench/summarise-samples.js';
import { listPublicPackages } from '../registry/list-workspace-packages.js';
import type { TarballBaseline } from './budget.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tscTimeoutMs = 180_000;

/**
 * Runs `use` with a bench context whose scratch folder (consumer projects) lies inside the repository, so `@ccaas/*`
 * resolves through node_modules to dist/ as for a user; the folder is removed afterwards. `build: false`: the caller
 * (the e2e target) depends on the published packages' build.
 */
export async function withBenchContext<T>(use: (context: BenchContext) => Promise<T>): Promise<T> {
  const workDir = join(repoRoot, 'bench', 'results', 'raw', `budgets-${process.pid}`);
  await mkdir(workDir, { recursive: true });
  const shared = new Map<string, Promise<unknown>>();
  const context: BenchContext = {
    runs: 1,
    smoke: false,
    repoRoot,
    workDir,
    build: false,
    log: (message) => process.stderr.write(`[budgets] ${message}\n`),
    once: <R>(key: string, create: () => Promise<R>) => {
      if (!shared.has(key)) shared.set(key, create());
      return shared.get(key) as Promise<R>;
    },
  };
  try {
    return await use(context);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

/** Minified + gzip -9 bytes of the one-call client-credentials consumer (the bench's `genesys-cloud` bundle row). */
export async function measureOneCallBundle(context: BenchContext): Promise<{ gzipBytes: number; minifiedBytes: number }> {
  const { gzipBytes, minifiedBytes } = await bundleConsumer(context, 'genesys-cloud');
  return { gzipBytes, minifiedBytes };
}

/** The compiler's counters (`tsc --extendedDiagnostics`) that measure its work: parse, bind, check. */
export const workCounters = ['Identifiers', 'Symbols', 'Types', 'Instantiations'] as const;
export type WorkCounts = Record<(typeof workCounters)[number], number>;

export interface TypeCheckCost {
  /** Compiler work of the consumer / of the no-client floor: the budgeted figure. */
  workRatio: number;
  floorWork: WorkCounts;
  consumerWork: WorkCounts;
  /** Per-round CPU time ratios (consumer / floor, measured back to back) and their median: reported, not budgeted. */
  cpuRatios: number[];
  cpuRatio: number;
}

function parseWorkCounts(stdout: string): WorkCounts {
  const counts = {} as WorkCounts;
  for (const name of workCounters) {
    const match = new RegExp(`^${name}:\\s+(\\d+)$`, 'm').exec(stdout);
    if (!match) throw new Error(`[budgets] tsc --extendedDiagnostics printed no "${name}:" line:\n${stdout.slice(0, 2000)}`);
    counts[name] = Number(match[1]);
  }
  return counts;
}

const totalWork = (counts: WorkCounts) => workCounters.reduce((sum, name) => sum + counts[name], 0);

/**
 * Type-check cost (TypeScript 5.9, skipLibCheck true: the `tsc --init` default) of the one-area consumer against the
 * no-client floor, in `rounds` back-to-back pairs in alternating order after one unrecorded run that fills Node's
 * compile cache. The budgeted figure is the ratio of the compiler's own work counters (identifiers parsed, symbols
 * bound, types created, generic instantiations): the same on every machine and under any load, so a loaded 2-core CI
 * machine cannot fail it, and checked to be identical in every round. The CPU-time ratio of the same runs (median of
 * the rounds; load slows both halves of a pair alike) is reported beside it.
 */
export async function measureTypeCheckCost(context: BenchContext, rounds: number): Promise<TypeCheckCost> {
  const tsc = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
  const floor = await prepareConsumerProject(context, 'no-client');
  const consumer = await prepareConsumerProject(context, 'genesys-cloud');
  const run = async (tsconfig: string) => {
    const measured = await runMeasuredNodeScript(tsc, ['--noEmit', '--extendedDiagnostics', '-p', tsconfig], { cwd: repoRoot, timeoutMs: tscTimeoutMs });
    return { cpuMs: measured.cpuMs, work: parseWorkCounts(measured.stdout) };
  };
  await run(floor.tsconfigSkipLibCheck);
  const pairs: { floor: Awaited<ReturnType<typeof run>>; consumer: Awaited<ReturnType<typeof run>> }[] = [];
  for (let round = 0; round < rounds; round += 1) {
    if (round % 2 === 0) {
      const floorRun = await run(floor.tsconfigSkipLibCheck);
      pairs.push({ floor: floorRun, consumer: await run(consumer.tsconfigSkipLibCheck) });
    } else {
      const consumerRun = await run(consumer.tsconfigSkipLibCheck);
      pairs.push({ floor: await run(floor.tsconfigSkipLibCheck), consumer: consumerRun });
    }
  }
  const first = pairs[0]!;
  for (const pair of pairs) {
    if (JSON.stringify(pair.floor.work) !== JSON.stringify(first.floor.work) || JSON.stringify(pair.consumer.work) !== JSON.stringify(first.consumer.work)) {
      throw new Error(`[budgets] the compiler's work counters differ between rounds: ${JSON.stringify(pairs.map((p) => [p.floor.work, p.consumer.work]))}`);
    }
  }
  const cpuRatios = pairs.map((pair) => pair.consumer.cpuMs / pair.floor.cpuMs);
  return {
    workRatio: totalWork(first.consumer.work) / totalWork(first.floor.work),
    floorWork: first.floor.work,
    consumerWork: first.consumer.work,
    cpuRatios,
    cpuRatio: summariseSamples(cpuRatios).median,
  };
}

/** `npm pack --dry-run --json` of every public workspace package (built dist/ must exist). */
export async function packPublishedPackages(): Promise<Record<string, TarballBaseline>> {
  const packages = (await listPublicPackages(repoRoot)).sort((a, b) => a.name.localeCompare(b.name));
  const args = ['pack', '--dry-run', '--json', '--ignore-scripts', ...packages.map((pkg) => `--workspace=${pkg.name}`)];
  const { stdout } = await promisify(execFile)('npm', args, { cwd: repoRoot, timeout: 300_000, maxBuffer: 256 * 1024 * 1024 });
  const packed = JSON.parse(stdout) as { name: string; size: number; unpackedSize: number; entryCount: number }[];
  const sizes: Record<string, TarballBaseline> = {};
  for (const entry of packed) sizes[entry.name] = { packedBytes: entry.size, unpackedBytes: entry.unpackedSize, files: entry.entryCount };
  const missing = packages.map((pkg) => pkg.name).filter((name) => !(name in sizes));
  if (missing.length > 0) throw new Error(`[budgets] npm pack reported nothing for ${missing.join(', ')}`);
  return sizes;
}
