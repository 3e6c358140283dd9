import { inspect } from 'node:util';
import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import createClient from 'openapi-fetch';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { paths } from '../test/api-paths.js';
import {
  authMiddleware,
  CcaasError,
  clientCredentialsGrant,
  ConfigurationError,
  createTokenManager,
  ForbiddenError,
  InsecureTransportError,
  NetworkError,
  passwordGrant,
  RateLimitError,
  ReauthenticationRequiredError,
  redactSecrets,
  redactUrl,
  refreshTokenGrant,
  RequestTimeoutError,
  TokenRequestError,
  UnauthorizedError,
  type AttemptEvent,
} from './index.js';

const TOKEN_URL = 'https://auth.test/oauth/token';
const API = 'https://api.test';
const CLIENT_SECRET = 'CLIENT-SECRET-9f8e7d';
const ACCESS_KEY_SECRET = 'ACCESS-KEY-SECRET-1a2b3c';
const ACCESS_TOKEN = 'AT-SECRET-5d6e7f8a9b';
const REFRESH_TOKEN = 'RT-SECRET-0c1d2e3f4a';
const ALL_SECRETS = [CLIENT_SECRET, ACCESS_KEY_SECRET, ACCESS_TOKEN, REFRESH_TOKEN, btoa(`client:${CLIENT_SECRET}`)];

type TokenMode = 'ok' | 'invalid_grant_echo' | 'non_json_echo' | 'server_error' | 'network';
let tokenMode: TokenMode = 'ok';
let apiStatus = 200;

