import { createHash } from 'node:crypto';
import { authCoreDefaults, type RateAllowance, type RateBudget, type RateLimitObservation } from '@ccaas/auth-core';
import type { Cluster, Redis } from 'ioredis';
import type { RedisTokenStore } from './create-redis-token-store.js';
import { redisTokenStoreDefaults } from './defaults.js';
import { createRedisAvailability } from './redis-availability.js';
import { RedisTokenStoreConfigurationError } from './redis-token-store-configuration-error.js';
import type { RedisTokenStoreWarning } from './redis-token-store-warning.js';

export interface RedisRateBudgetOptions {
  /** The token store whose Redis connection the budget shares (`createRedisTokenStore(...)`). Give this or `redis`. */
  store?: RedisTokenStore;
  /** An ioredis `Redis` or `Cluster` you own (never closed by the budget). */
  redis?: Redis | Cluster;
  /** Prefix of the budget's Redis keys (one hash per bucket); default `ccaas:rate-budget:`. */
  keyPrefix?: string;
  /** Receives `redis_unavailable` once per outage; default `console.warn`. */
  onWarning?: (warning: RedisTokenStoreWarning) => void;
  /** A Redis command without an answer after this long counts as Redis unavailable; default 1 000. */
  operationTimeoutMs?: number;
  /** During an outage, Redis is tried again after this long; default 5 000. */
  retryUnavailableAfterMs?: number;
  /** Must match the middleware's `rateLimit.windowEdgeMs`; default auth-core's (50). */
  windowEdgeMs?: number;
  /** Must match the middleware's `rateLimit.burstFraction`; default auth-core's (0.1). */
  burstFraction?: number;
}

/** auth-core's `RateBudget` kept in Redis, plus diagnostics. */
export interface RedisRateBudget extends RateBudget {
  /** `redis` while Redis answers; `fallback` (each process paces on its own) from a failure until it answers again. */
  readonly mode: 'redis' | 'fallback';
  /** The Redis key holding `bucket`'s window. */
  redisKeyFor(bucket: string): string;
}

/**
 * The model's constants, taken from auth-core's `authCoreDefaults.rateLimit.learned` when this module loads and
 * written into the scripts as Lua locals, so the Lua cannot drift from the TypeScript it mirrors.
 */
export const rateWindowLuaConstants = {
  stepFraction: authCoreDefaults.rateLimit.learned.stepFraction,
  minCount: authCoreDefaults.rateLimit.learned.minCount,
  probeWindows: authCoreDefaults.rateLimit.learned.probeWindows,
  probeRiseFraction: authCoreDefaults.rateLimit.learned.probeRiseFraction,
  learnableRetryAfterMs: authCoreDefaults.rateLimit.learned.maxRetryAfterMs,
} as const;

/** `local name = value` lines; a constant that is not a finite number fails at load, not inside Redis. */
function luaLocals(constants: Record<string, number>): string {
  return Object.entries(constants)
    .map(([name, value]) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) throw new TypeError(`rate window constant ${name} must be a finite number`);
      return `local ${name} = ${value}`;
    })
    .join('\n');
}

/**
 * The window model of auth-core's rate-limiter.ts (`RateWindow`) in Lua, so that every process of one OAuth client
 * updates one window atomically: OBSERVE mirrors `RateWindow.observe`, TAKE mirrors `RateWindow.take`, RATE_LIMITED
 * mirrors `RateWindow.spent` (with the 429'd send's age, `sentMsAgo`, for its time) and `settle` (the allowance learned from 429s without rate-limit headers; here `sent`
 * counts the sends TAKE granted to every process, where a process counts its answers, and the sends granted after
 * the spent window's first 429 count only as far as the cycle's 429s need them, where a process counts the answers
 * after it only as far as sends were in flight), SEED mirrors `RateWindow.seed` (the allowance the platform
 * publishes). The constants come from auth-core's defaults (`rateWindowLuaConstants`), and one table of cases drives
 * both models (rate-window-model.test.ts). Times
 * come from Redis (`TIME`), so the processes' clocks need not agree. The hash expires three windows (at least a
 * minute) after its last change.
 *
 * `windowLua` is the scripts' shared part. `nowArg`: the ARGV index of an optional clock reading (epoch ms) that replaces
 * Redis `TIME`, so that one table of cases can drive this model and rate-limiter.ts's `RateWindow` through the same
 * moments (rate-window-model.test.ts); the budget never passes it.
 */
