import * as oauth from 'oauth4webapi';
import { ConfigurationError, InvalidClientCredentialsError, ReauthenticationRequiredError, TokenRequestError } from './errors.js';
import type { GrantRequestContext, TokenEndpointResult } from './grants.js';
import { resolveTokenEndpoint, type TokenEndpoint } from './options.js';
import { redactSecrets, sanitizedCause } from './redaction.js';
import { retryAfterMs } from './retry-policy.js';

/**
 * `client_secret_basic` (default): `Authorization: Basic base64(id:secret)` as the platforms document it;
 * `client_secret_basic_form_encoded`: the RFC 6749 variant (values form-urlencoded first, oauth4webapi's own);
 * `client_secret_post`: id and secret in the form body.
 */
export type ClientAuthenticationMethod =
  | 'client_secret_basic'
  | 'client_secret_post'
  | 'client_secret_basic_form_encoded';

export interface TokenEndpointClientConfig {
  tokenEndpoint: TokenEndpoint;
  clientId: string;
  clientSecret?: string | undefined;
  clientAuthentication?: ClientAuthenticationMethod | undefined;
  revocationEndpoint?: TokenEndpoint | undefined;
}

/** One token endpoint call. `secrets` are scrubbed from any server text that reaches an error. */
export type TokenOperation =
  | { kind: 'client_credentials'; parameters: Record<string, string> }
  | { kind: 'refresh_token'; refreshToken: string; parameters: Record<string, string> }
  | { kind: 'authorization_code'; code: string; redirectUri: string; codeVerifier: string }
  | { kind: 'generic'; grantType: string; parameters: Record<string, string>; secrets: string[] };

const REAUTHENTICATION_CODES = new Set(['invalid_grant', 'invalid_client', 'unauthorized_client', 'access_denied']);
const RETRYABLE_OAUTH_CODES = new Set(['temporarily_unavailable', 'server_error', 'slow_down']);
const CORRELATION_HEADERS = ['inin-correlation-id', 'x-correlation-id', 'x-request-id', 'request-id'];

export interface TokenEndpointClient {
  request(operation: TokenOperation, context: GrantRequestContext): Promise<TokenEndpointResult>;
  revoke(token: string, tokenTypeHint: string, context: GrantRequestContext): Promise<void>;
}

/**
 * Token endpoint calls through oauth4webapi (request building, client authentication, response validation), with
 * the classification this package needs on top: 5xx/429/timeout/network/non-JSON -> {@link TokenRequestError},
 * `invalid_grant` & co -> {@link ReauthenticationRequiredError}. oauth4webapi errors are never attached as `cause`
 * because they carry the raw response body (which holds the tokens).
 */
export function createTokenEndpointClient(config: TokenEndpointClientConfig): TokenEndpointClient {
  const client: oauth.Client = { client_id: config.clientId };
  const clientAuth: oauth.ClientAuth =
    config.clientSecret === undefined
      ? oauth.None()
      : config.clientAuthentication === 'client_secret_post'
        ? oauth.ClientSecretPost(config.clientSecret)
        : config.clientAuthentication === 'client_secret_basic_form_encoded'
          ? oauth.ClientSecretBasic(config.clientSecret)
          : plainClientSecretBasic(config.clientSecret);

  function httpOptions(url: URL, context: GrantRequestContext) {
    return {
      signal: context.signal,
      [oauth.customFetch]: (target: string, init: oauth.CustomFetchOptions<string, unknown>) =>
        context.fetch(target, init as RequestInit),
      // oauth4webapi only allows https; our own check already limited http to loopback hosts.
      [oauth.allowInsecureRequests]: url.protocol === 'http:',
    };
  }

  return {
    async request(operation, context) {
      const url = await resolveTokenEndpoint(config.tokenEndpoint);
      const safeUrl = `${url.origin}${url.pathname}`;
      const as: oauth.AuthorizationServer = { issuer: url.origin, token_endpoint: url.href };
      const secrets = [config.clientSecret, ...operationSecrets(operation)];
      const options = httpOptions(url, context);
      let response: Response;
      try {
        switch (operation.kind) {
          case 'client_credentials':
            response = await oauth.clientCredentialsGrantRequest(as, client, clientAuth, operation.parameters, options);
            break;
          case 'refresh_token':
            response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, operation.refreshToken, {
              ...options,
              additionalParameters: operation.parameters,
            });
            break;
          case 'authorization_code': {
            const callback = oauth.validateAuthResponse(
              as,
              client,
              new URLSearchParams({ code: operation.code }),
              oauth.skipStateCheck,
            );
            response = await oauth.authorizationCodeGrantRequest(
              as,
              client,
              clientAuth,
              callback,
              operation.redirectUri,
              operation.codeVerifier,
              options,
            );
            break;
          }
          case 'generic':
            response = await oauth.genericTokenEndpointRequest(
              as,
              client,
              clientAuth,
              operation.grantType,
              operation.parameters,
              options,
            );
            break;
        }
      } catch (error) {
        throw transportError(error, context.signal, safeUrl, secrets);
      }
      return processTokenResponse(response, operation, as, client, safeUrl, secrets, context.signal);
    },

    async revoke(token, tokenTypeHint, context) {
      if (!config.revocationEndpoint) throw new ConfigurationError('revocationEndpoint is not configured');
      const url = await resolveTokenEndpoint(config.revocationEndpoint, 'revocationEndpoint');
      const safeUrl = `${url.origin}${url.pathname}`;
      const as: oauth.AuthorizationServer = { issuer: url.origin, revocation_endpoint: url.href };
      const secrets = [config.clientSecret, token];
      let response: Response;
      try {
        response = await oauth.revocationRequest(as, client, clientAuth, token, {
          ...httpOptions(url, context),
          additionalParameters: { token_type_hint: tokenTypeHint },
        });
      } catch (error) {
        throw transportError(error, context.signal, safeUrl, secrets);
      }
      if (response.status !== 200) {
        void response.body?.cancel().catch(() => undefined);
        throw new TokenRequestError(`revocation endpoint answered HTTP ${response.status}`, {
          code: 'token_endpoint_error',
          status: response.status,
          url: safeUrl,
          retryable: response.status >= 500,
        });
      }
      void response.body?.cancel().catch(() => undefined);
    },
  };
}

