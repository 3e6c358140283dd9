import type { Grant, GrantRequestContext } from './grant.js';
import { ReauthenticationRequiredError } from './errors.js';
import {
  clientAuthenticationOption,
  normalizeScope,
  optionalEndpoint,
  optionalOption,
  requireEndpoint,
  requireOption,
  type TokenEndpoint,
} from './options.js';
import { createSingleUse } from './single-use.js';
import { createTokenEndpointClient, type ClientAuthenticationMethod } from './token-endpoint-client.js';

export interface AuthorizationCodeGrantOptions {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  /** Omit for public (PKCE-only) clients. */
  clientSecret?: string;
  /** The `code` from the authorization callback (validate `state` before passing it). */
  code: string;
  /** The verifier from `createPkcePair()` used for this authorization. */
  codeVerifier: string;
  redirectUri: string;
  scope?: string | string[];
  clientAuthentication?: ClientAuthenticationMethod;
  revocationEndpoint?: TokenEndpoint;
}

/**
 * `grant_type=authorization_code` with PKCE: exchanges the code once, then refreshes with the (rotating) refresh
 * token. When no refresh token is left, {@link ReauthenticationRequiredError} asks for a new login.
 */
export function authorizationCodeGrant(options: AuthorizationCodeGrantOptions): Grant {
  const tokenEndpoint = requireEndpoint(options?.tokenEndpoint, 'tokenEndpoint');
  const clientId = requireOption(options.clientId, 'clientId');
  const clientSecret = optionalOption(options.clientSecret, 'clientSecret');
  const code = requireOption(options.code, 'code');
  const codeVerifier = requireOption(options.codeVerifier, 'codeVerifier');
  const redirectUri = requireOption(options.redirectUri, 'redirectUri');
  const scope = normalizeScope(options.scope);
  const revocationEndpoint = optionalEndpoint(options.revocationEndpoint, 'revocationEndpoint');
  const endpoint = createTokenEndpointClient({
    tokenEndpoint,
    clientId,
    clientSecret,
    clientAuthentication: clientAuthenticationOption(options.clientAuthentication),
    revocationEndpoint,
  });
  const exchange = createSingleUse((context: GrantRequestContext) =>
    endpoint.request({ kind: 'authorization_code', code, redirectUri, codeVerifier }, context),
  );
  const grant: Grant = {
    grantType: 'authorization_code',
    clientId,
    scope,
    description: `authorization_code:${clientId}:${scope ?? ''}`,
    reRunnable: false,
    canAcquire: () => !exchange.used(),
    acquire: async (requestContext) => {
      if (exchange.used()) {
        throw new ReauthenticationRequiredError('the authorization code was already exchanged; a new login is needed', {
          code: 'authorization_code_used',
        });
      }
      return exchange.run(requestContext);
    },
    refresh: (refreshToken, requestContext) =>
      endpoint.request(
        { kind: 'refresh_token', refreshToken, parameters: scope ? { scope } : {} },
        requestContext,
      ),
    ...(revocationEndpoint ? { revoke: (token, hint, requestContext) => endpoint.revoke(token, hint, requestContext) } : {}),
  };
  return grant;
}
