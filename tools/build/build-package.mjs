#!/usr/bin/env node
// Builds one published package (run from its directory by its `build` script) as ESM + CommonJS from one source:
//   dist/            ESM: tsc -p tsconfig.build.json (.js, .d.ts, .js.map with sourcesContent)
//   dist/cjs/        CommonJS: the same modules transpiled file by file with TypeScript's transpileModule (no
//                    bundling, so one module per source file and no second copy of a class inside the CJS tree;
//                    `esModuleInterop` helpers, so a CJS dependency's `__esModule` default export works), a
//                    package.json saying {"type":"commonjs"}, and the ESM declarations copied (the syntax of a .d.ts
//                    is the same in both formats); type-only generated declarations (src/generated/) get a one-line
//                    `export type *` re-export of the ESM file instead of a second copy of megabytes of types.
//   src/**/*.js, src/**/*.d.ts  checked-in JavaScript and declarations that tsc does not compile (the generated
//                    Genesys Cloud API areas: `<area>.d.ts` + its accessor `<area>.js`) are copied into dist/ as they are,
//                    their JavaScript transpiled into dist/cjs/ like the compiled modules.
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

// Checked-in JavaScript and declarations (tsc compiles neither: tsconfig.build.json excludes them), tests excepted.
const srcDir = join(packageDir, 'src');
const isTest = (file) => /\.test(-d)?\.[^/]*$/.test(file);
for (const file of [...(await listFiles(srcDir, '.js', isTest)), ...(await listFiles(srcDir, '.d.ts', isTest))]) {
  await mkdir(dirname(join(distDir, file)), { recursive: true });
  await copyFile(join(srcDir, file), join(distDir, file));
}

const inCjs = (file) => file.startsWith('cjs/');
const esmModules = await listFiles(distDir, '.js', inCjs);
if (esmModules.length === 0) throw new Error(`${label} tsc emitted no JavaScript into dist/`);
for (const file of esmModules) {
  const checkedInJs = await access(join(srcDir, file)).then(() => true, () => false);
  const sourceFile = join(srcDir, checkedInJs ? file : file.replace(/\.js$/, '.ts'));
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
      // A checked-in .js is shipped as it is (its ESM copy has no map either): no source map for its CommonJS twin.
      sourceMap: !checkedInJs,
      inlineSources: !checkedInJs,
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
  await mkdir(dirname(outFile), { recursive: true });
  if (checkedInJs) {
    await writeFile(outFile, output.outputText);
    continue;
  }
  const map = JSON.parse(output.sourceMapText);
  map.file = basename(outFile);
  map.sources = [relative(dirname(outFile), sourceFile).split(sep).join('/')];
  map.sourcesContent = [source];
  const code = output.outputText.replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
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
    const hasRuntime = esmModules.includes(declaration.replace(/\.d\.ts$/, '.js'));
    const esmText = hasRuntime ? await readFile(join(distDir, declaration), 'utf8') : '';
    await writeFile(target, commonJsGeneratedDeclaration(esmText, esmFile, hasRuntime));
  } else {
    await copyFile(join(distDir, declaration), target);
  }
}
await checkManifest();
console.log(`${label} ESM + CommonJS: ${esmModules.length} modules`);

/**
 * The CommonJS declaration of a generated module: `export type *` from the ESM declaration (one copy of its types),
 * plus, when the module has run-time exports (a Genesys Cloud area's accessor), their declarations themselves: a
 * CommonJS file cannot re-export an ES module's values, and these keep their imports relative, so the client types
 * they name are the CommonJS build's. The local types they mention are imported (type-only) from the ESM declaration.
 */
function commonJsGeneratedDeclaration(esmText, esmFile, hasRuntime) {
  const lines = ['// Types only: the same declarations as the ESM build.', `export type * from '${esmFile}';`];
  if (!hasRuntime) return `${lines.join('\n')}\n`;
  const source = ts.createSourceFile('generated.d.ts', esmText, ts.ScriptTarget.Latest, true);
  const imports = [];
  const values = [];
  const localTypes = new Set();
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) imports.push(statement.getText(source));
    else if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) localTypes.add(statement.name.text);
    else if (ts.isFunctionDeclaration(statement) || ts.isVariableStatement(statement) || ts.isClassDeclaration(statement)) values.push(statement);
  }
  const mentioned = new Set();
  const visit = (node) => {
    if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && localTypes.has(node.typeName.text)) mentioned.add(node.typeName.text);
    ts.forEachChild(node, visit);
  };
  values.forEach(visit);
  if (mentioned.size > 0) imports.push(`import type { ${[...mentioned].sort().join(', ')} } from '${esmFile}';`);
  // getFullText keeps each declaration's doc comment (the editor's hover text).
  return `${[...lines, ...imports, ...values.map((statement) => statement.getFullText(source).replace(/^\s*\n/, ''))].join('\n')}\n`;
}

