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

export interface RefreshTokenGrantOptions {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  clientSecret?: string;
  /** A refresh token obtained earlier (e.g. persisted after a login). Used once; rotated tokens replace it. */
  refreshToken: string;
  scope?: string | string[];
  clientAuthentication?: ClientAuthenticationMethod;
  revocationEndpoint?: TokenEndpoint;
}

/**
 * Starts from a refresh token obtained elsewhere. The initial refresh token is sent once; after that the manager
 * uses the newest (rotated) one. A rejected refresh token raises {@link ReauthenticationRequiredError}.
 */
export function refreshTokenGrant(options: RefreshTokenGrantOptions): Grant {
  const tokenEndpoint = requireEndpoint(options?.tokenEndpoint, 'tokenEndpoint');
  const clientId = requireOption(options.clientId, 'clientId');
  const clientSecret = optionalOption(options.clientSecret, 'clientSecret');
  const initialRefreshToken = requireOption(options.refreshToken, 'refreshToken');
  const scope = normalizeScope(options.scope);
  const revocationEndpoint = optionalEndpoint(options.revocationEndpoint, 'revocationEndpoint');
  const endpoint = createTokenEndpointClient({
    tokenEndpoint,
    clientId,
    clientSecret,
    clientAuthentication: clientAuthenticationOption(options.clientAuthentication),
    revocationEndpoint,
  });
  const parameters: Record<string, string> = scope ? { scope } : {};
  const initial = createSingleUse((context: GrantRequestContext) =>
    endpoint.request({ kind: 'refresh_token', refreshToken: initialRefreshToken, parameters }, context),
  );
  const grant: Grant = {
    grantType: 'refresh_token',
    clientId,
    scope,
    description: `refresh_token:${clientId}:${scope ?? ''}`,
    reRunnable: false,
    canAcquire: () => !initial.used(),
    acquire: async (requestContext) => {
      if (initial.used()) {
        throw new ReauthenticationRequiredError('the initial refresh token was already used; a new login is needed', {
          code: 'refresh_token_used',
        });
      }
      return initial.run(requestContext);
    },
    refresh: (refreshToken, requestContext) =>
      endpoint.request({ kind: 'refresh_token', refreshToken, parameters }, requestContext),
    ...(revocationEndpoint ? { revoke: (token, hint, requestContext) => endpoint.revoke(token, hint, requestContext) } : {}),
  };
  return grant;
}
