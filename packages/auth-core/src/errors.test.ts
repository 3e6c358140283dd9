import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CcaasError,
  clientCredentialsGrant,
  ConfigurationError,
  createTokenManager,
  InvalidClientCredentialsError,
  passwordGrant,
  ReauthenticationRequiredError,
  TokenRequestError,
} from './index.js';

const tokenEndpoint = 'https://login.example.test/oauth/token';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const managerWithSecret = (clientSecret: string) =>
  createTokenManager({ grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client-a', clientSecret }) });

describe('the token endpoint rejects the client credentials (a wrong secret)', () => {
  it('raises InvalidClientCredentialsError naming the token endpoint and what to check, without the secret', async () => {
    server.use(
      http.post(tokenEndpoint, () =>
        HttpResponse.json({ error: 'invalid_client', error_description: 'client authentication failed' }, { status: 401 }),
      ),
    );
    const error = await managerWithSecret('wrong-secret-value').getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    // Still a re-authentication failure for code that already handles those (the stored token is cleared).
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).toMatchObject({ name: 'InvalidClientCredentialsError', code: 'invalid_client', status: 401, url: tokenEndpoint });
    expect((error as Error).message).toBe(
      `[@ccaas/auth-core] the token endpoint ${tokenEndpoint} rejected the client credentials ` +
        '(invalid_client: client authentication failed): check clientId and clientSecret, and that the OAuth client ' +
        'belongs to the region/environment of this token endpoint',
    );
    expect(JSON.stringify(error)).not.toContain('wrong-secret-value');
  });

  it('raises it for a 401 with only a WWW-Authenticate challenge too', async () => {
    server.use(
      http.post(tokenEndpoint, () => new HttpResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="oauth"' } })),
    );
    const error = await managerWithSecret('wrong').getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    expect((error as Error).message).toContain('check clientId and clientSecret');
  });

  it('a rejected access key secret (password grant, invalid_grant) is a credentials error naming the option, not a new login', async () => {
    server.use(http.post(tokenEndpoint, () => HttpResponse.json({ error: 'invalid_grant', error_description: 'Invalid password' }, { status: 400 })));
    const manager = createTokenManager({
      grant: passwordGrant({
        tokenEndpoint,
        clientId: 'client-a',
        clientSecret: 'client-secret-value',
        username: 'KEY-ID',
        password: 'access-key-secret-value',
        optionNames: { username: 'accessKeyId', password: 'accessKeySecret', tokenEndpoint: 'issuer' },
      }),
    });
    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    expect(error).toMatchObject({ name: 'InvalidClientCredentialsError', code: 'invalid_grant', status: 400, url: tokenEndpoint, option: 'accessKeySecret' });
    expect((error as Error).message).toBe(
      `[@ccaas/auth-core] the token endpoint ${tokenEndpoint} rejected the credentials (invalid_grant: Invalid password): ` +
        'check accessKeyId and accessKeySecret (and clientId and clientSecret), and that they belong to the ' +
        'tenant/environment of this token endpoint (issuer)',
    );
    expect(JSON.stringify(error)).not.toContain('access-key-secret-value');
    expect(JSON.stringify(error)).not.toContain('client-secret-value');
  });

  it('a token endpoint that cannot be reached names the option of its host, the proxy and the system code', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' }) });
    const manager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client-a', clientSecret: 's', optionNames: { tokenEndpoint: 'loginBaseUrl or region' } }),
      fetch: () => Promise.reject(refused),
    });
    const error = await manager.getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect((error as Error).message).toBe(
      `[@ccaas/auth-core] token request to ${tokenEndpoint} failed before it was sent (TypeError: fetch failed (ECONNREFUSED)): ` +
        'check that the token endpoint is reachable (loginBaseUrl or region, DNS, proxy, firewall)',
    );
  });

  it('says to enable the grant type when the client may not use it (unauthorized_client)', async () => {
    server.use(http.post(tokenEndpoint, () => HttpResponse.json({ error: 'unauthorized_client' }, { status: 400 })));
    const error = await managerWithSecret('right').getToken().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect(error).not.toBeInstanceOf(InvalidClientCredentialsError);
    expect(error).toMatchObject({ code: 'unauthorized_client', status: 400 });
    expect((error as Error).message).toBe(
      `[@ccaas/auth-core] the token endpoint ${tokenEndpoint} does not allow this OAuth client the grant it used ` +
        "(unauthorized_client): enable that grant type in the client's settings or use a client that has it",
    );
  });
});

describe('ConfigurationError', () => {
  it('carries one prefix, the code and the option', () => {
    const error = new ConfigurationError('clientId is required', { code: 'missing_option', option: 'clientId', packageName: '@ccaas/genesys-cloud' });
    expect(error.message).toBe('[@ccaas/genesys-cloud] clientId is required');
    expect(error).toMatchObject({ name: 'ConfigurationError', code: 'missing_option', option: 'clientId' });
    expect(new ConfigurationError('x').message).toBe('[@ccaas/auth-core] x');
    expect(new ConfigurationError('x').code).toBe('configuration');
  });

  it('names the option and says what a valid URL is when the token endpoint is not a URL', () => {
    let error: unknown;
    try {
      clientCredentialsGrant({ tokenEndpoint: 'not a url', clientId: 'a', clientSecret: 'b' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigurationError);
    expect(error).toMatchObject({ code: 'invalid_url', option: 'tokenEndpoint' });
    expect((error as Error).message).toBe('[@ccaas/auth-core] tokenEndpoint must be an absolute URL such as https://login.example.com/oauth/token');
  });

  it('names a missing string option', () => {
    expect(() => clientCredentialsGrant({ tokenEndpoint, clientId: '', clientSecret: 'b' })).toThrow(
      expect.objectContaining({ code: 'missing_option', option: 'clientId', message: '[@ccaas/auth-core] clientId is required (a non-empty string)' }),
    );
  });
});

describe('instanceof across copies of the package (ESM and CommonJS builds loaded in one process)', () => {
  const brand = Symbol.for('@ccaas/auth-core:error-classes');
  /** What an error thrown by the other copy looks like to this one: another class, the same registered brand. */
  const fromOtherCopy = (classes: string[]) => Object.assign(new Error('other copy'), { [brand]: classes });

  it('recognises an error of the other copy by its class names', () => {
    const other = fromOtherCopy(['InvalidClientCredentialsError', 'ReauthenticationRequiredError', 'CcaasError']);
    expect(other).toBeInstanceOf(InvalidClientCredentialsError);
    expect(other).toBeInstanceOf(ReauthenticationRequiredError);
    expect(other).toBeInstanceOf(CcaasError);
    expect(other).not.toBeInstanceOf(TokenRequestError);
    expect(other).not.toBeInstanceOf(ConfigurationError);
  });

  it('brands every error with its class chain, not enumerable (JSON stays as before)', () => {
    const error = new ConfigurationError('x');
    expect((error as unknown as Record<symbol, unknown>)[brand]).toEqual(['ConfigurationError', 'CcaasError']);
    expect(Object.keys(error)).not.toContain(brand.toString());
    expect(JSON.parse(JSON.stringify(error))).toEqual({ name: 'ConfigurationError', message: '[@ccaas/auth-core] x', code: 'configuration' });
    expect({}).not.toBeInstanceOf(CcaasError);
    expect(null).not.toBeInstanceOf(CcaasError);
  });
});