function operationSecrets(operation: TokenOperation): string[] {
  switch (operation.kind) {
    case 'refresh_token':
      return [operation.refreshToken];
    case 'authorization_code':
      return [operation.code, operation.codeVerifier];
    case 'generic':
      return operation.secrets;
    default:
      return [];
  }
}

/** System error codes of connections that failed before anything was sent (refused, unresolvable, TLS rejected). */
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EAI_FAIL',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EADDRNOTAVAIL',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/** True when a fetch failure certainly happened before the request left this process (undici's `cause.code`). */
function failedBeforeSending(error: unknown): boolean {
  const cause = error instanceof Error ? error.cause : undefined;
  const code = cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string' ? cause.code : '';
  return NOT_SENT_CODES.has(code) || /^(CERT_|ERR_TLS_)|SELF_SIGNED/.test(code);
}

function transportError(error: unknown, signal: AbortSignal, url: string, secrets: Array<string | undefined>): unknown {
  if (signal.aborted) return signal.reason;
  if (error instanceof TokenRequestError || error instanceof ConfigurationError) return error;
  const notSent = failedBeforeSending(error);
  return new TokenRequestError(`token request to ${url} failed ${notSent ? 'before it was sent' : 'before a response arrived'}`, {
    code: 'token_request_network',
    url,
    retryable: true,
    outcome: notSent ? 'not_processed' : 'unknown',
    cause: sanitizedCause(error, secrets),
  });
}

function correlationIdOf(response: Response): string | undefined {
  for (const name of CORRELATION_HEADERS) {
    const value = response.headers.get(name);
    if (value) return value;
  }
  return undefined;
}

async function processTokenResponse(
  response: Response,
  operation: TokenOperation,
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  url: string,
  secrets: Array<string | undefined>,
  signal: AbortSignal,
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
    throw transportError(error, signal, url, secrets);
  }
  if (status === 200) return processSuccess(text, response.headers, operation, as, client, url, correlationId);
  if (status < 400) {
    throw new TokenRequestError(`token endpoint ${url} answered HTTP ${status}`, {
      code: 'token_endpoint_error',
      status,
      url,
      correlationId,
    });
  }
  throw await oauthError(text, response.headers, status, as, client, url, secrets, correlationId);
}

