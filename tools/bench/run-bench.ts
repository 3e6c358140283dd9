#!/usr/bin/env node
// `npm run bench`: runs the bench suites (tools/bench/bench-suites.ts), prints one table per suite and writes
// results.md + results.json. See tools/bench/README.md.
import { rm } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchSuites } from './bench-suites.js';
import { formatRowsTable } from './format-results-markdown.js';
import { benchUsage, parseBenchArgs } from './parse-bench-args.js';
import { runBenchSuites } from './run-bench-suites.js';
import { writeResults } from './write-results.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const rawDir = join(repoRoot, 'bench', 'results', 'raw');

async function main(argv: string[]): Promise<number> {
  const args = parseBenchArgs(argv);
  if (args.help) {
    console.log(`${benchUsage}\n\nsuites:\n${benchSuites.map((suite) => `  ${suite.name.padEnd(16)} ${suite.description}`).join('\n')}`);
    return 0;
  }
  const unknown = (args.only ?? []).filter((name) => !benchSuites.some((suite) => suite.name === name));
  if (unknown.length > 0) {
    throw new Error(`[bench] unknown suite(s) ${unknown.join(', ')} (known: ${benchSuites.map((suite) => suite.name).join(', ')})`);
  }
  const suites = args.only ? benchSuites.filter((suite) => args.only!.includes(suite.name)) : benchSuites;
  // --only merges its suites' sections into the committed results (the other sections stay as they were)
  const outDir = args.out ? resolve(args.out) : args.smoke ? rawDir : join(repoRoot, 'bench');
  const merge = args.only && !args.smoke ? { order: benchSuites.map((suite) => suite.name) } : undefined;
  // Inside the repository so the consumers resolve @ccaas/* and the SDK through the workspace node_modules.
  const workDir = join(rawDir, `work-${args.smoke ? 'smoke' : 'full'}-${process.pid}`);
  const log = (message: string) => console.error(`[bench] ${message}`);
  try {
    const report = await runBenchSuites({
      suites,
      runs: args.runs,
      smoke: args.smoke,
      build: args.build,
      repoRoot,
      workDir,
      command: ['npm run bench', ...(argv.length > 0 ? ['--', ...argv] : [])].join(' '),
      log,
    });
    for (const suite of report.suites) console.log(`\n## ${suite.suite}\n\n${formatRowsTable(suite.rows)}`);
    const written = await writeResults(report, outDir, merge);
    const how = written.merged ? ` (sections ${report.suites.map((suite) => suite.suite).join(', ')} replaced; the others kept)` : '';
    console.log(`\nwrote ${relative(repoRoot, written.markdown)} and ${relative(repoRoot, written.json)}${how} in ${(report.totalDurationMs / 1000).toFixed(1)} s`);
    for (const failure of report.failures) console.error(`[bench] suite ${failure.suite} failed: ${failure.error.split('\n')[0]}`);
    return report.failures.length > 0 ? 1 : 0;
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    console.error(benchUsage);
    process.exitCode = 2;
  },
);
