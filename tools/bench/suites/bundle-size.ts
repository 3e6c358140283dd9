// Suite 1: what a consumer ships. esbuild bundles each consumer (platform node, ESM, minified, code splitting, everything bundled
// except Node built-ins) and the output is gzipped at level 9. Sizes are deterministic: each run rebuilds and the
// suite fails if two runs disagree.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, transform, type BuildOptions, type Metafile, type Plugin } from 'esbuild';
import ts from 'typescript';
import type { BenchContext, BenchSuite } from '../bench-suite.js';
import { prepareConsumerProject, type ConsumerKey } from '../consumer-projects.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { measureSideBySide } from '../measure-side-by-side.js';

const timeBudgetMs = 120_000;
const sdkName = 'purecloud-platform-client-v2 (official SDK)';
// The SDK's package.json has `main` (dist/node, one CommonJS file, esbuild's pick for platform node) and `module`
// (src/, ESM). The second SDK row prefers `module`, to show whether tree shaking of the ESM sources helps it.
const ourName = '@ccaas/genesys-cloud';
/** The target for the one-call client-credentials consumer (minified + gzip -9). */
const targetGzipBytes = 10 * 1024;
/**
 * Size floors of our consumer for that target. These bundles cannot ship (most do not even run); they bound
 * what a rewrite of the same logic could reach. `emptyStrings`: every string and template literal text (messages,
 * header and option names) left empty. `mangleProps`: esbuild renames every lower-case property except the ones
 * platform objects and openapi-fetch read (`reservedProps`), which is more than a real rewrite could rename.
 * `stubRateLimiter`: rate-limiter.ts replaced by a limiter that never waits or learns (no pacing, no per-bucket
 * pauses, no shared budget).
 */
interface FloorVariant {
  emptyStrings?: boolean;
  mangleProps?: boolean;
  stubRateLimiter?: boolean;
  /**
   * No code splitting: what a dynamic import loads (auth-core's deferred code, the 403 explanation and the area's
   * permission table) inlined in the one file, as a bundler without code splitting ships it.
   */
  oneFile?: boolean;
}
const floorName = (floor: FloorVariant) =>
  `${ourName} size floor (not shippable): ${[
    floor.stubRateLimiter && 'rate limiter stubbed',
    floor.emptyStrings && 'string literals emptied',
    floor.mangleProps && 'property names mangled',
  ]
    .filter(Boolean)
    .join(', ')}`;
/** Indexed by the notes (floorGzip): 2 is strings emptied + properties mangled, 4 adds the stubbed rate limiter. */
const floors = [
  { emptyStrings: true },
  { mangleProps: true },
  { emptyStrings: true, mangleProps: true },
  { stubRateLimiter: true },
  { stubRateLimiter: true, emptyStrings: true, mangleProps: true },
] as const satisfies readonly FloorVariant[];
const reservedProps = [
  'then', 'catch', 'finally', 'headers', 'status', 'statusText', 'ok', 'method', 'url', 'body', 'bodyUsed', 'signal',
  'json', 'text', 'blob', 'arrayBuffer', 'formData', 'clone', 'get', 'set', 'has', 'delete', 'append', 'forEach',
  'entries', 'keys', 'values', 'length', 'push', 'name', 'message', 'cause', 'stack', 'code', 'use', 'eject',
  'request', 'response', 'options', 'id', 'schemaPath', 'params', 'fetch', 'baseUrl', 'querySerializer',
  'bodySerializer', 'parseAs', 'pathSerializer', 'middleware', 'redirect', 'credentials', 'mode', 'cache', 'duplex',
  'dispatcher', 'keepalive', 'integrity', 'referrer', 'referrerPolicy', 'window', 'priority', 'aborted', 'reason',
  'addEventListener', 'removeEventListener', 'dispatchEvent', 'onRequest', 'onResponse', 'onError', 'data', 'error',
  'env', 'log', 'prototype', 'constructor', 'hostname', 'host', 'protocol', 'pathname', 'search', 'hash', 'href',
  'origin', 'username', 'password', 'searchParams', 'toString', 'toJSON', 'now', 'random', 'min', 'max', 'floor',
  'ceil', 'round', 'isFinite', 'isInteger', 'trim', 'slice', 'split', 'join', 'replace', 'test', 'exec', 'startsWith',
  'endsWith', 'includes', 'indexOf', 'toLowerCase', 'toUpperCase', 'map', 'filter', 'some', 'every', 'find', 'from',
  'assign', 'freeze', 'resolve', 'reject', 'all', 'race', 'any', 'timeout', 'unref', 'size', 'next', 'done', 'value',
  'type', 'detail', 'once', 'stringify', 'parse', 'encode', 'decode', 'apply', 'call', 'bind',
];
const rateLimiterStub: Plugin = {
  name: 'stub-rate-limiter',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]auth-core[\\/](?:dist|src)[\\/]rate-limiter\.(?:js|ts)$/ }, () => ({
      loader: 'js',
      contents: [
        'export const readIninRateLimitHeaders = () => undefined;',
        'export const endpointFamilyOf = (url) => url;',
        'export const rateLimitOption = (value) => (value === false ? { pacing: false } : value ?? {});',
        'export const createRateLimiter = () => ({ acquire() {}, observe() {}, rateLimited: (url, response, ms) => ms });',
      ].join('\n'),
    }));
  },
};

