import type { BenchReport, BenchRow } from './bench-suite.js';

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const threeDecimals = new Intl.NumberFormat('en-US', { minimumFractionDigits: 3, maximumFractionDigits: 3 });

/** Units of rows that count things (requests, errors, responses, events): 0 is a valid figure, whole numbers print as such. */
export const countUnits: ReadonlySet<string> = new Set(['requests', 'errors', 'responses', 'events']);

/**
 * Bytes and whole counts as integers; ms as integers from 100 up and with two decimals below (request latencies);
 * multiples (units starting with ×) with three decimals; everything else (and a count's median of an even number of
 * runs) with one decimal.
 */
export function formatValue(value: number, unit: string): string {
  if (unit === 'bytes' || (unit === 'ms' && value >= 100) || (countUnits.has(unit) && Number.isInteger(value))) return integer.format(value);
  if (unit.startsWith('×')) return threeDecimals.format(value);
  return unit === 'ms' ? twoDecimals.format(value) : oneDecimal.format(value);
}

export function formatRatio(ratio: number | null): string {
  if (ratio === null) return '';
  return `${ratio.toFixed(ratio < 0.1 ? 3 : 2)}×`;
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|');

export function formatRowsTable(rows: readonly BenchRow[]): string {
  const lines = [
    '| measurement | median | min | max | unit | n | ratio | vs (baseline row) |',
    '|---|--:|--:|--:|---|--:|--:|---|',
  ];
  const baselines = new Set(rows.flatMap((row) => (row.baseline === undefined ? [] : [row.baseline])));
  for (const row of rows) {
    const cells = [
      escapeCell(row.label),
      formatValue(row.median, row.unit),
      formatValue(row.min, row.unit),
      formatValue(row.max, row.unit),
      row.better === 'higher' ? `${row.unit} (higher is better)` : row.unit,
      String(row.runs),
      row.baseline === undefined ? (baselines.has(row.label) ? 'baseline' : '') : formatRatio(row.ratio),
      row.baseline === undefined ? '' : escapeCell(row.baseline),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** results.md: environment, how to read it, then one table and its notes per suite, then failures. */
export function formatResultsMarkdown(report: BenchReport): string {
  const env = report.environment;
  const parts = [
    '# Bench results',
    '',
    'Written by `npm run bench` (tools/bench, see tools/bench/README.md); regenerate rather than edit.',
    '',
    `- command: \`${report.command}\`${report.smoke ? ' (smoke: a check that the bench works, not a measurement)' : ''}`,
    `- started: ${report.startedAt}; total wall time ${(report.totalDurationMs / 1000).toFixed(1)} s`,
    `- machine: Node ${env.node}, ${env.platform}/${env.arch}, ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB RAM`,
    `- runs per figure: ${report.runs}; figures are median, min and max over the runs`,
    '',
    'Absolute numbers depend on the machine; read the ratios. ratio = this row\'s median / the median of the row named',
    'in "vs", both measured side by side in this run. Rows are lower-is-better (sizes, times, memory: a ratio below 1',
    'means smaller, faster or lighter than the baseline) unless their unit says "higher is better".',
  ];
  for (const suite of report.suites) {
    parts.push('', `## ${suite.suite}`, '', formatRowsTable(suite.rows), '');
    if (suite.measured) parts.push(`- measured separately by \`${suite.measured.command}\`, started ${suite.measured.startedAt}`);
    for (const note of suite.notes) parts.push(`- ${note}`);
    parts.push(`- suite wall time: ${(suite.durationMs / 1000).toFixed(1)} s`);
  }
  if (report.failures.length > 0) {
    parts.push('', '## Failed suites', '');
    for (const failure of report.failures) parts.push(`### ${failure.suite}`, '', '```', failure.error, '```', '');
  }
  return `${parts.join('\n')}\n`;
}
