// Suite: what the schema-answered mocks cost a consumer's tests. Start-up (import, create the mock, one token, one
// answer from the schema) and peak memory of a Genesys Cloud mock of one API area against one of every area, each in
// its own Node process from the published build (dist/); and the size of a consumer test bundle that mocks one area
// against one that mocks every area (esbuild, minified, gzip -9; msw, the peer dependency, left external).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BenchContext, BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { ensurePublishedBuild } from '../ensure-published-build.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { runMeasuredNodeScript } from '../run-measured-node-script.js';

const timeBudgetMs = 180_000;
const processTimeoutMs = 120_000;
const oneArea = 'routing';

/** The child: imports the mock, builds it (one area, every area loaded, or every area lazily), answers one request. */
function startScript(distDir: string): string {
  const index = pathToFileURL(join(distDir, 'index.js')).href;
  const area = pathToFileURL(join(distDir, 'generated', 'genesys-cloud', `${oneArea}.js`)).href;
  return `
const started = performance.now();
const { getResponse } = await import('msw');
const { createGenesysCloudMock, generatedTables, genesysCloudSandboxCredentials: c } = await import(${JSON.stringify(index)});
const mode = process.argv[2];
const areas = mode === 'one-area'
  ? [(await import(${JSON.stringify(area)})).${oneArea}]
  : mode === 'all-areas' ? await Promise.all(Object.values(generatedTables['genesys-cloud'].loaders).map((load) => load())) : undefined;
const mock = createGenesysCloudMock(areas ? { areas } : {});
const tokenResponse = await getResponse(mock.handlers, new Request(mock.tokenEndpoint, {
  method: 'POST',
  headers: { Authorization: 'Basic ' + btoa(c.clientId + ':' + c.clientSecret), 'Content-Type': 'application/x-www-form-urlencoded' },
  body: 'grant_type=client_credentials',
}));
const { access_token } = await tokenResponse.json();
const answer = await getResponse(mock.handlers, new Request(mock.apiBaseUrl + '/api/v2/routing/wrapupcodes', { headers: { Authorization: 'Bearer ' + access_token } }));
if (answer.status !== 200) throw new Error('answered ' + answer.status);
await answer.json();
console.log(JSON.stringify({ readyMs: performance.now() - started, tables: (await mock.loadedAreas()).length }));
`;
}

/** A consumer test module mocking the given areas, bundled as a test runner that bundles would. */
function consumerEntry(areas: readonly string[]): string {
  const name = (area: string) => `t_${area.replace(/-/g, '_')}`;
  return [
    "import { setupServer } from 'msw/node';",
    "import { createGenesysCloudMock } from '@ccaas/mocks';",
    ...areas.map((area) => `import { ${area.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase())} as ${name(area)} } from '@ccaas/mocks/genesys-cloud/${area}';`),
    `const genesys = createGenesysCloudMock({ areas: [${areas.map(name).join(', ')}] });`,
    'export const server = setupServer(...genesys.handlers);',
    '',
  ].join('\n');
}

async function bundleSize(context: BenchContext, file: string): Promise<{ minified: number; gzip: number }> {
  const result = await build({
    entryPoints: [file],
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    write: false,
    external: ['msw', 'msw/*'],
    absWorkingDir: context.repoRoot,
    logLevel: 'silent',
  });
  const output = result.outputFiles[0];
  if (!output) throw new Error(`[bench] esbuild produced no output for ${file}`);
  return { minified: output.contents.byteLength, gzip: gzipSync(output.contents, { level: 9 }).byteLength };
}

