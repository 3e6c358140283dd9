import { afterEach, describe, expect, it } from 'vitest';
import { baselineWindow, checkBudget, failuresOf, limitScale } from './budget.js';

afterEach(() => {
  delete process.env['BUDGET_LIMIT_SCALE'];
});

describe('checkBudget', () => {
  it('a figure over its limit fails and says by how much', () => {
    const result = checkBudget({ name: 'bundle', measured: 22_100, limit: 22_016, unit: 'B', basis: '21.5 KB' });
    expect(result.ok).toBe(false);
    expect(result.message).toBe('bundle: 22,100 B, limit 22,016 B (21.5 KB): exceeded by 84 B (0.4%)');
  });

  it('a figure at its limit holds', () => {
    expect(checkBudget({ name: 'bundle', measured: 22_016, limit: 22_016, unit: 'B', basis: '21.5 KB' })).toMatchObject({ ok: true, message: 'bundle: 22,016 B, limit 22,016 B (21.5 KB): ok, 0 B to spare' });
  });

  it('a baseline window fails above +5% and, as a stale baseline, below -5%', () => {
    expect(checkBudget(baselineWindow('tarball', 1051, 1000, 0.05, 'B')).message).toBe('tarball: 1,051 B, limit 1,050 B (baseline 1,000 B + 5%): exceeded by 1 B (0.1%)');
    expect(checkBudget(baselineWindow('tarball', 1050, 1000, 0.05, 'B')).ok).toBe(true);
    expect(checkBudget(baselineWindow('tarball', 940, 1000, 0.05, 'B')).message).toMatch(/^tarball: 940 B, limit 1,050 B \(baseline 1,000 B \+ 5%\): below the baseline window by 10 B: a deliberate shrink updates the baseline/);
  });

  it('ratios are printed with three decimals', () => {
    expect(checkBudget(baselineWindow('type-check', 1.3, 1.168, 0.1, 'x')).message).toBe('type-check: 1.300x, limit 1.285x (baseline 1.168x + 10%): exceeded by 0.015x (1.2%)');
  });

  it('BUDGET_LIMIT_SCALE lowers every upper limit, and a bad value is refused', () => {
    process.env['BUDGET_LIMIT_SCALE'] = '0.9';
    expect(baselineWindow('tarball', 1000, 1000, 0.05, 'B')).toMatchObject({ limit: 945, basis: 'baseline 1,000 B + 5%, scaled by 0.9' });
    expect(checkBudget(baselineWindow('tarball', 1000, 1000, 0.05, 'B')).message).toContain('exceeded by 55 B');
    process.env['BUDGET_LIMIT_SCALE'] = 'zero';
    expect(() => limitScale()).toThrow('BUDGET_LIMIT_SCALE must be a positive number, got "zero"');
  });

  it('failuresOf lists only the crossed budgets', () => {
    const results = [
      checkBudget({ name: 'a', measured: 1, limit: 2, unit: 'B', basis: 'x' }),
      checkBudget({ name: 'b', measured: 3, limit: 2, unit: 'B', basis: 'x' }),
    ];
    expect(failuresOf(results)).toBe('[budgets] 1 budget(s) crossed:\n  b: 3 B, limit 2 B (x): exceeded by 1 B (50.0%)');
    expect(failuresOf(results.slice(0, 1))).toBeUndefined();
  });
});