const server = setupServer(
  http.post(TOKEN_URL, async ({ request }) => {
    const params = new URLSearchParams(await request.text());
    if (tokenMode === 'invalid_grant_echo' && params.get('grant_type') === 'refresh_token') {
      return HttpResponse.json(
        { error: 'invalid_grant', error_description: `refresh token ${REFRESH_TOKEN} revoked; secret ${CLIENT_SECRET}` },
        { status: 400 },
      );
    }
    if (tokenMode === 'non_json_echo') {
      return new HttpResponse(`access_token=${ACCESS_TOKEN}&oops`, { headers: { 'content-type': 'text/plain' } });
    }
    if (tokenMode === 'network') return HttpResponse.error();
    if (tokenMode === 'server_error') {
      return new HttpResponse(`upstream said ${request.headers.get('authorization')}`, { status: 500 });
    }
    return HttpResponse.json({ access_token: ACCESS_TOKEN, token_type: 'bearer', expires_in: 3600, refresh_token: REFRESH_TOKEN });
  }),
  http.all(`${API}/api/v2/unreachable`, () => HttpResponse.error()),
  http.all(`${API}/api/v2/slow`, () => delay('infinite')),
  http.all(`${API}/*`, ({ request }) => {
    const echoed = `You sent ${request.headers.get('authorization')} (token ${ACCESS_TOKEN})`;
    if (apiStatus === 200) return HttpResponse.json({ id: 'me', token: 'not-a-secret' });
    return HttpResponse.json(
      { message: echoed, code: `code-${ACCESS_TOKEN}`, contextId: ACCESS_TOKEN, messageParams: { p: `a:b:${ACCESS_TOKEN}` } },
      { status: apiStatus, headers: { 'Retry-After': '99999' } },
    );
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  tokenMode = 'ok';
  apiStatus = 200;
});
afterAll(() => server.close());

function renderings(value: unknown): string[] {
  const error = value as Error;
  return [
    JSON.stringify(value),
    String(value),
    error.stack ?? '',
    inspect(value, { depth: Infinity, showHidden: true }),
    JSON.stringify(Object.getOwnPropertyNames(value).map((name) => [name, String((value as Record<string, unknown>)[name])])),
    error.cause === undefined ? '' : inspect(error.cause, { depth: Infinity, showHidden: true }),
  ];
}

function expectNoSecrets(value: unknown) {
  for (const text of renderings(value)) {
    for (const secret of ALL_SECRETS) expect(text).not.toContain(secret);
  }
}

function setup(grant = passwordGrant({ tokenEndpoint: TOKEN_URL, clientId: 'client', clientSecret: CLIENT_SECRET, username: 'key-id', password: ACCESS_KEY_SECRET })) {
  const tm = createTokenManager({ grant, tokenRequestRetries: 0 });
  const events: unknown[] = [];
  for (const name of ['tokenRefreshed', 'refreshFailed', 'retry', 'rateLimited', 'storeError'] as const) {
    tm.on(name, (event) => events.push({ name, event }));
  }
  const client = createClient<paths>({ baseUrl: API, fetch: (request) => globalThis.fetch(request) });
  client.use(authMiddleware(tm, { retry: { maxRetries: 0 } }));
  return { tm, client, events };
}

describe('no secret ever appears in errors or events', () => {
  it('serialises every error type and every event without a token, secret or Authorization header', async () => {
    const caught: unknown[] = [];
    const allEvents: unknown[] = [];

    try {
      clientCredentialsGrant({ tokenEndpoint: `http://evil.example/token?client_secret=${CLIENT_SECRET}`, clientId: 'c', clientSecret: CLIENT_SECRET });
    } catch (error) {
      caught.push(error);
    }

    // ReauthenticationRequiredError whose server description echoes the refresh token and client secret
    {
      tokenMode = 'invalid_grant_echo';
      const reauth = createTokenManager({
        grant: refreshTokenGrant({ tokenEndpoint: TOKEN_URL, clientId: 'client', clientSecret: CLIENT_SECRET, refreshToken: REFRESH_TOKEN }),
      });
      reauth.on('refreshFailed', (event) => allEvents.push(event));
      caught.push(await reauth.getToken().catch((error: unknown) => error));
      tokenMode = 'ok';
    }

    // TokenRequestError: non-JSON body holding the token, 500 echoing the Basic header
    for (const mode of ['non_json_echo', 'server_error', 'network'] as const) {
      tokenMode = mode;
      const { tm, events } = setup();
      caught.push(await tm.getToken().catch((error: unknown) => error));
      allEvents.push(...events);
    }
    tokenMode = 'ok';

    // UnauthorizedError, ForbiddenError, RateLimitError whose bodies echo the Authorization header and token
    for (const status of [401, 403, 429]) {
      apiStatus = status;
      const { client, events } = setup();
      caught.push(await client.GET('/api/v2/users/me').catch((error: unknown) => error));
      allEvents.push(...events);
    }

    const types = caught.map((error) => (error as Error).constructor.name);
    expect(types).toEqual([
      'ConfigurationError',
      'ReauthenticationRequiredError',
      'TokenRequestError',
      'TokenRequestError',
      'TokenRequestError',
      'UnauthorizedError',
      'ForbiddenError',
      'RateLimitError',
    ]);
    for (const [index, Type] of [
      ConfigurationError,
      ReauthenticationRequiredError,
      TokenRequestError,
      TokenRequestError,
      TokenRequestError,
      UnauthorizedError,
      ForbiddenError,
      RateLimitError,
    ].entries()) {
      expect(caught[index]).toBeInstanceOf(Type);
      expect(caught[index]).toBeInstanceOf(CcaasError);
      expectNoSecrets(caught[index]);
    }
    expect(allEvents.length).toBeGreaterThan(0);
    expectNoSecrets(allEvents);
    // the redaction was really exercised: the server texts were kept, minus the secrets
    expect((caught[1] as Error).message).toContain('revoked; secret [redacted]');
    expect((caught[6] as ForbiddenError).serverMessage).toContain('You sent Bearer [redacted]');
  });
});

describe('redactSecrets / redactUrl', () => {
  it('removes known secrets and credential-shaped text', () => {
    expect(redactSecrets('a S3CRET-VALUE b', ['S3CRET-VALUE'])).toBe('a [redacted] b');
    expect(redactSecrets('Authorization: Bearer abc.def-ghi')).toBe('Authorization: Bearer [redacted]');
    expect(redactSecrets('Basic dXNlcjpwYXNz==')).toBe('Basic [redacted]');
    expect(redactSecrets('id eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln end')).toBe('id [redacted] end');
    expect(redactSecrets('{"refresh_token":"abc","x":1}')).toBe('{"refresh_token":"[redacted]","x":1}');
    expect(redactSecrets('password=hunter2&user=x')).toBe('password=[redacted]&user=x');
    expect(redactSecrets('short ab', ['ab'])).toBe('short ab');
  });

  it('drops credentials, fragments and sensitive query values from URLs', () => {
    expect(redactUrl('https://u:p@api.test/a/b?access_token=xyz&page=2&apiKey=k#frag')).toBe(
      'https://api.test/a/b?access_token=[redacted]&page=2&apiKey=[redacted]',
    );
    expect(redactUrl('not a url')).toBe('[invalid url]');
  });
});

describe('no secret in the middleware\'s request errors and attempt events', () => {
  it('NetworkError, RequestTimeoutError, InsecureTransportError and onAttempt events hold no token or secret', async () => {
    const attempts: AttemptEvent[] = [];
    const tm = createTokenManager({
      grant: passwordGrant({ tokenEndpoint: TOKEN_URL, clientId: 'client', clientSecret: CLIENT_SECRET, username: 'key-id', password: ACCESS_KEY_SECRET }),
      tokenRequestRetries: 0,
    });
    const client = (baseUrl: string) => {
      const created = createClient<paths>({ baseUrl, fetch: (request) => globalThis.fetch(request) });
      created.use(authMiddleware(tm, { retry: false, timeoutMs: 50, onAttempt: (event) => attempts.push(event) }));
      return created;
    };
    const query = { params: { query: { access_token: ACCESS_TOKEN } } } as never;
    const caught = [
      await client(API).GET('/api/v2/unreachable' as never, query).catch((error: unknown) => error),
      await client(API).GET('/api/v2/slow' as never, query).catch((error: unknown) => error),
      await client('http://api.plain.test').GET('/api/v2/users/me' as never, query).catch((error: unknown) => error),
    ];
    for (const [index, Type] of [NetworkError, RequestTimeoutError, InsecureTransportError].entries()) {
      expect(caught[index]).toBeInstanceOf(Type);
      expectNoSecrets(caught[index]);
    }
    expect((caught[0] as NetworkError).url).toBe(`${API}/api/v2/unreachable?access_token=[redacted]`);
    expect(attempts.map((event) => `${event.kind} ${event.outcome}`)).toEqual(['token response', 'request network_error', 'request timeout']);
    expectNoSecrets(attempts);
  });
});

