#!/usr/bin/env node
// Runs the project's codegen (tools/codegen/generate.mjs generateSchemaSource) for spec/output pairs in one process
// and prints {"files":[{"spec","out","ms","bytes"}]} on stdout; ms covers generateSchemaSource only (read spec,
// openapi-typescript, print), not Node start-up nor writing the file. Used by the codegen-time bench suite.
//   node tools/bench/generate-schema-files.mjs <spec> <out> [<spec> <out> ...]
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { generateSchemaSource } from '../codegen/generate.mjs';

const args = process.argv.slice(2);
if (args.length === 0 || args.length % 2 !== 0) {
  console.error('usage: node generate-schema-files.mjs <spec> <out> [<spec> <out> ...]');
  process.exit(2);
}
const files = [];
for (let index = 0; index < args.length; index += 2) {
  const spec = resolve(args[index]);
  const out = resolve(args[index + 1]);
  const startedAt = performance.now();
  const source = await generateSchemaSource(spec);
  const ms = performance.now() - startedAt;
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, source);
  files.push({ spec, out, ms, bytes: Buffer.byteLength(source) });
}
console.log(JSON.stringify({ files }));
