// The soak's other side, in the bench process: one HTTP server on 127.0.0.1 with a token endpoint that rotates
// refresh tokens with reuse detection (a reused refresh token revokes its whole family, as RFC 9700 servers do),
// misbehaving on purpose (latency spikes, 503s), and an API endpoint that accepts only currently valid access tokens.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  createRotatingTokenAuthority,
  type IssuedTokens,
} from '@ccaas/test-support';
import type { SeededRandom } from '../large-spec/create-seeded-random.js';

export const soakApiPath = '/api/ping';

export interface TokenEndpointFaults {
  /** Share of token requests answered 503 without being processed. */
  serverErrorRate: number;
  /** Share of token answers delayed by a latency spike (the request is processed on arrival, answered late). */
  spikeRate: number;
  spikeMs: readonly [number, number];
  /** Delay of every other answer. */
  baseDelayMs: readonly [number, number];
}

export interface SoakServerStats {
  /** Every POST to the token endpoint, 503s included. */
  tokenRequests: number;
  serverErrors: number;
  spikes: number;
  /** Refresh tokens rotated (tokens issued). */
  rotations: number;
  /** Refresh attempts answered invalid_grant (reused, revoked or unknown refresh token). */
  invalidGrants: number;
  /** Refresh tokens presented after they were rotated: each revoked its family (a forced re-login). */
  familyRevocations: number;
  apiCalls: number;
  apiUnauthorized: number;
}

export interface SoakServer {
  readonly tokenUrl: string;
  readonly apiBaseUrl: string;
  /** The user's login: the refresh token every worker starts from. */
  login(): IssuedTokens;
  stats(): SoakServerStats;
  close(): Promise<void>;
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

export async function startSoakServer(options: {
  tokenLifetimeSeconds: number;
  faults: TokenEndpointFaults;
  random: SeededRandom;
}): Promise<SoakServer> {
  const { faults, random } = options;
  const authority = createRotatingTokenAuthority({ expiresInSeconds: options.tokenLifetimeSeconds });
  const counts = { tokenRequests: 0, serverErrors: 0, spikes: 0, apiCalls: 0, apiUnauthorized: 0 };
  const timers = new Set<NodeJS.Timeout>();
  const later = (ms: number, run: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  function token(body: string, res: ServerResponse): void {
    counts.tokenRequests += 1;
    if (random.chance(faults.serverErrorRate)) {
      counts.serverErrors += 1;
      later(random.int(...faults.baseDelayMs), () => json(res, 503, { error: 'temporarily_unavailable' }));
      return;
    }
    const params = new URLSearchParams(body);
    const outcome =
      params.get('grant_type') === 'refresh_token' ? authority.refresh(params.get('refresh_token') ?? '') : { ok: true as const, ...authority.login() };
    if (process.env.SOAK_DEBUG) {
      const presented = params.get('refresh_token');
      console.error(`[soak server ${Date.now() % 100_000}] token ${presented} -> ${outcome.ok ? outcome.refreshToken : outcome.reason}`);
    }
    const spike = random.chance(faults.spikeRate);
    if (spike) counts.spikes += 1;
    later(random.int(...(spike ? faults.spikeMs : faults.baseDelayMs)), () => {
      if (!outcome.ok) json(res, 400, { error: 'invalid_grant', error_description: `refresh token ${outcome.reason}` });
      else {
        json(res, 200, {
          access_token: outcome.accessToken,
          token_type: 'Bearer',
          expires_in: outcome.expiresInSeconds,
          refresh_token: outcome.refreshToken,
        });
      }
    });
  }

  function api(req: IncomingMessage, res: ServerResponse): void {
    counts.apiCalls += 1;
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Bearer ') && authority.isValid(header.slice(7))) json(res, 200, { ok: true });
    else {
      counts.apiUnauthorized += 1;
      json(res, 401, { error: 'invalid_token' });
    }
  }

  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (req.method === 'POST' && req.url === '/oauth/token') token(body, res);
      else if (req.method === 'GET' && req.url === soakApiPath) api(req, res);
      else json(res, 404, { error: 'not_found' });
    });
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    tokenUrl: `http://127.0.0.1:${port}/oauth/token`,
    apiBaseUrl: `http://127.0.0.1:${port}`,
    login: () => authority.login(),
    stats: () => ({
      ...counts,
      rotations: authority.issued,
      invalidGrants: authority.rejected,
      familyRevocations: authority.reuses,
    }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearTimeout(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
