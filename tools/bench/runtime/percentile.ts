/**
 * The nearest-rank percentile (`p` in (0, 100]) of a list of finite numbers: the smallest value with at least p % of
 * the list at or below it. p99 of 20,000 latencies is the 19,800th smallest.
 */
export function percentile(values: ArrayLike<number>, p: number): number {
  if (values.length === 0) throw new Error('[bench] percentile of an empty list');
  if (!(p > 0 && p <= 100)) throw new Error(`[bench] percentile must be in (0, 100], got ${p}`);
  const sorted = Float64Array.from(values).sort();
  return sorted[Math.ceil((p / 100) * sorted.length) - 1]!;
}
