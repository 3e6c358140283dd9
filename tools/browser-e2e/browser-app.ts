// The single-page app the browser e2e loads (bundled by esbuild from the built packages, as a bundler user would):
// on `/` it sends the user to the authorize page with a PKCE challenge and a state; on `/callback` it checks the state,
// exchanges the code with the verifier through @ccaas/genesys-cloud, makes typed calls, forces a refresh and makes
// another. The outcome goes to `window.ccaasBrowserE2e` for the test to read.
import { buildAuthorizationUrl, createPkcePair, generateState } from '@ccaas/auth-core';
import { authorizationCode, createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { usersApi } from '@ccaas/genesys-cloud/users';

export interface BrowserAppConfig {
  loginBaseUrl: string;
  apiBaseUrl: string;
  clientId: string;
  redirectUri: string;
}

export interface BrowserAppResult {
  ok: boolean;
  error?: string;
  me?: string;
  users?: number;
  usersAfterRefresh?: number;
  refreshed?: boolean;
}

declare global {
  interface Window {
    ccaasBrowserE2e?: BrowserAppResult;
  }
}

const config = JSON.parse(document.getElementById('config')?.textContent ?? '{}') as BrowserAppConfig;
const STORAGE_KEY = 'ccaas-browser-e2e-pkce';

async function startLogin(): Promise<void> {
  const pkce = await createPkcePair();
  const state = generateState();
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify({ codeVerifier: pkce.codeVerifier, state }));
  const url = buildAuthorizationUrl({
    authorizationEndpoint: `${config.loginBaseUrl}/oauth/authorize`,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    codeChallenge: pkce.codeChallenge,
    state,
  });
  location.assign(url.href);
}

async function completeLogin(): Promise<BrowserAppResult> {
  const params = new URLSearchParams(location.search);
  const saved = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null') as { codeVerifier: string; state: string } | null;
  sessionStorage.removeItem(STORAGE_KEY);
  const code = params.get('code');
  if (saved === null || code === null) throw new Error(`no code or no saved verifier in ${location.href}`);
  if (params.get('state') !== saved.state) throw new Error('the state in the callback is not the one sent');

  const client = usersApi(
    createGenesysCloudClient({
      clientId: config.clientId,
      apiBaseUrl: config.apiBaseUrl,
      loginBaseUrl: config.loginBaseUrl,
      grant: authorizationCode({ code, codeVerifier: saved.codeVerifier, redirectUri: config.redirectUri }),
    }),
  );
  const me = await client.GET('/api/v2/users/me');
  if (me.data === undefined) throw new Error(`GET /api/v2/users/me answered ${me.response.status}`);
  const name: string = me.data.name ?? '';
  const users = await client.GET('/api/v2/users', { params: { query: { pageSize: 5, expand: ['presence'] } } });
  if (users.data === undefined) throw new Error(`GET /api/v2/users answered ${users.response.status}`);

  let refreshed = false;
  client.tokenManager.on('tokenRefreshed', () => {
    refreshed = true;
  });
  await client.tokenManager.expire();
  const again = await client.GET('/api/v2/users', { params: { query: { pageSize: 2 } } });
  if (again.data === undefined) throw new Error(`GET /api/v2/users after the refresh answered ${again.response.status}`);
  return { ok: true, me: name, users: users.data.entities?.length ?? 0, usersAfterRefresh: again.data.entities?.length ?? 0, refreshed };
}

(location.pathname === '/callback' ? completeLogin() : startLogin().then(() => undefined)).then(
  (result) => {
    if (result) window.ccaasBrowserE2e = result;
  },
  (error: unknown) => {
    window.ccaasBrowserE2e = { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  },
);
