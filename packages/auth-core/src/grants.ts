/**
 * Grants: how a token manager obtains tokens. The factories share their client validation, token endpoint client
 * and refresh/revoke wiring (written once below); each adds only what its grant type sends. Constructing a grant
 * validates its options and never touches the network. Optional features (scope, client authentication methods,
 * revocation) are reached only from the factories that take them, so `basicClientCredentialsGrant` bundles none.
 */
import { ConfigurationError, ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import {
  normalizeScope,
  optionalEndpoint,
  optionalOption,
  requireEndpoint,
  requireOption,
  type TokenEndpoint,
} from './options.js';
import {
  clientAuthenticatorOf,
  createTokenEndpointClient,
  revokeToken,
  type ClientAuthenticationMethod,
  type CredentialOptionNames,
  type TokenEndpointClient,
  type TokenEndpointClientConfig,
  type TokenOperation,
} from './token-endpoint-client.js';

export type { FetchLike, GrantRequestContext, TokenEndpointResult } from './token-endpoint-types.js';
import type { GrantRequestContext, TokenEndpointResult } from './token-endpoint-types.js';

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
  /**
   * Non-secret description used in default store keys and messages (grant type, client id, scope; the password
   * grant adds its username, so that two users or access keys never share a key).
   */
  readonly description: string;
  /**
   * True when the grant can mint a brand-new token without a user (client credentials, password/access key). A
   * grant that cannot (authorization code, refresh token) holds one user's session: a token manager sharing a store
   * then needs a per-user `storeKey`, and its refresh token is spent only under a shared lease.
   */
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

// ---- grant factories -----------------------------------------------------------------------------------------------

/** Options every grant takes besides its credentials. */
export interface GrantClientOptions {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  scope?: string | string[];
  /** Default `client_secret_basic` (Authorization: Basic). */
  clientAuthentication?: ClientAuthenticationMethod;
  /** RFC 7009 endpoint; enables `tokenManager.revoke()`. */
  revocationEndpoint?: TokenEndpoint;
  /** How your application names these options, for error messages (e.g. `{ password: 'accessKeySecret' }`). */
  optionNames?: CredentialOptionNames;
}

export interface ClientCredentialsGrantOptions extends GrantClientOptions {
  clientSecret: string;
}

export interface PasswordGrantOptions extends GrantClientOptions {
  /** Omit for public clients (client_id is then sent in the body). */
  clientSecret?: string;
  /** For a NICE CXone access key: the access key id. */
  username: string;
  /** For a NICE CXone access key: the access key secret. */
  password: string;
}

export interface AuthorizationCodeGrantOptions extends GrantClientOptions {
  /** Omit for public (PKCE-only) clients. */
  clientSecret?: string;
  /** The `code` from the authorization callback (validate `state` before passing it). */
  code: string;
  /** The verifier from `createPkcePair()` used for this authorization. */
  codeVerifier: string;
  redirectUri: string;
}

export interface RefreshTokenGrantOptions extends GrantClientOptions {
  clientSecret?: string;
  /** A refresh token obtained earlier (e.g. persisted after a login). Used once; rotated tokens replace it. */
  refreshToken: string;
}

interface ValidatedClient {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  clientSecret: string | undefined;
  optionNames: CredentialOptionNames | undefined;
}

/** Validated first, before the grant's own options: token endpoint, client id, client secret. */
function validateClient(
  options: GrantClientOptions & { clientSecret?: string },
  secret: 'required' | 'optional',
): ValidatedClient {
  const tokenEndpoint = requireEndpoint(options?.tokenEndpoint, 'tokenEndpoint');
  const clientId = requireOption(options.clientId, 'clientId');
  const clientSecret =
    secret === 'required'
      ? requireOption(options.clientSecret, 'clientSecret')
      : optionalOption(options.clientSecret, 'clientSecret');
  return { tokenEndpoint, clientId, clientSecret, optionNames: options.optionNames };
}

/** `grant_type=refresh_token` with the given refresh token (and the grant's scope). */
function refreshOperation(refreshToken: string, scopeParameters: Record<string, string>): TokenOperation {
  return { grantType: 'refresh_token', parameters: { ...scopeParameters, refresh_token: refreshToken }, secrets: [refreshToken] };
}

type GrantCommon = Pick<Grant, 'grantType' | 'clientId' | 'scope' | 'description' | 'refresh' | 'revoke'>;
type GrantParts = { common: GrantCommon; endpoint: TokenEndpointClient; scopeParameters: Record<string, string> };

/** What every grant shares once its options are valid: the token endpoint client, description, refresh. */
function grantParts(grantType: GrantType, config: TokenEndpointClientConfig, scope: string | undefined): GrantParts {
  const endpoint = createTokenEndpointClient(config);
  const scopeParameters: Record<string, string> = scope ? { scope } : {};
  const common: GrantCommon = {
    grantType,
    clientId: config.clientId,
    scope,
    description: `${grantType}:${config.clientId}:${scope ?? ''}`,
    refresh: (refreshToken, context) => endpoint.request(refreshOperation(refreshToken, scopeParameters), context),
  };
  return { common, endpoint, scopeParameters };
}

/**
 * Validated after the grant's own options (scope, revocation endpoint, client authentication), then the parts every
 * grant shares (`grantParts`) and, with a `revocationEndpoint`, revoke.
 */
function grantCommon(grantType: GrantType, options: GrantClientOptions, client: ValidatedClient): GrantParts {
  const scope = normalizeScope(options.scope);
  const revocationEndpoint = optionalEndpoint(options.revocationEndpoint, 'revocationEndpoint');
  const config = { ...client, authenticate: clientAuthenticatorOf(options.clientAuthentication) };
  const parts = grantParts(grantType, config, scope);
  if (revocationEndpoint) {
    const revocation = { ...config, revocationEndpoint };
    parts.common.revoke = (token, hint, context) => revokeToken(revocation, token, hint, context);
  }
  return parts;
}

/**
 * `acquire` for a one-time token request (code exchange, initial refresh token): it counts as used unless the
 * request failed in a way the server certainly did not process (a 5xx/429 answer, a connection refused), so a
 * code whose request may have been processed (a timeout, a dropped connection) is never resent; once used,
 * `acquire` throws {@link ReauthenticationRequiredError} with `whenUsed`.
 */
function singleUse(
  request: (context: GrantRequestContext) => Promise<TokenEndpointResult>,
  whenUsed: { message: string; code: string },
): Pick<Grant, 'canAcquire' | 'acquire'> {
  let used = false;
  return {
    canAcquire: () => !used,
    async acquire(context) {
      if (used) throw new ReauthenticationRequiredError(whenUsed.message, { code: whenUsed.code });
      try {
        const result = await request(context);
        used = true;
        return result;
      } catch (error) {
        if (!(error instanceof TokenRequestError && error.retryable && error.outcome === 'not_processed')) used = true;
        throw error;
      }
    },
  };
}

/**
 * `grant_type=client_credentials` (Genesys Cloud back ends). Servers issue no refresh token for it, so "refresh"
 * re-runs the grant.
 */
export function clientCredentialsGrant(options: ClientCredentialsGrantOptions): Grant {
  return clientCredentials(grantCommon('client_credentials', options, validateClient(options, 'required')));
}

/**
 * The client-credentials grant with only the required options: what {@link clientCredentialsGrant} builds without
 * `scope`, `clientAuthentication` (Basic) and `revocationEndpoint`, with the same validation of the rest. For client
 * factories that offer none of those (`@ccaas/genesys-cloud`): their client-credentials bundle then carries none of
 * their code.
 */
export function basicClientCredentialsGrant(
  options: Pick<ClientCredentialsGrantOptions, 'tokenEndpoint' | 'clientId' | 'clientSecret' | 'optionNames'>,
): Grant {
  // from JavaScript (or a wider object) these would otherwise be dropped in silence: a token without its scope
  for (const option of ['scope', 'clientAuthentication', 'revocationEndpoint'] as const) {
    if ((options as Partial<ClientCredentialsGrantOptions>)[option] !== undefined) {
      throw new ConfigurationError(`basicClientCredentialsGrant takes no ${option}: use clientCredentialsGrant({ ..., ${option} })`, {
        code: 'invalid_option',
        option,
      });
    }
  }
  return clientCredentials(grantParts('client_credentials', validateClient(options, 'required'), undefined));
}

function clientCredentials({ common, endpoint, scopeParameters }: GrantParts): Grant {
  return {
    ...common,
    reRunnable: true,
    canAcquire: () => true,
    acquire: (context) => endpoint.request({ grantType: 'client_credentials', parameters: scopeParameters, secrets: [] }, context),
  };
}

/**
 * `grant_type=password` (NICE CXone access keys). Uses the server's refresh token when it issues one (rotating it)
 * and re-runs the grant when it issues none or the refresh token is rejected.
 */
export function passwordGrant(options: PasswordGrantOptions): Grant {
  const client = validateClient(options, 'optional');
  const username = requireOption(options.username, 'username');
  const password = requireOption(options.password, 'password');
  const { common, endpoint, scopeParameters } = grantCommon('password', options, client);
  return {
    ...common,
    // one token per user (access key id): the username is an identifier, not a secret, and is escaped so that
    // no username can produce another user's key
    description: `${common.description}:${encodeURIComponent(username)}`,
    reRunnable: true,
    canAcquire: () => true,
    acquire: (context) =>
      endpoint.request(
        { grantType: 'password', parameters: { ...scopeParameters, username, password }, secrets: [password] },
        context,
      ),
  };
}

/**
 * `grant_type=authorization_code` with PKCE: exchanges the code once, then refreshes with the (rotating) refresh
 * token. When no refresh token is left, {@link ReauthenticationRequiredError} asks for a new login.
 */
export function authorizationCodeGrant(options: AuthorizationCodeGrantOptions): Grant {
  const client = validateClient(options, 'optional');
  const code = requireOption(options.code, 'code');
  const codeVerifier = requireOption(options.codeVerifier, 'codeVerifier');
  const redirectUri = requireOption(options.redirectUri, 'redirectUri');
  const { common, endpoint } = grantCommon('authorization_code', options, client);
  return {
    ...common,
    reRunnable: false,
    ...singleUse(
      (context) =>
        endpoint.request(
          {
            grantType: 'authorization_code',
            parameters: { code, redirect_uri: redirectUri, code_verifier: codeVerifier },
            secrets: [code, codeVerifier],
          },
          context,
        ),
      {
        message: 'the authorization code was already exchanged; a new login is needed',
        code: 'authorization_code_used',
      },
    ),
  };
}

/**
 * Starts from a refresh token obtained elsewhere. The initial refresh token is sent once; after that the manager
 * uses the newest (rotated) one. A rejected refresh token raises {@link ReauthenticationRequiredError}.
 */
export function refreshTokenGrant(options: RefreshTokenGrantOptions): Grant {
  const client = validateClient(options, 'optional');
  const initialRefreshToken = requireOption(options.refreshToken, 'refreshToken');
  const { common, endpoint, scopeParameters } = grantCommon('refresh_token', options, client);
  return {
    ...common,
    reRunnable: false,
    ...singleUse(
      (context) =>
        endpoint.request(refreshOperation(initialRefreshToken, scopeParameters), context),
      { message: 'the initial refresh token was already used; a new login is needed', code: 'refresh_token_used' },
    ),
  };
}
