import { describe, expect, it } from 'vitest';
import { fullJitterBackoffMs } from './full-jitter-backoff.js';

describe('fullJitterBackoffMs', () => {
  const options = { baseDelayMs: 100, maxDelayMs: 1_000 };

  it('spans [0, base * 2^attempt) and is capped at maxDelayMs', () => {
    expect([0, 1, 2, 3, 4, 10].map((attempt) => fullJitterBackoffMs(attempt, options, () => 0.999999))).toEqual([
      99, 199, 399, 799, 999, 999,
    ]);
    expect(fullJitterBackoffMs(5, options, () => 0)).toBe(0);
    expect(fullJitterBackoffMs(1, options, () => 0.5)).toBe(100);
  });

  it('stays within bounds for any random source (bounded sample)', () => {
    for (let attempt = 0; attempt < 8; attempt++) {
      for (let sample = 0; sample < 50; sample++) {
        const delay = fullJitterBackoffMs(attempt, options);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt));
      }
    }
    expect(fullJitterBackoffMs(0, options, () => 7)).toBe(100);
  });
});
