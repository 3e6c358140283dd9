import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchReport } from './bench-suite.js';
import { formatResultsMarkdown } from './format-results-markdown.js';

/** Writes results.md and results.json into `dir` (each through a temporary file, so a reader never sees half). */
export async function writeResults(report: BenchReport, dir: string): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const files = {
    markdown: [join(dir, 'results.md'), formatResultsMarkdown(report)],
    json: [join(dir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`],
  } as const;
  for (const [path, content] of Object.values(files)) {
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
  return { markdown: files.markdown[0], json: files.json[0] };
}

/**
 * `previous` (the committed full run) with the suites `update` measured replaced, or added in `suiteOrder`; every
 * other suite, the header and its failures stay as they were. A replaced suite's notes say which command measured it.
 */
export function mergeBenchReports(previous: BenchReport, update: BenchReport, suiteOrder: readonly string[]): BenchReport {
  const updated = new Set([...update.suites.map((suite) => suite.suite), ...update.failures.map((failure) => failure.suite)]);
  const remeasured = update.suites.map((suite) => ({
    ...suite,
    notes: [
      ...suite.notes,
      `measured separately by \`${update.command}\` (started ${update.startedAt}, ${update.runs} runs per figure, Node ${update.environment.node}, ${update.environment.cpus} × ${update.environment.cpuModel}); the header describes the run that measured the other suites`,
    ],
  }));
  const suites = [...previous.suites.filter((suite) => !updated.has(suite.suite)), ...remeasured];
  const rank = (name: string) => (suiteOrder.includes(name) ? suiteOrder.indexOf(name) : suiteOrder.length);
  suites.sort((a, b) => rank(a.suite) - rank(b.suite));
  return {
    ...previous,
    suites,
    failures: [...previous.failures.filter((failure) => !updated.has(failure.suite)), ...update.failures],
  };
}

/** The report in `dir`/results.json, if there is a full (non-smoke) one to merge into. */
export async function readFullReport(dir: string): Promise<BenchReport | undefined> {
  try {
    const report = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8')) as BenchReport;
    return Array.isArray(report.suites) && report.smoke === false ? report : undefined;
  } catch {
    return undefined;
  }
}
