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
}

/**
 * An MSW handler for a token endpoint that issues `access-N` (and optionally `refresh-N`) tokens and records every
 * call. `respondWith` replaces the answer (e.g. faults); `defaultResponse` builds the normal one.
 */
export function createTokenEndpointMock(options: TokenEndpointMockOptions = {}) {
  const url = options.url ?? 'https://auth.test/oauth/token';
  const calls: TokenCall[] = [];
  let issued = 0;
  const defaultResponse = (extra: Record<string, unknown> = {}) => {
    issued += 1;
    return HttpResponse.json({
      access_token: `access-${issued}`,
      token_type: 'Bearer',
      expires_in: options.expiresIn ?? 3600,
      ...(options.refreshTokens ? { refresh_token: `refresh-${issued}` } : {}),
      ...extra,
    });
  };
  let responder: TokenResponder = () => defaultResponse();
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
    respondWith(next: TokenResponder) {
      responder = next;
    },
    /** Forgets calls, restores the default answer and restarts numbering at `access-1`. */
    reset() {
      calls.length = 0;
      issued = 0;
      responder = () => defaultResponse();
    },
    get issued() {
      return issued;
    },
  };
}

export function basic(clientId: string, clientSecret: string): string {
  return `Basic ${btoa(`${clientId}:${clientSecret}`)}`;
}
