import { HttpResponse } from 'msw';
import { increment, resetMockStats, type MockStats } from './mock-stats.js';

export type MockGrantType = 'client_credentials' | 'password' | 'authorization_code' | 'refresh_token';

/** A registered OAuth client of a simulated platform. */
export interface MockOAuthClient {
  clientId: string;
  /** Omit for a public client (PKCE, `client_id` in the body). */
  clientSecret?: string;
}

/** An issued access token as the simulated platform sees it. */
export interface MockAccessToken {
  token: string;
  clientId: string;
  grantType: MockGrantType;
  scope?: string;
  /** Epoch ms; the token is rejected from then on. */
  expiresAt: number;
  revoked: boolean;
  /** The user behind the token (password/code grants); absent for client credentials. */
  subject?: string;
}

export type BearerCheck =
  | { ok: true; token: MockAccessToken }
  | { ok: false; reason: 'missing' | 'unknown' | 'expired' | 'revoked' };

export interface OAuthServerOptions {
  clients: MockOAuthClient[];
  /** Grants the token endpoint accepts; others answer `unsupported_grant_type`. */
  grants: MockGrantType[];
  /** Grants whose responses carry a (rotating) refresh token. */
  refreshTokenGrants: MockGrantType[];
  /** Password-grant users: username -> password (NICE CXone access key id -> secret). */
  users?: Record<string, string>;
  accessTokenLifetimeSeconds: number;
  clock: () => number;
  /** Prefix of issued tokens, e.g. `genesys`. */
  tokenPrefix: string;
  /** Claims of an id_token issued when the scope includes `openid`; none when absent. */
  idTokenClaims?: (token: MockAccessToken) => Record<string, unknown>;
  /** The platform's OAuth error body. */
  errorBody: (error: string, description: string) => Record<string, unknown>;
  stats: MockStats;
}

interface RefreshTokenRecord {
  clientId: string;
  scope?: string;
  subject?: string;
  used: boolean;
  revoked: boolean;
}

interface AuthorizationCodeRecord {
  clientId: string;
  redirectUri: string;
  codeChallenge?: string;
  scope?: string;
  subject: string;
}

/** What the token server holds: its options and every token and code it issued (by their secret). */
interface OAuthServerState {
  options: OAuthServerOptions;
  accessTokens: Map<string, MockAccessToken>;
  refreshTokens: Map<string, RefreshTokenRecord>;
  codes: Map<string, AuthorizationCodeRecord>;
  /** A new secret of a kind (`at`, `rt`, `code`): the prefix, a sequence number and random hex. */
  nextSecret: (kind: string) => string;
}

/**
 * The token endpoint of a simulated platform: issues expiring access tokens (and rotating, single-use refresh
 * tokens), checks client authentication and PKCE, and answers the platform's OAuth errors. Also the registry the
 * API handlers ask whether a bearer token is valid.
 */
