import type { FetchLike } from '@ccaas/auth-core';
import { hostsFromDiscovery, type CxoneHosts } from './cxone-hosts.js';
import { DiscoveryError } from './discovery-error.js';

/** The versioned prefix of the admin, real-time and reporting families (their typed paths start with it). */
export const CXONE_API_PATH_PREFIX = '/inContactAPI/services/v34.0';

/**
 * Looks up a tenant's API base URL: `api_endpoint` + `/inContactAPI/services/v34.0` (kept for callers of 1.x; the
 * family clients address paths from the host root, see {@link discoverCxoneHosts}).
 */
export async function discoverApiBaseUrl(issuer: string, tenantId: string, fetchImpl: FetchLike, signal?: AbortSignal): Promise<string> {
  return (await discoverCxoneHosts(issuer, tenantId, fetchImpl, signal)).api + CXONE_API_PATH_PREFIX;
}

/**
 * Looks up a tenant's hosts: `GET {issuer}/.well-known/cxone-configuration?tenantId=` -> `api_endpoint` (the API
 * facade) and, from `area` + `domain`, the digital host `https://api-de-{area}.{domain}`.
 */
export async function discoverCxoneHosts(issuer: string, tenantId: string, fetchImpl: FetchLike, signal?: AbortSignal): Promise<CxoneHosts> {
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
  return hostsFromDiscovery({ ...(body as Record<string, unknown>), api_endpoint: apiEndpoint });
}

/** Default of `discoveryTimeoutMs`: the longest one discovery request may take. */
export const CXONE_DISCOVERY_TIMEOUT_MS = 10_000;

/**
 * One discovery shared by every request of a client: it runs on its own timeout (`timeoutMs`, failing with
 * `DiscoveryError` code `discovery_timeout`), never on a caller's signal, so one caller giving up releases only that
 * caller. A failed discovery is not kept: the next request runs it again. `tenantId` resolves the tenant (e.g. from
 * the id_token of the first token).
 */
export function createSharedDiscovery(
  issuer: string,
  tenantId: () => Promise<string>,
  fetchImpl: FetchLike,
  timeoutMs: number,
): (options?: { signal?: AbortSignal }) => Promise<CxoneHosts> {
  let discovered: Promise<CxoneHosts> | undefined;
  const discover = async () => {
    const tenant = await tenantId();
    const timeout = new AbortController();
    const timer = setTimeout(
      () =>
        timeout.abort(
          new DiscoveryError(`[@ccaas/nice-cxone] tenant discovery did not answer within ${timeoutMs} ms (discoveryTimeoutMs)`, {
            code: 'discovery_timeout',
          }),
        ),
      timeoutMs,
    );
    try {
      return await discoverCxoneHosts(issuer, tenant, fetchImpl, timeout.signal);
    } finally {
      clearTimeout(timer);
    }
  };
  return ({ signal } = {}) => {
    signal?.throwIfAborted();
    if (!discovered) {
      const running = discover();
      discovered = running;
      running.catch(() => {
        if (discovered === running) discovered = undefined;
      });
    }
    return waitUnlessAborted(discovered, signal);
  };
}

/** `promise`, or the signal's reason as soon as it aborts (the promise itself carries on for others). */
function waitUnlessAborted<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