export const mocksFootprintSuite: BenchSuite = {
  name: 'mocks-footprint',
  description: 'start-up time and memory of a Genesys Cloud mock of one API area vs every area; size of a consumer test bundle mocking one area vs every area',
  async run(context) {
    await ensurePublishedBuild(context);
    const distDir = join(context.repoRoot, 'packages', 'mocks', 'dist');
    const dir = join(context.workDir, 'mocks-footprint');
    await mkdir(dir, { recursive: true });
    const script = join(dir, 'start-mock.mjs');
    await writeFile(script, startScript(distDir));
    const { generatedTables } = (await import(pathToFileURL(join(distDir, 'index.js')).href)) as typeof import('../../../packages/mocks/src/index.js');
    const allAreas = Object.keys(generatedTables['genesys-cloud'].loaders);

    const modes = [
      { key: 'one-area', label: `mock of one area (${oneArea})` },
      { key: 'lazy', label: 'mock of every area, loaded on first use (default)' },
      { key: 'all-areas', label: `mock of every area, all ${allAreas.length} loaded` },
    ] as const;
    const tablesLoaded = new Map<string, number>();
    const measured = await measureSideBySide(
      modes.map((mode) => ({
        key: mode.key,
        measure: async () => {
          const run = await runMeasuredNodeScript(script, [mode.key], { cwd: dir, timeoutMs: processTimeoutMs });
          const { readyMs, tables } = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { readyMs: number; tables: number };
          tablesLoaded.set(mode.key, tables);
          return { wallMs: run.wallMs, readyMs, maxRssMb: run.maxRssBytes / 1024 / 1024 };
        },
      })),
      { runs: context.runs, timeBudgetMs, log: context.log },
    );
    const rows: RowSpec[] = [];
    const baseline = modes[0].label;
    for (const [metric, unit, what] of [
      ['readyMs', 'ms', 'import to first answer'],
      ['wallMs', 'ms', 'process wall time'],
      ['maxRssMb', 'MB', 'peak RSS'],
    ] as const) {
      for (const mode of modes) {
        const samples = measured.samples.get(mode.key)?.[metric] ?? [];
        rows.push({ label: `${mode.label}: ${what}`, samples, unit, better: 'lower', ...(mode.key === 'one-area' ? {} : { baseline: `${baseline}: ${what}` }) });
      }
    }

    const oneFile = join(dir, 'consumer-one-area.mjs');
    const allFile = join(dir, 'consumer-all-areas.mjs');
    await writeFile(oneFile, consumerEntry([oneArea]));
    await writeFile(allFile, consumerEntry(allAreas));
    const one = await bundleSize(context, oneFile);
    const all = await bundleSize(context, allFile);
    const bundleLabel = (what: string, kind: string) => `consumer test bundle mocking ${what}, ${kind}`;
    rows.push(
      { label: bundleLabel(`one area (${oneArea})`, 'minified'), samples: [one.minified], unit: 'B', better: 'lower' },
      { label: bundleLabel(`every area (${allAreas.length})`, 'minified'), samples: [all.minified], unit: 'B', better: 'lower', baseline: bundleLabel(`one area (${oneArea})`, 'minified') },
      { label: bundleLabel(`one area (${oneArea})`, 'gzip'), samples: [one.gzip], unit: 'B', better: 'lower' },
      { label: bundleLabel(`every area (${allAreas.length})`, 'gzip'), samples: [all.gzip], unit: 'B', better: 'lower', baseline: bundleLabel(`one area (${oneArea})`, 'gzip') },
    );
    return {
      rows: createBenchRows(rows),
      notes: [
        'Start-up: one Node process per measurement (node_modules warm), from the published build: import msw and @ccaas/mocks, create the mock, one client-credentials token, one GET /api/v2/routing/wrapupcodes answered from its schema; "import to first answer" is timed inside the process, "process wall time" includes Node start-up; peak RSS from getrusage.',
        `Tables loaded per mode: ${[...tablesLoaded].map(([mode, n]) => `${mode} ${n}`).join(', ')}. The default mode loads the areas whose paths start like the request's (/api/v2/routing: ${tablesLoaded.get('lazy') ?? '?'} areas).`,
        'Bundles: esbuild `bundle: true, minify: true, platform: "node", format: "esm"`, msw external (a peer dependency); each sample is deterministic, so one is enough. Ajv (request-body validation) is in both.',
        ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} rounds (time budget ${timeBudgetMs / 1000} s).`] : []),
      ],
    };
  },
};
