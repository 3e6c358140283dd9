/** Why the store warned. */
export type RedisTokenStoreWarningCode =
  /** A Redis command failed or timed out: the store serves from its in-process copy until Redis answers again. */
  | 'redis_unavailable'
  /** Redis answered a write with an error (out of memory, read-only replica): the token is written back later. */
  | 'write_rejected'
  /** A stored entry could not be read (wrong or missing encryption key, plaintext under encryption, corrupt JSON). */
  | 'token_unreadable';

/** Passed to `onWarning`. Never carries a token, the encryption key, the Redis URL or its password. */
export interface RedisTokenStoreWarning {
  code: RedisTokenStoreWarningCode;
  message: string;
  /** Sanitised cause: error name and message only (ioredis error objects, which can hold command arguments, are never passed on). */
  error?: Error;
}
