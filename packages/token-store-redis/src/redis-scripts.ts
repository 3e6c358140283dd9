/**
 * The Lua scripts that make the store's writes and leases atomic, each on one key (so they work on Redis Cluster
 * without hash tags). Token entries carry `at` (the token's `obtainedAt`) and `id` (a fingerprint of its access
 * token) in clear beside the (possibly encrypted) token, so that the scripts can compare tokens they cannot read.
 *
 * A lock key holds either its holder's random value, or, for a short while after a holder failed, a JSON failure
 * record (`{"failed":{...}}`) that waiters read and that does not block the next holder.
 */

/**
 * Compare-and-set of a token entry, newest wins. KEYS[1] = token key; ARGV = value, ttl ms, obtainedAt, id,
 * expected id ('' for none). Writes unless the entry holds a token that is neither this one nor the expected one and
 * was obtained later; returns 1 when written, else the entry that was kept. A tombstone left by a delete after this
 * token's request was sent refuses the write (returns 0): a refresh landing after `clear()` must not bring it back.
 */
export const WRITE_TOKEN_SCRIPT = `local current = redis.call('get', KEYS[1])
if current then
  local ok, doc = pcall(cjson.decode, current)
  if ok and type(doc) == 'table' and doc.deleted and tonumber(doc.at) and tonumber(doc.at) > tonumber(ARGV[3]) then
    return 0
  end
  if ok and type(doc) == 'table' and type(doc.id) == 'string' and doc.id ~= ARGV[4] and doc.id ~= ARGV[5]
    and tonumber(doc.at) and tonumber(doc.at) > tonumber(ARGV[3]) then
    return current
  end
end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/**
 * Replaces a token entry with a tombstone (ARGV[1], for ARGV[2] ms), only while it holds the token with id ARGV[3]
 * when one is given. Returns 1 when replaced.
 */
export const DELETE_TOKEN_SCRIPT = `if ARGV[3] and ARGV[3] ~= '' then
  local current = redis.call('get', KEYS[1])
  if not current then return 0 end
  local ok, doc = pcall(cjson.decode, current)
  if not (ok and type(doc) == 'table' and doc.id == ARGV[3]) then return 0 end
end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/**
 * What a delete leaves in a token key: when it happened. Without it a process that still holds the token (a write
 * on its way, a write-back after a reconnection) would put a deleted token back for every process to adopt.
 */
export function tombstoneRecord(at: number): string {
  return JSON.stringify({ deleted: true, at });
}

export function isTombstone(raw: string): boolean {
  return raw.startsWith('{"deleted":true');
}

/**
 * Scripts run with `allow-oom` (Redis 7): token entries, tombstones and leases are a few hundred bytes, and a Redis
 * at `maxmemory` with `noeviction` would otherwise refuse the lease and the token every process must share, leaving
 * each to spend the same rotating refresh token on its own. Older Redis versions get the script without the flag.
 */
export function withAllowOom(script: string): string {
  return `#!lua flags=allow-oom\n${script}`;
}

/** True for the error a Redis older than 7 gives a script with a `#!` flags line. */
export function isShebangUnsupported(error: unknown): boolean {
  return error instanceof Error && /compiling script|unexpected symbol near '#'/i.test(error.message);
}

/** Takes the lease when nobody holds it (a failure record does not count). ARGV = holder, ttl ms. Returns 1 or 0. */
export const TRY_LOCK_SCRIPT = `local current = redis.call('get', KEYS[1])
if current and string.sub(current, 1, 1) ~= '{' then return 0 end
redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
return 1`;

/**
 * Renews the lease while ARGV[1] holds it, for ARGV[2] ms (PEXPIRE: allowed even when Redis is out of memory), and
 * takes it back when it vanished (a Redis restart lost it) while nobody else took it: a holder whose refresh is still
 * on the wire keeps others from spending the same refresh token. Returns 1 while held, 0 when another holder has it.
 */
export const EXTEND_LOCK_SCRIPT = `local current = redis.call('get', KEYS[1])
if current == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end
if not current or string.sub(current, 1, 1) == '{' then
  redis.call('set', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0`;

/**
 * Compare-and-delete: releases the lock only while it still holds this holder's random value, so a holder whose lock
 * already expired (and was taken by another process) can never release someone else's lock. KEYS[1] = lock key,
 * ARGV[1] = holder value, optional ARGV[2] = failure record and ARGV[3] its TTL in ms: the lock then holds the
 * record (waiters learn the failure at once) instead of being deleted. Returns 1 when released, 0 otherwise.
 */
export const RELEASE_LOCK_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then
  if ARGV[2] and ARGV[2] ~= '' then
    local written = redis.pcall('set', KEYS[1], ARGV[2], 'PX', ARGV[3])
    if type(written) == 'table' and written.err then redis.call('del', KEYS[1]) end
    return 1
  end
  return redis.call('del', KEYS[1])
end
return 0`;

/** 128 random bits (WebCrypto) as hex: the value a lock holder writes and must present to renew or release. */
export function randomLockHolder(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
