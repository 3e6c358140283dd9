// `npm test` (Nx target `test` of @ccaas/examples): every TypeScript block of every README and every file of
// examples/ is compiled the way a consumer compiles it, with TypeScript 5.9 and 7.0, against the *built* packages
// (their package.json exports and dist/ declarations, not the sources the workspace's paths point to), in strict
// mode with `noUncheckedIndexedAccess` (the published types under `exactOptionalPropertyTypes` and
// `skipLibCheck: false` are the registry e2e's strictest consumer). A README that lies fails the build; each
// error is reported at its README line. What a block needs but does not show (a `clientId`, the client of the
// block above) it declares in a `ts-check` comment right above it (see extract-code-blocks.ts). The READMEs' relative
// links are checked too (check-readme-links.ts).
//
//   npx tsx tools/readme-check/check-code-blocks.ts [--compiler 5|7] [--keep] [--root <dir>]
import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { installTypeScript7 } from '../bench/typescript-7.js';
import { runCommand } from '../registry/run-command.js';
import { findBrokenLinks } from './check-readme-links.js';
import { blockSource, extractCodeBlocks } from './extract-code-blocks.js';

/** Where a compiled file came from, to report a diagnostic at the line a reader sees. */
export interface SourceOrigin {
  /** Repository-relative file shown in the report (`packages/mocks/README.md`). */
  file: string;
  /** Line in `file` of the compiled file's line `lineOffset + 1`. */
  firstLine: number;
  /** Lines of the compiled file before the first line of the original (the ts-check prelude). */
  lineOffset: number;
  /** What the lines before `lineOffset` are, for a diagnostic inside them. */
  preludeLabel?: string;
}

export interface CheckProject {
  /** Project-relative path -> content. */
  files: Record<string, string>;
  origins: Map<string, SourceOrigin>;
  skipped: { file: string; line: number; reason: string }[];
  blockCount: number;
  exampleCount: number;
}

const ignoredDirs = new Set(['node_modules', 'dist', '.git', '.nx', 'coverage', 'tmp', 'generated', 'raw']);

/** Every README.md of the repository outside node_modules/dist/hidden folders, sorted. */
export async function listReadmes(root: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && !ignoredDirs.has(entry.name)) await walk(join(dir, entry.name));
      } else if (entry.name === 'README.md') {
        found.push(relative(root, join(dir, entry.name)));
      }
    }
  };
  await walk(root);
  return found.sort();
}

/** The compiled project for the READMEs and examples under `root`. */
export async function collectCheckProject(root: string, readmes: readonly string[], examplesDir: string | undefined): Promise<CheckProject> {
  const project: CheckProject = { files: {}, origins: new Map(), skipped: [], blockCount: 0, exampleCount: 0 };
  for (const readme of readmes) {
    const markdown = await readFile(join(root, readme), 'utf8');
    let blocks;
    try {
      blocks = extractCodeBlocks(markdown);
    } catch (error) {
      throw new Error(`${readme}: ${(error as Error).message}`);
    }
    for (const block of blocks) {
      if (block.directives.skip !== undefined) {
        project.skipped.push({ file: readme, line: block.line, reason: block.directives.skip });
        continue;
      }
      const dir = `blocks/${readme.replace(/[/\\]/g, '_').replace(/\.md$/i, '')}-L${block.line}`;
      const { source, lineOffset } = blockSource(block);
      const blockFile = `${dir}/block.${block.lang === 'tsx' ? 'tsx' : 'ts'}`;
      project.files[blockFile] = source;
      project.origins.set(blockFile, { file: readme, firstLine: block.line, lineOffset, preludeLabel: 'its ts-check prelude' });
      for (const [name, content] of Object.entries(block.directives.files)) {
        project.files[`${dir}/${name}`] = content;
        project.origins.set(`${dir}/${name}`, { file: readme, firstLine: block.line, lineOffset: content.split('\n').length, preludeLabel: `its ts-check-file ${name}` });
      }
      project.blockCount += 1;
    }
  }
  if (examplesDir !== undefined) {
    for (const name of (await readdir(join(root, examplesDir))).filter((file) => file.endsWith('.ts')).sort()) {
      project.files[`examples/${name}`] = await readFile(join(root, examplesDir, name), 'utf8');
      project.origins.set(`examples/${name}`, { file: `${examplesDir}/${name}`, firstLine: 1, lineOffset: 0 });
      project.exampleCount += 1;
    }
  }
  return project;
}

/** A strict consumer's settings: what a README promises must hold under them (the workspace's own flags). */
export const consumerCompilerOptions = {
  target: 'ES2022',
  lib: ['ES2022', 'DOM', 'DOM.Iterable'],
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  types: ['node'],
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: false,
  noImplicitOverride: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
};

/** Writes the project into `dir`, its node_modules a link to the workspace's (the packages resolve to their dist/). */
export async function writeCheckProject(dir: string, project: CheckProject, nodeModules: string): Promise<void> {
  await writeFile(join(dir, 'package.json'), `${JSON.stringify({ private: true, type: 'module' })}\n`);
  await writeFile(join(dir, 'tsconfig.json'), `${JSON.stringify({ compilerOptions: consumerCompilerOptions, include: ['**/*.ts', '**/*.tsx'], exclude: ['node_modules'] }, null, 2)}\n`);
  await symlink(nodeModules, join(dir, 'node_modules'), 'dir');
  for (const [file, content] of Object.entries(project.files)) {
    await mkdir(dirname(join(dir, file)), { recursive: true });
    await writeFile(join(dir, file), content);
  }
}