/** `code` with every string literal and template text empty (the expressions inside templates stay). */
function emptyStringLiterals(code: string): string {
  const file = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  const edits: [start: number, end: number, text: string][] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node)) edits.push([node.getStart(file), node.end, '""']);
    else if (ts.isNoSubstitutionTemplateLiteral(node)) edits.push([node.getStart(file), node.end, '``']);
    else if (ts.isTemplateExpression(node)) {
      edits.push([node.head.getStart(file), node.head.end, '`${']);
      node.templateSpans.forEach((span, index) => {
        visit(span.expression);
        const last = index === node.templateSpans.length - 1;
        edits.push([span.literal.getStart(file), span.literal.end, last ? '}`' : '}${']);
      });
    } else ts.forEachChild(node, visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const [start, end, text] of edits.sort((a, b) => a[0] - b[0])) {
    out += code.slice(at, start) + text;
    at = end;
  }
  return out + code.slice(at);
}

const bundles = [
  { key: 'genesys-cloud', consumer: 'genesys-cloud', name: ourName },
  ...floors.map((floor, index) => ({ key: `floor-${index}`, consumer: 'genesys-cloud' as const, name: floorName(floor), floor })),
  // Side by side with the real bundle: the same consumer with what it loads on its first 403 inlined.
  { key: 'one-file', consumer: 'genesys-cloud', name: `${ourName} in one file (no code splitting: the code loaded on a first failure or 403 inlined)`, floor: { oneFile: true } },
  {
    key: 'oauth4webapi-token-request',
    consumer: 'oauth4webapi-token-request',
    name: 'oauth4webapi client-credentials token request alone (what keeping it for token requests would add)',
  },
  { key: 'purecloud-sdk', consumer: 'purecloud-sdk', name: sdkName },
  { key: 'purecloud-sdk-module', consumer: 'purecloud-sdk', name: `${sdkName} via "module" (ESM src/)`, mainFields: ['module', 'main'] },
] as const satisfies readonly { key: string; consumer: ConsumerKey; name: string; mainFields?: string[]; floor?: FloorVariant }[];

interface BundleFacts {
  /** Minified and gzip -9 bytes of the chunks only a dynamic import loads (each gzipped on its own), if any. */
  lazyChunks: { count: number; minifiedBytes: number; gzipBytes: number };
  packages: string[];
  externals: string[];
  sdkEntry?: string;
  /** Minified bytes each package contributes to the output (esbuild's bytesInOutput), largest first. */
  bytesByPackage: [string, number][];
  /** The same per module of the @ccaas packages (`auth-core/token-manager.js`), largest first. */
  bytesByOwnModule: [string, number][];
}

function packageOf(inputPath: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(inputPath);
  if (match) return match[1]!;
  const workspace = /^packages\/([^/]+)\//.exec(inputPath);
  return workspace ? `@ccaas/${workspace[1]!}` : inputPath.startsWith('bench/') ? '(consumer)' : inputPath;
}

/** `auth-core/token-manager.js` for a file of a workspace package (dist or src), else undefined. */
function ownModuleOf(inputPath: string): string | undefined {
  const match = /(?:^|\/)packages\/([^/]+)\/(?:dist|src)\/(.+)$/.exec(inputPath);
  return match ? `${match[1]}/${match[2]}` : undefined;
}

