import type { Grant } from './grant.js';
import {
  clientAuthenticationOption,
  normalizeScope,
  optionalEndpoint,
  requireEndpoint,
  requireOption,
  type TokenEndpoint,
} from './options.js';
import { createTokenEndpointClient, type ClientAuthenticationMethod } from './token-endpoint-client.js';

export interface ClientCredentialsGrantOptions {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  clientSecret: string;
  scope?: string | string[];
  /** Default `client_secret_basic` (Authorization: Basic). */
  clientAuthentication?: ClientAuthenticationMethod;
  /** RFC 7009 endpoint; enables `tokenManager.revoke()`. */
  revocationEndpoint?: TokenEndpoint;
}

/**
 * `grant_type=client_credentials` (Genesys Cloud back ends). Servers issue no refresh token for it, so "refresh"
 * re-runs the grant.
 */
export function clientCredentialsGrant(options: ClientCredentialsGrantOptions): Grant {
  const tokenEndpoint = requireEndpoint(options?.tokenEndpoint, 'tokenEndpoint');
  const clientId = requireOption(options.clientId, 'clientId');
  const clientSecret = requireOption(options.clientSecret, 'clientSecret');
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
  const grant: Grant = {
    grantType: 'client_credentials',
    clientId,
    scope,
    description: `client_credentials:${clientId}:${scope ?? ''}`,
    reRunnable: true,
    canAcquire: () => true,
    acquire: (context) => endpoint.request({ kind: 'client_credentials', parameters }, context),
    refresh: (refreshToken, context) => endpoint.request({ kind: 'refresh_token', refreshToken, parameters }, context),
    ...(revocationEndpoint ? { revoke: (token, hint, context) => endpoint.revoke(token, hint, context) } : {}),
  };
  return grant;
}
