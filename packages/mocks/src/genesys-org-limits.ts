/**
 * The org's effective limits, as Genesys Cloud publishes them (`GET /api/v2/organizations/limits/namespaces/{ns}`,
 * a `LimitsEntityListing`). For `platform.api` the simulated org publishes the per-token API rate that really
 * counts the asking token's requests: a sustained `rateLimited` scenario's limit while one is installed, else the
 * mock's client limit, per minute as the platform names it (R per one-second window is 60 R per minute; the
 * genesys-cloud client paces it back as R per second). So a client that seeds its pacing from this listing paces at
 * what the simulation enforces, with or without rate-limit headers. Other namespaces fall through to the schema answer.
 */
import { http, type HttpHandler, type JsonBodyType } from 'msw';
import type { components as OrganizationComponents } from '@ccaas/genesys-cloud/organization';
import type { RateLimitSpec } from './rate-limit-windows.js';

/** The `platform.api` keys that bound one token: a client-credentials token's, and a user token's. */
export const perTokenRateLimitKeys = ['client.credentials.token.rate.per.minute', 'token.rate.per.minute'] as const;

/** A window's limit per minute, rounded down (a limit per minute never promises more than the window allows). */
export function requestsPerMinute({ requestsPerWindow, windowSeconds }: RateLimitSpec): number {
  return Math.floor((requestsPerWindow * 60) / windowSeconds);
}

export interface OrgLimitsContext {
  /** The API URL of a path. */
  api(path: string): string;
  /** Throws unless the request carries a valid token (the auth guard let it through). */
  authenticated(request: Request): unknown;
  /** A successful answer with the mock's headers. */
  ok(request: Request, body: JsonBodyType): Response;
  /** The limit that counted this request (a scenario's, else the client limit). */
  countingLimit(request: Request): RateLimitSpec;
}

/** The handler of `GET /api/v2/organizations/limits/namespaces/platform.api`. */
export function createOrgLimitsHandler(context: OrgLimitsContext): HttpHandler {
  return http.get(context.api('/api/v2/organizations/limits/namespaces/:namespaceName'), ({ request, params }) => {
    context.authenticated(request);
    if (params.namespaceName !== 'platform.api') return undefined;
    const value = requestsPerMinute(context.countingLimit(request));
    const listing: OrganizationComponents['schemas']['LimitsEntityListing'] = {
      entities: perTokenRateLimitKeys.map((key) => ({ key, namespace: 'platform.api', value })),
    };
    return context.ok(request, listing);
  });
}