/**
 * The package.json shape every published package follows, checked after the build so a new entry point (e.g. a
 * per-area `./<area>` subpath) cannot be half-declared: for `./<name>` (and `.` = index) the exports entry is
 *   { "import": { "types": "./dist/<name>.d.ts", "default": "./dist/<name>.js" },
 *     "require": { "types": "./dist/cjs/<name>.d.ts", "default": "./dist/cjs/<name>.js" } }
 * and `typesVersions["*"]["<name>"] = ["./dist/cjs/<name>.d.ts"]` (TypeScript's node10 resolution ignores exports),
 * all four files exist, and LICENSE is the repository's. A pattern `./<prefix>*` (the Genesys Cloud areas, `./*`)
 * has the same entry with `<dir>/*` for `<name>`, and every module the build put in `dist/<dir>/` is then an entry
 * point: its four files and its own `typesVersions["*"]["<prefix><module>"]` (node10 has no patterns for exports, and
 * a `"*"` key in typesVersions would also remap the root's `types`). typesVersions names nothing else.
 */
async function checkManifest() {
  const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
  const problems = [];
  const exists = (file) => access(join(packageDir, file)).then(() => true, () => false);
  const expectedEntry = (name) => ({
    import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
    require: { types: `./dist/cjs/${name}.d.ts`, default: `./dist/cjs/${name}.js` },
  });
  const typesVersions = manifest.typesVersions?.['*'] ?? {};
  const expectedTypesVersions = {};
  const checkEntryPoint = async (subpath, name) => {
    const expected = expectedEntry(name);
    for (const file of [expected.import.types, expected.import.default, expected.require.types, expected.require.default]) {
      if (!(await exists(file))) problems.push(`exports["${subpath}"] points at ${file}, which the build did not produce (is src/${name}.ts there?)`);
    }
    if (subpath === '.') return;
    expectedTypesVersions[subpath.slice(2)] = [expected.require.types];
  };
  for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
    if (subpath === './package.json') continue;
    const pattern = /^\.\/([^*]*)\*$/.exec(subpath);
    const dir = pattern ? /^\.\/dist\/(.+)\/\*\.js$/.exec(entry?.import?.default ?? '')?.[1] : undefined;
    const name = pattern ? `${dir ?? '<dir>'}/*` : subpath === '.' ? 'index' : subpath.slice(2);
    const expected = expectedEntry(name);
    if (JSON.stringify(entry) !== JSON.stringify(expected) || (pattern && dir === undefined)) {
      problems.push(`exports["${subpath}"] must be ${JSON.stringify(expected)}`);
      continue;
    }
    if (!pattern) {
      await checkEntryPoint(subpath, name);
      continue;
    }
    const modules = (await readdir(join(distDir, dir), { withFileTypes: true }).catch(() => []))
      .filter((file) => file.isFile() && file.name.endsWith('.js'))
      .map((file) => file.name.slice(0, -'.js'.length));
    if (modules.length === 0) problems.push(`exports["${subpath}"] matches no module: the build put no .js into dist/${dir}/`);
    for (const module of modules) await checkEntryPoint(`./${pattern[1]}${module}`, `${dir}/${module}`);
  }
  const keys = [...new Set([...Object.keys(typesVersions), ...Object.keys(expectedTypesVersions)])];
  const wrong = keys.filter((key) => JSON.stringify(typesVersions[key]) !== JSON.stringify(expectedTypesVersions[key]));
  if (wrong.length > 0) {
    const expected = Object.keys(expectedTypesVersions).length === 0 ? 'absent' : JSON.stringify({ '*': expectedTypesVersions });
    problems.push(
      `typesVersions (TypeScript's node10 resolution does not read exports) is wrong for ${wrong.slice(0, 5).join(', ')}${wrong.length > 5 ? ` and ${wrong.length - 5} more` : ''}; it must be ${expected}`,
    );
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
