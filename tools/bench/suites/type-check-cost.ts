// Suite 2: what a consumer pays in the editor and in CI to type-check code that uses the client, on TypeScript 5.9
// (the workspace's `tsc`) and TypeScript 7 (the native compiler, installed by the bench into its own folder).
// Each measurement is a fresh compiler process: CPU time (user + system) and peak RSS of that process.
import { createRequire } from 'node:module';
import type { BenchSuite } from '../bench-suite.js';
import { fiveAreas, prepareConsumerProject, type ConsumerKey, type ConsumerProject } from '../consumer-projects.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { measureSideBySide, type BenchVariant } from '../measure-side-by-side.js';
import { runMeasuredExecutable, runMeasuredNodeScript, type MeasuredRun } from '../run-measured-node-script.js';
import { ensureTypeScript7 } from '../typescript-7.js';

const tscTimeoutMs = 180_000;
const timeBudgetMs = 480_000;
const floorKey: ConsumerKey = 'no-client';
const baselineKey: ConsumerKey = 'purecloud-sdk';
const consumers: readonly { key: ConsumerKey; name: string; smoke: boolean }[] = [
  { key: floorKey, name: 'no client (lib + @types/node only)', smoke: true },
  { key: 'genesys-cloud', name: '@ccaas/genesys-cloud, 1 area (users)', smoke: true },
  { key: 'genesys-cloud-5-areas', name: `@ccaas/genesys-cloud, 5 areas (${fiveAreas.join(', ')})`, smoke: false },
  { key: 'genesys-cloud-all-areas', name: '@ccaas/genesys-cloud, every area (87)', smoke: false },
  { key: baselineKey, name: 'purecloud-platform-client-v2 (official SDK)', smoke: true },
];
const configs = [
  { key: 'full', name: 'skipLibCheck false', smoke: true, tsconfig: (project: ConsumerProject) => project.tsconfigFull },
  { key: 'skip', name: 'skipLibCheck true', smoke: false, tsconfig: (project: ConsumerProject) => project.tsconfigSkipLibCheck },
] as const;

type Metric = 'cpuMs' | 'maxRssMb';

