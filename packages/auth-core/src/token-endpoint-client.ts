/**
 * Token endpoint requests (RFC 6749 §3.2, RFC 7009 revocation) with the classification this package needs:
 * 5xx/429/timeout/network/non-JSON -> {@link TokenRequestError}, `invalid_grant` & co ->
 * {@link ReauthenticationRequiredError}. Written here rather than through oauth4webapi (which this package used before
 * and still uses for PKCE): its token request and response processing alone is 5 KB of a client-credentials
 * consumer's 10 KB gzip budget, and around it this module needed its own client authentication, http, 5xx/429,
 * non-JSON, id_token and CXone error handling anyway.
 */
import { ConfigurationError, TokenRequestError } from './errors.js';
import type { CredentialOptionNames, GrantRequestContext, TokenEndpointResult } from './token-endpoint-types.js';
import { authCoreDefaults, resolveTokenEndpoint, type TokenEndpoint } from './options.js';
import type { RequestFacts } from './token-endpoint-failures.js';
import { loadDeferred } from './load-deferred.js';
import { retryAfterMs } from './retry-policy.js';

export type { CredentialOptionNames } from './token-endpoint-types.js';

/**
 * `client_secret_basic` (default): `Authorization: Basic base64(id:secret)` as the platforms document it;
 * `client_secret_basic_form_encoded`: the RFC 6749 §2.3.1 variant (values form-urlencoded first);
 * `client_secret_post`: id and secret in the form body.
 */
export type ClientAuthenticationMethod =
  | 'client_secret_basic'
  | 'client_secret_post'
  | 'client_secret_basic_form_encoded';

/** Puts a confidential client's credentials on a token endpoint request: a header or form fields. */
type ClientAuthenticator = (clientId: string, clientSecret: string, form: URLSearchParams, headers: Record<string, string>) => void;

export interface TokenEndpointClientConfig {
  tokenEndpoint: TokenEndpoint;
  /** Names for error messages (see {@link CredentialOptionNames}). */
  optionNames?: CredentialOptionNames | undefined;
  clientId: string;
  clientSecret?: string | undefined;
  /** Default `client_secret_basic`; see {@link clientAuthenticatorOf}. */
  authenticate?: ClientAuthenticator | undefined;
}

/** One token endpoint call: the grant type and its parameters. `secrets` are scrubbed from any server text. */
export interface TokenOperation {
  grantType: string;
  parameters: Record<string, string>;
  secrets: string[];
}

export interface TokenEndpointClient {
  request(operation: TokenOperation, context: GrantRequestContext): Promise<TokenEndpointResult>;
}

