// Configuration errors of createGenesysCloudClient: each names the option, has a code, says what to pass, carries
// one message prefix, and is thrown at construction (before any request). Plus the User-Agent it sends.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidClientCredentialsError, ReauthenticationRequiredError } from '@ccaas/auth-core';
import { authorizationCode, createGenesysCloudClient, refreshToken, type GenesysCloudClientOptions } from './create-genesys-cloud-client.js';
import { usersApi } from './generated/users.js';
import { HttpError } from './index.js';

// the org's limits, read on first use (platform-rate-allowance.ts): not published here, so clients learn
const server = setupServer(
  http.get('https://api.mypurecloud.ie/api/v2/organizations/limits/namespaces/platform.api', () =>
    HttpResponse.json({ code: 'not.found', status: 404, message: 'not found' }, { status: 404 }),
  ),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

/** What plain JavaScript can pass. */
const createUntyped = (options?: unknown) => createGenesysCloudClient(options as GenesysCloudClientOptions);
const configurationError = (options?: unknown): ConfigurationError => {
  try {
    createUntyped(options);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message.match(/\[@ccaas\//g)).toHaveLength(1);
    return error as ConfigurationError;
  }
  throw new Error('expected createGenesysCloudClient to throw');
};
const valid = { region: 'eu-west-1', clientId: 'client-1', clientSecret: 'secret-1' };

describe('createGenesysCloudClient configuration errors', () => {
  it('no options at all (was: TypeError reading clientId of undefined)', () => {
    for (const options of [undefined, null, 'client-1', []]) {
      expect(configurationError(options)).toMatchObject({
        code: 'missing_option',
        option: 'options',
        message:
          "[@ccaas/genesys-cloud] createGenesysCloudClient() needs an options object, e.g. createGenesysCloudClient({ region: 'eu-west-1', clientId, clientSecret })",
      });
    }
  });

  it('a missing clientId, with one prefix (was: [@ccaas/auth-core] [@ccaas/genesys-cloud] clientId is required)', () => {
    expect(configurationError({ region: 'eu-west-1', clientSecret: 's' })).toMatchObject({
      code: 'missing_option',
      option: 'clientId',
      message: '[@ccaas/genesys-cloud] clientId is required: the OAuth client id from Admin > Integrations > OAuth',
    });
    expect(configurationError({ ...valid, clientId: 42 })).toMatchObject({ code: 'invalid_option', option: 'clientId' });
  });

  it('a missing secret for the client-credentials grant', () => {
    expect(configurationError({ region: 'eu-west-1', clientId: 'c' })).toMatchObject({
      code: 'missing_option',
      option: 'clientSecret',
      message:
        "[@ccaas/genesys-cloud] clientSecret is required: the client-credentials grant needs the OAuth client's secret (or pass `grant` for a user login)",
    });
  });

  it('a grant of the wrong shape (the old option shapes included), and an authorization code without its verifier', () => {
    for (const grant of ['password', 'client_credentials', { refreshToken: 'saved' }]) {
      expect(configurationError({ ...valid, grant })).toMatchObject({
        code: 'invalid_option',
        option: 'grant',
        message:
          '[@ccaas/genesys-cloud] grant must be authorizationCode({ code, codeVerifier, redirectUri }) or refreshToken(saved) from @ccaas/genesys-cloud; leave it out for client credentials',
      });
    }
    const grantError = (make: () => unknown): ConfigurationError => {
      try {
        make();
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigurationError);
        return error as ConfigurationError;
      }
      throw new Error('expected the grant function to throw');
    };
    const untypedCode = authorizationCode as (login: unknown) => unknown;
    expect(grantError(() => untypedCode({ code: 'abc', redirectUri: 'https://app.example/cb' }))).toMatchObject({
      code: 'missing_option',
      option: 'grant.authorizationCode.codeVerifier',
      message:
        '[@ccaas/genesys-cloud] grant.authorizationCode.codeVerifier is required: pass authorizationCode({ code, codeVerifier, redirectUri }) from your OAuth callback',
    });
    expect(grantError(() => untypedCode(undefined))).toMatchObject({ code: 'invalid_option', option: 'grant.authorizationCode' });
    expect(grantError(() => refreshToken(''))).toMatchObject({ code: 'missing_option', option: 'grant.refreshToken' });
  });

  it('a user-login grant needs no clientSecret (public client with PKCE)', () => {
    const client = createGenesysCloudClient({
      region: 'eu-west-1',
      clientId: 'public-app',
      grant: authorizationCode({ code: 'abc', codeVerifier: 'v'.repeat(43), redirectUri: 'https://app.example/cb' }),
    });
    expect(client.tokenManager.hasRefreshCapability()).toBe(false);
    expect(createGenesysCloudClient({ region: 'eu-west-1', clientId: 'public-app', grant: refreshToken('saved') }).tokenManager.hasRefreshCapability()).toBe(true);
  });

  it('an unknown option (a typo from plain JavaScript) with a did-you-mean', () => {
    expect(configurationError({ region: 'eu-west-1', clientID: 'c', clientSecret: 's' })).toMatchObject({
      code: 'unknown_option',
      option: 'clientID',
      message: '[@ccaas/genesys-cloud] createGenesysCloudClient() has no option "clientID": did you mean "clientId"?',
    });
    expect(configurationError({ ...valid, tokenRequestTimeout: 5_000 }).message).toContain('did you mean "tokenRequestTimeoutMs"?');
    // An unknown key that holds undefined carries nothing and is let through.
    expect(createGenesysCloudClient({ ...valid, clientID: undefined } as GenesysCloudClientOptions).hosts.apiBaseUrl).toBe('https://api.mypurecloud.ie');
  });

  it.each(['eu_west_1', 'EU-WEST-1', ' eu-west-1 ', 'euw1', 'mypurecloud.ie', 'https://api.mypurecloud.ie'])(
    'normalises the region %j to eu-west-1',
    (region) => {
      expect(createGenesysCloudClient({ ...valid, region }).hosts).toEqual({
        apiBaseUrl: 'https://api.mypurecloud.ie',
        loginBaseUrl: 'https://login.mypurecloud.ie',
        tokenEndpoint: 'https://login.mypurecloud.ie/oauth/token',
      });
    },
  );

  it('an unknown region: ConfigurationError unknown_region with a did-you-mean (was: a plain Error)', () => {
    expect(configurationError({ ...valid, region: 'eu-wset-1' })).toMatchObject({ code: 'unknown_region', option: 'region' });
    expect(configurationError({ ...valid, region: 'eu-wset-1' }).message).toMatch(
      /^\[@ccaas\/genesys-cloud\] unknown region "eu-wset-1"; did you mean "eu-west-1"\? Use a region id/,
    );
  });

  it('ignores the region when both base URLs are given, as its message says', () => {
    const client = createGenesysCloudClient({
      ...valid,
      region: 'on-premises-lab',
      apiBaseUrl: 'http://127.0.0.1:4010/genesys-cloud/api/',
      loginBaseUrl: 'http://127.0.0.1:4010/genesys-cloud/login',
    });
    expect(client.hosts).toEqual({
      apiBaseUrl: 'http://127.0.0.1:4010/genesys-cloud/api',
      loginBaseUrl: 'http://127.0.0.1:4010/genesys-cloud/login',
      tokenEndpoint: 'http://127.0.0.1:4010/genesys-cloud/login/oauth/token',
    });
  });

  it('an apiBaseUrl that is not a URL is rejected at construction, naming apiBaseUrl (was: TypeError on the first call)', () => {
    expect(configurationError({ ...valid, apiBaseUrl: '127.0.0.1:1/x' })).toMatchObject({
      code: 'invalid_url',
      option: 'apiBaseUrl',
      message:
        '[@ccaas/genesys-cloud] apiBaseUrl is not an absolute URL (got "127.0.0.1:1/x"); pass an absolute https URL such as https://api.mypurecloud.ie (http only for loopback hosts)',
    });
  });

  it('a loginBaseUrl that is not a URL names loginBaseUrl (was: a complaint about tokenEndpoint)', () => {
    expect(configurationError({ ...valid, loginBaseUrl: 'not a url' })).toMatchObject({
      code: 'invalid_url',
      option: 'loginBaseUrl',
      message:
        '[@ccaas/genesys-cloud] loginBaseUrl is not an absolute URL (got "not a url"); pass an absolute https URL such as https://login.mypurecloud.ie (http only for loopback hosts)',
    });
  });

  it('plain http to a remote host, credentials or a query in a base URL', () => {
    expect(configurationError({ ...valid, apiBaseUrl: 'http://api.mypurecloud.ie' }).message).toContain(
      'apiBaseUrl must use https for api.mypurecloud.ie (http is allowed only for loopback hosts)',
    );
    const withCredentials = configurationError({ ...valid, loginBaseUrl: 'https://user:hunter2@login.mypurecloud.ie' });
    expect(withCredentials.message).toContain('loginBaseUrl must not contain credentials');
    expect(withCredentials.message).not.toContain('hunter2');
    expect(configurationError({ ...valid, apiBaseUrl: 'https://api.mypurecloud.ie?x=1' }).message).toContain('must not contain a query string');
  });

  it('a wrong secret: InvalidClientCredentialsError naming the region token endpoint and what to check', async () => {
    server.use(http.post('https://login.mypurecloud.ie/oauth/token', () => HttpResponse.json({ error: 'invalid_client' }, { status: 401 })));
    const error = await usersApi(createGenesysCloudClient(valid)).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ code: 'invalid_client', url: 'https://login.mypurecloud.ie/oauth/token' });
    expect((error as Error).message).toContain(
      'the token endpoint https://login.mypurecloud.ie/oauth/token rejected the client credentials (invalid_client): check clientId and clientSecret, ' +
        'and that the OAuth client belongs to the region/environment of this token endpoint (region or loginBaseUrl)',
    );
  });

  it('a login host that cannot be reached: the message names loginBaseUrl or region, the proxy and ECONNREFUSED', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const client = createGenesysCloudClient({ ...valid, retry: false, fetch: () => Promise.reject(refused) });
    const error = await usersApi(client).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect((error as Error).message).toContain('failed before it was sent (TypeError: fetch failed (ECONNREFUSED))');
    expect((error as Error).message).toContain('check that the token endpoint is reachable (region or loginBaseUrl, DNS, proxy, firewall)');
  });
});

