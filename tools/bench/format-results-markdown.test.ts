import { describe, expect, it } from 'vitest';
import type { BenchRow } from './bench-suite.js';
import { formatRatio, formatRowsTable, formatValue } from './format-results-markdown.js';

describe('result formatting', () => {
  it('prints bytes, whole counts and ms from 100 up as integers, smaller ms with two decimals, multiples with three, other units with one decimal, small ratios with three decimals', () => {
    expect(formatValue(1_973_598, 'bytes')).toBe('1,973,598');
    expect(formatValue(3_136.6, 'ms')).toBe('3,137');
    expect(formatValue(8.456, 'ms')).toBe('8.46');
    expect(formatValue(1_000, 'errors')).toBe('1,000');
    expect(formatValue(0.5, 'requests')).toBe('0.5');
    expect(formatValue(1.0134, '× ideal')).toBe('1.013');
    expect(formatValue(369.72, 'MB')).toBe('369.7');
    expect(formatRatio(0.0273)).toBe('0.027×');
    expect(formatRatio(1.984)).toBe('1.98×');
    expect(formatRatio(null)).toBe('');
  });

  it('marks only rows that others compare with as baseline', () => {
    const row = (label: string, baseline?: string): BenchRow => ({
      label, median: 2, min: 1, max: 3, unit: 'bytes', runs: 3, better: 'lower', ratio: baseline ? 0.5 : null, samples: [1, 2, 3],
      ...(baseline === undefined ? {} : { baseline }),
    });
    const lines = formatRowsTable([row('ours', 'theirs'), row('theirs'), row('alone')]).split('\n');
    expect(lines[2]).toBe('| ours | 2 | 1 | 3 | bytes | 3 | 0.50× | theirs |');
    expect(lines[3]).toBe('| theirs | 2 | 1 | 3 | bytes | 3 | baseline |  |');
    expect(lines[4]).toBe('| alone | 2 | 1 | 3 | bytes | 3 |  |  |');
  });
});
