/**
 * Loads deferred.ts: the code auth-core needs only when a call or a token request fails or has to wait (typed
 * errors, replays and retries, the rate limiter's queue, a failed refresh, revocation). One dynamic import, made the
 * first time any of it is needed and shared by every later need, so that an application bundler keeps that code out
 * of the startup bundle.
 */
let loading: Promise<typeof import('./deferred.js')> | undefined;

export function loadDeferred(): Promise<typeof import('./deferred.js')> {
  loading ??= import('./deferred.js');
  return loading;
}

/**
 * Loads now the code auth-core otherwise loads the first time a call fails, retries or waits for the rate limiter,
 * or a token request fails (one dynamic import). Await it before faking timers in tests: loading a module is real
 * I/O, and a retry or a queued send whose timer is set only once it has loaded would miss the time a test advanced
 * meanwhile. At startup, it trades a smaller startup bundle for no load on the first failure.
 */
export async function loadDeferredModules(): Promise<void> {
  await loadDeferred();
}
