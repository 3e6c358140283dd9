import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { BenchReport, SuiteResult } from './bench-suite.js';
import { formatResultsMarkdown } from './format-results-markdown.js';
import { mergeReports, readFullReport, writeResults } from './write-results.js';

const suite = (name: string, note: string): SuiteResult => ({ suite: name, rows: [], notes: [note], durationMs: 1_000 });
const report = (suites: SuiteResult[], overrides: Partial<BenchReport> = {}): BenchReport => ({
  startedAt: '2026-11-25T15:43:23.918Z',
  command: 'npm run bench',
  runs: 5,
  smoke: false,
  environment: { node: 'v20.20.2', platform: 'linux', arch: 'x64', cpus: 2, cpuModel: 'AMD EPYC', memoryGb: 23.5 },
  suites,
  failures: [],
  totalDurationMs: 500_000,
  ...overrides,
});
const order = ['bundle-size', 'runtime-overhead', 'rate-limit-efficiency', 'codegen-time'];

describe('npm run bench -- --only <suite> updates its section of the full report', () => {
  let dir = '';
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('replaces the re-measured suite in place, keeps the others, the header and their failures, and says who measured it', () => {
    const full = report([suite('bundle-size', 'old bundle'), suite('rate-limit-efficiency', 'old rate'), suite('codegen-time', 'old codegen')], {
      failures: [{ suite: 'codegen-time', error: 'boom' }, { suite: 'rate-limit-efficiency', error: 'old failure' }],
    });
    const only = report([suite('rate-limit-efficiency', 'new rate')], { command: 'npm run bench -- --only rate-limit-efficiency', startedAt: '2026-12-01T10:00:00.000Z', runs: 3 });
    const merged = mergeReports(full, only, order);
    expect(merged.suites.map((entry) => entry.suite)).toEqual(['bundle-size', 'rate-limit-efficiency', 'codegen-time']);
    expect(merged.suites[1]?.notes).toEqual(['new rate']);
    expect(merged.suites[1]?.measured).toEqual({ command: 'npm run bench -- --only rate-limit-efficiency', startedAt: '2026-12-01T10:00:00.000Z' });
    expect(merged.suites[0]?.notes).toEqual(['old bundle']);
    expect(merged.suites[0]?.measured).toBeUndefined();
    expect(merged.failures).toEqual([{ suite: 'codegen-time', error: 'boom' }]);
    expect(merged).toMatchObject({ command: 'npm run bench', runs: 5, startedAt: full.startedAt });
  });

  it('adds a suite the full report lacks in suite order', () => {
    const merged = mergeReports(report([suite('bundle-size', 'a'), suite('codegen-time', 'c')]), report([suite('runtime-overhead', 'b')]), order);
    expect(merged.suites.map((entry) => entry.suite)).toEqual(['bundle-size', 'runtime-overhead', 'codegen-time']);
  });

  it('merges only into a full report: a smoke report or none at all is not one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ccaas-bench-results-'));
    expect(await readFullReport(dir)).toBeUndefined();
    await writeResults(report([suite('bundle-size', 'a')], { smoke: true }), dir);
    expect(await readFullReport(dir)).toBeUndefined();
    await writeResults(report([suite('bundle-size', 'a')]), dir);
    expect((await readFullReport(dir))?.suites.map((entry) => entry.suite)).toEqual(['bundle-size']);
    await writeFile(join(dir, 'results.json'), '{ not json');
    expect(await readFullReport(dir)).toBeUndefined();
    expect(await readFile(join(dir, 'results.md'), 'utf8')).toContain('## bundle-size');
  });

  it('writeResults with merge keeps the full report\'s other sections; into a smoke report it writes the run alone', async () => {
    dir = await mkdtemp(join(tmpdir(), 'ccaas-bench-results-'));
    await writeResults(report([suite('bundle-size', 'old bundle'), suite('codegen-time', 'old codegen')]), dir);
    const only = report([suite('runtime-overhead', 'new runtime')], { command: 'npm run bench -- --only runtime-overhead' });
    expect((await writeResults(only, dir, { order })).merged).toBe(true);
    expect((await readFullReport(dir))?.suites.map((entry) => entry.suite)).toEqual(['bundle-size', 'runtime-overhead', 'codegen-time']);
    await writeResults(report([suite('bundle-size', 'smoke')], { smoke: true }), dir);
    expect((await writeResults(only, dir, { order })).merged).toBe(false);
    expect((await readFullReport(dir))?.suites.map((entry) => entry.suite)).toEqual(['runtime-overhead']);
  });
});

describe('an --only run merged into the committed results', () => {
  it('replaces its suites, keeps every other section as it was, in suite order, and says what measured it', () => {
    const full = report([suite('a', 'old a'), suite('b', 'old b'), suite('c', 'old c')], { command: 'npm run bench', startedAt: '2026-01-01' });
    const only = report([suite('d', 'new d'), suite('b', 'new b')], { command: 'npm run bench -- --only b,d', startedAt: '2026-02-02' });
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