const windowLua = (nowArg: number) => `
-- the learned allowance's constants (auth-core's authCoreDefaults.rateLimit.learned), generated when the module loads
${luaLocals(rateWindowLuaConstants)}
local key = KEYS[1]
local fields = {'limit', 'windowMs', 'windowEnd', 'used', 'lastCount', 'phaseKnown', 'next', 'learned', 'allowance',
  'spentUntil', 'pending', 'sent', 'sentAtCycle', 'sentAtSpent', 'rejected', 'rejectedAtCycle', 'adaptedAt'}
local values = redis.call('HMGET', key, unpack(fields))
local s = {}
for i, name in ipairs(fields) do s[name] = tonumber(values[i]) or 0 end
local now = tonumber(ARGV[${nowArg}])
if not now then
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local function save()
  local flat = {}
  for _, name in ipairs(fields) do
    flat[#flat + 1] = name
    flat[#flat + 1] = s[name]
  end
  redis.call('HSET', key, unpack(flat))
  redis.call('PEXPIRE', key, math.max(60000, math.ceil(s.windowMs * 3)))
end
local function learnedStep(allowance)
  return math.max(1, math.ceil(allowance * stepFraction))
end
-- RateWindow.settle: once the spent window has reopened, learn the allowance from the cycle's count
local function settle()
  if s.pending ~= 1 or now < s.spentUntil then return end
  -- sends granted after the first 429 went to later windows, except those it takes to explain the cycle's 429s
  local after = s.sent - s.sentAtSpent
  local counted = (s.sentAtSpent - s.sentAtCycle) - math.max(0, (s.rejected - s.rejectedAtCycle) - after)
  s.pending = 0
  s.sentAtCycle = s.sent
  s.rejectedAtCycle = s.rejected
  if counted < minCount then return end
  if s.allowance == 0 then s.allowance = counted else s.allowance = math.max(1, math.min(counted, s.allowance - learnedStep(s.allowance))) end
  s.adaptedAt = now
  s.learned = 1
  s.limit = math.max(1, s.allowance - learnedStep(s.allowance))
  s.next = now
end
local function followingEnd()
  local step = math.max(s.windowMs, 1)
  return s.windowEnd + step * math.ceil((now - s.windowEnd + 1) / step)
end
local function startWindow(windowEnd, used, count)
  s.windowEnd = windowEnd
  s.used = used
  s.lastCount = count
end
`;

/** KEYS[1] = bucket hash; ARGV = limit, count, resetMs, inFlight[, now]. */
const OBSERVE_SCRIPT = `${windowLua(5)}
local limit, count, resetMs, inFlight = tonumber(ARGV[1]), tonumber(ARGV[2]), math.max(0, tonumber(ARGV[3])), tonumber(ARGV[4])
local reportedEnd = now + resetMs
local sent = count + math.min(inFlight, limit)
if s.windowEnd == 0 or limit ~= s.limit then
  s.learned = 0
  s.pending = 0
  s.allowance = 0
  s.limit = limit
  s.windowMs = resetMs
  s.phaseKnown = 0
  startWindow(reportedEnd, sent, count)
else
  s.windowMs = math.max(s.windowMs, resetMs)
  if now >= s.windowEnd then
    local rolled = reportedEnd
    if s.phaseKnown == 1 then rolled = followingEnd() end
    startWindow(math.min(rolled, reportedEnd), sent, count)
  elseif s.lastCount * 2 >= limit and count * 2 < s.lastCount then
    startWindow(reportedEnd, sent, count)
    s.phaseKnown = 1
  elseif count - s.lastCount > limit / 2 and now - (s.windowEnd - s.windowMs) < s.windowMs / 4 then
    return 0
  else
    s.windowEnd = math.min(s.windowEnd, reportedEnd)
    s.used = math.max(s.used, sent)
    s.lastCount = math.max(s.lastCount, count)
  end
end
save()
return 1`;

/**
 * KEYS[1] = bucket hash; ARGV = inFlight, windowEdgeMs, burstFraction[, now]. Returns -1 (unknown bucket: the
 * process decides, and the send is counted for a learned allowance), 0 (granted) or ms to wait.
 */
