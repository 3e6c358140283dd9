/**
 * A copy of `error` with its name, message and system code only. ioredis errors can carry the failed command's
 * arguments (a stored token among them) and the connection options (the Redis password); none of that is copied.
 */
export function sanitizedError(error: unknown, secrets: ReadonlyArray<string | undefined> = []): Error {
  if (!(error instanceof Error)) return new Error('non-error value thrown');
  const code = 'code' in error && typeof error.code === 'string' ? ` (${error.code})` : '';
  let message = `${error.message}${code}`;
  for (const secret of secrets) {
    if (secret) message = message.split(secret).join('[redacted]');
  }
  const copy = new Error(message);
  copy.name = error.name;
  return copy;
}
