/**
 * What a grant, the token endpoint client, the options and the middleware exchange: the fetch they send with, a
 * token request's context and its validated answer. Types only, in a module that imports nothing, so that the modules
 * using them (grants, options, token-endpoint-client, token-endpoint-failures) do not import one another in a circle.
 */

/** A fetch implementation (the WHATWG `fetch` signature). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What a token manager passes to a grant for one token request. */
export interface GrantRequestContext {
  fetch: FetchLike;
  /**
   * Aborts when the attempt's time is up: `tokenRequestTimeoutMs` for a request that is safe to resend, the hard cap
   * `singleUseRequestTimeoutMs` for one that spends a refresh token or an authorization code. Never because a caller
   * gave up: a request that was sent always runs to its end.
   */
  signal: AbortSignal;
}

/** A successful token endpoint answer, already validated by oauth4webapi. */
export interface TokenEndpointResult {
  accessToken: string;
  /** Lower-cased, e.g. `bearer`. */
  tokenType: string;
  /** A positive whole number of seconds; the manager validates it (custom grants included). */
  expiresInSeconds?: number;
  /**
   * Set when the server sent an `expires_in` that is not a positive whole number: says what was wrong (never a
   * token). The manager then uses `defaultTokenLifetimeMs` and emits a `warning` event.
   */
  invalidExpiresIn?: string;
  refreshToken?: string;
  scope?: string;
  /** Passed through unvalidated (see README, "id_token"). */
  idToken?: string;
  /** The token endpoint that answered, without query string (for the `tokenRequest` event). */
  url?: string;
}

/**
 * How the application calls the values the token endpoint checks, for error messages: a platform client passes its
 * own option names (`accessKeySecret`, `loginBaseUrl or region`); default the grant's option names.
 */
export interface CredentialOptionNames {
  clientId?: string;
  clientSecret?: string;
  username?: string;
  password?: string;
  /** Where the token endpoint's URL comes from, e.g. `loginBaseUrl or region`, `issuer`; default `tokenEndpoint`. */
  tokenEndpoint?: string;
}
