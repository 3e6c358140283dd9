import type { Client, Middleware } from 'openapi-fetch';
import { DiscoveryError } from './discovery-error.js';

/**
 * Which host serves a CXone API family: `api`, the API facade `https://api-{area}.{domain}` (the tenant's
 * `api_endpoint`), or `digital`, Digital First Omnichannel's `https://api-de-{area}.{domain}`. Every family spec
 * names its host (`x-ccaas-host`); the generated family accessors pick the matching view of the one client.
 */
export type CxoneHost = 'api' | 'digital';

/** The hosts of a tenant (origins without a path); `digital` is undefined when discovery cannot tell it. */
export interface CxoneHosts {
  api: string;
  digital: string | undefined;
}

/** Where requests are addressed until the tenant's hosts are known; rewritten before anything is sent. */
export const UNDISCOVERED_HOST_URLS: Readonly<Record<CxoneHost, string>> = {
  api: 'https://cxone-api.undiscovered.invalid',
  digital: 'https://cxone-digital.undiscovered.invalid',
};

const trimSlashes = (url: string) => url.replace(/\/+$/, '');

/**
 * `api-{area}.{domain}` -> `api-de-{area}.{domain}`, the rule of NICE's agent SDK (common-sdk
 * `CXoneConfiguration.getDfoApiBaseUri`). Its one exception, area `na2` (FedRAMP), is served elsewhere: undefined
 * there, so the caller asks for `digitalEndpoint` instead of guessing.
 */
export function digitalHostFor(area: string | undefined, domain: string | undefined): string | undefined {
  if (!area || !domain || area === 'na2') return undefined;
  return `https://api-de-${area}.${domain}`;
}

/** The digital host next to an API facade origin (`https://api-na1.niceincontact.com` -> `https://api-de-na1...`). */
export function digitalHostFromApiEndpoint(apiEndpoint: string): string | undefined {
  const match = /^https:\/\/api-([a-z0-9]+)\.([^/]+)$/i.exec(trimSlashes(apiEndpoint));
  return match ? digitalHostFor(match[1], match[2]) : undefined;
}

/** The hosts a tenant discovery document names (`api_endpoint`, and `area` + `domain` for the digital host). */
export function hostsFromDiscovery(document: { api_endpoint: string; area?: unknown; domain?: unknown }): CxoneHosts {
  const api = trimSlashes(document.api_endpoint);
  const area = typeof document.area === 'string' ? document.area : undefined;
  const domain = typeof document.domain === 'string' ? document.domain : undefined;
  return { api, digital: digitalHostFor(area, domain) ?? digitalHostFromApiEndpoint(api) };
}

/** The origin a host's requests go to, or a DiscoveryError that says which option supplies it. */
export function requireHost(hosts: CxoneHosts, host: CxoneHost): string {
  const origin = hosts[host];
  if (origin !== undefined) return origin;
  throw new DiscoveryError(
    "[@ccaas/nice-cxone] the tenant's digital host (api-de-{area}.{domain}) is unknown: discovery named no area and " +
      'domain it can be built from; pass `digitalEndpoint`, e.g. https://api-de-na1.niceincontact.com',
    { code: 'discovery_no_digital_host' },
  );
}

/**
 * Rewrites a request addressed to an undiscovered host (`UNDISCOVERED_HOST_URLS`) to the tenant's host once
 * discovery has answered; requests to a real origin pass untouched.
 */
export function hostRoutingMiddleware(hosts: (call: { signal?: AbortSignal }) => Promise<CxoneHosts>): Middleware {
  return {
    async onRequest({ request }) {
      const host = (Object.keys(UNDISCOVERED_HOST_URLS) as CxoneHost[]).find((name) => request.url.startsWith(UNDISCOVERED_HOST_URLS[name]));
      if (host === undefined) return undefined;
      const origin = requireHost(await hosts({ signal: request.signal }), host);
      const url = origin + request.url.slice(UNDISCOVERED_HOST_URLS[host].length);
      const body = request.body ? await request.arrayBuffer() : undefined;
      return new Request(url, { method: request.method, headers: request.headers, body, signal: request.signal });
    },
  };
}

const requestMethods = ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE'] as const;

/**
 * The same client with every request addressed to `baseUrl` (openapi-fetch's per-request `baseUrl`): one fetch,
 * one token manager, one rate-limit state and the same middleware as the client it views. A call's own `baseUrl`
 * still wins.
 */
export function clientOnHost<P extends {}>(client: Client<P>, baseUrl: string): Client<P> {
  const view = { ...client } as Record<string, unknown>;
  const source = client as unknown as Record<string, (url: unknown, init?: Record<string, unknown>) => unknown>;
  for (const method of requestMethods) {
    view[method] = (url: unknown, init?: Record<string, unknown>) => source[method]!.call(client, url, { baseUrl, ...init });
  }
  view['request'] = (method: unknown, url: unknown, init?: Record<string, unknown>) =>
    (source['request'] as unknown as (m: unknown, u: unknown, i: unknown) => unknown).call(client, method, url, { baseUrl, ...init });
  return view as unknown as Client<P>;
}
