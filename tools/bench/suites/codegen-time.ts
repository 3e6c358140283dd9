// Suite 6: how long the project's codegen (tools/codegen/generate.mjs, openapi-typescript) takes, for the curated
// specs together (one process, like `npm run generate` for every platform) and for the large synthetic spec.
import { join } from 'node:path';
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { codegenScript, codegenTimeoutMs, prepareLargeSpec } from '../large-spec/prepare-large-spec.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { runMeasuredNodeScript } from '../run-measured-node-script.js';

const timeBudgetMs = 300_000;
const curatedPlatforms = ['genesys-cloud', 'nice-cxone'] as const;

interface GeneratedFile {
  ms: number;
  bytes: number;
}

export const codegenTimeSuite: BenchSuite = {
  name: 'codegen-time',
  description: 'codegen (openapi-typescript via tools/codegen) for all curated specs and for the large synthetic spec',
  async run(context) {
    const large = await prepareLargeSpec(context);
    const outDir = join(context.workDir, 'codegen');
    const curatedArgs = curatedPlatforms.flatMap((platform) => [
      join('specs', platform, 'openapi.yaml'),
      join(outDir, `${platform}.gen.ts`),
    ]);
    const generate = async (args: string[]) => {
      const run = await runMeasuredNodeScript(codegenScript, args, { cwd: context.repoRoot, timeoutMs: codegenTimeoutMs });
      const { files } = JSON.parse(run.stdout) as { files: GeneratedFile[] };
      return { files, maxRssMb: run.maxRssBytes / 1024 / 1024 };
    };
    let largeBytes = 0;
    const measured = await measureSideBySide(
      [
        {
          key: 'curated',
          measure: async () => {
            const { files, maxRssMb } = await generate(curatedArgs);
            const perPlatform = Object.fromEntries(curatedPlatforms.map((platform, index) => [platform, files[index]!.ms]));
            return { ...perPlatform, totalMs: files.reduce((sum, file) => sum + file.ms, 0), maxRssMb };
          },
        },
        {
          key: 'large',
          measure: async () => {
            const { files, maxRssMb } = await generate([large.specFile, join(outDir, 'large.gen.ts')]);
            largeBytes = files[0]!.bytes;
            return { totalMs: files[0]!.ms, maxRssMb };
          },
        },
      ],
      { runs: context.runs, timeBudgetMs, log: (message) => context.log(`codegen-time: ${message}`) },
    );
    const curated = measured.samples.get('curated')! as Record<string, number[]>;
    const largeSamples = measured.samples.get('large')! as Record<string, number[]>;
    const allCurated = `all curated specs (${curatedPlatforms.join(' + ')}): time`;
    const largeName = `large spec (${large.counts.paths} paths, ${large.counts.schemas} schemas)`;
    const rows: RowSpec[] = [
      ...curatedPlatforms.map((platform) => ({ label: `specs/${platform}: time`, samples: curated[platform]!, unit: 'ms', better: 'lower' as const })),
      { label: allCurated, samples: curated.totalMs!, unit: 'ms', better: 'lower' },
      { label: `${largeName}: time`, samples: largeSamples.totalMs!, unit: 'ms', better: 'lower', baseline: allCurated },
      { label: 'all curated specs: peak RSS', samples: curated.maxRssMb!, unit: 'MB', better: 'lower' },
      { label: `${largeName}: peak RSS`, samples: largeSamples.maxRssMb!, unit: 'MB', better: 'lower', baseline: 'all curated specs: peak RSS' },
    ];
    const notes = [
      `Each measurement is a fresh \`node ${codegenScript}\` process; time is generateSchemaSource alone (read spec, openapi-typescript, print; no Node start-up, no file write), peak RSS is the whole process (getrusage ru_maxrss).`,
      `The curated specs run one after the other in one process, ${curatedPlatforms[0]} first (it also pays for the JIT warm-up of openapi-typescript and TypeScript).`,
      `Large spec: generated from seed ${large.seed} by tools/bench/large-spec (${large.counts.operations} operations, ${(large.specBytes / 1e6).toFixed(1)} MB JSON, written to a scratch folder under bench/results/raw/ and removed after the run) -> ${(largeBytes / 1e6).toFixed(1)} MB of TypeScript; its ratio is against all curated specs together, i.e. how codegen scales, not a comparison with another tool.`,
      ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.`] : []),
    ];
    return { rows: createBenchRows(rows), notes };
  },
};
