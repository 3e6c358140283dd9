export interface SampleSummary {
  median: number;
  min: number;
  max: number;
}

/** Median (mean of the middle two for an even count), min and max of a non-empty list of finite numbers. */
export function summariseSamples(samples: readonly number[]): SampleSummary {
  if (samples.length === 0) throw new Error('[bench] cannot summarise an empty list of samples');
  if (!samples.every(Number.isFinite)) throw new Error(`[bench] samples must be finite numbers: ${samples.join(', ')}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return { median, min: sorted[0]!, max: sorted[sorted.length - 1]! };
}
