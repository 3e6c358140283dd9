/**
 * Compare-and-delete: removes the lock only while it still holds this holder's random value, so a holder whose lock
 * already expired (and was taken by another process) can never release someone else's lock.
 * KEYS[1] = lock key, ARGV[1] = holder value. Returns 1 when released, 0 otherwise.
 */
export const RELEASE_LOCK_SCRIPT = `if redis.call('get', KEYS[1]) == ARGV[1] then
  return redis.call('del', KEYS[1])
else
  return 0
end`;
