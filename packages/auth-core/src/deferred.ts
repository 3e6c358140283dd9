/**
 * The code a call or a token request needs only when something goes wrong or has to wait: the typed errors of a
 * failed call (error-details.ts) or token request (token-endpoint-failures.ts), what a call does with an answer that
 * is not final at once (response-decisions.ts: replays, retries), the rate limiter's queue (send-queue.ts), a failed
 * refresh (token-flight-failures.ts) and revocation (token-revocation.ts). One module, loaded by one dynamic import
 * (load-deferred.ts) the first time any of it is needed: an application bundler keeps it out of the startup bundle
 * as one chunk, instead of one chunk per part plus the shared chunks each would split off the startup code.
 */
export * from './error-details.js';
export * from './response-decisions.js';
export * from './token-endpoint-failures.js';
export * from './token-flight-failures.js';
export * from './token-revocation.js';
export { SendQueue } from './send-queue.js';