const TAKE_SCRIPT = `${windowLua(4)}
local inFlight, edgeMs, burstFraction = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
settle()
if s.learned == 1 then
  -- RateWindow.takeLearned
  if s.next > now then
    if now - s.adaptedAt >= probeWindows * s.windowMs then
      s.allowance = s.allowance + math.max(1, math.floor(s.allowance * probeRiseFraction))
      s.limit = math.max(1, s.allowance - learnedStep(s.allowance))
      s.adaptedAt = now
    end
    save()
    return math.max(1, math.ceil(s.next - now))
  end
  s.used = s.used + 1
  s.sent = s.sent + 1
  local spacing = s.windowMs / s.limit
  s.next = math.max(s.next + spacing, now - spacing * math.max(0, s.allowance - s.limit - 1))
  save()
  return 0
end
if s.windowEnd == 0 then
  s.sent = s.sent + 1
  save()
  return -1
end
if now >= s.windowEnd then
  s.windowEnd = followingEnd()
  s.used = math.min(inFlight, s.limit)
  s.lastCount = 0
end
if s.used >= s.limit then
  save()
  return math.max(1, math.ceil(s.windowEnd - now))
end
local slot = s.next
if s.phaseKnown == 1 then
  local edge = math.min(edgeMs, s.windowMs / 10)
  local burst = math.max(1, math.floor(s.limit * burstFraction))
  local spread = math.max(1, s.limit - burst)
  slot = s.windowEnd - s.windowMs + edge + (s.windowMs - 2 * edge) * math.max(0, s.used - burst) / spread
end
if slot > now then
  save()
  return math.max(1, math.ceil(slot - now))
end
s.used = s.used + 1
s.next = now + s.windowMs / s.limit
save()
return 0`;

/**
 * KEYS[1] = bucket hash; ARGV = retryAfterMs, sentMsAgo (-1: unknown)[, now]. A 429 without rate-limit headers; one of a send
 * granted before the last spent window reopened belongs to that window (a late answer, or a delayed report).
 */
const RATE_LIMITED_SCRIPT = `${windowLua(3)}
if s.windowEnd ~= 0 then return 0 end
local retryAfterMs, sentMsAgo = tonumber(ARGV[1]), tonumber(ARGV[2]) or -1
if sentMsAgo >= 0 and now - sentMsAgo < s.spentUntil then
  -- counted with that window's 429s while its count is still to be read; it teaches the next cycle nothing
  if s.pending == 1 then
    s.rejected = s.rejected + 1
    save()
  end
  return 1
end
s.rejected = s.rejected + 1
if now >= s.spentUntil and retryAfterMs > 0 and retryAfterMs <= learnableRetryAfterMs then
  settle()
  s.sentAtSpent = s.sent
  s.pending = 1
  s.spentUntil = now + retryAfterMs
  s.windowMs = math.max(s.windowMs, retryAfterMs)
end
save()
return 1`;

/**
 * KEYS[1] = bucket hash; ARGV = requests, windowMs, sentBefore[, now]. RateWindow.seed: the allowance the platform
 * publishes, unless the shared window is known already (headers, or an allowance learned or seeded by any process).
 * Returns 1 when it seeded.
 */
const SEED_SCRIPT = `${windowLua(4)}
local requests, windowMs, sentBefore = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
if s.windowEnd ~= 0 or s.allowance > 0 then return 0 end
s.allowance = requests
s.windowMs = windowMs
s.limit = math.max(1, requests - learnedStep(requests))
s.learned = 1
s.adaptedAt = now
s.next = now + (windowMs / s.limit) * math.min(math.max(0, sentBefore), requests)
save()
return 1`;

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex');
/** The budget's scripts (`source` for EVAL, `sha` for EVALSHA); exported for the model's table test only. */
export const rateWindowScripts = {
  observe: { source: OBSERVE_SCRIPT, sha: sha1(OBSERVE_SCRIPT) },
  take: { source: TAKE_SCRIPT, sha: sha1(TAKE_SCRIPT) },
  rateLimited: { source: RATE_LIMITED_SCRIPT, sha: sha1(RATE_LIMITED_SCRIPT) },
  seed: { source: SEED_SCRIPT, sha: sha1(SEED_SCRIPT) },
};

function defaultWarning(warning: RedisTokenStoreWarning): void {
  console.warn(warning.error ? `${warning.message}: ${warning.error.message}` : warning.message);
}

function positive(value: number | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new RedisTokenStoreConfigurationError(`${name} must be a positive finite number`);
  }
  return value;
}

/**
 * A rate budget shared by every process of one OAuth client (pass it as `rateLimit.budget` to authMiddleware or a
 * client factory): the client bucket's window lives in one Redis hash that all processes update atomically, so they
 * pace against one allowance instead of each spending it alone. Redis trouble never fails a request: the budget
 * answers "unknown" and each process falls back to pacing on its own, with one `redis_unavailable` warning per outage.
 */
