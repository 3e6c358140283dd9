import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { basic, createTokenEndpointMock } from '@ccaas/test-support';
import {
  authorizationCodeGrant,
  basicClientCredentialsGrant,
  buildAuthorizationUrl,
  clientCredentialsGrant,
  ConfigurationError,
  createPkcePair,
  createTokenManager,
  passwordGrant,
  ReauthenticationRequiredError,
  refreshTokenGrant,
  type TokenManagerEvents,
} from './index.js';

const endpoint = createTokenEndpointMock();
const server = setupServer(endpoint.handler);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  endpoint.reset();
});
afterAll(() => server.close());

const tokenEndpoint = endpoint.url;

describe('client credentials grant', () => {
  it('sends Basic client auth and the scope, and re-runs the grant when the token is refreshed', async () => {
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client-a', clientSecret: 'secret-a', scope: ['a', 'b'] }),
    });
    expect(await manager.getToken()).toBe(`access-${endpoint.issued}`);
    expect(endpoint.calls[0]).toMatchObject({ grantType: 'client_credentials', authorization: basic('client-a', 'secret-a') });
    expect(endpoint.calls[0]?.params.get('scope')).toBe('a b');
    expect(endpoint.calls[0]?.params.has('client_secret')).toBe(false);
    const refreshed = await manager.refresh();
    expect(refreshed.refreshToken).toBeUndefined();
    expect(endpoint.calls.map((call) => call.grantType)).toEqual(['client_credentials', 'client_credentials']);
    expect(manager.hasRefreshCapability()).toBe(true);
  });

  it('basicClientCredentialsGrant: the same grant and token request without scope, clientAuthentication and revocation', async () => {
    const options = { tokenEndpoint, clientId: 'client-a', clientSecret: 'secret-a' };
    const basicGrant = basicClientCredentialsGrant(options);
    const fullGrant = clientCredentialsGrant(options);
    const { acquire: _a, refresh: _r, canAcquire: _c, ...described } = basicGrant;
    const { acquire: _fa, refresh: _fr, canAcquire: _fc, ...fullDescribed } = fullGrant;
    expect(described).toEqual(fullDescribed);
    expect(basicGrant.revoke).toBeUndefined();
    const manager = createTokenManager({ grant: basicGrant });
    expect(await manager.getToken()).toBe(`access-${endpoint.issued}`);
    await createTokenManager({ grant: fullGrant }).getToken();
    const [viaBasic, viaFull] = endpoint.calls;
    expect(viaBasic).toMatchObject({ grantType: 'client_credentials', authorization: basic('client-a', 'secret-a') });
    expect(viaBasic?.authorization).toBe(viaFull?.authorization);
    expect([...viaBasic!.params]).toEqual([...viaFull!.params]);
    expect(manager.revoke).toBeUndefined();
  });

  it('sends the secret in the body with client_secret_post', async () => {
    const manager = createTokenManager({
      grant: clientCredentialsGrant({
        tokenEndpoint,
        clientId: 'client-a',
        clientSecret: 'secret-a',
        clientAuthentication: 'client_secret_post',
      }),
    });
    await manager.getToken();
    expect(endpoint.calls[0]?.authorization).toBeNull();
    expect(endpoint.calls[0]?.params.get('client_id')).toBe('client-a');
    expect(endpoint.calls[0]?.params.get('client_secret')).toBe('secret-a');
  });

  it('resolves a lazily given token endpoint at request time', async () => {
    let resolved = 0;
    const manager = createTokenManager({
      grant: clientCredentialsGrant({
        tokenEndpoint: async () => {
          resolved += 1;
          return tokenEndpoint;
        },
        clientId: 'client-a',
        clientSecret: 'secret-a',
      }),
    });
    expect(resolved).toBe(0);
    await manager.getToken();
    expect(resolved).toBe(1);
  });

  it('allows a plain-http token endpoint on a loopback host', async () => {
    const loopback = createTokenEndpointMock({ url: 'http://127.0.0.1:9/token' });
    server.use(loopback.handler);
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint: loopback.url, clientId: 'client-a', clientSecret: 'secret-a' }),
    });
    expect(await manager.getToken()).toBe('access-1');
    expect(loopback.calls).toHaveLength(1);
  });
});

