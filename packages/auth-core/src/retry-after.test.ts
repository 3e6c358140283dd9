import { describe, expect, it } from 'vitest';
import { retryAfterMs } from './retry-after.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2030-01-01T00:00:00Z');
  it.each([
    ['delta-seconds', '42', 42_000],
    ['zero seconds', '0', 0],
    ['fractional seconds', '1.5', 1_500],
    ['padded seconds', '  7 ', 7_000],
    ['an HTTP-date in the future', 'Tue, 01 Jan 2030 00:00:30 GMT', 30_000],
    ['an HTTP-date in the past', 'Mon, 31 Dec 2029 23:59:00 GMT', 0],
  ])('parses %s', (_name, value, expected) => {
    expect(retryAfterMs(value, now)).toBe(expected);
  });

  it.each([
    ['absent', null],
    ['undefined', undefined],
    ['empty', ''],
    ['negative', '-5'],
    ['garbage', 'soon'],
    ['seconds with a unit', '12 seconds'],
  ])('returns undefined for %s', (_name, value) => {
    expect(retryAfterMs(value, now)).toBeUndefined();
  });
});
