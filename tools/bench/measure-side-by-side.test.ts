import { describe, expect, it } from 'vitest';
import { createBenchRows } from './create-bench-rows.js';
import { measureSideBySide } from './measure-side-by-side.js';
import { summariseSamples } from './summarise-samples.js';

describe('measureSideBySide', () => {
  it('measures every variant once per round, rotating which one goes first', async () => {
    const order: string[] = [];
    const variant = (key: string) => ({ key, measure: async () => (order.push(key), { value: order.length }) });
    const result = await measureSideBySide([variant('a'), variant('b'), variant('c')], { runs: 3, timeBudgetMs: 60_000 });
    expect(order).toEqual(['a', 'b', 'c', 'b', 'c', 'a', 'c', 'a', 'b']);
    expect(result.rounds).toBe(3);
    expect(result.stoppedEarly).toBe(false);
    expect(result.samples.get('a')!.value).toEqual([1, 6, 8]);
  });

  it('starts no new round once the time budget is spent, keeping the finished rounds', async () => {
    const slow = { key: 'slow', measure: () => new Promise<{ ms: number }>((resolve) => setTimeout(() => resolve({ ms: 1 }), 20)) };
    const result = await measureSideBySide([slow], { runs: 50, timeBudgetMs: 10 });
    expect(result.rounds).toBe(1);
    expect(result.stoppedEarly).toBe(true);
  });
});

describe('summariseSamples and createBenchRows', () => {
  it('takes the median of odd and even counts', () => {
    expect(summariseSamples([5, 1, 3])).toEqual({ median: 3, min: 1, max: 5 });
    expect(summariseSamples([4, 1, 3, 2])).toEqual({ median: 2.5, min: 1, max: 4 });
    expect(() => summariseSamples([])).toThrow(/empty/);
    expect(() => summariseSamples([1, Number.NaN])).toThrow(/finite/);
  });

  it('computes ratios against the named baseline row and rejects unknown baselines', () => {
    const rows = createBenchRows([
      { label: 'ours', samples: [10, 30, 20], unit: 'ms', better: 'lower', baseline: 'theirs' },
      { label: 'theirs', samples: [40, 40, 40], unit: 'ms', better: 'lower' },
    ]);
    expect(rows[0]).toMatchObject({ median: 20, min: 10, max: 30, runs: 3, ratio: 0.5 });
    expect(rows[1]!.ratio).toBeNull();
    expect(() => createBenchRows([{ label: 'x', samples: [1], unit: 'ms', better: 'lower', baseline: 'y' }])).toThrow(/no baseline row "y"/);
  });
});