describe('password (access key) grant', () => {
  it('sends the access key as username/password and uses and rotates the refresh token it gets', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    server.use(refreshing.handler);
    const manager = createTokenManager({
      grant: passwordGrant({ tokenEndpoint, clientId: 'app', clientSecret: 'app-secret', username: 'KEY-ID', password: 'KEY-SECRET' }),
    });
    const first = await manager.getTokenSet();
    expect(refreshing.calls[0]?.grantType).toBe('password');
    expect(refreshing.calls[0]?.params.get('username')).toBe('KEY-ID');
    expect(refreshing.calls[0]?.params.get('password')).toBe('KEY-SECRET');
    expect(refreshing.calls[0]?.authorization).toBe(basic('app', 'app-secret'));
    expect(first.refreshToken).toBe('refresh-1');
    const second = await manager.refresh();
    expect(refreshing.calls[1]?.grantType).toBe('refresh_token');
    expect(refreshing.calls[1]?.params.get('refresh_token')).toBe('refresh-1');
    expect(second.refreshToken).toBe('refresh-2');
    await manager.refresh();
    expect(refreshing.calls[2]?.params.get('refresh_token')).toBe('refresh-2');
  });

  it('re-runs the password grant when the refresh token is rejected with invalid_grant', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    refreshing.respondWith((call) =>
      call.grantType === 'refresh_token'
        ? HttpResponse.json({ error: 'invalid_grant', error_description: 'refresh token revoked' }, { status: 400 })
        : refreshing.defaultResponse(),
    );
    server.use(refreshing.handler);
    const manager = createTokenManager({
      grant: passwordGrant({ tokenEndpoint, clientId: 'app', clientSecret: 'app-secret', username: 'KEY-ID', password: 'KEY-SECRET' }),
    });
    await manager.getToken();
    const refreshed = await manager.refresh();
    expect(refreshing.calls.map((call) => call.grantType)).toEqual(['password', 'refresh_token', 'password']);
    expect(refreshed.accessToken).toBe('access-2');
  });

  it('re-runs the password grant when the server issues no refresh token', async () => {
    const manager = createTokenManager({
      grant: passwordGrant({ tokenEndpoint, clientId: 'app', username: 'KEY-ID', password: 'KEY-SECRET' }),
    });
    await manager.getToken();
    await manager.refresh();
    expect(endpoint.calls.map((call) => call.grantType)).toEqual(['password', 'password']);
    // a public client sends its id in the body
    expect(endpoint.calls[0]?.params.get('client_id')).toBe('app');
    expect(manager.hasRefreshCapability()).toBe(true);
  });

  it('keeps the id_token (unvalidated) so that platform packages can read claims such as tenantId', async () => {
    const idToken = 'eyJhbGciOiJub25lIn0.eyJ0ZW5hbnRJZCI6InQtMSJ9.';
    endpoint.respondWith(() => endpoint.defaultResponse({ id_token: idToken, scope: 'openid' }));
    const manager = createTokenManager({
      grant: passwordGrant({ tokenEndpoint, clientId: 'app', username: 'KEY-ID', password: 'KEY-SECRET' }),
    });
    const token = await manager.getTokenSet();
    expect(token.idToken).toBe(idToken);
    expect(token.scope).toBe('openid');
  });
});

