import { http, HttpResponse } from 'msw';

/** One request seen by the mocked token endpoint. */
export interface TokenCall {
  grantType: string | null;
  params: URLSearchParams;
  authorization: string | null;
}

export type TokenResponder = (call: TokenCall, index: number) => Response | Promise<Response>;

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
  let issued = 0;
  /** Refresh token -> its family; `live` holds the one usable refresh token of each family. */
  const families = new Map<string, number>();
  const live = new Map<number, string>();
  let reuses = 0;
  let family = 0;
  const defaultResponse = (extra: Record<string, unknown> = {}, familyId = ++family) => {
    issued += 1;
    const refreshToken = options.refreshTokens || options.reuseDetection ? `refresh-${issued}` : undefined;
    if (refreshToken) {
      families.set(refreshToken, familyId);
      live.set(familyId, refreshToken);
    }
    return HttpResponse.json({
      access_token: `access-${issued}`,
      token_type: 'Bearer',
      expires_in: options.expiresIn ?? 3600,
      ...(refreshToken ? { refresh_token: refreshToken } : {}),
      ...extra,
    });
  };
  /** The normal answer; with reuse detection a refresh token is checked and rotated within its family. */
  const rotatingResponse = (call: TokenCall, extra: Record<string, unknown> = {}) => {
    if (!options.reuseDetection || call.grantType !== 'refresh_token') return defaultResponse(extra);
    const presented = call.params.get('refresh_token') ?? '';
    const familyId = families.get(presented);
    if (familyId === undefined || live.get(familyId) !== presented) {
      if (familyId !== undefined && live.has(familyId)) {
        reuses += 1;
        live.delete(familyId);
      }
      return HttpResponse.json({ error: 'invalid_grant', error_description: 'refresh token reused or revoked' }, { status: 400 });
    }
    return defaultResponse(extra, familyId);
  };
  let responder: TokenResponder = (call) => rotatingResponse(call);
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
    respondWith(next: TokenResponder) {
      responder = next;
    },
    /** Forgets calls, restores the default answer and restarts numbering at `access-1`. */
    reset() {
      calls.length = 0;
      issued = 0;
      reuses = 0;
      families.clear();
      live.clear();
      responder = (call) => rotatingResponse(call);
    },
    get issued() {
      return issued;
    },
    /** Refresh tokens presented after they were rotated (each revoked its family). */
    get reuses() {
      return reuses;
    },
    /** Whether `refreshToken` is the usable refresh token of a family that is not revoked. */
    isLive(refreshToken: string) {
      const familyId = families.get(refreshToken);
      return familyId !== undefined && live.get(familyId) === refreshToken;
    },
  };
}

export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
}