async function processSuccess(
  text: string,
  headers: Headers,
  operation: TokenOperation,
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  url: string,
  correlationId: string | undefined,
): Promise<TokenEndpointResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // Handled here rather than by oauth4webapi: its parse error quotes the body, which may contain a token.
    throw new TokenRequestError(
      `token endpoint ${url} answered 200 with a body that is not JSON (content-type ${headers.get('content-type') ?? 'none'})`,
      { code: 'token_response_not_json', status: 200, url, correlationId, retryable: true },
    );
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json)) {
    throw new TokenRequestError(`token endpoint ${url} answered 200 with JSON that is not an object`, {
      code: 'token_response_invalid',
      status: 200,
      url,
      correlationId,
    });
  }
  // The id_token is carried through opaque (see README): oauth4webapi would validate its claims against an
  // issuer we are not given, which would reject valid CXone responses. expires_in is parsed here, strictly:
  // oauth4webapi's parseFloat would read "3600 seconds, roughly" as 3600 and accepts 0.
  const { id_token: idToken, expires_in: rawExpiresIn, ...body } = json as Record<string, unknown>;
  const expiresIn = parseExpiresIn(rawExpiresIn);
  const validated = new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
  let result: oauth.TokenEndpointResponse;
  try {
    switch (operation.kind) {
      case 'client_credentials':
        result = await oauth.processClientCredentialsResponse(as, client, validated);
        break;
      case 'refresh_token':
        result = await oauth.processRefreshTokenResponse(as, client, validated);
        break;
      case 'authorization_code':
        result = await oauth.processAuthorizationCodeResponse(as, client, validated);
        break;
      case 'generic':
        result = await oauth.processGenericTokenEndpointResponse(as, client, validated);
        break;
    }
  } catch (error) {
    const detail = error instanceof oauth.UnsupportedOperationError ? 'an unsupported token_type' : describeInvalid(error);
    throw new TokenRequestError(`token endpoint ${url} answered 200 with ${detail}`, {
      code: 'token_response_invalid',
      status: 200,
      url,
      correlationId,
    });
  }
  return {
    accessToken: result.access_token,
    tokenType: result.token_type,
    ...(typeof expiresIn === 'number' ? { expiresInSeconds: expiresIn } : {}),
    ...(typeof expiresIn === 'string' ? { invalidExpiresIn: expiresIn } : {}),
    ...(result.refresh_token ? { refreshToken: result.refresh_token } : {}),
    ...(result.scope ? { scope: result.scope } : {}),
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

/** oauth4webapi messages name the offending property without its value; keep only that. */
function describeInvalid(error: unknown): string {
  if (error instanceof Error && /^"response" body "[a-z_]+" property/.test(error.message)) {
    const property = /"response" body "([a-z_]+)"/.exec(error.message)?.[1];
    return `an invalid or missing "${property}"`;
  }
  return 'an invalid token response';
}

async function oauthError(
  text: string,
  headers: Headers,
  status: number,
  as: oauth.AuthorizationServer,
  client: oauth.Client,
  url: string,
  secrets: Array<string | undefined>,
  correlationId: string | undefined,
): Promise<Error> {
  let code: string | undefined;
  let description: string | undefined;
  try {
    await oauth.processGenericTokenEndpointResponse(as, client, new Response(text, { status, headers }));
  } catch (error) {
    if (error instanceof oauth.ResponseBodyError) {
      code = error.error;
      description = stringField(error.cause, 'error_description') ?? stringField(error.cause, 'errorDescription');
    } else if (error instanceof oauth.WWWAuthenticateChallengeError) {
      code = 'invalid_client';
    }
  }
  if (code === undefined) {
    // Not an RFC 6749 error response (e.g. JSON served as text/plain, or CXone's `errorDescription` shape).
    try {
      const json: unknown = JSON.parse(text);
      code = stringField(json, 'error');
      description = stringField(json, 'error_description') ?? stringField(json, 'errorDescription');
    } catch {
      // fall through: not JSON
    }
  }
  if (code === undefined) {
    return new TokenRequestError(`token endpoint ${url} answered HTTP ${status} without an OAuth error body`, {
      code: 'token_endpoint_error',
      status,
      url,
      correlationId,
    });
  }
  const safeCode = redactSecrets(code, secrets).slice(0, 100);
  const safeDescription = description ? `: ${redactSecrets(description, secrets).slice(0, 200)}` : '';
  if (code === 'invalid_client') {
    return new InvalidClientCredentialsError(
      `the token endpoint ${url} rejected the client credentials (invalid_client${safeDescription}): check the client id ` +
        'and secret, and that the OAuth client belongs to the region/environment of this token endpoint',
      { status, correlationId, url },
    );
  }
  if (code === 'unauthorized_client') {
    return new ReauthenticationRequiredError(
      `the token endpoint ${url} does not allow this OAuth client the grant it used (unauthorized_client${safeDescription}): ` +
        "enable that grant type in the client's settings or use a client that has it",
      { code: safeCode, status, correlationId },
    );
  }
  if (REAUTHENTICATION_CODES.has(code)) {
    return new ReauthenticationRequiredError(`token endpoint rejected the grant (${safeCode}${safeDescription})`, {
      code: safeCode,
      status,
      correlationId,
    });
  }
  return new TokenRequestError(`token endpoint ${url} answered ${safeCode}${safeDescription}`, {
    code: safeCode,
    status,
    url,
    correlationId,
    retryable: RETRYABLE_OAUTH_CODES.has(code),
  });
}

function stringField(value: unknown, name: string): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const field = (value as Record<string, unknown>)[name];
  return typeof field === 'string' && field ? field : undefined;
}

/**
 * HTTP Basic client authentication as Genesys Cloud and NICE CXone document it: `base64(clientId:clientSecret)`
 * of the raw (UTF-8) values. oauth4webapi's `ClientSecretBasic` first form-urlencodes both values (RFC 6749
 * §2.3.1), which turns the `-` of UUID client ids into `%2D`; servers that do not decode reject that.
 */
function plainClientSecretBasic(clientSecret: string): oauth.ClientAuth {
  return (_as, client, _body, headers) => {
    const bytes = new TextEncoder().encode(`${client.client_id}:${clientSecret}`);
    let binary = '';
    for (const byte of bytes) binary += String.fromCharCode(byte);
    headers.set('authorization', `Basic ${btoa(binary)}`);
  };
}
