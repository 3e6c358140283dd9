// The small soak in `npm test`: 4 processes, one real redis-server (restarted and made to reject
// writes), rotating refresh tokens with reuse detection, 2,000 API calls with random caller timeouts and aborts.
// No wall-clock assertion: the soak bounds itself (no call starts after its deadline), and when that watchdog
// fires the test reports how far it got and checks only what completed. `npm run bench -- --only soak` runs the
// full 100,000-call version (bench/results.md).
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { skipRedisTests } from '@ccaas/test-support';
import { runSoak, type SoakResult } from './soak/run-soak.js';
import { smallSoakPlan, soakTotals } from './suites/soak.js';

const repoRoot = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..');
const workDir = join(repoRoot, 'bench', 'results', 'raw', `soak-e2e-${process.pid}`);

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

describe.skipIf(skipRedisTests)('soak (small): processes sharing a rotating refresh token through a faulty Redis', () => {
  let result: SoakResult;

  it('makes its calls with no forced re-login and no lost call, with a flat heap', async () => {
    result = await runSoak({ ...smallSoakPlan, workDir, log: (message) => console.log(`[soak e2e] ${message}`) });
    const totals = soakTotals(result);
    console.log(
      `[soak e2e] ${totals.calls} calls in ${(result.runMs / 1000).toFixed(1)} s: ${totals.answered} answered, ${totals.gaveUp} given up by their caller, ${totals.lost} lost; ` +
        `${result.server.tokenRequests} token requests (${totals.tokenRequestRatio.toFixed(2)} x run time / token lifetime), ${totals.forcedRelogins} forced re-logins; ` +
        `${result.faults.redisRestarts} Redis restarts, ${result.faults.writeRejectionWindows} write-rejection windows (${result.faults.longWriteRejectionWindows} longer than a refresh); heap end/warm ${totals.heapRatio.toFixed(3)}` +
        (result.timedOut ? ' -- WATCHDOG: stopped at the deadline; the counts cover the calls made until then' : ''),
    );
    expect(totals.forcedRelogins).toBe(0);
    expect(result.server.familyRevocations).toBe(0);
    expect(totals.lost).toBe(0);
    expect(totals.calls).toBeGreaterThan(0);
    if (!result.timedOut) {
      expect(totals.calls).toBe(smallSoakPlan.totalCalls);
      // the first long write-rejection window opens 1 s in and holds the other faults back while it lasts: a run that
      // ends within it has met that fault only, which counts
      expect(result.faults.redisRestarts + result.faults.writeRejectionWindows + result.faults.longWriteRejectionWindows).toBeGreaterThan(0);
    }
    // a leak grows with the number of calls; 4,000 calls are too few to hold the 10% goal of the full soak to
    expect(totals.heapRatio).toBeLessThan(1.5);
  }, 20 * 60_000); // a hang guard only: the soak stops itself at its own deadline (timeoutMs of the plan) and reports
});
