// One rate-window model: the same table of cases drives auth-core's `RateWindow` (one process's window) and the
// Redis budget's Lua (the window every process shares) through the same moments, and both must answer alike. The Lua
// reads its clock from an optional script argument instead of Redis TIME for this. Covered: windows reported by
// rate-limit headers (first window, rollover, self-rollover, late answers, a changed limit), and the allowance the
// platform publishes (seeded, paced without a burst, probed upward, ignored once the window is known). Not covered:
// how an allowance is learned from header-less 429s, where the two differ by design (a process counts its answers,
// Redis counts the sends it granted to every process). The Lua's constants are generated from auth-core's defaults.
import { authCoreDefaults } from '@ccaas/auth-core';
import { skipRedisTests } from '@ccaas/test-support';
import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../auth-core/src/rate-window.js';
import { useRedisServer } from '../test/use-redis-server.js';
import { rateWindowLuaConstants, rateWindowScripts } from './create-redis-rate-budget.js';

type Step =
  | { at: number; observe: { limit: number; count: number; resetMs: number }; inFlight: number }
  | { at: number; seed: { requests: number; windowMs: number; sentBefore: number } }
  | { at: number; take: number; inFlight: number };

interface ModelCase {
  name: string;
  steps: Step[];
}

/** Times are ms after an arbitrary epoch moment (0 means "nothing learned" to both models). */
const T0 = 1_900_000_000_000;
const settings = { windowEdgeMs: authCoreDefaults.rateLimit.windowEdgeMs, burstFraction: authCoreDefaults.rateLimit.burstFraction };
const seen = (count: number, limit = 10, resetMs = 1_000) => ({ limit, count, resetMs });

const cases: ModelCase[] = [
  {
    name: 'first window (phase unknown): sends windowMs / limit apart, then a wait for the window end once spent',
    steps: [
      { at: 0, observe: seen(1), inFlight: 6 },
      { at: 0, take: 0, inFlight: 6 },
      { at: 0, take: 100, inFlight: 7 },
      { at: 100, take: 0, inFlight: 7 },
      { at: 200, take: 0, inFlight: 8 },
      { at: 300, take: 700, inFlight: 9 },
    ],
  },
  {
    name: 'a drop of the server count shows the rollover: a burst, then sends spread between the window edges',
    steps: [
      { at: 0, observe: seen(9), inFlight: 0 },
      { at: 400, observe: seen(1), inFlight: 0 },
      { at: 450, take: 0, inFlight: 0 },
      { at: 450, take: 100, inFlight: 1 },
      { at: 550, take: 0, inFlight: 1 },
      { at: 560, take: 90, inFlight: 1 },
    ],
  },
  {
    name: 'a window that ended without news rolls over by itself, counting what is still in flight',
    steps: [
      { at: 0, observe: seen(10), inFlight: 0 },
      { at: 500, take: 500, inFlight: 0 },
      { at: 1_000, take: 0, inFlight: 2 },
      { at: 1_000, take: 100, inFlight: 3 },
    ],
  },
  {
    name: 'a late answer from the previous window is ignored; later in the window such counts are believed',
    steps: [
      { at: 0, observe: seen(9), inFlight: 0 },
      { at: 400, observe: seen(1), inFlight: 0 },
      { at: 420, observe: seen(10), inFlight: 0 },
      { at: 450, take: 0, inFlight: 0 },
      { at: 800, observe: seen(9), inFlight: 0 }, // 9 of 10 used: the last send's slot is at the window's end edge
      { at: 800, take: 450, inFlight: 0 },
      { at: 850, take: 400, inFlight: 0 },
    ],
  },
  {
    name: 'headers describing another limit are learned afresh',
    steps: [
      { at: 0, observe: seen(3, 300, 42_000), inFlight: 0 },
      { at: 100, observe: seen(1, 10, 1_000), inFlight: 0 },
      { at: 100, take: 0, inFlight: 0 },
      { at: 100, take: 100, inFlight: 1 },
      { at: 1_100, take: 0, inFlight: 0 },
    ],
  },
  {
    // 11 per second, paced 3% (at least 1) below it: 10 per second, 100 ms apart, with no burst
    name: 'a published allowance paces from the first send, one step below it and without a burst',
    steps: [
      { at: 0, seed: { requests: 11, windowMs: 1_000, sentBefore: 0 } },
      { at: 0, take: 0, inFlight: 0 },
      { at: 0, take: 100, inFlight: 1 },
      { at: 100, take: 0, inFlight: 1 },
      { at: 150, take: 50, inFlight: 2 },
      { at: 450, take: 0, inFlight: 0 }, // released late: the next may follow at once, the pace is not pushed back
      { at: 450, take: 0, inFlight: 1 },
      { at: 450, take: 100, inFlight: 2 },
    ],
  },
  {
    // 70 allowed, 67 paced (a step of 3), 100 ms apart: a late release may catch up 2 slots, not more
    name: 'the slots a late release missed follow it at once, up to one less than the step below the allowance',
    steps: [
      { at: 0, seed: { requests: 70, windowMs: 6_700, sentBefore: 0 } },
      { at: 0, take: 0, inFlight: 0 },
      { at: 500, take: 0, inFlight: 1 }, // 400 ms late
      { at: 500, take: 0, inFlight: 2 },
      { at: 500, take: 0, inFlight: 3 },
      { at: 500, take: 0, inFlight: 4 },
      { at: 500, take: 100, inFlight: 5 },
      { at: 600, take: 0, inFlight: 5 },
      { at: 600, take: 100, inFlight: 6 },
    ],
  },
  {
    name: 'sends made before the allowance was known are paced as if they had been: the first paced send waits for them',
    steps: [
      { at: 0, seed: { requests: 11, windowMs: 1_000, sentBefore: 3 } },
      { at: 0, take: 300, inFlight: 0 },
      { at: 300, take: 0, inFlight: 0 },
      { at: 300, take: 100, inFlight: 1 },
    ],
  },
  {
    name: 'a published allowance rises by a step after 20 windows of queued sends without a 429',
    steps: [
      { at: 0, seed: { requests: 11, windowMs: 1_000, sentBefore: 0 } },
      { at: 20_000, take: 0, inFlight: 0 },
      { at: 20_000, take: 0, inFlight: 1 },
      { at: 20_000, take: 100, inFlight: 2 }, // queued behind the pace 20 windows after the seed: 12 allowed, 11 paced
      { at: 20_100, take: 0, inFlight: 1 },
      { at: 20_100, take: 91, inFlight: 2 }, // 1000 / 11 apart now
    ],
  },
  {
    name: 'a published allowance does not replace a window that headers describe, nor one already seeded',
    steps: [
      { at: 0, observe: seen(1), inFlight: 6 },
      { at: 0, seed: { requests: 1_000, windowMs: 1_000, sentBefore: 0 } },
      { at: 0, take: 0, inFlight: 6 },
      { at: 0, take: 100, inFlight: 7 },
    ],
  },
  {
    name: 'the first published allowance wins: a second seed (another process) changes nothing',
    steps: [
      { at: 0, seed: { requests: 11, windowMs: 1_000, sentBefore: 0 } },
      { at: 0, seed: { requests: 1_000, windowMs: 1_000, sentBefore: 0 } },
      { at: 0, take: 0, inFlight: 0 },
      { at: 0, take: 100, inFlight: 1 },
    ],
  },
];

