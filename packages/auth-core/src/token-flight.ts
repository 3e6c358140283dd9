/**
 * The flight: one refresh shared by every caller of a token manager that needs it (single flight in the process, and
 * across processes through the store's lease). Its phases: adopt a fresh token from the store, or take the lease;
 * request a token; write it to the store; converge on what the store holds. The manager's mutable state is one
 * typed value, {@link TokenState}, passed in; `clear()`/`revoke()` bump its generation so a flight of an older one
 * neither stores nor serves what it obtains.
 */
import type { RefreshReason, TokenManagerEvents } from './events.js';
import type { Grant } from './grants.js';
import { loadDeferred } from './load-deferred.js';
import { authCoreDefaults } from './options.js';
import { abortableWait } from './retry-policy.js';
import type { TokenRequester } from './token-requests.js';
import type { StoreAccess } from './token-store-access.js';
import { sameToken, type HeldLease, type StoredToken } from './token-store.js';

const defaults = authCoreDefaults.tokenManager;
const noop = () => undefined;

export interface Trigger {
  reason: RefreshReason;
  /** Access tokens that must not be accepted as the result (the rejected one, or the one a forced refresh replaces). */
  stale: Set<string>;
}

/** One refresh shared by every caller of this manager that needs it. */
export interface Flight {
  /** Increases per flight: a forced refresh accepts only a flight started after its call. */
  seq: number;
  /** The manager's generation when the flight started: a flight of an older one stores and serves nothing. */
  generation: number;
  background: boolean;
  waiters: number;
  /** Aborted when the last waiter of a foreground flight leaves before anything was sent: stops waiting for a lease. */
  abandon: AbortController;
  /** Set once a token request is on its way: from then on the flight always runs to its end. */
  sent: boolean;
  /** `revoke()` ran while this flight was in flight: whatever it obtains is revoked too. */
  revoked: boolean;
  outcome: 'refreshed' | 'adopted' | 'failed';
  promise: Promise<StoredToken>;
}

/** Everything a token manager remembers between calls. */
export interface TokenState {
  current: StoredToken | undefined;
  flight: Flight | undefined;
  flightSeq: number;
  /** Bumped by `clear()`/`revoke()`. */
  generation: number;
  /** No proactive refresh before this time (after a failed one). */
  proactiveBackoffUntil: number;
}

/** When a token is valid, fresh (outside the refresh skew), and which of two tokens a request starts from. */
export interface TokenFreshness {
  isValid(token: StoredToken, now?: number): boolean;
  isFresh(token: StoredToken, now?: number): boolean;
  /** A token the flight may adopt instead of requesting one: fresh, and not one it must replace. */
  acceptable(token: StoredToken | undefined, trigger: Trigger): token is StoredToken;
  /** The token callers may keep using while a flight fails: still valid and not the one it must replace. */
  servable(token: StoredToken | undefined, trigger: Trigger): StoredToken | undefined;
  /** What the next token request starts from: the newer of the store's copy and ours (the store wins ties). */
  newest(stored: StoredToken | undefined, own: StoredToken | undefined): StoredToken | undefined;
}

export function createTokenFreshness(clock: () => number, explicitSkewMs: number | undefined): TokenFreshness {
  function skewFor(token: StoredToken): number {
    const lifetime = Math.max(0, token.expiresAt - token.obtainedAt);
    if (explicitSkewMs !== undefined) return Math.min(explicitSkewMs, lifetime / 2);
    return Math.min(defaults.refreshSkewMs, lifetime * defaults.refreshSkewFraction);
  }
  const isValid = (token: StoredToken, now = clock()) => now < token.expiresAt;
  const isFresh = (token: StoredToken, now = clock()) => now < token.expiresAt - skewFor(token);
  return {
    isValid,
    isFresh,
    acceptable: (token, trigger): token is StoredToken => token !== undefined && isFresh(token) && !trigger.stale.has(token.accessToken),
    servable: (token, trigger) => (token !== undefined && isValid(token) && !trigger.stale.has(token.accessToken) ? token : undefined),
    newest: (stored, own) => (stored && (!own || sameToken(stored, own) || stored.obtainedAt >= own.obtainedAt) ? stored : own),
  };
}

