import type { FetchLike } from '@ccaas/auth-core';
import { DiscoveryError } from './discovery-error.js';

/** The versioned REST prefix the CXone API serves under (appended to the tenant's `api_endpoint`). */
export const CXONE_API_PATH_PREFIX = '/inContactAPI/services/v34.0';

/**
 * Looks up a tenant's API host: `GET {issuer}/.well-known/cxone-configuration?tenantId=` -> `api_endpoint`,
 * and returns the REST base URL (`api_endpoint` + `/inContactAPI/services/v34.0`).
 */
export async function discoverApiBaseUrl(
  issuer: string,
  tenantId: string,
  fetchImpl: FetchLike,
  signal?: AbortSignal,
): Promise<string> {
  const url = `${issuer.replace(/\/+$/, '')}/.well-known/cxone-configuration?tenantId=${encodeURIComponent(tenantId)}`;
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { Accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw signal.reason;
    throw new DiscoveryError(`[@ccaas/nice-cxone] tenant discovery at ${url} failed: network error`, {
      code: 'discovery_network_error',
      cause: error instanceof Error ? new Error(error.message) : undefined,
    });
  }
  const body: unknown = await response.json().catch(() => undefined);
  const apiEndpoint =
    body !== null && typeof body === 'object' ? (body as { api_endpoint?: unknown }).api_endpoint : undefined;
  if (!response.ok || typeof apiEndpoint !== 'string' || apiEndpoint === '') {
    throw new DiscoveryError(
      `[@ccaas/nice-cxone] tenant discovery at ${url} answered ${response.status} without an api_endpoint`,
      { code: response.ok ? 'discovery_invalid_response' : 'discovery_failed', status: response.status },
    );
  }
  return apiEndpoint.replace(/\/+$/, '') + CXONE_API_PATH_PREFIX;
}
