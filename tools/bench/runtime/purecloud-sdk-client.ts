// The official Genesys Cloud SDK (purecloud-platform-client-v2, CommonJS, axios underneath) pointed at the sandbox
// through its documented gateway setting, logged in with client credentials, one instance per call (never the
// global `ApiClient.instance`), so every measurement starts from a fresh SDK client.

/** The part of the SDK's ApiClient the runtime suites use (its index.d.ts does not export the class). */
export interface PurecloudApiClient {
  setGateway(gateway: { host: string; protocol: string; port: number; path_params_login: string; path_params_api: string }): void;
  loginClientCredentialsGrant(clientId: string, clientSecret: string): Promise<{ accessToken: string }>;
  /** Milliseconds; axios' timeout for every call (default 16 000). */
  timeout: number;
  config: { live_reload_config: boolean };
}

export interface PurecloudSdk {
  ApiClientClass: new () => PurecloudApiClient;
  UsersApi: new (apiClient: PurecloudApiClient) => { getUsers(options: { pageSize: number }): Promise<unknown> };
}

export interface PurecloudSdkClient {
  apiClient: PurecloudApiClient;
  /** `GET /api/v2/users?pageSize=1` (UsersApi.getUsers); resolves with the parsed body, rejects on any non-2xx. */
  getUsersPage(): Promise<unknown>;
}

/**
 * A fresh SDK ApiClient for the sandbox behind `env`: gateway = the sandbox host with the login and API path
 * prefixes, http. The SDK's config-file watcher (fs.watchFile on ~/.genesyscloudjavascript/config) is switched off
 * so that many instances do not pile up watchers.
 */
export async function createPurecloudSdkClient(sdk: PurecloudSdk, env: Record<string, string>): Promise<PurecloudSdkClient> {
  const api = new URL(env.GENESYS_API_BASE_URL ?? '');
  const login = new URL(env.GENESYS_LOGIN_BASE_URL ?? '');
  if (api.origin !== login.origin) throw new Error(`[bench] the SDK gateway needs one host for login and API: ${api.origin} vs ${login.origin}`);
  const apiClient = new sdk.ApiClientClass();
  apiClient.config.live_reload_config = false;
  apiClient.setGateway({
    host: api.hostname,
    protocol: api.protocol.replace(':', ''),
    port: Number(api.port),
    path_params_login: login.pathname,
    path_params_api: api.pathname,
  });
  await apiClient.loginClientCredentialsGrant(env.GENESYS_CLIENT_ID ?? '', env.GENESYS_CLIENT_SECRET ?? '');
  const users = new sdk.UsersApi(apiClient);
  return { apiClient, getUsersPage: () => users.getUsers({ pageSize: 1 }) };
}
