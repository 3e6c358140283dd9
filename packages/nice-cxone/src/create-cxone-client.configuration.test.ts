// Configuration errors of createCxoneClient: each names the option, has a code, says what to pass, carries one
// message prefix, and is thrown at construction. Plus the User-Agent it sends on token, discovery and API requests.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ConfigurationError, InvalidClientCredentialsError } from '@ccaas/auth-core';
import { createCxoneClient, type CxoneClientOptions } from './create-cxone-client.js';
import { adminApi } from './generated/admin.js';
import { HttpError } from './index.js';

const issuer = 'https://cxone.niceincontact.com';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const valid = { accessKeyId: 'key-id', accessKeySecret: 'key-secret', clientId: 'app', clientSecret: 'app-secret' };
const configurationError = (options?: unknown): ConfigurationError => {
  try {
    createCxoneClient(options as CxoneClientOptions);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    expect((error as Error).message.match(/\[@ccaas\//g)).toHaveLength(1);
    return error as ConfigurationError;
  }
  throw new Error('expected createCxoneClient to throw');
};

describe('createCxoneClient configuration errors', () => {
  it('no options at all', () => {
    expect(configurationError()).toMatchObject({
      code: 'missing_option',
      option: 'options',
      message: '[@ccaas/nice-cxone] createCxoneClient() needs an options object, e.g. createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret })',
    });
  });

  it('each missing credential, named, with where to find it and one prefix', () => {
    expect(configurationError({ ...valid, accessKeyId: undefined })).toMatchObject({
      code: 'missing_option',
      option: 'accessKeyId',
      message: '[@ccaas/nice-cxone] accessKeyId is required: the access key id of a CXone user (My Profile > ACCESS KEYS)',
    });
    expect(configurationError({ ...valid, accessKeySecret: '' })).toMatchObject({ code: 'missing_option', option: 'accessKeySecret' });
    expect(configurationError({ ...valid, clientId: 7 })).toMatchObject({
      code: 'invalid_option',
      option: 'clientId',
      message: '[@ccaas/nice-cxone] clientId must be a non-empty string: the client id of your registered CXone application',
    });
    expect(configurationError({ ...valid, clientSecret: 1 })).toMatchObject({ code: 'invalid_option', option: 'clientSecret' });
  });

  it("region: 'na1' from plain JavaScript is an error that says how CXone finds its host (was: silently ignored)", () => {
    expect(configurationError({ ...valid, region: 'na1' })).toMatchObject({
      code: 'unknown_option',
      option: 'region',
      message:
        "[@ccaas/nice-cxone] createCxoneClient() has no option \"region\": CXone has no region option: the tenant's API host is " +
        "discovered after login (tenantId from the id_token); to skip discovery pass apiEndpoint, e.g. apiEndpoint: " +
        "'https://api-na1.niceincontact.com' (FedRAMP tenants: issuer: 'https://cxone-gov.niceincontact.com')",
    });
  });

  it('options of the Genesys client point at their CXone names; typos get a did-you-mean', () => {
    expect(configurationError({ ...valid, apiBaseUrl: 'https://api-na1.niceincontact.com' }).message).toContain('the option is apiEndpoint');
    expect(configurationError({ ...valid, loginBaseUrl: 'https://cxone.niceincontact.com' }).message).toContain('the option is issuer');
    expect(configurationError({ ...valid, tenantID: 't' })).toMatchObject({
      code: 'unknown_option',
      message: '[@ccaas/nice-cxone] createCxoneClient() has no option "tenantID": did you mean "tenantId"?',
    });
  });

  it('issuer and apiEndpoint are validated at construction, naming the option', () => {
    expect(configurationError({ ...valid, issuer: 'cxone.niceincontact.com' })).toMatchObject({
      code: 'invalid_url',
      option: 'issuer',
      message:
        '[@ccaas/nice-cxone] issuer is not an absolute URL (got "cxone.niceincontact.com"); pass an absolute https URL such as https://cxone.niceincontact.com (http only for loopback hosts)',
    });
    expect(configurationError({ ...valid, apiEndpoint: 'http://api-na1.niceincontact.com' })).toMatchObject({
      code: 'invalid_url',
      option: 'apiEndpoint',
      message: expect.stringContaining('apiEndpoint must use https for api-na1.niceincontact.com'),
    });
  });

  it('fetch and headers of the wrong type', () => {
    expect(configurationError({ ...valid, fetch: 'node-fetch' })).toMatchObject({ code: 'invalid_option', option: 'fetch' });
    expect(configurationError({ ...valid, headers: 'x' })).toMatchObject({ code: 'invalid_option', option: 'headers' });
  });

  it('a wrong access key secret or client secret: InvalidClientCredentialsError naming the token endpoint', async () => {
    server.use(
      http.post(`${issuer}/auth/token`, () => HttpResponse.json({ error: 'invalid_client', error_description: 'Invalid client' }, { status: 400 })),
    );
    const error = await adminApi(createCxoneClient({ ...valid, apiEndpoint: 'https://api-na1.niceincontact.com' }))
      .GET('/inContactAPI/services/v34.0/agents')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    expect(error).toMatchObject({ code: 'invalid_client', status: 400, url: `${issuer}/auth/token` });
    expect((error as Error).message).toContain(`the token endpoint ${issuer}/auth/token rejected the credentials (invalid_client: Invalid client)`);
    expect((error as Error).message).toContain('check accessKeyId and accessKeySecret');
  });

  it('a wrong access key secret (invalid_grant) is a credentials error naming accessKeySecret and the issuer, not a new login', async () => {
    server.use(
      http.post(`${issuer}/auth/token`, () => HttpResponse.json({ error: 'invalid_grant', error_description: 'Invalid password' }, { status: 400 })),
    );
    const error = await adminApi(createCxoneClient({ ...valid, apiEndpoint: 'https://api-na1.niceincontact.com' }))
      .GET('/inContactAPI/services/v34.0/agents')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidClientCredentialsError);
    expect(error).toMatchObject({ code: 'invalid_grant', status: 400, option: 'accessKeySecret', url: `${issuer}/auth/token` });
    expect((error as Error).message).toContain(`the token endpoint ${issuer}/auth/token rejected the credentials (invalid_grant: Invalid password): check accessKeyId and accessKeySecret`);
    expect((error as Error).message).toContain('(issuer)');
  });

  it('an issuer that cannot be reached: the message names issuer, the proxy and ECONNREFUSED', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const client = createCxoneClient({ ...valid, apiEndpoint: 'https://api-na1.niceincontact.com', retry: false, fetch: () => Promise.reject(refused) });
    const error = await adminApi(client).GET('/inContactAPI/services/v34.0/agents').catch((e: unknown) => e);
    expect((error as Error).message).toContain('failed before it was sent (TypeError: fetch failed (ECONNREFUSED))');
    expect((error as Error).message).toContain('check that the token endpoint is reachable (issuer, DNS, proxy, firewall)');
  });
});

describe('throwOnError', () => {
  it('a 404 is { error } by default and an HttpError from @ccaas/nice-cxone with throwOnError: true', async () => {
    server.use(
      http.post(`${issuer}/auth/token`, () => HttpResponse.json({ access_token: 't', token_type: 'bearer', expires_in: 3600 })),
      http.get('https://api-na1.niceincontact.com/inContactAPI/services/v34.0/agents', () =>
        HttpResponse.json({ error: 'not_found', error_description: 'no agents' }, { status: 404, headers: { 'x-request-id': 'r-404' } }),
      ),
    );
    const options = { ...valid, apiEndpoint: 'https://api-na1.niceincontact.com' };
    const plain = await adminApi(createCxoneClient(options)).GET('/inContactAPI/services/v34.0/agents');
    expect(plain.error).toBeDefined();
    const error = await adminApi(createCxoneClient({ ...options, throwOnError: true })).GET('/inContactAPI/services/v34.0/agents').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ status: 404, correlationId: 'r-404', method: 'GET', body: { error: 'not_found' } });
  });
});

