import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchReport } from './bench-suite.js';
import { formatResultsMarkdown } from './format-results-markdown.js';

/**
 * The report to write when only some suites ran (`--only`) into a folder that holds a previous report: the previous
 * report with those suites' sections replaced (or added), each marked with the command that measured it; every other
 * section is kept as it was.
 */
export function mergeReports(previous: BenchReport, partial: BenchReport, order: readonly string[]): BenchReport {
  const measured = { command: partial.command, startedAt: partial.startedAt };
  const rerun = new Set([...partial.suites.map((suite) => suite.suite), ...partial.failures.map((failure) => failure.suite)]);
  const suites = [
    ...previous.suites
      .filter((suite) => !rerun.has(suite.suite))
      .map((suite) => ({ ...suite, measured: suite.measured ?? { command: previous.command, startedAt: previous.startedAt } })),
    ...partial.suites.map((suite) => ({ ...suite, measured })),
  ];
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  suites.sort((a, b) => rank(a.suite) - rank(b.suite));
  return {
    ...previous,
    suites: suites.map((suite) =>
      suite.measured.command === previous.command && suite.measured.startedAt === previous.startedAt ? { ...suite, measured: undefined } : suite,
    ),
    failures: [...previous.failures.filter((failure) => !rerun.has(failure.suite)), ...partial.failures],
  };
}

/**
 * Writes results.md and results.json into `dir` (each through a temporary file, so a reader never sees half). With
 * `merge`, a full (non-smoke) results.json already in `dir` keeps the sections of the suites this run did not measure
 * (`merged` says whether there was one).
 */
export async function writeResults(
  report: BenchReport,
  dir: string,
  merge?: { order: readonly string[] },
): Promise<{ markdown: string; json: string; merged: boolean }> {
  await mkdir(dir, { recursive: true });
  const previous = merge ? await readFullReport(dir) : undefined;
  const written = previous ? mergeReports(previous, report, merge!.order) : report;
  const files = {
    markdown: [join(dir, 'results.md'), formatResultsMarkdown(written)],
    json: [join(dir, 'results.json'), `${JSON.stringify(written, null, 2)}\n`],
  } as const;
  for (const [path, content] of Object.values(files)) {
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
  return { markdown: files.markdown[0], json: files.json[0], merged: previous !== undefined };
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
