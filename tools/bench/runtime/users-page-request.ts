// The one request every runtime suite sends: GET /api/v2/users?pageSize=1 (a small page, about 800 bytes of JSON),
// with the body read in full, through raw fetch or any openapi-fetch client of the Genesys Cloud paths.
import type { paths } from '@ccaas/genesys-cloud';
import type { Client } from 'openapi-fetch';

export const usersPagePath = '/api/v2/users?pageSize=1';

/**
 * Through an openapi-fetch client (bare, or @ccaas/genesys-cloud's): openapi-fetch parses the JSON body. `signal`
 * only for single calls (warm-ups); load batches send none (see run-concurrent-requests.ts).
 */
export async function getUsersPageWithOpenapiFetch(client: Client<paths>, signal?: AbortSignal): Promise<unknown> {
  const { data, error, response } = await client.GET('/api/v2/users', { params: { query: { pageSize: 1 } }, ...(signal ? { signal } : {}) });
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