export function createRedisRateBudget(options: RedisRateBudgetOptions): RedisRateBudget {
  if (!options || (options.store === undefined && options.redis === undefined)) {
    throw new RedisTokenStoreConfigurationError('store (a RedisTokenStore) or redis (an ioredis client) is required');
  }
  if (options.store !== undefined && options.redis !== undefined) {
    throw new RedisTokenStoreConfigurationError('give either store or redis, not both');
  }
  const client = options.store?.redis ?? options.redis;
  if (!client || typeof client !== 'object' || typeof client.evalsha !== 'function') {
    throw new RedisTokenStoreConfigurationError('redis must be an ioredis Redis or Cluster client');
  }
  const keyPrefix = options.keyPrefix ?? 'ccaas:rate-budget:';
  if (typeof keyPrefix !== 'string') throw new RedisTokenStoreConfigurationError('keyPrefix must be a string');
  if (options.onWarning !== undefined && typeof options.onWarning !== 'function') {
    throw new RedisTokenStoreConfigurationError('onWarning must be a function');
  }
  const operationTimeoutMs = positive(options.operationTimeoutMs, 'operationTimeoutMs', redisTokenStoreDefaults.operationTimeoutMs);
  const retryUnavailableAfterMs = positive(
    options.retryUnavailableAfterMs,
    'retryUnavailableAfterMs',
    redisTokenStoreDefaults.retryUnavailableAfterMs,
  );
  const edgeMs = options.windowEdgeMs ?? authCoreDefaults.rateLimit.windowEdgeMs;
  const burstFraction = options.burstFraction ?? authCoreDefaults.rateLimit.burstFraction;
  if (!(edgeMs >= 0) || !(burstFraction >= 0 && burstFraction <= 1)) {
    throw new RedisTokenStoreConfigurationError('windowEdgeMs must be >= 0 and burstFraction between 0 and 1');
  }
  const onWarning = options.onWarning ?? defaultWarning;
  const availability = createRedisAvailability({
    client,
    operationTimeoutMs,
    retryUnavailableAfterMs,
    secrets: [],
    onUnavailable(error) {
      try {
        onWarning({
          code: 'redis_unavailable',
          message: `[@ccaas/token-store-redis] Redis is unavailable; the rate budget is paced by each process on its own (no cross-process sharing) until it answers again, retried every ${retryUnavailableAfterMs} ms`,
          error,
        });
      } catch {
        // a throwing listener must not fail the request
      }
    },
  });
  const keyFor = (bucket: string) => `${keyPrefix}${bucket}`;

  /** EVALSHA, loading the script with EVAL when this Redis has not seen it yet (NOSCRIPT). */
  async function run(script: { source: string; sha: string }, key: string, args: Array<string | number>): Promise<unknown> {
    try {
      return await client!.evalsha(script.sha, 1, key, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
      return client!.eval(script.source, 1, key, ...args);
    }
  }

  return {
    get mode() {
      return availability.degraded ? 'fallback' : 'redis';
    },
    redisKeyFor: keyFor,
    async take(bucket, inFlight) {
      const outcome = await availability.run(() => run(rateWindowScripts.take, keyFor(bucket), [inFlight, edgeMs, burstFraction]));
      if (!outcome.ok) return undefined;
      const waitMs = Number(outcome.value);
      return Number.isFinite(waitMs) && waitMs >= 0 ? waitMs : undefined;
    },
    async observe(bucket, observation: RateLimitObservation, inFlight) {
      const { limit, count, resetMs } = observation;
      await availability.run(() => run(rateWindowScripts.observe, keyFor(bucket), [limit, count, resetMs, inFlight]));
    },
    async rateLimited(bucket, retryAfterMs, sentMsAgo) {
      const ago = sentMsAgo !== undefined && Number.isFinite(sentMsAgo) && sentMsAgo >= 0 ? Math.round(sentMsAgo) : -1;
      await availability.run(() => run(rateWindowScripts.rateLimited, keyFor(bucket), [retryAfterMs, ago]));
    },
    async seed(bucket, allowance: RateAllowance, sentBefore) {
      const { requests, windowMs } = allowance;
      if (!(Number.isInteger(requests) && requests > 0 && windowMs > 0 && Number.isFinite(windowMs))) return;
      const before = Number.isFinite(sentBefore) && sentBefore > 0 ? Math.round(sentBefore) : 0;
      await availability.run(() => run(rateWindowScripts.seed, keyFor(bucket), [requests, windowMs, before]));
    },
  };
}