/** What a flight works with: the manager's state and the parts it was assembled from. */
export interface FlightContext {
  state: TokenState;
  freshness: TokenFreshness;
  grant: Grant;
  storeKey: string;
  store: StoreAccess;
  requester: TokenRequester;
  clock: () => number;
  lockTtlMs: number;
  lockPollIntervalMs: number;
  singleUseRequestTimeoutMs: number;
  emit<K extends 'tokenRefreshed' | 'refreshFailed' | 'warning'>(name: K, event: TokenManagerEvents[K]): void;
  /** Revokes a token's refresh and access tokens (RFC 7009); present when the grant can revoke. */
  revokeTokens(token: StoredToken): Promise<void>;
}

/** Makes `token` current unless `clear()`/`revoke()` ran since the flight started. */
function adopt(ctx: FlightContext, f: Flight, token: StoredToken): StoredToken {
  if (f.generation === ctx.state.generation) {
    ctx.state.current = token;
    ctx.state.proactiveBackoffUntil = 0;
  }
  return token;
}

/** The flight ends with a token someone else obtained (another flight's, or another process's from the store). */
function adopted(ctx: FlightContext, f: Flight, token: StoredToken): StoredToken {
  f.outcome = 'adopted';
  return adopt(ctx, f, token);
}

type Start = { token: StoredToken } | { lease: HeldLease | undefined; stored: StoredToken | undefined };

/**
 * First phase, with a store that has a lease: take it, or adopt the token another holder stored while we waited.
 * Rejects with the failure another holder reported, when the wait is over, or when the flight was abandoned.
 */
async function takeLease(ctx: FlightContext, f: Flight, trigger: Trigger, stored: StoredToken | undefined): Promise<Start> {
  const { freshness } = ctx;
  const leases = ctx.store.leases;
  if (!leases) return { lease: undefined, stored };
  const outcome = await leases.acquire({
    store: ctx.store.store!,
    storeKey: ctx.storeKey,
    lockTtlMs: ctx.lockTtlMs,
    lockPollIntervalMs: ctx.lockPollIntervalMs,
    maxWaitMs: Math.max(defaults.lockRounds * ctx.lockTtlMs, ctx.singleUseRequestTimeoutMs),
    clock: ctx.clock,
    needsSharedLease: !ctx.grant.reRunnable,
    servable: () => freshness.servable(ctx.state.current, trigger) !== undefined,
    signal: f.abandon.signal,
    readStore: () => ctx.store.get(),
    acceptable: (token) => freshness.acceptable(token, trigger),
    onStoreError: ctx.store.failed,
    onWarning: (code, message) => ctx.emit('warning', { code, message }),
  });
  if (outcome.token) return { token: outcome.token };
  // the last holder may have rotated the refresh token just before we got the lease
  return { lease: outcome.lease, stored: outcome.lease ? outcome.stored : stored };
}

/**
 * Last phase: the token is written before the lease is released, so the next holder starts from its refresh token.
 * A `clear()`/`revoke()` that ran meanwhile (before or during the write) wins: what was written is taken back, and
 * after a revoke the token is revoked too.
 */
