import type { BenchRow, Better } from './bench-suite.js';
import { summariseSamples } from './summarise-samples.js';

export interface RowSpec {
  label: string;
  samples: readonly number[];
  unit: string;
  better: Better;
  /** Label of another row in the same list; the ratio is this row's median over that row's median. */
  baseline?: string;
}

/** Summarises each row's samples and computes ratios against baselines in the same list. */
export function createBenchRows(specs: readonly RowSpec[]): BenchRow[] {
  const medians = new Map<string, number>();
  for (const spec of specs) {
    if (medians.has(spec.label)) throw new Error(`[bench] duplicate row label "${spec.label}"`);
    medians.set(spec.label, summariseSamples(spec.samples).median);
  }
  return specs.map((spec) => {
    const summary = summariseSamples(spec.samples);
    let ratio: number | null = null;
    if (spec.baseline !== undefined) {
      const baselineMedian = medians.get(spec.baseline);
      if (baselineMedian === undefined) throw new Error(`[bench] row "${spec.label}": no baseline row "${spec.baseline}"`);
      ratio = baselineMedian === 0 ? null : summary.median / baselineMedian;
    }
    return {
      label: spec.label,
      ...summary,
      unit: spec.unit,
      runs: spec.samples.length,
      better: spec.better,
      ...(spec.baseline === undefined ? {} : { baseline: spec.baseline }),
      ratio,
      samples: [...spec.samples],
    };
  });
}