export function createOAuthServer(options: OAuthServerOptions) {
  let sequence = 0;
  const state: OAuthServerState = {
    options,
    accessTokens: new Map(),
    refreshTokens: new Map(),
    codes: new Map(),
    nextSecret: (kind) => {
      sequence += 1;
      const random = crypto.getRandomValues(new Uint8Array(8));
      return `${options.tokenPrefix}-${kind}-${sequence}-${[...random].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
    },
  };
  const { accessTokens, refreshTokens, codes } = state;

  return {
    handleTokenRequest: (request: Request): Promise<Response> => handleTokenRequest(state, request),
    /** `GET /authorize?response_type=code&client_id&redirect_uri&state&code_challenge&code_challenge_method=S256`. */
    handleAuthorize: (request: Request, subject: string): Response => handleAuthorize(state, request, subject),
    issueAuthorizationCode: (record: AuthorizationCodeRecord): string => issueAuthorizationCode(state, record),
    checkBearer: (request: Request): BearerCheck => checkBearer(state, request),
    /** Every issued access token stops working now (the platform's view of "the token expired"). */
    expireAccessTokens() {
      const now = options.clock();
      for (const token of accessTokens.values()) token.expiresAt = Math.min(token.expiresAt, now);
    },
    /** Revokes one access token (as `DELETE /api/v2/tokens/me` or an admin would). */
    revokeAccessToken(token: string) {
      const record = accessTokens.get(token);
      if (record) record.revoked = true;
    },
    /** Every refresh token is rejected with `invalid_grant` from now on (logout, password change, admin revocation). */
    revokeRefreshTokens() {
      for (const record of refreshTokens.values()) record.revoked = true;
    },
    /** Access tokens that are still accepted. */
    liveAccessTokens(): MockAccessToken[] {
      const now = options.clock();
      return [...accessTokens.values()].filter((t) => !t.revoked && t.expiresAt > now);
    },
    reset() {
      accessTokens.clear();
      refreshTokens.clear();
      codes.clear();
    },
  };
}

const oauthError = (options: OAuthServerOptions, status: number, error: string, description: string) =>
  HttpResponse.json(options.errorBody(error, description), { status, headers: { 'Cache-Control': 'no-store' } });

/** The client a token request authenticates as (Basic header, else `client_id`/`client_secret` in the form). */
function authenticateClient(clients: MockOAuthClient[], request: Request, form: URLSearchParams): MockOAuthClient | undefined {
  const header = request.headers.get('authorization');
  let clientId = form.get('client_id') ?? undefined;
  let clientSecret = form.get('client_secret') ?? undefined;
  if (header?.startsWith('Basic ')) {
    const decoded = atob(header.slice(6));
    const colon = decoded.indexOf(':');
    clientId = decodeURIComponent(decoded.slice(0, colon));
    clientSecret = decodeURIComponent(decoded.slice(colon + 1));
  }
  const client = clients.find((c) => c.clientId === clientId);
  if (!client) return undefined;
  return client.clientSecret === undefined || client.clientSecret === clientSecret ? client : undefined;
}

/** The token response: an access token, a refresh token for the grants that rotate one, an id_token for `openid`. */
function issueTokens(state: OAuthServerState, clientId: string, grantType: MockGrantType, scope: string | undefined, subject: string | undefined): Response {
  const { options } = state;
  const token: MockAccessToken = {
    token: state.nextSecret('at'),
    clientId,
    grantType,
    scope,
    subject,
    expiresAt: options.clock() + options.accessTokenLifetimeSeconds * 1000,
    revoked: false,
  };
  state.accessTokens.set(token.token, token);
  options.stats.tokensIssued += 1;
  const body: Record<string, unknown> = {
    access_token: token.token,
    token_type: 'bearer',
    expires_in: options.accessTokenLifetimeSeconds,
  };
  if (scope) body.scope = scope;
  if (options.refreshTokenGrants.includes(grantType)) {
    const refreshToken = state.nextSecret('rt');
    state.refreshTokens.set(refreshToken, { clientId, scope, subject, used: false, revoked: false });
    body.refresh_token = refreshToken;
  }
  if (options.idTokenClaims && scope?.split(' ').includes('openid')) {
    body.id_token = encodeUnsignedJwt({
      iat: Math.floor(options.clock() / 1000),
      exp: Math.floor(token.expiresAt / 1000),
      aud: clientId,
      ...options.idTokenClaims(token),
    });
  }
  return HttpResponse.json(body, { headers: { 'Cache-Control': 'no-store', Pragma: 'no-cache' } });
}

/** `POST /token`: authenticates the client, then redeems the grant (a code once, a refresh token once). */
async function handleTokenRequest(state: OAuthServerState, request: Request): Promise<Response> {
  const { options } = state;
  options.stats.tokenRequests += 1;
  const form = new URLSearchParams(await request.text());
  const grantType = form.get('grant_type') ?? '';
  increment(options.stats.tokenRequestsByGrant, grantType || '(none)');
  const client = authenticateClient(options.clients, request, form);
  if (!client) return oauthError(options, 401, 'invalid_client', 'client authentication failed');
  if (!options.grants.includes(grantType as MockGrantType)) {
    return oauthError(options, 400, 'unsupported_grant_type', `grant type "${grantType}" is not supported`);
  }
  const scope = form.get('scope') ?? undefined;
  switch (grantType as MockGrantType) {
    case 'client_credentials':
      return issueTokens(state, client.clientId, 'client_credentials', scope, undefined);
    case 'password': {
      const username = form.get('username') ?? '';
      const expected = options.users?.[username];
      if (expected === undefined || expected !== form.get('password')) {
        return oauthError(options, 400, 'invalid_grant', 'the access key is unknown or its secret is wrong');
      }
      return issueTokens(state, client.clientId, 'password', scope, username);
    }
    case 'authorization_code': {
      const code = state.codes.get(form.get('code') ?? '');
      state.codes.delete(form.get('code') ?? '');
      if (!code || code.clientId !== client.clientId || code.redirectUri !== form.get('redirect_uri')) {
        return oauthError(options, 400, 'invalid_grant', 'the authorization code is invalid, used or for another client');
      }
      if (code.codeChallenge !== undefined && (await pkceChallenge(form.get('code_verifier') ?? '')) !== code.codeChallenge) {
        return oauthError(options, 400, 'invalid_grant', 'the code_verifier does not match the code_challenge');
      }
      return issueTokens(state, client.clientId, 'authorization_code', code.scope, code.subject);
    }
    case 'refresh_token': {
      const presented = form.get('refresh_token') ?? '';
      const record = state.refreshTokens.get(presented);
      if (!record || record.clientId !== client.clientId) {
        return oauthError(options, 400, 'invalid_grant', 'the refresh token is unknown');
      }
      if (record.revoked || record.used) {
        return oauthError(options, 400, 'invalid_grant', record.revoked ? 'the refresh token was revoked' : 'the refresh token was already used');
      }
      record.used = true;
      return issueTokens(state, client.clientId, 'refresh_token', form.get('scope') ?? record.scope, record.subject);
    }
  }
}

/** The authorize page: signs in `subject` at once and redirects with a code (and the client's `state`). */
function handleAuthorize(state: OAuthServerState, request: Request, subject: string): Response {
  const { options } = state;
  const url = new URL(request.url);
  const clientId = url.searchParams.get('client_id') ?? '';
  const redirectUri = url.searchParams.get('redirect_uri') ?? '';
  if (!options.clients.some((c) => c.clientId === clientId) || redirectUri === '') {
    return oauthError(options, 400, 'invalid_request', 'unknown client_id or missing redirect_uri');
  }
  if (url.searchParams.get('response_type') !== 'code') {
    return oauthError(options, 400, 'unsupported_response_type', 'only response_type=code is supported');
  }
  const method = url.searchParams.get('code_challenge_method');
  if (method !== null && method !== 'S256') return oauthError(options, 400, 'invalid_request', 'only S256 PKCE is supported');
  const code = issueAuthorizationCode(state, {
    clientId,
    redirectUri,
    codeChallenge: url.searchParams.get('code_challenge') ?? undefined,
    scope: url.searchParams.get('scope') ?? undefined,
    subject,
  });
  const location = new URL(redirectUri);
  location.searchParams.set('code', code);
  const clientState = url.searchParams.get('state');
  if (clientState !== null) location.searchParams.set('state', clientState);
  return new HttpResponse(null, { status: 302, headers: { Location: location.href } });
}

function issueAuthorizationCode(state: OAuthServerState, record: AuthorizationCodeRecord): string {
  const code = state.nextSecret('code');
  state.codes.set(code, record);
  return code;
}

/** Whether a request's bearer token is one this server issued and still accepts, and why not. */
function checkBearer(state: OAuthServerState, request: Request): BearerCheck {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return { ok: false, reason: 'missing' };
  const token = state.accessTokens.get(match[1] as string);
  if (!token) return { ok: false, reason: 'unknown' };
  if (token.revoked) return { ok: false, reason: 'revoked' };
  if (state.options.clock() >= token.expiresAt) return { ok: false, reason: 'expired' };
  return { ok: true, token };
}

export type OAuthServer = ReturnType<typeof createOAuthServer>;

/** The state switches every simulated platform offers, over its token server and counters. */
export function tokenControls(oauth: OAuthServer, stats: MockStats, subject: string) {
  return {
    /** Every issued access token expires now; the next API call with one answers 401. */
    expireTokens: () => oauth.expireAccessTokens(),
    /** Every refresh token is revoked; refreshing answers `invalid_grant`. */
    revokeRefreshTokens: () => oauth.revokeRefreshTokens(),
    /** Issues an authorization code as the platform's authorize page would (code + PKCE tests without a browser). */
    issueAuthorizationCode: (options: { clientId: string; redirectUri: string; codeChallenge?: string; scope?: string }) =>
      oauth.issueAuthorizationCode({ ...options, subject }),
    /** Access tokens the platform still accepts. */
    liveAccessTokens: () => oauth.liveAccessTokens(),
    /** Counters back to zero. */
    resetStats: () => resetMockStats(stats),
  };
}

function base64Url(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function pkceChallenge(verifier: string): Promise<string> {
  return base64Url(new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier))));
}

/** An id_token-shaped JWT with `alg: none`: the simulated platforms do not sign (clients only read its claims). */
function encodeUnsignedJwt(claims: Record<string, unknown>): string {
  const encode = (value: object) => base64Url(new TextEncoder().encode(JSON.stringify(value)));
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode(claims)}.`;
}
