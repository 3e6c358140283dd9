/**
 * The token entries of the Redis store: reads (decoded once per Redis value), compare-and-set writes where the newest
 * token wins, and deletes that leave a tombstone. A write Redis does not confirm is kept in the process as pending
 * and handed to the write-back.
 */
import type { StoredToken } from '@ccaas/auth-core';
import { redisTokenStoreDefaults } from './defaults.js';
import { DELETE_TOKEN_SCRIPT, isTombstone, tombstoneRecord, WRITE_TOKEN_SCRIPT } from './redis-scripts.js';
import { ttlOf, type RedisStoreContext } from './redis-store-context.js';
import { tokenFingerprint } from './token-codec.js';

export interface RedisTokenEntries {
  get(key: string): Promise<StoredToken | undefined>;
  set(key: string, token: StoredToken, ttlMs: number): Promise<void>;
  /** Compare-and-set of `token` (refreshed from `expected`); resolves the token Redis holds afterwards. */
  write(key: string, token: StoredToken, expected: StoredToken | undefined, ttlMs: number): Promise<StoredToken>;
  delete(key: string): Promise<void>;
  compareAndDelete(key: string, expected: StoredToken): Promise<boolean>;
}

const copy = (token: StoredToken): StoredToken => ({ ...token });
const sameToken = (a: StoredToken, b: StoredToken) => a.accessToken === b.accessToken;
/** How long a token read from Redis is kept here: while its refresh token may be useful, else its lifetime. */
const readTtlMs = (token: StoredToken) =>
  token.refreshToken ? redisTokenStoreDefaults.mirrorRefreshTokenTtlMs : Math.max(1, token.expiresAt - Date.now());

/** The store's shared parts and the write-back's scheduler: `scheduleWriteBack(0)` now, without a delay at the next interval. */
interface EntryParts {
  readonly ctx: RedisStoreContext;
  readonly scheduleWriteBack: (delayMs?: number) => void;
}

/** Decodes a Redis value; an unreadable one is missing (and warned about once per store). */
async function decodeEntry(ctx: RedisStoreContext, key: string, raw: string): Promise<StoredToken | undefined> {
  const result = await ctx.codec.decode(raw, ctx.tokenKey(key));
  if (result.ok) return result.token;
  if (!ctx.state.unreadableWarned) {
    ctx.state.unreadableWarned = true;
    ctx.warn({
      code: 'token_unreadable',
      message: `[@ccaas/token-store-redis] a stored token could not be read (${result.reason}); it is treated as missing and replaced by the next refresh`,
    });
  }
  return undefined;
}

/** Keeps `token` in the process as a write Redis has not confirmed, for the write-back. */
function keepPending({ ctx, scheduleWriteBack }: EntryParts, key: string, token: StoredToken, expected: StoredToken | undefined, ttl: number): void {
  ctx.local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, pending: { expected, ttlMs: ttl } });
  scheduleWriteBack();
}

/** Compare-and-set of `token` (refreshed from `expected`); resolves the token Redis holds afterwards. */
async function writeEntry(parts: EntryParts, key: string, token: StoredToken, expected: StoredToken | undefined, ttlMs: number): Promise<StoredToken> {
  const { ctx } = parts;
  const redisKey = ctx.tokenKey(key);
  const ttl = ttlOf(ttlMs, token.expiresAt - Date.now());
  const [raw, id, expectedId] = await Promise.all([
    ctx.codec.encode(token, redisKey),
    tokenFingerprint(token.accessToken),
    expected ? tokenFingerprint(expected.accessToken) : Promise.resolve(''),
  ]);
  const outcome = await ctx.availability.run(() =>
    ctx.evalScript(WRITE_TOKEN_SCRIPT, redisKey, raw, String(ttl), String(token.obtainedAt), id, expectedId),
  );
  if (!outcome.ok) {
    keepPending(parts, key, token, expected, ttl);
    return copy(token);
  }
  ctx.state.rejectedWarned = false;
  if (outcome.value === 1) {
    ctx.local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, raw, written: true });
    return copy(token);
  }
  if (outcome.value === 0) {
    // deleted (cleared, revoked) after this token's request was sent: the writer keeps it, Redis does not
    ctx.local.delete(key);
    return copy(token);
  }
  const keptRaw = String(outcome.value);
  const kept = await decodeEntry(ctx, key, keptRaw);
  if (!kept) {
    ctx.local.delete(key);
    return copy(token);
  }
  ctx.local.set(key, { token: kept, expiresAt: Date.now() + readTtlMs(kept), raw: keptRaw });
  return copy(kept);
}