describe('User-Agent', () => {
  it('names the package, version and runtime on token, discovery and API requests', async () => {
    const seen: Record<string, string | null> = {};
    const idToken = `e30.${btoa(JSON.stringify({ tenantId: 't-1' })).replace(/=+$/, '')}.`;
    server.use(
      http.post(`${issuer}/auth/token`, ({ request }) => {
        seen.token = request.headers.get('user-agent');
        return HttpResponse.json({ access_token: 'at', token_type: 'Bearer', expires_in: 3600, id_token: idToken });
      }),
      http.get(`${issuer}/.well-known/cxone-configuration`, ({ request }) => {
        seen.discovery = request.headers.get('user-agent');
        return HttpResponse.json({ api_endpoint: 'https://api-eu1.niceincontact.com' });
      }),
      http.get('https://api-eu1.niceincontact.com/inContactAPI/services/v34.0/teams', ({ request }) => {
        seen.api = request.headers.get('user-agent');
        return HttpResponse.json({ teams: [] });
      }),
    );
    await adminApi(createCxoneClient({ ...valid, userAgent: 'wfm-sync/3' })).GET('/inContactAPI/services/v34.0/teams', {});
    const ours = `wfm-sync/3 ccaas-nice-cxone/0.0.0-development node/${process.versions.node} ${process.platform}-${process.arch}`;
    expect(seen.api).toBe(ours);
    expect(seen.discovery).toBe(ours);
    expect(seen.token).toBe(ours);
  });
});
