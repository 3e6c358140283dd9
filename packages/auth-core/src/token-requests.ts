/**
 * Token requests: one attempt with its timeout, the retries around it, and the token they produce. The rule that
 * shapes them: a single-use credential (a refresh token, an authorization code, an initial refresh token) is never
 * sent again while the server may have processed it, because a server with reuse detection (RFC 9700) then revokes
 * the whole session. Such a request gets the long hard cap `singleUseRequestTimeoutMs` instead of
 * `tokenRequestTimeoutMs`, nothing but that cap aborts it, and it is retried only after a `not_processed` failure.
 */
import { ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import type { AttemptOutcome, TokenManagerEmitter } from './events.js';
import type { FetchLike, Grant, GrantRequestContext, TokenEndpointResult } from './grants.js';
import { authCoreDefaults } from './options.js';
import { redactUrl } from './redaction.js';
import { abortableSleep, fullJitterBackoffMs } from './retry-policy.js';
import type { StoredToken } from './token-store.js';

const defaults = authCoreDefaults.tokenManager;

export interface TokenRequesterOptions {
  grant: Grant;
  fetch: FetchLike;
  clock: () => number;
  random: () => number;
  emit: TokenManagerEmitter['emit'];
  tokenRequestTimeoutMs: number;
  singleUseRequestTimeoutMs: number;
  tokenRequestRetries: number;
  defaultLifetimeMs: number;
}

export interface TokenRequester {
  /**
   * Obtains a token starting from `base` (its refresh token, else the grant itself). `localLease`: the lease excludes
   * only this process, so the shared refresh token is not spent (a re-runnable grant re-runs instead).
   */
  request(base: StoredToken | undefined, localLease: boolean): Promise<StoredToken>;
}

/**
 * A request that spends a single-use credential (a refresh token, an authorization code, an initial refresh
 * token) must not be resent unless the server certainly did not process it: it gets the long hard cap instead of
 * `tokenRequestTimeoutMs`, and its callers' aborts never reach it.
 */
async function attempt(options: TokenRequesterOptions, refreshToken: string | undefined, number: number): Promise<TokenEndpointResult> {
  const { grant, clock, emit } = options;
  const singleUse = refreshToken !== undefined || !grant.reRunnable;
  const timeoutMs = singleUse ? options.singleUseRequestTimeoutMs : options.tokenRequestTimeoutMs;
  const timeoutError = new TokenRequestError(`token request timed out after ${timeoutMs} ms`, {
    code: 'token_request_timeout',
    retryable: true,
    outcome: 'unknown',
  });
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(timeoutError), timeoutMs);
  let url: string | undefined;
  const context: GrantRequestContext = {
    fetch: (input, init) => {
      url = redactUrl(input instanceof Request ? input.url : input);
      return options.fetch(input, init);
    },
    signal: timeout.signal,
  };
  const startedAt = clock();
  const report = (error?: unknown) => {
    if (url === undefined) return; // nothing was sent (e.g. a spent authorization code)
    const failure = error instanceof TokenRequestError || error instanceof ReauthenticationRequiredError ? error : undefined;
    const status = error === undefined ? 200 : failure?.status;
    const outcome: AttemptOutcome =
      error === undefined || status !== undefined
        ? 'response'
        : failure?.code === 'token_request_timeout'
          ? 'timeout'
          : 'network_error';
    emit('tokenRequest', {
      grantType: refreshToken !== undefined ? 'refresh_token' : grant.grantType,
      attempt: number,
      startedAt,
      durationMs: Math.max(0, clock() - startedAt),
      outcome,
      ...(status === undefined ? {} : { status }),
      ...(failure ? { code: failure.code } : {}),
      url,
    });
  };
  try {
    let result: TokenEndpointResult;
    if (refreshToken !== undefined) result = await grant.refresh(refreshToken, context);
    else if (grant.canAcquire()) result = await grant.acquire(context);
    else {
      throw new ReauthenticationRequiredError(`no refresh token is available for the ${grant.grantType} grant; a new login is needed`, {
        code: 'no_refresh_token',
      });
    }
    report();
    return result;
  } catch (error) {
    const failure = timeout.signal.aborted ? timeoutError : error;
    report(failure);
    throw failure;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs attempts with retries. A refresh token whose request may have been processed (outcome `unknown`) is not sent
 * again in this flight: a grant that can re-run itself mints a new token instead (safe: nothing single-use is
 * spent), any other grant fails the flight and keeps the refresh token. Its next flight sends it once more, the
 * only alternative being a new login; that is safe to take because `unknown` comes only after the long hard cap
 * (or a connection dropped mid-request), and a server that did rotate answers `invalid_grant`, which the manager
 * handles without losing a still-valid access token. A lease that is only local (the shared store is down) never
 * spends the shared refresh token: a re-runnable grant re-runs instead.
 */
async function requestWithRetries(options: TokenRequesterOptions, base: StoredToken | undefined, localLease: boolean) {
  const { grant, emit } = options;
  let refreshToken = base?.refreshToken !== undefined && !(localLease && grant.reRunnable) ? base.refreshToken : undefined;
  for (let retry = 0, number = 1; ; number++) {
    try {
      return { result: await attempt(options, refreshToken, number), viaRefresh: refreshToken !== undefined };
    } catch (error) {
      const spentRefreshToken = refreshToken !== undefined;
      if (spentRefreshToken && grant.reRunnable) {
        // the refresh token is dead, or its fate unknown: mint a new token instead (client credentials, access key)
        if (error instanceof ReauthenticationRequiredError || (error instanceof TokenRequestError && error.outcome === 'unknown')) {
          refreshToken = undefined;
          continue;
        }
      }
      if (!(error instanceof TokenRequestError && error.retryable) || retry >= options.tokenRequestRetries) throw error;
      if (error.outcome === 'unknown' && (spentRefreshToken || !grant.reRunnable)) throw error;
      if (error.retryAfterMs !== undefined && error.retryAfterMs > defaults.tokenRetryMaxDelayMs) throw error;
      const delayMs =
        error.retryAfterMs ??
        fullJitterBackoffMs(retry, { baseDelayMs: defaults.tokenRetryBaseDelayMs, maxDelayMs: defaults.tokenRetryMaxDelayMs }, options.random);
      retry += 1;
      emit('retry', {
        attempt: retry,
        delayMs,
        ...(error.status === undefined ? {} : { status: error.status }),
        method: 'POST',
        url: error.url ?? '',
        source: 'token',
      });
      await abortableSleep(delayMs);
    }
  }
}

/** The token's lifetime: its valid `expires_in`, else `defaultTokenLifetimeMs` (with a warning when it was invalid). */
function lifetimeOf(options: TokenRequesterOptions, result: TokenEndpointResult): number {
  const { defaultLifetimeMs } = options;
  const seconds = result.expiresInSeconds;
  const problem =
    result.invalidExpiresIn ??
    (seconds !== undefined && !(Number.isSafeInteger(seconds) && seconds > 0) ? `expires_in ${seconds} is not a positive whole number of seconds` : undefined);
  if (problem !== undefined) {
    options.emit('warning', { code: 'invalid_expires_in', message: `the token response's ${problem}; using defaultTokenLifetimeMs (${defaultLifetimeMs} ms)` });
    return defaultLifetimeMs;
  }
  return seconds !== undefined ? seconds * 1000 : defaultLifetimeMs;
}

/** What the manager keeps of an answer: a refresh answer that omits the refresh token, scope or id_token keeps the old ones. */
function toStoredToken(
  options: TokenRequesterOptions,
  result: TokenEndpointResult,
  viaRefresh: boolean,
  base: StoredToken | undefined,
  startedAt: number,
): StoredToken {
  const refreshToken = result.refreshToken ?? (viaRefresh ? base?.refreshToken : undefined);
  const scope = result.scope ?? (viaRefresh ? base?.scope : undefined) ?? options.grant.scope;
  const idToken = result.idToken ?? (viaRefresh ? base?.idToken : undefined);
  return {
    accessToken: result.accessToken,
    tokenType: result.tokenType,
    // measured from the moment the request was sent: a slow response shortens, never lengthens, the lifetime
    expiresAt: startedAt + lifetimeOf(options, result),
    obtainedAt: startedAt,
    ...(refreshToken ? { refreshToken } : {}),
    ...(scope ? { scope } : {}),
    ...(idToken ? { idToken } : {}),
  };
}

/** The requester of a token manager: its options are all the state the phases above share. */
export function createTokenRequester(options: TokenRequesterOptions): TokenRequester {
  return {
    async request(base, localLease) {
      const startedAt = options.clock();
      const { result, viaRefresh } = await requestWithRetries(options, base, localLease);
      return toStoredToken(options, result, viaRefresh, base, startedAt);
    },
  };
}