describe('authorization code + PKCE grant', () => {
  it('exchanges the code once with the verifier, then refreshes with the rotated refresh token', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    server.use(refreshing.handler);
    const pkce = await createPkcePair();
    const manager = createTokenManager({
      grant: authorizationCodeGrant({
        tokenEndpoint,
        clientId: 'spa',
        code: 'the-code',
        codeVerifier: pkce.codeVerifier,
        redirectUri: 'https://app.test/callback',
      }),
    });
    expect(manager.hasRefreshCapability()).toBe(false);
    await manager.getToken();
    const exchange = refreshing.calls[0]!;
    expect(exchange.grantType).toBe('authorization_code');
    expect(exchange.params.get('code')).toBe('the-code');
    expect(exchange.params.get('code_verifier')).toBe(pkce.codeVerifier);
    expect(exchange.params.get('redirect_uri')).toBe('https://app.test/callback');
    expect(exchange.params.get('client_id')).toBe('spa');
    expect(manager.hasRefreshCapability()).toBe(true);
    await manager.refresh();
    await manager.refresh();
    expect(refreshing.calls.slice(1).map((call) => call.params.get('refresh_token'))).toEqual(['refresh-1', 'refresh-2']);
  });

  it('refresh returns invalid_grant: raises ReauthenticationRequiredError, emits refreshFailed and clears the token', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    refreshing.respondWith((call) =>
      call.grantType === 'refresh_token'
        ? HttpResponse.json({ error: 'invalid_grant', error_description: 'Refresh token revoked' }, { status: 400 })
        : refreshing.defaultResponse(),
    );
    server.use(refreshing.handler);
    const pkce = await createPkcePair();
    const manager = createTokenManager({
      grant: authorizationCodeGrant({
        tokenEndpoint,
        clientId: 'web',
        clientSecret: 'web-secret',
        code: 'code-1',
        codeVerifier: pkce.codeVerifier,
        redirectUri: 'https://app.test/cb',
      }),
    });
    const failures: Array<TokenManagerEvents['refreshFailed']> = [];
    manager.on('refreshFailed', (event) => failures.push(event));
    await manager.getToken();
    await manager.expire();
    const error = await manager.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_grant', status: 400 });
    expect(failures).toEqual([{ reason: 'expired', error }]);
    expect(manager.hasRefreshCapability()).toBe(false);
    // the token was cleared and the code is spent: a new login is needed, no further token request is made
    await expect(manager.getToken()).rejects.toMatchObject({ code: 'no_refresh_token' });
    expect(refreshing.calls.map((call) => call.grantType)).toEqual(['authorization_code', 'refresh_token']);
  });

  it('accepts CXone-style {error, errorDescription} bodies', async () => {
    endpoint.respondWith(() =>
      HttpResponse.json({ error: 'invalid_grant', errorDescription: 'Access key revoked' }, { status: 400 }),
    );
    const manager = createTokenManager({
      grant: passwordGrant({ tokenEndpoint, clientId: 'app', username: 'KEY-ID', password: 'KEY-SECRET' }),
    });
    await expect(manager.getToken()).rejects.toThrow(/invalid_grant: Access key revoked/);
  });

  it('builds an S256 authorization URL from a PKCE pair', async () => {
    const pkce = await createPkcePair();
    expect(pkce.codeChallengeMethod).toBe('S256');
    expect(pkce.codeVerifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const url = buildAuthorizationUrl({
      authorizationEndpoint: 'https://auth.test/auth/authorize',
      clientId: 'spa',
      redirectUri: 'https://app.test/cb',
      codeChallenge: pkce.codeChallenge,
      scope: 'openid',
      state: 'st-1',
      extraParams: { display: 'page' },
    });
    expect(Object.fromEntries(url.searchParams)).toEqual({
      display: 'page',
      response_type: 'code',
      client_id: 'spa',
      redirect_uri: 'https://app.test/cb',
      code_challenge: pkce.codeChallenge,
      code_challenge_method: 'S256',
      scope: 'openid',
      state: 'st-1',
    });
    expect(() =>
      buildAuthorizationUrl({ ...{ authorizationEndpoint: 'https://a.test/x', clientId: 'c', redirectUri: 'r', codeChallenge: 'x' }, extraParams: { code_challenge: 'y' } }),
    ).toThrow(ConfigurationError);
  });
});

describe('refresh token grant', () => {
  it('uses the initial refresh token once, then the rotated one', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    server.use(refreshing.handler);
    const manager = createTokenManager({
      grant: refreshTokenGrant({ tokenEndpoint, clientId: 'web', clientSecret: 'web-secret', refreshToken: 'initial-rt' }),
    });
    expect(manager.hasRefreshCapability()).toBe(true);
    await manager.getToken();
    await manager.refresh();
    expect(refreshing.calls.map((call) => call.params.get('refresh_token'))).toEqual(['initial-rt', 'refresh-1']);
    await manager.clear();
    await expect(manager.getToken()).rejects.toBeInstanceOf(ReauthenticationRequiredError);
  });
});

