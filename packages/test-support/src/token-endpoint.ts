// A tiny OAuth token endpoint on 127.0.0.1 that counts requests across every process that calls it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { RotatingTokenAuthority } from './rotating-token-authority.js';

export interface TokenRequestRecord {
  /** 1-based order of arrival. */
  n: number;
  /** `x-worker-pid` header of the requesting worker. */
  pid: number;
  at: number;
  /** The form body (`grant_type`, `refresh_token`, ...). */
  params: URLSearchParams;
}

export type TokenResponder = (request: TokenRequestRecord, res: ServerResponse) => void;

export interface TokenEndpoint {
  readonly url: string;
  readonly requests: TokenRequestRecord[];
  /** What the next requests get; default: `tok-<n>`, 1 hour, after 300 ms. */
  respondWith(responder: TokenResponder): void;
  close(): Promise<void>;
}

export function sendToken(res: ServerResponse, accessToken: string, expiresInSeconds: number): void {
  res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify({ access_token: accessToken, token_type: 'Bearer', expires_in: expiresInSeconds }));
}

/**
 * Answers from a {@link RotatingTokenAuthority}: `refresh_token` grants rotate (or fail with `invalid_grant` on reuse),
 * anything else logs a new family in. The authority decides when the request arrives; the answer leaves `delayMs`
 * later, so a client that gives up early has still spent its refresh token.
 */
export const rotatingTokens =
  (authority: RotatingTokenAuthority, delayMs = 0): TokenResponder =>
  (request, res) => {
    const refreshToken = request.params.get('refresh_token');
    const outcome = request.params.get('grant_type') === 'refresh_token' ? authority.refresh(refreshToken ?? '') : { ok: true as const, ...authority.login() };
    setTimeout(() => {
      if (!outcome.ok) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: 'invalid_grant', error_description: `refresh token ${outcome.reason}` }));
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      res.end(
        JSON.stringify({
          access_token: outcome.accessToken,
          token_type: 'Bearer',
          expires_in: outcome.expiresInSeconds,
          refresh_token: outcome.refreshToken,
        }),
      );
    }, delayMs);
  };

export const delayedToken =
  (delayMs: number, expiresInSeconds = 3_600): TokenResponder =>
  (request, res) => {
    setTimeout(() => sendToken(res, `tok-${request.n}`, expiresInSeconds), delayMs);
  };

export function startTokenEndpoint(): Promise<TokenEndpoint> {
  const requests: TokenRequestRecord[] = [];
  let responder: TokenResponder = delayedToken(300);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/oauth/token') {
        res.writeHead(404).end();
        return;
      }
      const record = {
        n: requests.length + 1,
        pid: Number(req.headers['x-worker-pid']),
        at: Date.now(),
        params: new URLSearchParams(body),
      };
      requests.push(record);
      responder(record, res);
    });
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}/oauth/token`,
        requests,
        respondWith: (next) => {
          responder = next;
        },
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
