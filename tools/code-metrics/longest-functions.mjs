#!/usr/bin/env node
// Lists the longest functions (declarations, methods, arrows, function expressions) of hand-written TypeScript, so
// the "no function over about 150 lines" rule can be checked: node tools/code-metrics/longest-functions.mjs
// [dir ...] [--top N]. Skips tests, declarations and src/generated/. Uses the TypeScript compiler API (a
// dependency already) rather than a regex, so nested functions and arrow bodies are measured as written.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const topAt = args.indexOf('--top');
const top = topAt >= 0 ? Number(args[topAt + 1]) : 10;
// without --top, topAt + 1 is 0: only skip the argument after a --top that is there
const dirs = args.filter((arg, index) => !arg.startsWith('--') && (topAt < 0 || index !== topAt + 1));
if (dirs.length === 0) dirs.push('packages/auth-core/src');

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'generated' && name !== 'node_modules') yield* sources(path);
    } else if (name.endsWith('.ts') && !/\.(test|test-d|d)\.ts$/.test(name)) yield path;
  }
}

const found = [];
for (const dir of dirs) {
  for (const path of sources(dir)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node, owner) => {
      let name = owner;
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        name = node.name?.getText(file) ?? (ts.isVariableDeclaration(node.parent) ? node.parent.name.getText(file) : `${owner} (anonymous)`);
        const start = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const end = file.getLineAndCharacterOfPosition(node.getEnd()).line;
        found.push({ lines: end - start + 1, where: `${relative(process.cwd(), path)}:${start + 1}`, name });
      }
      ts.forEachChild(node, (child) => visit(child, name));
    };
    visit(file, '(module)');
  }
}
found.sort((a, b) => b.lines - a.lines);
for (const { lines, where, name } of found.slice(0, top)) console.log(`${String(lines).padStart(5)}  ${name}  ${where}`);
