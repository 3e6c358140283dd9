/**
 * Per-request opt-in for retrying a non-idempotent request (POST, PATCH) after 502/503/504 or a network error:
 * send this header (the server can then de-duplicate). 429 is retried for every method regardless.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
