import { describe, expect, it } from 'vitest';
import { callsPerWorker } from '../soak/run-soak.js';
import { clusterPlanOf, fullSoakPlan, smallSoakPlan, smokeSoakPlan } from './soak.js';

describe('soak plans', () => {
  // Heap snapshots at the warm point and at the end of a Redis Cluster run warmed up on 1,250 calls per process: the
  // growth (up to 1.08x) was all V8 code (optimized code, deopt data, feedback vectors) compiled after the warm
  // point; application objects stayed within ±80 KiB. A warm heap taken before the JIT has settled measures the JIT.
  it.each([
    ['full', fullSoakPlan],
    ['small', smallSoakPlan],
    ['smoke', smokeSoakPlan],
  ])('the Redis Cluster run of the %s plan warms up on as many calls per process as the single-Redis run (a warm heap taken earlier grows by the JIT, not by a leak)', (_name, plan) => {
    const single = callsPerWorker(plan);
    const cluster = callsPerWorker(clusterPlanOf(plan));
    expect(cluster.warmup).toBe(single.warmup);
    // and no fewer calls after the warm point than the run of a quarter of the calls with the early warm point made:
    // a per-call leak shows at least as clearly
    const quarter = callsPerWorker({ ...plan, totalCalls: Math.ceil(plan.totalCalls / 4) });
    expect(cluster.total - cluster.warmup).toBeGreaterThanOrEqual(quarter.total - quarter.warmup);
  });
});
