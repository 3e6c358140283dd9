// The one fake OAuth server's MSW face (no socket): answers from the rotating token authority.
import { http, HttpResponse } from 'msw';
import { createRotatingTokenAuthority, type IssuedTokens } from './rotating-token-authority.js';

/** One request seen by the mocked token endpoint. */
export interface TokenCall {
  grantType: string | null;
  params: URLSearchParams;
  authorization: string | null;
}

export type TokenMockResponder = (call: TokenCall, index: number) => Response | Promise<Response>;

export interface TokenEndpointMockOptions {
  url?: string;
  expiresIn?: number;
  /** Issue refresh tokens (`refresh-N`) with every token. */
  refreshTokens?: boolean;
  /**
   * Rotating refresh tokens with reuse detection (RFC 9700 §4.14.2): a refresh token works once; presenting one that
   * was already rotated revokes its whole family (every refresh token issued from the same login) and answers
   * `invalid_grant`. Implies `refreshTokens`.
   */
  reuseDetection?: boolean;
}

/**
 * An MSW handler for a token endpoint that issues `access-N` (and optionally `refresh-N`) tokens and records every
 * call. `respondWith` replaces the answer (e.g. faults); `defaultResponse` builds the normal one.
 */
export function createTokenEndpointMock(options: TokenEndpointMockOptions = {}) {
  const url = options.url ?? 'https://auth.test/oauth/token';
  const calls: TokenCall[] = [];
  const withRefreshTokens = options.refreshTokens === true || options.reuseDetection === true;
  // the one authority (rotation, reuse detection, revocation), naming tokens `access-N` / `refresh-N`
  const newAuthority = () =>
    createRotatingTokenAuthority({
      expiresInSeconds: options.expiresIn ?? 3600,
      names: (issued) => ({ accessToken: `access-${issued}`, refreshToken: `refresh-${issued}` }),
    });
  let authority = newAuthority();
  const respond = (tokens: IssuedTokens, extra: Record<string, unknown>) =>
    HttpResponse.json({
      access_token: tokens.accessToken,
      token_type: 'Bearer',
      expires_in: options.expiresIn ?? 3600,
      ...(withRefreshTokens ? { refresh_token: tokens.refreshToken } : {}),
      ...extra,
    });
  /** A token from a new login (a new family). */
  const defaultResponse = (extra: Record<string, unknown> = {}) => respond(authority.login(), extra);
  /** The normal answer; with reuse detection a refresh token is checked and rotated within its family. */
  const rotatingResponse = (call: TokenCall, extra: Record<string, unknown> = {}) => {
    if (!options.reuseDetection || call.grantType !== 'refresh_token') return defaultResponse(extra);
    const outcome = authority.refresh(call.params.get('refresh_token') ?? '');
    if (!outcome.ok) {
      return HttpResponse.json({ error: 'invalid_grant', error_description: 'refresh token reused or revoked' }, { status: 400 });
    }
    return respond(outcome, extra);
  };
  let responder: TokenMockResponder = (call) => rotatingResponse(call);
  const handler = http.post(url, async ({ request }) => {
    const params = new URLSearchParams(await request.text());
    const call: TokenCall = {
      grantType: params.get('grant_type'),
      params,
      authorization: request.headers.get('authorization'),
    };
    calls.push(call);
    return responder(call, calls.length - 1);
  });
  return {
    url,
    handler,
    calls,
    defaultResponse,
    /** The default answer for `call` (rotation and reuse detection included). */
    rotatingResponse,
    respondWith(next: TokenMockResponder) {
      responder = next;
    },
    /** Forgets calls, restores the default answer and restarts numbering at `access-1`. */
    reset() {
      calls.length = 0;
      authority = newAuthority();
      responder = (call) => rotatingResponse(call);
    },
    get issued() {
      return authority.issued;
    },
    /** Refresh tokens presented after they were rotated (each revoked its family). */
    get reuses() {
      return authority.reuses;
    },
    /** Whether `refreshToken` is the usable refresh token of a family that is not revoked. */
    isLive(refreshToken: string) {
      return authority.isLive(refreshToken);
    },
    /** Revokes the family of `refreshToken` (an administrator or a logout). */
    revoke(refreshToken: string) {
      authority.revoke(refreshToken);
    },
  };
}

export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
}