export interface Diagnostic {
  /** `README.md:139` (or `README.md:130 (its ts-check prelude)`). */
  at: string;
  code: string;
  message: string;
}

/** Maps `tsc --pretty false` output of the project back to README and example lines. */
export function mapDiagnostics(output: string, origins: ReadonlyMap<string, SourceOrigin>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const match of output.matchAll(/^(.+?)\((\d+),(\d+)\): error (TS\d+): (.*(?:\n {2,}.*)*)/gm)) {
    const [, file, line, column, code, message] = match;
    const origin = origins.get(file!.replace(/\\/g, '/'));
    const lineNumber = Number(line);
    let at: string;
    if (origin === undefined) at = `${file}:${line}:${column}`;
    else if (lineNumber <= origin.lineOffset) at = `${origin.file}:${origin.firstLine} (${origin.preludeLabel ?? 'prelude'}, line ${lineNumber})`;
    else at = `${origin.file}:${origin.firstLine + lineNumber - 1 - origin.lineOffset}:${column}`;
    diagnostics.push({ at, code: code!, message: message!.trim() });
  }
  // Output that is not a diagnostic (a crashed compiler, a bad tsconfig) must not pass as "no errors".
  if (diagnostics.length === 0 && /error/i.test(output)) diagnostics.push({ at: 'tsc', code: 'output', message: output.trim() });
  return diagnostics;
}

export interface Compiler {
  name: string;
  command: string;
  args: string[];
}

export async function compile(compiler: Compiler, dir: string, origins: ReadonlyMap<string, SourceOrigin>): Promise<{ diagnostics: Diagnostic[]; durationMs: number; version: string }> {
  const env = { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' };
  const version = (await runCommand(compiler.command, [...compiler.args, '--version'], { cwd: dir, env })).stdout.trim();
  // --pretty false: TypeScript 7 prints the pretty format when FORCE_COLOR is set (Nx sets it), even into a pipe.
  const result = await runCommand(compiler.command, [...compiler.args, '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: dir, env, allowFailure: true });
  const diagnostics = mapDiagnostics(`${result.stdout}${result.stderr}`, origins);
  if (result.code !== 0 && diagnostics.length === 0) diagnostics.push({ at: 'tsc', code: `exit ${result.code}`, message: `${result.stdout}${result.stderr}`.trim() });
  return { diagnostics, durationMs: result.durationMs, version };
}

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { compiler: { type: 'string', multiple: true }, keep: { type: 'boolean', default: false }, root: { type: 'string' }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log('usage: tsx tools/readme-check/check-code-blocks.ts [--compiler 5|7 ...] [--keep] [--root <dir>]');
    return;
  }
  const root = values.root ?? repoRoot;
  const wanted = new Set(values.compiler ?? ['5', '7']);
  for (const name of wanted) if (name !== '5' && name !== '7') throw new Error(`--compiler ${name}: use 5 (TypeScript 5.9) or 7 (TypeScript 7.0)`);
  const readmes = await listReadmes(root);
  const brokenLinks = await findBrokenLinks(root, readmes);
  console.log(`[readme-check] relative links of ${readmes.length} READMEs: ${brokenLinks.length === 0 ? 'ok' : `${brokenLinks.length} broken`}`);
  for (const link of brokenLinks) console.error(`  ${link.at}: (${link.target}) ${link.reason}`);
  let failed = brokenLinks.length > 0;
  const project = await collectCheckProject(root, readmes, 'examples');
  const dir = await mkdtemp(join(tmpdir(), 'ccaas-readme-check-'));
  try {
    await writeCheckProject(dir, project, join(repoRoot, 'node_modules'));
    const compilers: Compiler[] = [];
    if (wanted.has('5')) compilers.push({ name: 'TypeScript 5.9', command: process.execPath, args: [createRequire(import.meta.url).resolve('typescript/bin/tsc')] });
    if (wanted.has('7')) {
      const ts7 = await installTypeScript7(repoRoot, (message) => console.log(`[readme-check] ${message}`));
      compilers.push({ name: 'TypeScript 7.0', command: ts7.executable, args: [] });
    }
    console.log(`[readme-check] ${project.blockCount} README blocks and ${project.exampleCount} examples (strict, noUncheckedIndexedAccess, against the built packages)`);
    for (const skip of project.skipped) console.log(`[readme-check] not compiled: ${skip.file}:${skip.line}: ${skip.reason}`);
    for (const compiler of compilers) {
      const { diagnostics, durationMs, version } = await compile(compiler, dir, project.origins);
      console.log(`[readme-check] ${compiler.name} (${version}): ${diagnostics.length === 0 ? 'ok' : `${diagnostics.length} error(s)`} in ${durationMs} ms`);
      for (const d of diagnostics) console.error(`  ${d.at}: error ${d.code}: ${d.message}`);
      failed ||= diagnostics.length > 0;
    }
  } finally {
    if (values.keep) console.log(`[readme-check] project kept in ${dir}`);
    else await rm(dir, { recursive: true, force: true });
  }
  if (failed) {
    console.error('[readme-check] a README or example does not compile: fix the code shown to readers (or declare what it needs in a <!-- ts-check: ... --> comment above the block)');
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && pathToFileURL(process.argv[1]).href === import.meta.url) await main();
