import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile (nearest rank)', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, index) => 100 - index);

  it('picks the smallest value with at least p % of the list at or below it, whatever the order', () => {
    expect(percentile(oneToHundred, 50)).toBe(50);
    expect(percentile(oneToHundred, 99)).toBe(99);
    expect(percentile(oneToHundred, 100)).toBe(100);
    expect(percentile(oneToHundred, 0.5)).toBe(1);
    expect(percentile(Float64Array.of(3, 1, 2), 50)).toBe(2);
    expect(percentile([7], 99)).toBe(7);
  });

  it('refuses an empty list and p outside (0, 100]', () => {
    expect(() => percentile([], 50)).toThrow(/empty/);
    expect(() => percentile([1], 0)).toThrow(/\(0, 100\]/);
    expect(() => percentile([1], 101)).toThrow(/\(0, 100\]/);
  });
});
