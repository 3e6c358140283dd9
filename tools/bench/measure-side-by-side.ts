// Interleaves the measurements of competing variants: round r measures every variant once, starting at variant
// r mod n, so machine drift (thermal, other load, caches) spreads over all of them instead of favouring one.

export interface BenchVariant<Metric extends string> {
  key: string;
  /** One measurement; returns a value per metric (e.g. `{ wallMs, maxRssMb }`). Must bound its own duration. */
  measure(): Promise<Record<Metric, number>>;
}

export interface SideBySideOptions {
  runs: number;
  /** No new round starts after this much time; the rounds done so far are kept and `stoppedEarly` is set. */
  timeBudgetMs: number;
  log?: (message: string) => void;
}

export interface SideBySideResult<Metric extends string> {
  /** samples.get(variantKey)[metric] = one value per completed round, in order. */
  samples: Map<string, Record<Metric, number[]>>;
  rounds: number;
  stoppedEarly: boolean;
}

export async function measureSideBySide<Metric extends string>(
  variants: readonly BenchVariant<Metric>[],
  options: SideBySideOptions,
): Promise<SideBySideResult<Metric>> {
  if (variants.length === 0) throw new Error('[bench] measureSideBySide needs at least one variant');
  if (!Number.isInteger(options.runs) || options.runs < 1) throw new Error(`[bench] runs must be >= 1, got ${options.runs}`);
  const samples = new Map<string, Record<Metric, number[]>>();
  const startedAt = performance.now();
  let rounds = 0;
  for (let round = 0; round < options.runs; round += 1) {
    if (round > 0 && performance.now() - startedAt > options.timeBudgetMs) break;
    for (let step = 0; step < variants.length; step += 1) {
      const variant = variants[(round + step) % variants.length]!;
      const values = await variant.measure();
      let perMetric = samples.get(variant.key);
      if (!perMetric) {
        perMetric = {} as Record<Metric, number[]>;
        samples.set(variant.key, perMetric);
      }
      for (const metric of Object.keys(values) as Metric[]) (perMetric[metric] ??= []).push(values[metric]);
    }
    rounds += 1;
    options.log?.(`round ${rounds}/${options.runs} done`);
  }
  return { samples, rounds, stoppedEarly: rounds < options.runs };
}
