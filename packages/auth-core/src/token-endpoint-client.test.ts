import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTokenEndpointClient } from './token-endpoint-client.js';
import { ReauthenticationRequiredError, TokenRequestError } from './errors.js';

const tokenEndpoint = 'https://auth.test/oauth/token';
let answer: () => Response = () => HttpResponse.json({});
const seen: Array<{ body: string; headers: Headers }> = [];
const server = setupServer(
  http.post(tokenEndpoint, async ({ request }) => {
    seen.push({ body: await request.text(), headers: request.headers });
    return answer();
  }),
);
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  seen.length = 0;
});
afterAll(() => server.close());

const context = () => ({ fetch: (input: string | URL | Request, init?: RequestInit) => globalThis.fetch(input, init), signal: new AbortController().signal });
const client = createTokenEndpointClient({ tokenEndpoint, clientId: 'client-a', clientSecret: 'secret-a' });
const request = () =>
  client.request({ grantType: 'refresh_token', parameters: { refresh_token: 'rt-secret-1', scope: 'a b' }, secrets: ['rt-secret-1'] }, context());

describe('token endpoint client (RFC 6749 form POST, no oauth4webapi)', () => {
  it('posts the grant as a form with Basic client authentication and reads a Bearer token response', async () => {
    answer = () => HttpResponse.json({ access_token: 'at-1', token_type: 'Bearer', expires_in: 60, refresh_token: 'rt-2', scope: 'a b', id_token: 'x.y.z' });
    expect(await request()).toEqual({
      accessToken: 'at-1',
      tokenType: 'bearer',
      expiresInSeconds: 60,
      refreshToken: 'rt-2',
      scope: 'a b',
      idToken: 'x.y.z',
      url: tokenEndpoint,
    });
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({ grant_type: 'refresh_token', refresh_token: 'rt-secret-1', scope: 'a b' });
    expect(seen[0]!.headers.get('content-type')).toBe('application/x-www-form-urlencoded;charset=UTF-8');
    expect(seen[0]!.headers.get('accept')).toBe('application/json');
    expect(seen[0]!.headers.get('authorization')).toBe(`Basic ${btoa('client-a:secret-a')}`);
  });

  it.each([
    ['a token_type other than Bearer', { access_token: 'at', token_type: 'mac' }, 'an unsupported token_type'],
    ['an empty access_token', { access_token: '', token_type: 'Bearer' }, 'an invalid or missing "access_token"'],
    ['no token_type', { access_token: 'at' }, 'an invalid or missing "token_type"'],
    ['a numeric refresh_token', { access_token: 'at', token_type: 'Bearer', refresh_token: 7 }, 'an invalid or missing "refresh_token"'],
  ])('a 200 with %s is token_response_invalid, naming the member and never its value', async (_name, body, detail) => {
    answer = () => HttpResponse.json(body);
    const error = await request().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenRequestError);
    expect(error).toMatchObject({ code: 'token_response_invalid', status: 200, retryable: false });
    expect((error as Error).message).toBe(`[@ccaas/auth-core] token endpoint ${tokenEndpoint} answered 200 with ${detail}`);
  });

  it.each([
    ['-1', -1],
    ['0', 0],
    ['"3600 seconds, roughly"', '3600 seconds, roughly'],
  ])('a 200 with expires_in %s is not a lifetime: no expiresInSeconds, the rejection is described for the manager', async (_name, expiresIn) => {
    answer = () => HttpResponse.json({ access_token: 'at', token_type: 'Bearer', expires_in: expiresIn });
    const result = await request();
    expect(result.accessToken).toBe('at');
    expect(result.expiresInSeconds).toBeUndefined();
    expect(result.invalidExpiresIn).toMatch(/^expires_in /);
    expect(result.invalidExpiresIn).not.toContain('seconds, roughly');
  });

  it('a 401 with only a WWW-Authenticate challenge is invalid_client; an error= in the challenge is used as the code', async () => {
    answer = () => new HttpResponse(null, { status: 401, headers: { 'WWW-Authenticate': 'Basic realm="oauth"' } });
    expect(await request().catch((caught: unknown) => caught)).toMatchObject({ code: 'invalid_client', status: 401 });
    answer = () => new HttpResponse(null, { status: 400, headers: { 'WWW-Authenticate': 'Bearer error="invalid_scope"' } });
    expect(await request().catch((caught: unknown) => caught)).toMatchObject({ name: 'TokenRequestError', code: 'invalid_scope' });
  });

  it('an OAuth error served as text/plain is still read; secrets of the request never reach the message', async () => {
    answer = () => new HttpResponse(JSON.stringify({ error: 'invalid_grant', error_description: 'rt-secret-1 was revoked' }), { status: 400, headers: { 'content-type': 'text/plain' } });
    const error = await request().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ReauthenticationRequiredError);
    expect((error as Error).message).toBe('[@ccaas/auth-core] token endpoint rejected the grant (invalid_grant: [redacted] was revoked)');
  });

  it('a public client (no secret) sends client_id in the body and no Authorization header', async () => {
    answer = () => HttpResponse.json({ access_token: 'at', token_type: 'bearer' });
    const publicClient = createTokenEndpointClient({ tokenEndpoint, clientId: 'spa' });
    await publicClient.request({ grantType: 'authorization_code', parameters: { code: 'c', redirect_uri: 'https://app.test/cb', code_verifier: 'v' }, secrets: ['c', 'v'] }, context());
    expect(Object.fromEntries(new URLSearchParams(seen[0]!.body))).toEqual({
      grant_type: 'authorization_code',
      code: 'c',
      redirect_uri: 'https://app.test/cb',
      code_verifier: 'v',
      client_id: 'spa',
    });
    expect(seen[0]!.headers.get('authorization')).toBeNull();
  });
});