/** Reads the entry; while Redis does not answer, or holds nothing newer than this process's unconfirmed write, that write. */
async function readEntry({ ctx, scheduleWriteBack }: EntryParts, key: string): Promise<StoredToken | undefined> {
  const outcome = await ctx.availability.run(() => ctx.client.get(ctx.tokenKey(key)));
  const mine = ctx.local.get(key);
  if (!outcome.ok) return mine && copy(mine.token);
  const raw = outcome.value === null || isTombstone(outcome.value) ? null : outcome.value;
  if (mine?.pending && (raw === null || mine.raw !== raw)) {
    // our unconfirmed write stays the answer while Redis has nothing newer
    const stored = raw === null ? undefined : await decodeEntry(ctx, key, raw);
    if (!stored || sameToken(stored, mine.token) || stored.obtainedAt <= mine.token.obtainedAt) {
      scheduleWriteBack(0);
      return copy(mine.token);
    }
  }
  if (raw === null) {
    ctx.local.delete(key);
    return undefined;
  }
  if (mine?.raw === raw) return copy(mine.token);
  const token = await decodeEntry(ctx, key, raw);
  if (!token) {
    ctx.local.delete(key);
    return undefined;
  }
  ctx.local.set(key, { token, expiresAt: Date.now() + readTtlMs(token), raw });
  return copy(token);
}

/** A plain write (last writer wins). */
async function setEntry(parts: EntryParts, key: string, token: StoredToken, ttlMs: number): Promise<void> {
  const { ctx } = parts;
  const redisKey = ctx.tokenKey(key);
  const ttl = ttlOf(ttlMs, token.expiresAt - Date.now());
  const raw = await ctx.codec.encode(token, redisKey);
  const outcome = await ctx.availability.run(() => ctx.client.set(redisKey, raw, 'PX', ttl));
  if (outcome.ok) ctx.local.set(key, { token: copy(token), expiresAt: Date.now() + ttl, raw, written: true });
  else keepPending(parts, key, token, undefined, ttl);
}

/** Replaces the entry with a tombstone (only while it holds `expectedId`, when given); true when it did. */
async function buryEntry(ctx: RedisStoreContext, key: string, expectedId: string): Promise<boolean> {
  const tombstone = tombstoneRecord(Date.now());
  const outcome = await ctx.availability.run(() =>
    ctx.evalScript(DELETE_TOKEN_SCRIPT, ctx.tokenKey(key), tombstone, String(redisTokenStoreDefaults.tombstoneTtlMs), expectedId),
  );
  return outcome.ok && outcome.value === 1;
}

/** `scheduleWriteBack(0)` asks for a write-back now; without a delay, at the next interval. */
export function createRedisTokenEntries(ctx: RedisStoreContext, scheduleWriteBack: (delayMs?: number) => void): RedisTokenEntries {
  const parts: EntryParts = { ctx, scheduleWriteBack };
  return {
    write: (key, token, expected, ttlMs) => writeEntry(parts, key, token, expected, ttlMs),
    get: (key) => readEntry(parts, key),
    set: (key, token, ttlMs) => setEntry(parts, key, token, ttlMs),
    async delete(key) {
      ctx.local.delete(key);
      await buryEntry(ctx, key, '');
    },
    async compareAndDelete(key, expected) {
      const mine = ctx.local.get(key);
      if (mine && sameToken(mine.token, expected)) ctx.local.delete(key);
      return buryEntry(ctx, key, await tokenFingerprint(expected.accessToken));
    },
  };
}
