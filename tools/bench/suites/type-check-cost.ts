// Suite 2: what a consumer pays in the editor and in CI. `tsc --noEmit -p <consumer project>` runs as a child
// process per measurement; wall time is spawn-to-exit and memory is the child's peak RSS.
import { createRequire } from 'node:module';
import type { BenchSuite } from '../bench-suite.js';
import { prepareConsumerProject, type ConsumerKey, type ConsumerProject } from '../consumer-projects.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { prepareLargeSchema } from '../large-spec/prepare-large-spec.js';
import { measureSideBySide, type BenchVariant } from '../measure-side-by-side.js';
import { runMeasuredNodeScript } from '../run-measured-node-script.js';

const tscTimeoutMs = 180_000;
const timeBudgetMs = 420_000;
const baselineKey: ConsumerKey = 'purecloud-sdk';
const consumers: readonly { key: ConsumerKey; name: string }[] = [
  { key: 'no-client', name: 'no client (lib + @types/node only)' },
  { key: 'genesys-cloud', name: '@ccaas/genesys-cloud, curated spec' },
  { key: 'large-spec', name: '@ccaas client on the large spec' },
  { key: baselineKey, name: 'purecloud-platform-client-v2 (official SDK)' },
];
const configs = [
  { key: 'full', name: 'skipLibCheck false', tsconfig: (project: ConsumerProject) => project.tsconfigFull },
  { key: 'skip', name: 'skipLibCheck true', tsconfig: (project: ConsumerProject) => project.tsconfigSkipLibCheck },
] as const;

type Metric = 'wallMs' | 'maxRssMb';

export const typeCheckCostSuite: BenchSuite = {
  name: 'type-check-cost',
  description: '`tsc --noEmit` wall time and peak memory for a consumer of each client (built packages, no paths)',
  async run(context) {
    const tscPath = createRequire(import.meta.url).resolve('typescript/lib/tsc.js');
    const tscVersion = (createRequire(import.meta.url)('typescript/package.json') as { version: string }).version;
    const activeConfigs = context.smoke ? configs.slice(0, 1) : configs;
    const projects = new Map<ConsumerKey, ConsumerProject>();
    for (const { key } of consumers) projects.set(key, await prepareConsumerProject(context, key));
    const tsc = async (tsconfig: string): Promise<Record<Metric, number>> => {
      const run = await runMeasuredNodeScript(tscPath, ['--noEmit', '-p', tsconfig], { cwd: context.repoRoot, timeoutMs: tscTimeoutMs });
      return { wallMs: run.wallMs, maxRssMb: run.maxRssBytes / 1024 / 1024 };
    };
    // TypeScript 5.9's tsc enables Node's compile cache: one unrecorded run fills it, so no variant pays for it.
    await tsc(projects.get('no-client')!.tsconfigFull);

    const variants: BenchVariant<Metric>[] = activeConfigs.flatMap((config) =>
      consumers.map(({ key }) => ({ key: `${config.key}:${key}`, measure: () => tsc(config.tsconfig(projects.get(key)!)) })),
    );
    const measured = await measureSideBySide(variants, {
      runs: context.runs,
      timeBudgetMs,
      log: (message) => context.log(`type-check-cost: ${message}`),
    });

    const rows: RowSpec[] = [];
    for (const config of activeConfigs) {
      for (const [metric, unit, what] of [['wallMs', 'ms', 'time'], ['maxRssMb', 'MB', 'peak RSS']] as const) {
        const label = (name: string) => `${name} [${config.name}]: ${what}`;
        const baseline = label(consumers.find(({ key }) => key === baselineKey)!.name);
        for (const { key, name } of consumers) {
          const samples = measured.samples.get(`${config.key}:${key}`)![metric];
          rows.push({ label: label(name), samples, unit, better: 'lower', ...(key === baselineKey ? {} : { baseline }) });
        }
      }
    }
    const large = await prepareLargeSchema(context);
    const notes = [
      `TypeScript ${tscVersion}, \`node node_modules/typescript/lib/tsc.js --noEmit -p <project>\`; options: target ES2022, module/moduleResolution NodeNext, lib ES2022+DOM, types node, strict; no \`paths\` (packages resolve to dist/ through node_modules).`,
      'Time: wall clock from spawn to exit (Node start-up included, as when a user runs tsc). Peak RSS: the child\'s getrusage ru_maxrss, reported by tools/bench/report-resource-usage.mjs, which runs tsc in-process and writes process.resourceUsage().maxRSS on exit.',
      'Every consumer, the official SDK\'s included, type-checks without errors with skipLibCheck false (a failing tsc run aborts the suite); the SDK does not need skipLibCheck.',
      `Large spec: seed ${large.spec.seed}, ${large.spec.counts.paths} paths, ${large.spec.counts.operations} operations, ${large.spec.counts.schemas} schemas (${(large.spec.specBytes / 1e6).toFixed(1)} MB JSON); codegen output ${(large.schemaBytes / 1e6).toFixed(1)} MB, type-checked as a .d.ts next to a consumer using openapi-fetch + @ccaas/auth-core (the building blocks of @ccaas/genesys-cloud).`,
      `Runs interleave all ${variants.length} variants per round (rotating start); one unrecorded warm-up run fills Node's compile cache for tsc.${measured.stoppedEarly ? ` Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.` : ''}`,
    ];
    return { rows: createBenchRows(rows), notes };
  },
};
