// The one request every runtime suite sends: GET /api/v2/users?pageSize=1 (a small page, about 800 bytes of JSON),
// with the body read in full, through raw fetch or any openapi-fetch client of the Genesys Cloud paths.

/** What the suites need of a client: bare openapi-fetch typed with the Users area, or `usersApi(genesys)`. */
export interface UsersPageClient {
  GET(path: '/api/v2/users', init: { params: { query: { pageSize: number } }; signal?: AbortSignal }): Promise<{ data?: unknown; error?: unknown; response: Response }>;
}

export const usersPagePath = '/api/v2/users?pageSize=1';

/**
 * Through an openapi-fetch client (bare, or @ccaas/genesys-cloud's): openapi-fetch parses the JSON body. `signal`
 * only for single calls (warm-ups); load batches send none (see run-concurrent-requests.ts).
 */
export async function getUsersPageWithOpenapiFetch(client: UsersPageClient, signal?: AbortSignal): Promise<unknown> {
  const init = { params: { query: { pageSize: 1 } }, ...(signal ? { signal } : {}) };
  const { data, error, response } = await client.GET('/api/v2/users', init);
  if (error !== undefined || data === undefined) throw new Error(`GET ${usersPagePath} answered ${response.status}: ${JSON.stringify(error)}`);
  return data;
}

/** Through `fetch` itself, with fixed headers; the body is parsed like the clients do. */
export async function getUsersPageWithFetch(apiBaseUrl: string, headers: Record<string, string>): Promise<unknown> {
  const response = await fetch(`${apiBaseUrl}${usersPagePath}`, { headers });
  const body: unknown = await response.json();
  if (!response.ok) throw new Error(`GET ${usersPagePath} answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}
