/** A fetch implementation (the WHATWG `fetch` signature). */
export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** What a token manager passes to a grant for one token request. */
export interface GrantRequestContext {
  fetch: FetchLike;
  /** Aborts on the token request timeout or when every waiter has given up. */
  signal: AbortSignal;
}

/** A successful token endpoint answer, already validated by oauth4webapi. */
export interface TokenEndpointResult {
  accessToken: string;
  /** Lower-cased, e.g. `bearer`. */
  tokenType: string;
  expiresInSeconds?: number;
  refreshToken?: string;
  scope?: string;
  /** Passed through unvalidated (see README, "id_token"). */
  idToken?: string;
}

export type GrantType = 'client_credentials' | 'password' | 'authorization_code' | 'refresh_token';

/**
 * How a token manager obtains tokens. Built by `clientCredentialsGrant`, `passwordGrant`,
 * `authorizationCodeGrant` and `refreshTokenGrant`; custom grants may implement it too.
 * Constructing a grant never touches the network.
 */
export interface Grant {
  readonly grantType: GrantType | (string & {});
  readonly clientId: string;
  readonly scope: string | undefined;
  /** Non-secret description used in default store keys and messages (grant type, client id, scope). */
  readonly description: string;
  /** True when the grant can mint a brand-new token without a user (client credentials, password/access key). */
  readonly reRunnable: boolean;
  /** True while {@link Grant.acquire} can still succeed (code and refresh-token grants are single use). */
  canAcquire(): boolean;
  /** Obtains a token without a held refresh token (runs the grant, exchanges the code, or uses the initial refresh token). */
  acquire(context: GrantRequestContext): Promise<TokenEndpointResult>;
  /** `grant_type=refresh_token` with the given (latest, possibly rotated) refresh token. */
  refresh(refreshToken: string, context: GrantRequestContext): Promise<TokenEndpointResult>;
  /** RFC 7009 revocation; present when the grant was given a `revocationEndpoint`. */
  revoke?(token: string, tokenTypeHint: 'access_token' | 'refresh_token', context: GrantRequestContext): Promise<void>;
}