/** RFC 6749 Appendix B `application/x-www-form-urlencoded` of one value (as in §2.3.1 client authentication). */
function formUrlEncode(value: string): string {
  return new URLSearchParams({ v: value }).toString().slice(2).replace(/[-_.!~*'()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `client_secret_basic`: Basic credentials of the raw UTF-8 `id:secret` (what Genesys Cloud and NICE CXone document). */
const basicAuthentication: ClientAuthenticator = (clientId, clientSecret, _form, headers) => {
  let binary = '';
  for (const byte of new TextEncoder().encode(`${clientId}:${clientSecret}`)) binary += String.fromCharCode(byte);
  headers.authorization = `Basic ${btoa(binary)}`;
};

/**
 * The authenticator of a `clientAuthentication` option (validated; default `client_secret_basic`). Only a grant
 * factory that takes the option reaches the other methods, so a client that cannot choose one does not bundle them.
 */
export function clientAuthenticatorOf(value: unknown): ClientAuthenticator {
  if (value === undefined || value === 'client_secret_basic') return basicAuthentication;
  if (value === 'client_secret_post') {
    return (clientId, clientSecret, form) => {
      form.set('client_id', clientId);
      form.set('client_secret', clientSecret);
    };
  }
  if (value === 'client_secret_basic_form_encoded') {
    return (clientId, clientSecret, _form, headers) => {
      headers.authorization = `Basic ${btoa(`${formUrlEncode(clientId)}:${formUrlEncode(clientSecret)}`)}`;
    };
  }
  throw new ConfigurationError(
    "clientAuthentication must be 'client_secret_basic', 'client_secret_post' or 'client_secret_basic_form_encoded'",
    { code: 'invalid_option', option: 'clientAuthentication' },
  );
}

/** POSTs a form to `url` with client authentication; a failure before any response becomes TokenRequestError. */
async function post(
  config: TokenEndpointClientConfig,
  url: URL,
  form: URLSearchParams,
  secrets: Array<string | undefined>,
  context: GrantRequestContext,
): Promise<{ response: Response; safeUrl: string }> {
  const { clientId, clientSecret } = config;
  const headers: Record<string, string> = {
    accept: 'application/json',
    'content-type': 'application/x-www-form-urlencoded;charset=UTF-8',
  };
  // a public client (no secret) identifies itself in the body
  if (clientSecret === undefined) form.set('client_id', clientId);
  else (config.authenticate ?? basicAuthentication)(clientId, clientSecret, form, headers);
  const safeUrl = `${url.origin}${url.pathname}`;
  try {
    const response = await context.fetch(url.href, { method: 'POST', headers, body: form, redirect: 'manual', signal: context.signal });
    return { response, safeUrl };
  } catch (error) {
    // no response: which failure (sent or not, the cause) is told in token-endpoint-failures.ts, loaded now
    throw (await loadDeferred()).transportError(error, context.signal, safeUrl, secrets, config.optionNames);
  }
}

export function createTokenEndpointClient(config: TokenEndpointClientConfig): TokenEndpointClient {
  return {
    async request(operation, context) {
      const url = await resolveTokenEndpoint(config.tokenEndpoint);
      const secrets = [config.clientSecret, ...operation.secrets];
      const form = new URLSearchParams({ grant_type: operation.grantType, ...operation.parameters });
      const { response, safeUrl } = await post(config, url, form, secrets, context);
      const facts = { names: config.optionNames, hasClientSecret: config.clientSecret !== undefined, grantType: operation.grantType };
      const result = await processTokenResponse(response, safeUrl, secrets, context.signal, facts);
      return { ...result, url: safeUrl };
    },
  };
}

/**
 * RFC 7009 revocation of `token` at `revocationEndpoint`, authenticated as the token requests are. A module function,
 * not a member of the token endpoint client, so that only a grant given a `revocationEndpoint` bundles it.
 */
export async function revokeToken(
  config: TokenEndpointClientConfig & { revocationEndpoint: TokenEndpoint },
  token: string,
  tokenTypeHint: string,
  context: GrantRequestContext,
): Promise<void> {
  const url = await resolveTokenEndpoint(config.revocationEndpoint, 'revocationEndpoint');
  const form = new URLSearchParams({ token, token_type_hint: tokenTypeHint });
  const { response, safeUrl } = await post(config, url, form, [config.clientSecret, token], context);
  void response.body?.cancel().catch(() => undefined);
  if (response.status !== 200) {
    throw new TokenRequestError(`revocation endpoint answered HTTP ${response.status}`, {
      code: 'token_endpoint_error',
      status: response.status,
      url: safeUrl,
      retryable: response.status >= 500,
    });
  }
}

function correlationIdOf(response: Response): string | undefined {
  for (const name of authCoreDefaults.middleware.correlationIdHeaders) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

async function processTokenResponse(
  response: Response,
  url: string,
  secrets: Array<string | undefined>,
  signal: AbortSignal,
  facts: RequestFacts,
): Promise<TokenEndpointResult> {
  const { status } = response;
  const correlationId = correlationIdOf(response);
  if (status >= 500 || status === 429) {
    void response.body?.cancel().catch(() => undefined);
    throw new TokenRequestError(`token endpoint ${url} answered HTTP ${status}`, {
      code: status === 429 ? 'token_endpoint_rate_limited' : 'token_endpoint_error',
      status,
      url,
      correlationId,
      retryable: true,
      retryAfterMs: retryAfterMs(response.headers.get('retry-after')),
    });
  }
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw (await loadDeferred()).transportError(error, signal, url, secrets, facts.names);
  }
  if (status === 200) return processSuccess(text, response.headers, url, correlationId);
  // what an OAuth error answer means (which typed error, which options to check): token-endpoint-failures.ts, part of
  // deferred.ts, loaded now (a client whose token requests succeed never needs it)
  throw (await loadDeferred()).statusError(text, response.headers, { ...facts, status, url, secrets, correlationId });
}

/**
 * Validates a 200 token response (RFC 6749 §5.1): `access_token` a non-empty string, `token_type` Bearer (any case),
 * `expires_in` a non-negative number, `refresh_token` and `scope` strings when present. The id_token is carried
 * through opaque (see README). Messages name the offending member, never a value (the body holds tokens).
 */
function processSuccess(text: string, headers: Headers, url: string, correlationId: string | undefined): TokenEndpointResult {
  const invalid = (detail: string, code = 'token_response_invalid', retryable = false) =>
    new TokenRequestError(`token endpoint ${url} answered 200 with ${detail}`, { code, status: 200, url, correlationId, retryable });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid(`a body that is not JSON (content-type ${headers.get('content-type') ?? 'none'})`, 'token_response_not_json', true);
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) throw invalid('JSON that is not an object');
  const body = json as Record<string, unknown>;
  const member = (name: string, type: 'string' | 'number', required: boolean): void => {
    const value = body[name];
    if (value === undefined ? required : typeof value !== type || value === '' || (type === 'number' && !((value as number) >= 0))) {
      throw invalid(`an invalid or missing "${name}"`);
    }
  };
  member('access_token', 'string', true);
  member('token_type', 'string', true);
  member('refresh_token', 'string', false);
  member('scope', 'string', false);
  const tokenType = (body.token_type as string).toLowerCase();
  if (tokenType !== 'bearer') throw invalid('an unsupported token_type');
  const idToken = body.id_token;
  // strict, unlike a parseFloat: "3600 seconds, roughly" or 0 is not a lifetime (the manager then uses its default and warns)
  const expiresIn = parseExpiresIn(body.expires_in);
  return {
    accessToken: body.access_token as string,
    tokenType,
    ...(typeof expiresIn === 'number' ? { expiresInSeconds: expiresIn } : {}),
    ...(typeof expiresIn === 'string' ? { invalidExpiresIn: expiresIn } : {}),
    ...(body.refresh_token ? { refreshToken: body.refresh_token as string } : {}),
    ...(body.scope ? { scope: body.scope as string } : {}),
    ...(typeof idToken === 'string' && idToken ? { idToken } : {}),
  };
}

/**
 * `expires_in` as RFC 6749 §5.1 has it: a positive whole number of seconds, also accepted as a string of digits.
 * Returns the seconds, `undefined` when absent, or a description of the rejected value (never the value of a string).
 */
function parseExpiresIn(value: unknown): number | string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number') {
    return Number.isSafeInteger(value) && value > 0 ? value : `expires_in ${value} is not a positive whole number of seconds`;
  }
  if (typeof value === 'string' && /^\d{1,15}$/.test(value) && Number(value) > 0) return Number(value);
  return `expires_in is ${typeof value === 'string' ? 'a string that is not a positive whole number' : `a ${typeof value}`}`;
}