describe('configuration errors at construction', () => {
  const valid = { tokenEndpoint, clientId: 'id', clientSecret: 'secret' };
  it.each([
    ['a missing client id', () => clientCredentialsGrant({ ...valid, clientId: '' }), /clientId is required/],
    ['a missing client id (basic)', () => basicClientCredentialsGrant({ ...valid, clientId: '' }), /clientId is required/],
    ['a missing client secret (basic)', () => basicClientCredentialsGrant({ ...valid, clientSecret: undefined as never }), /clientSecret is required/],
    ['a non-https token URL (basic)', () => basicClientCredentialsGrant({ ...valid, tokenEndpoint: 'http://auth.example.com/token' }), /must use https/],
    ['a scope given to the basic grant (it would be dropped)', () => basicClientCredentialsGrant({ ...valid, scope: 'users:read' } as never), /scope.*clientCredentialsGrant/],
    ['a revocation endpoint given to the basic grant', () => basicClientCredentialsGrant({ ...valid, revocationEndpoint: 'https://auth.test/revoke' } as never), /revocationEndpoint.*clientCredentialsGrant/],
    ['a client authentication given to the basic grant', () => basicClientCredentialsGrant({ ...valid, clientAuthentication: 'client_secret_post' } as never), /clientAuthentication.*clientCredentialsGrant/],
    ['a missing client secret', () => clientCredentialsGrant({ ...valid, clientSecret: undefined as never }), /clientSecret is required/],
    ['a non-https token URL', () => clientCredentialsGrant({ ...valid, tokenEndpoint: 'http://auth.example.com/token' }), /must use https/],
    ['a relative token URL', () => clientCredentialsGrant({ ...valid, tokenEndpoint: '/token' }), /absolute URL/],
    ['a token URL with credentials', () => clientCredentialsGrant({ ...valid, tokenEndpoint: 'https://u:p@auth.test/t' }), /credentials/],
    ['a missing access key secret', () => passwordGrant({ ...valid, username: 'key', password: '' }), /password is required/],
    ['a missing code verifier', () => authorizationCodeGrant({ ...valid, code: 'c', codeVerifier: '', redirectUri: 'https://a/cb' }), /codeVerifier is required/],
    ['an unknown client authentication', () => clientCredentialsGrant({ ...valid, clientAuthentication: 'private_key_jwt' as never }), /clientAuthentication/],
    ['a negative refresh skew', () => createTokenManager({ grant: clientCredentialsGrant(valid), refreshSkewMs: -1 }), /refreshSkewMs/],
    ['a zero token timeout', () => createTokenManager({ grant: clientCredentialsGrant(valid), tokenRequestTimeoutMs: 0 }), /tokenRequestTimeoutMs/],
    ['no grant', () => createTokenManager({} as never), /grant is required/],
  ])('throws ConfigurationError for %s', (_name, build, message) => {
    expect(build).toThrow(ConfigurationError);
    expect(build).toThrow(message);
    expect(build).toThrow(/^\[@ccaas\/auth-core\] /);
  });

  it('allows http://localhost and rejects an invalid lazily resolved endpoint at request time', async () => {
    expect(() => clientCredentialsGrant({ ...valid, tokenEndpoint: 'http://localhost:8080/token' })).not.toThrow();
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ ...valid, tokenEndpoint: () => 'http://evil.example/token' }),
    });
    await expect(manager.getToken()).rejects.toBeInstanceOf(ConfigurationError);
  });
});

describe('http handler sanity', () => {
  it('never talks to an unmocked host', async () => {
    server.use(http.post('https://other.test/token', () => HttpResponse.json({})));
    expect(endpoint.calls).toHaveLength(0);
  });
});

describe('client authentication encoding', () => {
  it('sends base64(id:secret) unencoded by default (UUID client ids keep their dashes)', async () => {
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: '0f1e-uuid', clientSecret: 'sécret+/' }),
    });
    await manager.getToken();
    const decoded = new TextDecoder().decode(
      Uint8Array.from(atob(endpoint.calls[0]!.authorization!.slice(6)), (char) => char.charCodeAt(0)),
    );
    expect(decoded).toBe('0f1e-uuid:sécret+/');
  });

  it('form-encodes id and secret with client_secret_basic_form_encoded (RFC 6749 §2.3.1)', async () => {
    const manager = createTokenManager({
      grant: clientCredentialsGrant({
        tokenEndpoint,
        clientId: '0f1e-uuid',
        clientSecret: 'a b',
        clientAuthentication: 'client_secret_basic_form_encoded',
      }),
    });
    await manager.getToken();
    expect(atob(endpoint.calls[0]!.authorization!.slice(6))).toBe('0f1e%2Duuid:a+b');
  });
});

describe('revocation', () => {
  it('revoke() sends the refresh and the access token to the RFC 7009 endpoint, then clears', async () => {
    const refreshing = createTokenEndpointMock({ refreshTokens: true });
    const revoked: Array<{ token: string | null; hint: string | null; authorization: string | null }> = [];
    server.use(
      refreshing.handler,
      http.post('https://auth.test/oauth/revoke', async ({ request }) => {
        const params = new URLSearchParams(await request.text());
        revoked.push({ token: params.get('token'), hint: params.get('token_type_hint'), authorization: request.headers.get('authorization') });
        return new HttpResponse(null, { status: 200 });
      }),
    );
    const manager = createTokenManager({
      grant: passwordGrant({
        tokenEndpoint,
        revocationEndpoint: 'https://auth.test/oauth/revoke',
        clientId: 'app',
        clientSecret: 'app-secret',
        username: 'KEY-ID',
        password: 'KEY-SECRET',
      }),
    });
    await manager.getToken();
    await manager.revoke!();
    expect(revoked).toEqual([
      { token: 'refresh-1', hint: 'refresh_token', authorization: basic('app', 'app-secret') },
      { token: 'access-1', hint: 'access_token', authorization: basic('app', 'app-secret') },
    ]);
    expect(await manager.getToken()).toBe('access-2');
  });

  it('has no revoke() without a revocation endpoint', () => {
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client-a', clientSecret: 'secret-a' }),
    });
    expect(manager.revoke).toBeUndefined();
  });
});
