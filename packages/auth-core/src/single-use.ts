import { TokenRequestError } from './errors.js';

/**
 * Wraps a one-time token request (code exchange, initial refresh token): it counts as used once the server has
 * answered anything but a retryable failure, so a 5xx or timeout may be retried but a consumed code is never resent.
 */
export function createSingleUse<A, T>(
  request: (argument: A) => Promise<T>,
): { used(): boolean; run(argument: A): Promise<T> } {
  let used = false;
  return {
    used: () => used,
    async run(argument) {
      try {
        const result = await request(argument);
        used = true;
        return result;
      } catch (error) {
        if (!(error instanceof TokenRequestError && error.retryable)) used = true;
        throw error;
      }
    },
  };
}