async function store(ctx: FlightContext, f: Flight, trigger: Trigger, base: StoredToken | undefined, token: StoredToken): Promise<StoredToken> {
  const superseded = () => f.generation !== ctx.state.generation;
  const discard = async (written: boolean) => {
    if (written) await ctx.store.deleteIf(token);
    if (f.revoked) void ctx.revokeTokens(token).catch(noop);
    return token;
  };
  if (superseded()) return discard(false);
  const kept = await ctx.store.write(base, token);
  if (superseded()) return discard(true);
  f.outcome = 'refreshed';
  ctx.emit('tokenRefreshed', { reason: trigger.reason, expiresAt: token.expiresAt, hasRefreshToken: token.refreshToken !== undefined });
  // the store may hold a newer token from another process (ours lost the compare-and-set): converge on it
  return adopt(ctx, f, sameToken(kept, token) || !ctx.freshness.isValid(kept) ? token : kept);
}

export async function runFlight(ctx: FlightContext, f: Flight, trigger: Trigger): Promise<StoredToken> {
  const stored = await ctx.store.get();
  if (ctx.freshness.acceptable(stored, trigger)) return adopted(ctx, f, stored);
  let start: Start;
  try {
    start = await takeLease(ctx, f, trigger, stored);
  } catch (error) {
    if (f.abandon.signal.aborted && error === f.abandon.signal.reason) throw error;
    return (await loadDeferred()).failed(ctx, f, trigger, ctx.freshness.newest(stored, ctx.state.current), error);
  }
  if ('token' in start) return adopted(ctx, f, start.token);
  const { lease } = start;
  let base = ctx.freshness.newest(start.stored, ctx.state.current);
  f.sent = true;
  try {
    for (let tries = 0; ; tries++) {
      let token: StoredToken;
      try {
        token = await ctx.requester.request(base, lease?.localOnly === true);
      } catch (error) {
        // what a failure leaves is worked out in token-flight-failures.ts (part of deferred.ts), loaded now: a client
        // whose token requests succeed never needs it (the requester has made its retries already)
        const failures = await loadDeferred();
        const recovered = tries === 0 ? await failures.recoverFromRotation(ctx, trigger, base, error) : undefined;
        if (recovered && 'adopt' in recovered) return adopted(ctx, f, recovered.adopt);
        if (recovered) {
          base = recovered.retryFrom;
          continue;
        }
        await lease?.release(error);
        return await failures.failed(ctx, f, trigger, base, error);
      }
      return await store(ctx, f, trigger, base, token);
    }
  } finally {
    await lease?.release();
  }
}

/** Starts a flight and makes it the manager's current one until it settles. */
export function startFlight(ctx: FlightContext, trigger: Trigger, background: boolean): Flight {
  const { state } = ctx;
  const f: Flight = {
    seq: ++state.flightSeq,
    generation: state.generation,
    background,
    waiters: 0,
    abandon: new AbortController(),
    sent: false,
    revoked: false,
    outcome: 'failed',
    promise: Promise.resolve(undefined as never),
  };
  f.promise = runFlight(ctx, f, trigger).finally(() => {
    if (state.flight === f) state.flight = undefined;
  });
  f.promise.catch(noop);
  state.flight = f;
  return f;
}

/** Joins the running flight (or starts one); the caller's signal releases only this caller. */
export async function joinFlight(
  ctx: FlightContext,
  trigger: Trigger,
  signal: AbortSignal | undefined,
): Promise<{ token: StoredToken; joined: Flight }> {
  const { state } = ctx;
  const running = state.flight;
  const joined = running && !running.abandon.signal.aborted ? running : startFlight(ctx, trigger, false);
  joined.waiters++;
  const leave = () => {
    joined.waiters--;
    if (joined.waiters === 0 && !joined.background && !joined.sent) {
      // nobody waits for a flight that has sent nothing yet: stop waiting for another holder's lease, and let the
      // next caller start its own flight instead of inheriting this caller's abort reason
      if (state.flight === joined) state.flight = undefined;
      joined.abandon.abort(signal?.reason);
    }
  };
  signal?.addEventListener('abort', leave, { once: true });
  try {
    return { token: await abortableWait(joined.promise, signal), joined };
  } finally {
    if (!signal?.aborted) joined.waiters--;
    signal?.removeEventListener('abort', leave);
  }
}