export const typeCheckCostSuite: BenchSuite = {
  name: 'type-check-cost',
  description: 'type-check CPU time and peak memory of a consumer of 1, 5 and every API area vs the official SDK, TypeScript 5.9 and 7',
  async run(context) {
    const require = createRequire(import.meta.url);
    const tsc5Path = require.resolve('typescript/lib/tsc.js');
    const tsc5Version = (require('typescript/package.json') as { version: string }).version;
    const ts7 = await ensureTypeScript7(context);
    const compilers = [
      { key: 'ts5', name: `TypeScript ${tsc5Version}`, run: (tsconfig: string) => runMeasuredNodeScript(tsc5Path, ['--noEmit', '-p', tsconfig], { cwd: context.repoRoot, timeoutMs: tscTimeoutMs }) },
      { key: 'ts7', name: `TypeScript ${ts7.version}`, run: (tsconfig: string) => runMeasuredExecutable(ts7.executable, ['--noEmit', '-p', tsconfig], { cwd: context.repoRoot, timeoutMs: tscTimeoutMs }) },
    ];
    const activeConsumers = consumers.filter((consumer) => !context.smoke || consumer.smoke);
    const activeConfigs = configs.filter((config) => !context.smoke || config.smoke);
    const projects = new Map<ConsumerKey, ConsumerProject>();
    for (const { key } of activeConsumers) projects.set(key, await prepareConsumerProject(context, key));
    const metrics = (run: MeasuredRun): Record<Metric, number> => ({ cpuMs: run.cpuMs, maxRssMb: run.maxRssBytes / 1024 / 1024 });
    // TypeScript 5.9's tsc enables Node's compile cache: one unrecorded run fills it, so no variant pays for it.
    await compilers[0]!.run(projects.get(floorKey)!.tsconfigFull);

    const variants: BenchVariant<Metric>[] = compilers.flatMap((compiler) =>
      activeConfigs.flatMap((config) =>
        activeConsumers.map(({ key }) => ({
          key: `${compiler.key}:${config.key}:${key}`,
          measure: async () => metrics(await compiler.run(config.tsconfig(projects.get(key)!))),
        })),
      ),
    );
    const measured = await measureSideBySide(variants, {
      runs: context.runs,
      timeBudgetMs,
      log: (message) => context.log(`type-check-cost: ${message}`),
    });

    const rows: RowSpec[] = [];
    for (const compiler of compilers) {
      for (const config of activeConfigs) {
        const samplesOf = (key: ConsumerKey, metric: Metric) => measured.samples.get(`${compiler.key}:${config.key}:${key}`)![metric];
        for (const [metric, unit, what] of [['cpuMs', 'ms', 'CPU time'], ['maxRssMb', 'MB', 'peak RSS']] as const) {
          const label = (name: string) => `${compiler.name}, ${config.name}: ${name}: ${what}`;
          const baseline = label(consumers.find(({ key }) => key === baselineKey)!.name);
          for (const { key, name } of activeConsumers) {
            rows.push({ label: label(name), samples: samplesOf(key, metric), unit, better: 'lower', ...(key === baselineKey ? {} : { baseline }) });
          }
        }
        // What the client adds to the floor (no client), per round, against what the SDK adds: the issue's goal
        // is at most 0.5 for one area (and the same memory as the SDK or less).
        const aboveFloor = (key: ConsumerKey) => samplesOf(key, 'cpuMs').map((value, round) => value - samplesOf(floorKey, 'cpuMs')[round]!);
        const sdkLabel = `${compiler.name}, ${config.name}: official SDK: CPU time above the floor`;
        rows.push({ label: sdkLabel, samples: aboveFloor(baselineKey).map((value) => Math.max(value, 1)), unit: 'ms', better: 'lower' });
        for (const { key, name } of activeConsumers.filter(({ key }) => key !== floorKey && key !== baselineKey)) {
          const ownLabel = `${compiler.name}, ${config.name}: ${name}: CPU time above the floor`;
          rows.push({ label: ownLabel, samples: aboveFloor(key).map((value) => Math.max(value, 1)), unit: 'ms', better: 'lower', baseline: sdkLabel });
        }
      }
    }
    const notes = [
      `Compilers: TypeScript ${tsc5Version} (\`node node_modules/typescript/lib/tsc.js --noEmit -p <project>\`, the workspace's) and TypeScript ${ts7.version} (its native \`tsc\` binary, installed by the bench with npm into bench/results/raw/typescript-${ts7.version}/, outside the workspace: TS 7 cannot share it with openapi-typescript).`,
      'Options: target ES2022, module/moduleResolution NodeNext, lib ES2022+DOM, types node, strict; no `paths` (packages resolve to dist/ through node_modules, as installed). Consumers: the floor (no client), one call through the users area, one typed GET in each of 5 areas, one typed GET in each of the 87 areas (all through one client), and the official SDK making the users call.',
      'CPU time: user + system CPU of the compiler process (TS 5.9: process.resourceUsage() of the Node process running tsc, tools/bench/report-resource-usage.mjs; TS 7: the kernel\'s cutime/cstime of the native binary as the only child of tools/bench/report-child-usage.mjs). Peak RSS: getrusage ru_maxrss (TS 5.9); VmHWM sampled every 5 ms (TS 7).',
      '"CPU time above the floor": per round, the consumer\'s CPU time minus the no-client consumer\'s in the same round; clamped at 1 ms when noise makes it negative; its ratio is against the official SDK\'s cost above the floor (goal for one area: at most 0.5; every area: at most 1.0 on TS 7).',
      'Every consumer type-checks without errors with skipLibCheck false (a failing run aborts the suite); neither the SDK nor @ccaas/genesys-cloud needs skipLibCheck.',
      `Runs interleave all ${variants.length} variants per round (rotating start); one unrecorded warm-up run fills Node's compile cache for TS 5.9.${measured.stoppedEarly ? ` Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.` : ''}`,
    ];
    return { rows: createBenchRows(rows), notes };
  },
};
