import { afterEach, describe, expect, it, vi } from 'vitest';

const tokenEndpoint = 'https://login.test/oauth/token';
const api = 'https://api.test/api/v2/users/me';

/** A token endpoint that always grants, and an API that answers each call with the next of `statuses`. */
function loopbackFetches(statuses: number[]) {
  const apiCalls: string[] = [];
  const tokenFetch = async () =>
    new Response(JSON.stringify({ access_token: 'token-1', token_type: 'bearer', expires_in: 3600 }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  const apiFetch = async (input: string | URL | Request) => {
    apiCalls.push(input instanceof Request ? input.url : String(input));
    return new Response('{}', { status: statuses.shift() ?? 200, headers: { 'content-type': 'application/json' } });
  };
  return { tokenFetch, apiFetch, apiCalls };
}

/** auth-core from a fresh module registry, with deferred.ts counted as it loads. */
async function freshAuthCore() {
  vi.resetModules();
  const loads = { count: 0 };
  vi.doMock('./deferred.js', async (importOriginal) => {
    loads.count += 1;
    return importOriginal();
  });
  const authCore = await import('./index.js');
  return { ...authCore, loads };
}

describe('deferred code (deferred.ts)', () => {
  afterEach(() => {
    vi.doUnmock('./deferred.js');
    vi.resetModules();
  });

  it('a call answered at once, and the token request before it, never load the deferred code', async () => {
    const { authFetch, clientCredentialsGrant, createTokenManager, loads } = await freshAuthCore();
    const { tokenFetch, apiFetch } = loopbackFetches([200, 200]);
    const tokenManager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client', clientSecret: 'secret' }),
      fetch: tokenFetch,
    });
    const auth = authFetch(tokenManager, { fetch: apiFetch });
    expect((await auth(api)).status).toBe(200);
    expect((await auth(api)).status).toBe(200);
    expect(loads.count).toBe(0);
  });

  it('a 503 retried loads the deferred code once, and the call still gets its answer', async () => {
    const { authFetch, clientCredentialsGrant, createTokenManager, loads } = await freshAuthCore();
    const { tokenFetch, apiFetch, apiCalls } = loopbackFetches([503, 200, 503, 200]);
    const tokenManager = createTokenManager({
      grant: clientCredentialsGrant({ tokenEndpoint, clientId: 'client', clientSecret: 'secret' }),
      fetch: tokenFetch,
    });
    const auth = authFetch(tokenManager, { fetch: apiFetch, retry: { baseDelayMs: 1, maxDelayMs: 1 } });
    expect((await auth(api)).status).toBe(200);
    expect((await auth(api)).status).toBe(200);
    expect(apiCalls).toHaveLength(4);
    expect(loads.count).toBe(1);
  });

  it('loadDeferredModules() loads it ahead, once for every later need', async () => {
    const { loadDeferredModules, loads } = await freshAuthCore();
    await loadDeferredModules();
    await loadDeferredModules();
    expect(loads.count).toBe(1);
  });
});