describe('throwOnError', () => {
  it('a 404 is { error } by default and an HttpError from @ccaas/genesys-cloud with throwOnError: true', async () => {
    server.use(
      http.post('https://login.mypurecloud.ie/oauth/token', () => HttpResponse.json({ access_token: 't', token_type: 'bearer', expires_in: 3600 })),
      http.get('https://api.mypurecloud.ie/api/v2/users/me', () =>
        HttpResponse.json({ message: 'user not found', code: 'not.found', status: 404 }, { status: 404, headers: { 'ININ-Correlation-Id': 'c-404' } }),
      ),
    );
    const plain = await usersApi(createGenesysCloudClient(valid)).GET('/api/v2/users/me');
    expect(plain.error).toMatchObject({ code: 'not.found' });
    const error = await usersApi(createGenesysCloudClient({ ...valid, throwOnError: true })).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, code: 'not.found', correlationId: 'c-404', method: 'GET', body: { code: 'not.found' } });
  });
});

describe('User-Agent', () => {
  it('names the package and version and the runtime on token and API requests, after the app product token', async () => {
    const seen: Record<string, string | null> = {};
    server.use(
      http.post('https://login.mypurecloud.ie/oauth/token', ({ request }) => {
        seen.token = request.headers.get('user-agent');
        return HttpResponse.json({ access_token: 't', token_type: 'bearer', expires_in: 3600 });
      }),
      http.get('https://api.mypurecloud.ie/api/v2/users/me', ({ request }) => {
        seen.api = request.headers.get('user-agent');
        return HttpResponse.json({ id: 'u' });
      }),
    );
    await usersApi(createGenesysCloudClient({ ...valid, userAgent: 'my-app/1.2' })).GET('/api/v2/users/me');
    const ours = `my-app/1.2 ccaas-genesys-cloud/0.0.0-development node/${process.versions.node} ${process.platform}-${process.arch}`;
    expect(seen.api).toBe(ours);
    // token requests are auth-core's own form POSTs: no library User-Agent after ours
    expect(seen.token).toBe(ours);
  });

  it('keeps a User-Agent the caller set in headers', async () => {
    let api: string | null = null;
    server.use(
      http.post('https://login.mypurecloud.ie/oauth/token', () => HttpResponse.json({ access_token: 't', token_type: 'bearer', expires_in: 3600 })),
      http.get('https://api.mypurecloud.ie/api/v2/users/me', ({ request }) => {
        api = request.headers.get('user-agent');
        return HttpResponse.json({ id: 'u' });
      }),
    );
    await usersApi(createGenesysCloudClient({ ...valid, headers: { 'User-Agent': 'custom/9' } })).GET('/api/v2/users/me');
    expect(api).toBe('custom/9');
  });
});
