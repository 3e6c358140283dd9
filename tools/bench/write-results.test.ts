import { describe, expect, it } from 'vitest';
import type { BenchReport, SuiteResult } from './bench-suite.js';
import { formatResultsMarkdown } from './format-results-markdown.js';
import { mergeReports } from './write-results.js';

const suite = (name: string, note: string): SuiteResult => ({ suite: name, rows: [], notes: [note], durationMs: 1 });
const report = (command: string, startedAt: string, suites: SuiteResult[]): BenchReport => ({
  startedAt,
  command,
  runs: 5,
  smoke: false,
  environment: { node: 'v20', platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'cpu', memoryGb: 8 },
  suites,
  failures: [],
  totalDurationMs: 1,
});

describe('an --only run merged into the committed results', () => {
  it('replaces its suites, keeps every other section as it was, in suite order, and says what measured it', () => {
    const full = report('npm run bench', '2026-01-01', [suite('a', 'old a'), suite('b', 'old b'), suite('c', 'old c')]);
    const only = report('npm run bench -- --only b,d', '2026-02-02', [suite('d', 'new d'), suite('b', 'new b')]);
    const merged = mergeReports(full, only, ['a', 'b', 'c', 'd']);
    expect(merged.suites.map((entry) => [entry.suite, entry.notes[0], entry.measured?.command])).toEqual([
      ['a', 'old a', undefined],
      ['b', 'new b', 'npm run bench -- --only b,d'],
      ['c', 'old c', undefined],
      ['d', 'new d', 'npm run bench -- --only b,d'],
    ]);
    expect(merged.command).toBe('npm run bench');
    const markdown = formatResultsMarkdown(merged);
    expect(markdown).toContain('- measured separately by `npm run bench -- --only b,d`, started 2026-02-02');
    expect(markdown.match(/measured separately/g)).toHaveLength(2);
  });
});