function describeMetafile(metafile: Metafile, startup: ReadonlySet<string>): Omit<BundleFacts, 'lazyChunks'> {
  const inputs = Object.keys(metafile.inputs);
  const byPackage = new Map<string, number>();
  const byOwnModule = new Map<string, number>();
  // The startup chunks only: the lazily loaded ones are reported on their own (lazyChunks).
  for (const path of startup) {
    for (const [input, { bytesInOutput }] of Object.entries(metafile.outputs[path]!.inputs)) {
      byPackage.set(packageOf(input), (byPackage.get(packageOf(input)) ?? 0) + bytesInOutput);
      const own = ownModuleOf(input);
      if (own && bytesInOutput > 0) byOwnModule.set(own, (byOwnModule.get(own) ?? 0) + bytesInOutput);
    }
  }
  const largestFirst = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
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
    bytesByPackage: largestFirst(byPackage),
    bytesByOwnModule: largestFirst(byOwnModule),
  };
}

export async function bundleConsumer(context: BenchContext, key: ConsumerKey, mainFields?: readonly string[], floor: FloorVariant = {}) {
  const project = await prepareConsumerProject(context, key);
  const floorOptions: Pick<BuildOptions, 'mangleProps' | 'reserveProps' | 'plugins'> = {
    ...(floor.mangleProps ? { mangleProps: /^[a-z_]/, reserveProps: new RegExp(`^(?:${reservedProps.join('|')}|__.*)$`) } : {}),
    plugins: floor.stubRateLimiter ? [rateLimiterStub] : [],
  };
  // Code splitting, as an application bundler does it (webpack, Rollup, Vite, esbuild `splitting`): what a dynamic
  // import loads goes to chunks of its own, fetched when that import runs. The measured bundle is what the application
  // loads at startup: the entry chunk and every chunk it imports statically (esbuild puts a module that both the
  // startup code and a lazy chunk reach in such a shared chunk), gzipped as one text. Nothing is written: outdir only
  // names the files.
  const bundleDir = join(project.dir, 'bundle');
  const splitting: Pick<BuildOptions, 'splitting' | 'outdir' | 'outfile'> = floor.oneFile
    ? { outfile: join(bundleDir, 'consumer.js') }
    : { splitting: true, outdir: bundleDir };
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
    ...floorOptions,
    ...splitting,
  });
  const { outputs } = result.metafile;
  const startup = new Set([Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!]);
  for (const path of startup) {
    for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement' && imported.path in outputs) startup.add(imported.path);
  }
  const outputPathOf = (path: string) => relative(context.repoRoot, path).split(sep).join('/');
  const startupFiles = result.outputFiles.filter((file) => startup.has(outputPathOf(file.path)));
  const lazy = result.outputFiles.filter((file) => !startupFiles.includes(file) && file.path.endsWith('.js'));
  const lazyChunks = {
    count: lazy.length,
    minifiedBytes: lazy.reduce((sum, file) => sum + file.contents.byteLength, 0),
    gzipBytes: lazy.reduce((sum, file) => sum + gzipSync(file.contents, { level: 9 }).byteLength, 0),
  };
  if (startupFiles.length !== startup.size) throw new Error(`[bench] esbuild produced no output for ${relative(context.repoRoot, project.entry)}`);
  const texts: string[] = [];
  for (const file of startupFiles) {
    if (!floor.emptyStrings) {
      texts.push(file.text);
      continue;
    }
    const emptied = emptyStringLiterals(file.text);
    await transform(emptied, { loader: 'js', format: 'esm', logLevel: 'silent' }); // throws if the edit broke the syntax
    texts.push(emptied);
  }
  const encoder = new TextEncoder();
  return {
    minifiedBytes: texts.reduce((sum, text) => sum + encoder.encode(text).byteLength, 0),
    gzipBytes: gzipSync(encoder.encode(texts.join('\n')), { level: 9 }).byteLength,
    facts: { ...describeMetafile(result.metafile, startup), lazyChunks },
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
          const bundle = await bundleConsumer(
            context,
            entry.consumer,
            'mainFields' in entry ? entry.mainFields : undefined,
            'floor' in entry ? entry.floor : undefined,
          );
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
      for (const entry of bundles) {
        const { key, name } = entry;
        const samples = measured.samples.get(key)![metric];
        if (new Set(samples).size !== 1) throw new Error(`[bench] ${name} bundle size differs between runs: ${samples.join(', ')}`);
        const label = `${name}: ${suffix}`;
        // a floor row is compared with our real bundle, the others with the official SDK
        const rowBaseline = 'floor' in entry ? `${ourName}: ${suffix}` : baseline;
        rows.push({ label, samples, unit: 'bytes', better: 'lower', ...(label === rowBaseline ? {} : { baseline: rowBaseline }) });
      }
    }
    // where the bytes of our consumer go: minified bytes per package (the same in every run, checked above)
    const ours = facts.get('genesys-cloud')!;
    for (const [name, bytes] of ours.bytesByPackage) {
      rows.push({ label: `${ourName} bundle, minified bytes from ${name}`, samples: measured.samples.get('genesys-cloud')!.minifiedBytes.map(() => bytes), unit: 'bytes', better: 'lower' });
    }
    const ourGzip = measured.samples.get('genesys-cloud')!.gzipBytes[0]!;
    const gzipOf = (key: string) => measured.samples.get(key)!.gzipBytes[0]!;
    const floorGzip = (index: number) => measured.samples.get(`floor-${index}`)!.gzipBytes[0]!.toLocaleString('en-US');
    const oauthGzip = measured.samples.get('oauth4webapi-token-request')!.gzipBytes[0]!;
    const notes = [
      'esbuild: `bundle: true, minify: true, platform: "node", format: "esm", splitting: true` (the rows count the startup chunks; "in one file": no splitting); gzip via node:zlib level 9.',
      `Target: the one-call client-credentials consumer at most ${targetGzipBytes.toLocaleString('en-US')} bytes minified + gzip; this run: ${ourGzip.toLocaleString('en-US')} bytes (${ourGzip <= targetGzipBytes ? 'met' : `${(ourGzip - targetGzipBytes).toLocaleString('en-US')} bytes over`}). Token requests are auth-core's own form POSTs; keeping oauth4webapi's client-credentials request and response processing would add about ${oauthGzip.toLocaleString('en-US')} bytes of gzip on its own (its row).`,
      `Size floors (rows "size floor (not shippable)"): bundles of the same consumer that cannot ship, bounding what a rewrite of the same logic could reach. With every string literal emptied and every property name but the platform's and openapi-fetch's mangled, the bundle is still ${floorGzip(2)} bytes; with the rate limiter stubbed out as well, ${floorGzip(4)} bytes.`,
      `Code splitting (esbuild \`splitting: true\`): each bundle is what the application loads at startup, the entry chunk and the chunks it imports statically, gzipped as one text; chunks only a dynamic import loads are not counted. ${ourName} loads auth-core's deferred code (typed errors of a failed call, retries and replays, the rate limiter's queue, a failed refresh) on the first failure or wait, and the 403 explanation and the users area's permission table on the first 403 only: ${ours.lazyChunks.count} lazily loaded chunks, ${ours.lazyChunks.minifiedBytes.toLocaleString('en-US')} bytes minified, ${ours.lazyChunks.gzipBytes.toLocaleString('en-US')} bytes of gzip (each chunk gzipped alone), not counted in its rows. Inlined by a bundler without code splitting, the same consumer is ${gzipOf('one-file').toLocaleString('en-US')} bytes of gzip (row "in one file").`,
      `${ourName} bundle by module (minified bytes in the output): ${ours.bytesByOwnModule.map(([module, bytes]) => `${module} ${bytes.toLocaleString('en-US')}`).join(', ')}.`,
    ];
    for (const entry of bundles) {
      if ('floor' in entry) continue;
      const { key, name } = entry;
      const fact = facts.get(key)!;
      const externals = fact.externals.length === 0 ? 'none' : fact.externals.join(', ');
      const lazy = fact.lazyChunks.count === 0 ? 'no lazily loaded chunk' : `${fact.lazyChunks.count} lazily loaded chunks (${fact.lazyChunks.gzipBytes.toLocaleString('en-US')} bytes of gzip, not counted)`;
      notes.push(`${name}: bundles ${fact.packages.length} packages (${fact.packages.join(', ')}); left external: ${externals}; ${lazy}; esbuild warnings: ${fact.warnings}.`);
      if (fact.sdkEntry) notes.push(`${name}: the SDK code bundled is ${fact.sdkEntry}.`);
    }
    return { rows: createBenchRows(rows), notes };
  },
};
