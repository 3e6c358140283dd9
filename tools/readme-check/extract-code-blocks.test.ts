import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { collectCheckProject, compile, listReadmes, mapDiagnostics, writeCheckProject } from './check-code-blocks.js';
import { blockSource, extractCodeBlocks } from './extract-code-blocks.js';

const readme = [
  '# pkg', // 1
  '', // 2
  '<!-- ts-check: declare const clientId: string; -->', // 3
  '```ts', // 4
  "const id: string = clientId;", // 5
  '```', // 6
  '', // 7
  '```sh', // 8
  'npm install x', // 9
  '```', // 10
  '<!-- ts-check-skip: needs a Redis connection string from the reader -->', // 11
  '```typescript', // 12
  'connect(REDIS_URL);', // 13
  '```', // 14
  '<!-- ts-check', // 15
  "import type { X } from './x.js';", // 16
  'declare const x: X;', // 17
  '-->', // 18
  '<!-- ts-check-file x.ts', // 19
  'export interface X { n: number }', // 20
  '-->', // 21
  '```ts', // 22
  'const n: number = x.n;', // 23
  '```', // 24
].join('\n');

describe('extractCodeBlocks', () => {
  it('finds the TypeScript blocks with their first code line, prelude, companion files and skips', () => {
    const blocks = extractCodeBlocks(readme);
    expect(blocks.map((b) => [b.line, b.lang, b.code])).toEqual([
      [5, 'ts', 'const id: string = clientId;'],
      [13, 'typescript', 'connect(REDIS_URL);'],
      [23, 'ts', 'const n: number = x.n;'],
    ]);
    expect(blocks[0]!.directives).toEqual({ prelude: 'declare const clientId: string;\n', files: {}, skip: undefined });
    expect(blocks[1]!.directives.skip).toBe('needs a Redis connection string from the reader');
    expect(blocks[2]!.directives.prelude).toBe("import type { X } from './x.js';\ndeclare const x: X;\n");
    expect(blocks[2]!.directives.files).toEqual({ 'x.ts': 'export interface X { n: number }\n' });
  });

  it('refuses a directive that reaches no TypeScript block (prose or another language in between)', () => {
    expect(() => extractCodeBlocks('<!-- ts-check: declare const a: string; -->\nSome prose.\n```ts\na;\n```')).toThrow(
      /line 1: the ts-check directive is not right above a TypeScript block \(prose at line 2\)/,
    );
    expect(() => extractCodeBlocks('<!-- ts-check-skip: why -->\n```js\na;\n```')).toThrow(/the block at line 2 is `js`/);
    expect(() => extractCodeBlocks('<!-- ts-check-skip: -->\n```ts\na;\n```')).toThrow(/needs a reason/);
  });

  it('ignores ordinary HTML comments', () => {
    expect(extractCodeBlocks('<!-- a note -->\n\n```ts\nconst a = 1;\n```')[0]!.directives).toEqual({ prelude: '', files: {}, skip: undefined });
  });

  it('puts the prelude before the block and reports how many lines it takes', () => {
    const [, , block] = extractCodeBlocks(readme);
    const { source, lineOffset } = blockSource(block!);
    expect(lineOffset).toBe(2);
    expect(source.split('\n')[lineOffset]).toBe('const n: number = x.n;');
  });
});

describe('mapDiagnostics', () => {
  it('reports an error at the README line a reader sees, and inside the prelude at the block', () => {
    const origins = new Map([['blocks/README-L23/block.ts', { file: 'README.md', firstLine: 23, lineOffset: 2, preludeLabel: 'its ts-check prelude' }]]);
    const output = [
      "blocks/README-L23/block.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.",
      "blocks/README-L23/block.ts(1,24): error TS2307: Cannot find module './x.js'.",
      '  continued message',
    ].join('\n');
    expect(mapDiagnostics(output, origins)).toEqual([
      { at: 'README.md:23:7', code: 'TS2322', message: "Type 'string' is not assignable to type 'number'." },
      { at: 'README.md:23 (its ts-check prelude, line 1)', code: 'TS2307', message: "Cannot find module './x.js'.\n  continued message" },
    ]);
  });

  it('never passes compiler output it cannot read as "no errors"', () => {
    expect(mapDiagnostics('error: unknown compiler option', new Map())).toHaveLength(1);
  });
});

describe('the check against a README that lies', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('fails with the README line of the broken block (TypeScript 5.9) and passes the honest one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'readme-check-test-'));
    const root = join(dir, 'repo');
    await mkdir(join(root, 'packages', 'pkg'), { recursive: true });
    await writeFile(join(root, 'README.md'), readme.replace('const n: number = x.n;', "const n: number = 'a string';"));
    await writeFile(join(root, 'packages', 'pkg', 'README.md'), '```ts\nexport const ok: number = 1;\n```\n');
    const readmes = await listReadmes(root);
    expect(readmes).toEqual(['README.md', join('packages', 'pkg', 'README.md')]);
    const project = await collectCheckProject(root, readmes, undefined);
    expect(project.blockCount).toBe(3);
    expect(project.skipped).toEqual([{ file: 'README.md', line: 13, reason: 'needs a Redis connection string from the reader' }]);
    const out = join(dir, 'project');
    await mkdir(out);
    await writeCheckProject(out, project, fileURLToPath(new URL('../../node_modules', import.meta.url)));
    const tsc = { name: 'TypeScript 5.9', command: process.execPath, args: [createRequire(import.meta.url).resolve('typescript/bin/tsc')] };
    const { diagnostics } = await compile(tsc, out, project.origins);
    expect(diagnostics.map((d) => `${d.at} ${d.code}`)).toEqual(['README.md:23:7 TS2322']);
  }, 120_000);
});