/** What each model answered to the table's takes, in order. */
function runTypeScript(modelCase: ModelCase): number[] {
  const window = new RateWindow(settings);
  const answers: number[] = [];
  for (const step of modelCase.steps) {
    if ('observe' in step) window.observe(step.observe, T0 + step.at, step.inFlight);
    else if ('seed' in step) window.seed(step.seed.requests, step.seed.windowMs, T0 + step.at, step.seed.sentBefore);
    else answers.push(window.take(T0 + step.at, step.inFlight));
  }
  return answers;
}

describe("the Lua's constants", () => {
  it('are generated from auth-core’s defaults when the module loads, in every script (not copied by hand)', () => {
    const { learned } = authCoreDefaults.rateLimit;
    expect(rateWindowLuaConstants).toEqual({
      stepFraction: learned.stepFraction,
      minCount: learned.minCount,
      probeWindows: learned.probeWindows,
      probeRiseFraction: learned.probeRiseFraction,
      learnableRetryAfterMs: learned.maxRetryAfterMs,
    });
    for (const script of Object.values(rateWindowScripts)) {
      for (const [name, value] of Object.entries(rateWindowLuaConstants)) expect(script.source).toContain(`local ${name} = ${value}\n`);
    }
  });
});

describe('the rate-window model in TypeScript', () => {
  for (const modelCase of cases) {
    it(modelCase.name, () => {
      const expected = modelCase.steps.flatMap((step) => ('take' in step ? [step.take] : []));
      expect(runTypeScript(modelCase)).toEqual(expected);
    });
  }
});

describe.skipIf(skipRedisTests)('the same table against the Redis budget’s Lua on a real redis-server', () => {
  const redis = useRedisServer();

  async function runLua(modelCase: ModelCase, key: string): Promise<number[]> {
    const answers: number[] = [];
    for (const step of modelCase.steps) {
      const now = String(T0 + step.at);
      if ('observe' in step) {
        const { limit, count, resetMs } = step.observe;
        await redis.admin.eval(rateWindowScripts.observe.source, 1, key, limit, count, resetMs, step.inFlight, now);
      } else if ('seed' in step) {
        const { requests, windowMs, sentBefore } = step.seed;
        await redis.admin.eval(rateWindowScripts.seed.source, 1, key, requests, windowMs, sentBefore, now);
      } else {
        const wait = await redis.admin.eval(rateWindowScripts.take.source, 1, key, step.inFlight, settings.windowEdgeMs, settings.burstFraction, now);
        answers.push(Number(wait));
      }
    }
    return answers;
  }

  for (const [index, modelCase] of cases.entries()) {
    it(modelCase.name, async () => {
      const expected = modelCase.steps.flatMap((step) => ('take' in step ? [step.take] : []));
      expect(await runLua(modelCase, `model-case-${index}`)).toEqual(expected);
    });
  }
});
