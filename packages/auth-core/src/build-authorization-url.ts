import { ConfigurationError } from './errors.js';
import { normalizeScope, parseTokenEndpointUrl, requireOption } from './options.js';

export interface AuthorizationUrlOptions {
  authorizationEndpoint: string | URL;
  clientId: string;
  redirectUri: string;
  /** From `createPkcePair()`; the method is always S256. */
  codeChallenge: string;
  scope?: string | string[];
  /** Recommended: `generateState()` and compare it in the callback. */
  state?: string;
  /** Platform extras, e.g. CXone `{ display: 'page', tenantId }`. Cannot override the PKCE/response_type parameters. */
  extraParams?: Record<string, string>;
}

const RESERVED = new Set(['response_type', 'client_id', 'redirect_uri', 'code_challenge', 'code_challenge_method']);

/** The authorization-code + PKCE (S256) authorization URL to send the user to. */
export function buildAuthorizationUrl(options: AuthorizationUrlOptions): URL {
  const url = parseTokenEndpointUrl(options?.authorizationEndpoint, 'authorizationEndpoint');
  const params = url.searchParams;
  for (const [name, value] of Object.entries(options.extraParams ?? {})) {
    if (RESERVED.has(name)) throw new ConfigurationError(`extraParams must not set ${name}`);
    params.set(name, value);
  }
  params.set('response_type', 'code');
  params.set('client_id', requireOption(options.clientId, 'clientId'));
  params.set('redirect_uri', requireOption(options.redirectUri, 'redirectUri'));
  params.set('code_challenge', requireOption(options.codeChallenge, 'codeChallenge'));
  params.set('code_challenge_method', 'S256');
  const scope = normalizeScope(options.scope);
  if (scope) params.set('scope', scope);
  if (options.state !== undefined) params.set('state', requireOption(options.state, 'state'));
  return url;
}
