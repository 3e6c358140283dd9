// One rate-window model: the same table of cases drives auth-core's `RateWindow` (one process's window) and the
// Redis budget's Lua (the window every process shares) through the same moments, and both must answer alike. The Lua
// reads its clock from an optional script argument instead of Redis TIME for this. Covered: windows reported by
// rate-limit headers (first window, rollover, self-rollover, late answers, a changed limit). Not covered: the
// allowance learned from header-less 429s, where the two differ by design (a process counts its answers, Redis
// counts the sends it granted to every process).
import { authCoreDefaults } from '@ccaas/auth-core';
import { skipRedisTests } from '@ccaas/test-support';
import { describe, expect, it } from 'vitest';
import { RateWindow } from '../../auth-core/src/rate-window.js';
import { useRedisServer } from '../test/use-redis-server.js';
import { rateWindowScripts } from './create-redis-rate-budget.js';

type Step =
  | { at: number; observe: { limit: number; count: number; resetMs: number }; inFlight: number }
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
];

/** What each model answered to the table's takes, in order. */
function runTypeScript(modelCase: ModelCase): number[] {
  const window = new RateWindow(settings);
  const answers: number[] = [];
  for (const step of modelCase.steps) {
    if ('observe' in step) window.observe(step.observe, T0 + step.at, step.inFlight);
    else answers.push(window.take(T0 + step.at, step.inFlight));
  }
  return answers;
}

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
