// A tiny OAuth token endpoint on 127.0.0.1 that counts requests across every process that calls it.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface TokenRequestRecord {
  /** 1-based order of arrival. */
  n: number;
  /** `x-worker-pid` header of the requesting worker. */
  pid: number;
  at: number;
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

export const delayedToken =
  (delayMs: number, expiresInSeconds = 3_600): TokenResponder =>
  (request, res) => {
    setTimeout(() => sendToken(res, `tok-${request.n}`, expiresInSeconds), delayMs);
  };

export function startTokenEndpoint(): Promise<TokenEndpoint> {
  const requests: TokenRequestRecord[] = [];
  let responder: TokenResponder = delayedToken(300);
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/oauth/token') {
        res.writeHead(404).end();
        return;
      }
      const record = { n: requests.length + 1, pid: Number(req.headers['x-worker-pid']), at: Date.now() };
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
