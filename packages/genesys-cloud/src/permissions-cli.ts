#!/usr/bin/env node
/// <reference types="node" />
// `npx @ccaas/genesys-cloud permissions <paths...> [--project tsconfig.json] [--json]`: the permissions report of a
// codebase (permissions-report.ts), as Markdown tables or JSON. Exit 1 on bad input, 2 on usage errors.
import { parseArgs } from 'node:util';
import { createPermissionsReport, formatPermissionsReport } from './permissions-report.js';

const usage = 'usage: npx @ccaas/genesys-cloud permissions <file|dir>... [--project tsconfig.json] [--json]';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command !== 'permissions') {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: { project: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (positionals.length === 0) {
    process.stderr.write(`${usage}\n`);
    return 2;
  }
  const report = await createPermissionsReport({ paths: positionals, ...(values.project === undefined ? {} : { project: values.project }) });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatPermissionsReport(report));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
