// Suite 6: how long the project's codegen takes: the whole Genesys Cloud API (every area, what
// `node tools/codegen/generate.mjs genesys-cloud` does on its two worker threads; goal at most 30 s), every NICE CXone
// API family (the same way), and the large synthetic spec (how codegen scales with one big document).
import { join } from 'node:path';
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { codegenScript, codegenTimeoutMs, prepareLargeSpec } from '../large-spec/prepare-large-spec.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { runMeasuredNodeScript } from '../run-measured-node-script.js';

const timeBudgetMs = 300_000;
const generateScript = join('tools', 'codegen', 'generate.mjs');

interface GeneratedFile {
  ms: number;
  bytes: number;
}

export const codegenTimeSuite: BenchSuite = {
  name: 'codegen-time',
  description: 'codegen (openapi-typescript via tools/codegen) for every Genesys Cloud area, every NICE CXone family and the large synthetic spec',
  async run(context) {
    const large = await prepareLargeSpec(context);
    const outDir = join(context.workDir, 'codegen');
    // --check generates every area in memory and compares (never skips an unchanged area, writes nothing).
    const genesysArgs = ['genesys-cloud', '--check', ...(context.smoke ? ['--area', 'users'] : [])];
    const generate = async (args: string[]) => {
      const run = await runMeasuredNodeScript(codegenScript, args, { cwd: context.repoRoot, timeoutMs: codegenTimeoutMs });
      const { files } = JSON.parse(run.stdout) as { files: GeneratedFile[] };
      return { files, maxRssMb: run.maxRssBytes / 1024 / 1024 };
    };
    let largeBytes = 0;
    const measured = await measureSideBySide(
      [
        {
          key: 'genesys-cloud',
          measure: async () => {
            const run = await runMeasuredNodeScript(generateScript, genesysArgs, { cwd: context.repoRoot, timeoutMs: codegenTimeoutMs });
            return { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMb: run.maxRssBytes / 1024 / 1024 };
          },
        },
        {
          key: 'nice-cxone',
          measure: async () => {
            const run = await runMeasuredNodeScript(generateScript, ['nice-cxone', '--check'], { cwd: context.repoRoot, timeoutMs: codegenTimeoutMs });
            return { wallMs: run.wallMs, cpuMs: run.cpuMs, maxRssMb: run.maxRssBytes / 1024 / 1024 };
          },
        },
        {
          key: 'large',
          measure: async () => {
            const { files, maxRssMb } = await generate([large.specFile, join(outDir, 'large.gen.ts')]);
            largeBytes = files[0]!.bytes;
            return { wallMs: files[0]!.ms, maxRssMb };
          },
        },
      ],
      { runs: context.runs, timeBudgetMs, log: (message) => context.log(`codegen-time: ${message}`) },
    );
    const samples = (key: string) => measured.samples.get(key)! as Record<string, number[]>;
    const genesys = context.smoke ? 'Genesys Cloud, the users area' : 'Genesys Cloud, every area';
    const largeName = `large spec (${large.counts.paths} paths, ${large.counts.schemas} schemas)`;
    const rows: RowSpec[] = [
      { label: `${genesys}: wall time (process)`, samples: samples('genesys-cloud').wallMs!, unit: 'ms', better: 'lower' },
      { label: `${genesys}: CPU time (process, both threads)`, samples: samples('genesys-cloud').cpuMs!, unit: 'ms', better: 'lower' },
      { label: `${genesys}: peak RSS`, samples: samples('genesys-cloud').maxRssMb!, unit: 'MB', better: 'lower' },
      { label: 'NICE CXone, every family: wall time (process)', samples: samples('nice-cxone').wallMs!, unit: 'ms', better: 'lower' },
      { label: 'NICE CXone, every family: CPU time (process, both threads)', samples: samples('nice-cxone').cpuMs!, unit: 'ms', better: 'lower' },
      { label: `${largeName}: time`, samples: samples('large').wallMs!, unit: 'ms', better: 'lower' },
      { label: `${largeName}: peak RSS`, samples: samples('large').maxRssMb!, unit: 'MB', better: 'lower' },
    ];
    const notes = [
      `Genesys Cloud: a fresh \`node ${generateScript} ${genesysArgs.join(' ')}\` per measurement: reads every area spec (specs/genesys-cloud/areas/*/openapi.yaml), runs openapi-typescript for each on two worker threads and compares with the committed files (--check: no area is skipped, nothing is written); wall time from spawn to exit (Node start-up included), CPU time and peak RSS of the whole process.`,
      `NICE CXone and the large spec: a fresh \`node ${codegenScript}\` process each; time is generateSchemaSource alone (read spec, openapi-typescript, print; no Node start-up, no file write).`,
      `Large spec: generated from seed ${large.seed} by tools/bench/large-spec (${large.counts.operations} operations, ${(large.specBytes / 1e6).toFixed(1)} MB JSON, written to a scratch folder under bench/results/raw/ and removed after the run) -> ${(largeBytes / 1e6).toFixed(1)} MB of TypeScript in one document: how codegen scales, not a comparison with another tool.`,
      ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.`] : []),
    ];
    return { rows: createBenchRows(rows), notes };
  },
};
