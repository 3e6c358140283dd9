// Suite 1: what a consumer ships. esbuild bundles each consumer (platform node, ESM, minified, everything bundled
// except Node built-ins) and the output is gzipped at level 9. Sizes are deterministic: each run rebuilds and the
// suite fails if two runs disagree.
import { dirname, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Metafile } from 'esbuild';
import type { BenchContext, BenchSuite } from '../bench-suite.js';
import { prepareConsumerProject, type ConsumerKey } from '../consumer-projects.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { measureSideBySide } from '../measure-side-by-side.js';

const timeBudgetMs = 120_000;
const sdkName = 'purecloud-platform-client-v2 (official SDK)';
// The SDK's package.json has `main` (dist/node, one CommonJS file, esbuild's pick for platform node) and `module`
// (src/, ESM). The second SDK row prefers `module`, to show whether tree shaking of the ESM sources helps it.
const bundles = [
  { key: 'genesys-cloud', consumer: 'genesys-cloud', name: '@ccaas/genesys-cloud' },
  { key: 'purecloud-sdk', consumer: 'purecloud-sdk', name: sdkName },
  { key: 'purecloud-sdk-module', consumer: 'purecloud-sdk', name: `${sdkName} via "module" (ESM src/)`, mainFields: ['module', 'main'] },
] as const satisfies readonly { key: string; consumer: ConsumerKey; name: string; mainFields?: string[] }[];

interface BundleFacts {
  packages: string[];
  externals: string[];
  sdkEntry?: string;
}

function packageOf(inputPath: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inputPath);
  if (match) return match[1]!;
  const workspace = /^packages\/([^/]+)\//.exec(inputPath);
  return workspace ? `@ccaas/${workspace[1]!}` : inputPath.startsWith('bench/') ? '(consumer)' : inputPath;
}

function describeMetafile(metafile: Metafile): BundleFacts {
  const inputs = Object.keys(metafile.inputs);
  const externals = new Set<string>();
  for (const input of Object.values(metafile.inputs)) {
    for (const imported of input.imports) if (imported.external && !imported.path.startsWith('<')) externals.add(imported.path);
  }
  const sdkFiles = inputs.filter((path) => path.includes('purecloud-platform-client-v2/'));
  const sdkEntry =
    sdkFiles.length === 1 ? `\`${sdkFiles[0]}\`` : sdkFiles.length > 1 ? `${sdkFiles.length} files under \`${dirname(sdkFiles[0]!)}/\`` : undefined;
  return {
    packages: [...new Set(inputs.map(packageOf))].filter((name) => name !== '(consumer)').sort(),
    externals: [...externals].sort(),
    ...(sdkEntry === undefined ? {} : { sdkEntry }),
  };
}

async function bundleConsumer(context: BenchContext, key: ConsumerKey, mainFields?: readonly string[]) {
  const project = await prepareConsumerProject(context, key);
  const result = await build({
    entryPoints: [project.entry],
    absWorkingDir: context.repoRoot,
    tsconfig: project.tsconfigFull,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    ...(mainFields ? { mainFields: [...mainFields] } : {}),
  });
  const output = result.outputFiles[0]?.contents;
  if (!output) throw new Error(`[bench] esbuild produced no output for ${relative(context.repoRoot, project.entry)}`);
  return {
    minifiedBytes: output.byteLength,
    gzipBytes: gzipSync(output, { level: 9 }).byteLength,
    facts: describeMetafile(result.metafile),
    warnings: result.warnings.length,
  };
}

export const bundleSizeSuite: BenchSuite = {
  name: 'bundle-size',
  description: 'esbuild-minified and gzip size of a consumer making one authenticated, typed GET /api/v2/users',
  async run(context) {
    const facts = new Map<string, BundleFacts & { warnings: number }>();
    const measured = await measureSideBySide(
      bundles.map((entry) => ({
        key: entry.key,
        measure: async () => {
          const bundle = await bundleConsumer(context, entry.consumer, 'mainFields' in entry ? entry.mainFields : undefined);
          facts.set(entry.key, { ...bundle.facts, warnings: bundle.warnings });
          return { minifiedBytes: bundle.minifiedBytes, gzipBytes: bundle.gzipBytes };
        },
      })),
      { runs: context.runs, timeBudgetMs, log: (message) => context.log(`bundle-size: ${message}`) },
    );
    const rows: RowSpec[] = [];
    for (const metric of ['minifiedBytes', 'gzipBytes'] as const) {
      const suffix = metric === 'gzipBytes' ? 'minified + gzip -9' : 'minified';
      const baseline = `${sdkName}: ${suffix}`;
      for (const { key, name } of bundles) {
        const samples = measured.samples.get(key)![metric];
        if (new Set(samples).size !== 1) throw new Error(`[bench] ${name} bundle size differs between runs: ${samples.join(', ')}`);
        const label = `${name}: ${suffix}`;
        rows.push({ label, samples, unit: 'bytes', better: 'lower', ...(label === baseline ? {} : { baseline }) });
      }
    }
    const notes = ['esbuild: `bundle: true, minify: true, platform: "node", format: "esm"`; gzip via node:zlib level 9.'];
    for (const { key, name } of bundles) {
      const fact = facts.get(key)!;
      const externals = fact.externals.length === 0 ? 'none' : fact.externals.join(', ');
      notes.push(`${name}: bundles ${fact.packages.length} packages (${fact.packages.join(', ')}); left external: ${externals}; esbuild warnings: ${fact.warnings}.`);
      if (fact.sdkEntry) notes.push(`${name}: the SDK code bundled is ${fact.sdkEntry}.`);
    }
    return { rows: createBenchRows(rows), notes };
  },
};
