#!/usr/bin/env node
// Builds one published package (run from its directory by its `build` script) as ESM + CommonJS from one source:
//   dist/            ESM: tsc -p tsconfig.build.json (.js, .d.ts, .js.map with sourcesContent)
//   dist/cjs/        CommonJS: the same modules transpiled file by file with TypeScript's transpileModule (no
//                    bundling, so one module per source file and no second copy of a class inside the CJS tree;
//                    `esModuleInterop` helpers, so a CJS dependency's `__esModule` default export works), a
//                    package.json saying {"type":"commonjs"}, and the ESM declarations copied (the syntax of a .d.ts
//                    is the same in both formats); type-only generated declarations (src/generated/) get a one-line
//                    `export type *` re-export of the ESM file instead of a second copy of megabytes of types.
// Why a dual build and not only a `default` condition (require(esm)): `@arethetypeswrong/cli` reports
// CJSResolvesToESM for that in its default profile, and tools that resolve `require` without require(esm) (jest's
// CommonJS runtime, older bundler setups) would get ESM. Why not a second tsc: tsc emits CommonJS from NodeNext sources
// in a `"type": "module"` package only with a second full type-check; transpileModule skips it (the ESM build checked).
import { spawnSync } from 'node:child_process';
import { access, copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';

const require = createRequire(import.meta.url);
const ts = require('typescript');
const packageDir = process.cwd();
const distDir = join(packageDir, 'dist');
const cjsDir = join(distDir, 'cjs');
const VERSION_PLACEHOLDER = "'0.0.0-development'";
const label = `[build ${relative(join(packageDir, '..', '..'), packageDir)}]`;

/** Every file under `dir` (recursively) whose name ends with `suffix`, relative to `dir`, posix separators. */
async function listFiles(dir, suffix, skip) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !skip(file))
    .sort();
}

await rm(distDir, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  cwd: packageDir,
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  console.error(`${label} tsc failed (exit ${tsc.status ?? tsc.signal})`);
  process.exit(1);
}

const inCjs = (file) => file.startsWith('cjs/');
const esmModules = await listFiles(distDir, '.js', inCjs);
if (esmModules.length === 0) throw new Error(`${label} tsc emitted no JavaScript into dist/`);
for (const file of esmModules) {
  const sourceFile = join(packageDir, 'src', file.replace(/\.js$/, '.ts'));
  const outFile = join(cjsDir, file);
  const source = await readFile(sourceFile, 'utf8');
  const output = ts.transpileModule(source, {
    fileName: sourceFile,
    reportDiagnostics: true,
    compilerOptions: {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      verbatimModuleSyntax: false,
      isolatedModules: true,
      sourceMap: true,
      inlineSources: true,
    },
  });
  if (output.diagnostics?.length) {
    for (const d of output.diagnostics) console.error(`${label} ${file}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    process.exit(1);
  }
  // e.g. import.meta or top-level await, which have no CommonJS equivalent.
  if (/\bimport\.meta\b/.test(output.outputText)) {
    console.error(`${label} ${file}: import.meta has no CommonJS equivalent`);
    process.exit(1);
  }
  const map = JSON.parse(output.sourceMapText);
  map.file = basename(outFile);
  map.sources = [relative(dirname(outFile), sourceFile).split(sep).join('/')];
  map.sourcesContent = [source];
  const code = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  await mkdir(dirname(outFile), { recursive: true });
  await writeFile(outFile, `${code}\n//# sourceMappingURL=${basename(outFile)}.map\n`);
  await writeFile(`${outFile}.map`, JSON.stringify(map));
}
await writeFile(join(cjsDir, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

// The package's own version where the source says '0.0.0-development' (its User-Agent), in both builds.
const { version } = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
for (const file of await listFiles(distDir, '.js', () => false)) {
  const text = await readFile(join(distDir, file), 'utf8');
  if (text.includes(VERSION_PLACEHOLDER)) await writeFile(join(distDir, file), text.replaceAll(VERSION_PLACEHOLDER, JSON.stringify(version).replace(/"/g, "'")));
}

for (const declaration of await listFiles(distDir, '.d.ts', inCjs)) {
  const target = join(cjsDir, declaration);
  await mkdir(dirname(target), { recursive: true });
  if (declaration.startsWith('generated/')) {
    const esmFile = relative(dirname(target), join(distDir, declaration)).split(sep).join('/').replace(/\.d\.ts$/, '.js');
    await writeFile(target, `// Types only: the same declarations as the ESM build.\nexport type * from '${esmFile}';\n`);
  } else {
    await copyFile(join(distDir, declaration), target);
  }
}
await checkManifest();
console.log(`${label} ESM + CommonJS: ${esmModules.length} modules`);

/**
 * The package.json shape every published package follows, checked after the build so a new entry point (e.g. a
 * per-area `./<area>` subpath) cannot be half-declared: for `./<name>` (and `.` = index) the exports entry is
 *   { "import": { "types": "./dist/<name>.d.ts", "default": "./dist/<name>.js" },
 *     "require": { "types": "./dist/cjs/<name>.d.ts", "default": "./dist/cjs/<name>.js" } }
 * and `typesVersions["*"]["<name>"] = ["./dist/cjs/<name>.d.ts"]` (TypeScript's node10 resolution ignores exports),
 * all four files exist, and LICENSE is the repository's.
 */
async function checkManifest() {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const problems = [];
  const exists = (file) => access(join(packageDir, file)).then(() => true, () => false);
  const expectedEntry = (name) => ({
    import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    require: { types: `./dist/cjs/${name}.d.ts`, default: `./dist/cjs/${name}.js` },
  });
  for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json') continue;
    const name = subpath === '.' ? 'index' : subpath.slice(2);
    const expected = expectedEntry(name);
    if (JSON.stringify(entry) !== JSON.stringify(expected)) {
      problems.push(`exports["${subpath}"] must be ${JSON.stringify(expected)}`);
      continue;
    }
    for (const file of [expected.import.types, expected.import.default, expected.require.types, expected.require.default]) {
      if (!(await exists(file))) problems.push(`exports["${subpath}"] points at ${file}, which the build did not produce (is src/${name}.ts there?)`);
    }
    const typesVersion = manifest.typesVersions?.['*']?.[name];
    if (subpath !== '.' && JSON.stringify(typesVersion) !== JSON.stringify([expected.require.types])) {
      problems.push(`typesVersions["*"]["${name}"] must be ["${expected.require.types}"] (TypeScript's node10 resolution does not read exports)`);
    }
  }
  const root = await readFile(join(packageDir, '..', '..', 'LICENSE'), 'utf8');
  const own = await readFile(join(packageDir, 'LICENSE'), 'utf8').catch(() => undefined);
  if (own !== root) problems.push('LICENSE is missing or differs from the repository LICENSE: cp LICENSE packages/<name>/');
  if (!manifest.files?.includes('LICENSE')) problems.push('"files" must list LICENSE');
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${label} package.json: ${problem}`);
    process.exit(1);
  }
}
