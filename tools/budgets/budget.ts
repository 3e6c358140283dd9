// Size and cost budgets checked in `npm test` (tools/budgets/*.e2e.test.ts, after the published packages are built).
// A budget is an upper limit (and for baselines a window) on one measured figure; a crossed budget fails with the
// figure, the limit and "exceeded by X". The committed baselines (baselines.json) change only on purpose:
// `UPDATE_BUDGET_BASELINES=1` rewrites them from the current measurements, in the same commit as the change that
// moved them, with a changeset line saying why.
//
// `BUDGET_LIMIT_SCALE` (default 1) multiplies every upper limit: `BUDGET_LIMIT_SCALE=0.9` shows each budget failing.
import { readFile, writeFile } from 'node:fs/promises';

export interface BudgetCheck {
  /** What was measured, e.g. "@ccaas/genesys-cloud tarball, packed". */
  name: string;
  measured: number;
  /** Largest allowed value (already scaled). */
  limit: number;
  /** Smallest allowed value: a baseline window's lower edge (a shrink beyond it means the baseline is stale). */
  floor?: number;
  unit: 'B' | 'x';
  /** How the limit was derived, for the message: "baseline 812,345 B + 5%". */
  basis: string;
}

export interface BudgetResult extends BudgetCheck {
  ok: boolean;
  message: string;
}

export const limitScale = (): number => {
  const raw = process.env['BUDGET_LIMIT_SCALE'];
  if (raw === undefined || raw === '') return 1;
  const scale = Number(raw);
  if (!Number.isFinite(scale) || scale <= 0) throw new Error(`[budgets] BUDGET_LIMIT_SCALE must be a positive number, got "${raw}"`);
  return scale;
};

export const updatingBaselines = (): boolean => process.env['UPDATE_BUDGET_BASELINES'] === '1';

export function formatFigure(value: number, unit: BudgetCheck['unit']): string {
  return unit === 'B' ? `${Math.round(value).toLocaleString('en-US')} B` : `${value.toFixed(3)}x`;
}

const percent = (part: number, whole: number) => `${((part / whole) * 100).toFixed(1)}%`;

export function checkBudget(check: BudgetCheck): BudgetResult {
  const figure = (value: number) => formatFigure(value, check.unit);
  const head = `${check.name}: ${figure(check.measured)}, limit ${figure(check.limit)} (${check.basis})`;
  if (check.measured > check.limit) {
    const over = check.measured - check.limit;
    return { ...check, ok: false, message: `${head}: exceeded by ${figure(over)} (${percent(over, check.limit)})` };
  }
  if (check.floor !== undefined && check.measured < check.floor) {
    const under = check.floor - check.measured;
    return {
      ...check,
      ok: false,
      message: `${head}: below the baseline window by ${figure(under)}: a deliberate shrink updates the baseline (UPDATE_BUDGET_BASELINES=1) in the same commit`,
    };
  }
  return { ...check, ok: true, message: `${head}: ok, ${figure(check.limit - check.measured)} to spare` };
}

/** One failure message per crossed budget, or undefined when every budget holds. */
export function failuresOf(results: readonly BudgetResult[]): string | undefined {
  const failed = results.filter((result) => !result.ok);
  return failed.length === 0 ? undefined : `[budgets] ${failed.length} budget(s) crossed:\n${failed.map((r) => `  ${r.message}`).join('\n')}`;
}

/** A window of ±`tolerance` around a committed baseline; the upper edge is scaled by BUDGET_LIMIT_SCALE. */
export function baselineWindow(name: string, measured: number, baseline: number, tolerance: number, unit: BudgetCheck['unit']): BudgetCheck {
  const scale = limitScale();
  return {
    name,
    measured,
    limit: baseline * (1 + tolerance) * scale,
    floor: baseline * (1 - tolerance),
    unit,
    basis: `baseline ${formatFigure(baseline, unit)} + ${Math.round(tolerance * 100)}%${scale === 1 ? '' : `, scaled by ${scale}`}`,
  };
}

export interface TarballBaseline {
  packedBytes: number;
  unpackedBytes: number;
  files: number;
}

export interface Baselines {
  /** Per published package: `npm pack --dry-run --json` of the built package. */
  tarballs: Record<string, TarballBaseline>;
  typeCheck: {
    /** The Genesys area whose one-call consumer is type-checked (tools/bench/consumers/genesys-cloud-consumer.ts). */
    area: string;
    /** Compiler work (identifiers + symbols + types + instantiations) of the consumer / of the no-client floor. */
    ratio: number;
    rounds: number;
  };
}

const baselinesUrl = new URL('./baselines.json', import.meta.url);

export async function readBaselines(): Promise<Baselines> {
  return JSON.parse(await readFile(baselinesUrl, 'utf8')) as Baselines;
}

/** Rewrites one section of baselines.json (UPDATE_BUDGET_BASELINES=1). */
export async function writeBaseline<K extends keyof Baselines>(key: K, value: Baselines[K]): Promise<void> {
  const current = await readBaselines().catch(() => ({}) as Baselines);
  await writeFile(baselinesUrl, `${JSON.stringify({ ...current, [key]: value }, null, 2)}\n`);
}
