import type { Grant } from './grant.js';
import {
  clientAuthenticationOption,
  normalizeScope,
  optionalEndpoint,
  optionalOption,
  requireEndpoint,
  requireOption,
  type TokenEndpoint,
} from './options.js';
import { createTokenEndpointClient, type ClientAuthenticationMethod } from './token-endpoint-client.js';

export interface PasswordGrantOptions {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  /** Omit for public clients (client_id is then sent in the body). */
  clientSecret?: string;
  /** For a NICE CXone access key: the access key id. */
  username: string;
  /** For a NICE CXone access key: the access key secret. */
  password: string;
  scope?: string | string[];
  /** Default `client_secret_basic`. */
  clientAuthentication?: ClientAuthenticationMethod;
  revocationEndpoint?: TokenEndpoint;
}

/**
 * `grant_type=password` (NICE CXone access keys). Uses the server's refresh token when it issues one (rotating it)
 * and re-runs the grant when it issues none or the refresh token is rejected.
 */
export function passwordGrant(options: PasswordGrantOptions): Grant {
  const tokenEndpoint = requireEndpoint(options?.tokenEndpoint, 'tokenEndpoint');
  const clientId = requireOption(options.clientId, 'clientId');
  const clientSecret = optionalOption(options.clientSecret, 'clientSecret');
  const username = requireOption(options.username, 'username');
  const password = requireOption(options.password, 'password');
  const scope = normalizeScope(options.scope);
  const revocationEndpoint = optionalEndpoint(options.revocationEndpoint, 'revocationEndpoint');
  const endpoint = createTokenEndpointClient({
    tokenEndpoint,
    clientId,
    clientSecret,
    clientAuthentication: clientAuthenticationOption(options.clientAuthentication),
    revocationEndpoint,
  });
  const scopeParameter: Record<string, string> = scope ? { scope } : {};
  const grant: Grant = {
    grantType: 'password',
    clientId,
    scope,
    description: `password:${clientId}:${scope ?? ''}`,
    reRunnable: true,
    canAcquire: () => true,
    acquire: (context) =>
      endpoint.request(
        {
          kind: 'generic',
          grantType: 'password',
          parameters: { ...scopeParameter, username, password },
          secrets: [password],
        },
        context,
      ),
    refresh: (refreshToken, context) =>
      endpoint.request({ kind: 'refresh_token', refreshToken, parameters: scopeParameter }, context),
    ...(revocationEndpoint ? { revoke: (token, hint, context) => endpoint.revoke(token, hint, context) } : {}),
  };
  return grant;
}
