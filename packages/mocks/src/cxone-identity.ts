// The identity side of a simulated NICE CXone tenant: the issuer's token server (access-key password grant, code +
// PKCE, rotating refresh tokens, an id_token with `tenantId`), its authorize page, and OpenID and tenant discovery.
import { http, HttpResponse, type HttpHandler } from 'msw';
import type { CxoneHost } from '@ccaas/nice-cxone';
import type { CxoneFixtures } from './cxone-fixtures.js';
import type { MockStats } from './mock-stats.js';
import { createOAuthServer, type MockOAuthClient, type OAuthServer } from './oauth-server.js';

/** Where a simulated tenant lives: its issuer, its hosts, and the tenant discovery knows. */
export interface CxoneEndpoints {
  issuer: string;
  /** The API facade's origin (discovery's `api_endpoint`). */
  apiEndpoint: string;
  /** The digital (DFO) host's origin. */
  digitalEndpoint: string;
  hostUrls: Record<CxoneHost, string>;
  /** The base of the admin, real-time and reporting families (`apiEndpoint` + `/inContactAPI`). */
  apiBaseUrl: string;
  tokenEndpoint: string;
  tenantId: string;
}

/** What the tenant's token server is made of. */
export interface CxoneTokenServerSettings {
  endpoints: CxoneEndpoints;
  clients: MockOAuthClient[];
  /** Access keys accepted by the password grant: id -> secret. */
  accessKeys: Record<string, string>;
  /** Issue rotating refresh tokens with password/code grants. */
  refreshTokens: boolean;
  tokenLifetimeSeconds: number;
  clock: () => number;
  /** The id_token describes the fixtures' first agent. */
  fixtures: CxoneFixtures;
  stats: MockStats;
}

/** The issuer's token server; id_tokens describe the fixtures' first agent in NICE's claims. */
export function createCxoneTokenServer(settings: CxoneTokenServerSettings): OAuthServer {
  const { endpoints, fixtures } = settings;
  const refreshTokenGrants = settings.refreshTokens ? (['password', 'authorization_code', 'refresh_token'] as const) : [];
  return createOAuthServer({
    clients: settings.clients,
    users: settings.accessKeys,
    grants: ['password', 'authorization_code', 'refresh_token'],
    refreshTokenGrants: [...refreshTokenGrants],
    accessTokenLifetimeSeconds: settings.tokenLifetimeSeconds,
    clock: settings.clock,
    tokenPrefix: 'cxone',
    idTokenClaims: (token) => {
      const agent = fixtures.agents[0];
      return {
        iss: endpoints.issuer,
        sub: `user:${agent?.userID ?? token.subject}`,
        tenantId: endpoints.tenantId,
        tenant: 'sandbox',
        name: `${agent?.firstName ?? ''} ${agent?.lastName ?? ''}`.trim(),
        given_name: agent?.firstName,
        family_name: agent?.lastName,
        icAgentId: String(agent?.agentId ?? ''),
        icBUId: String(fixtures.businessUnitId),
        icClusterId: 'C32',
        userId: agent?.userID,
      };
    },
    errorBody: (error, description) => ({ error, error_description: description, errorDescription: description }),
    stats: settings.stats,
  });
}

/**
 * The issuer's handlers: the token endpoint, the authorize page (signs in `authorizedUser`), OpenID discovery, and
 * tenant discovery (`/.well-known/cxone-configuration?tenantId=`, counted in `stats.discoveryRequests`).
 */
export function cxoneIdentityHandlers(endpoints: CxoneEndpoints, oauth: OAuthServer, stats: MockStats, authorizedUser: string): HttpHandler[] {
  const { issuer, apiEndpoint, digitalEndpoint, tokenEndpoint, tenantId } = endpoints;
  return [
    http.post(tokenEndpoint, ({ request }) => oauth.handleTokenRequest(request)),
    http.get(`${issuer}/auth/authorize`, ({ request }) => oauth.handleAuthorize(request, authorizedUser)),
    http.get(`${issuer}/.well-known/openid-configuration`, () =>
      HttpResponse.json({
        issuer,
        authorization_endpoint: `${issuer}/auth/authorize`,
        token_endpoint: tokenEndpoint,
        jwks_uri: `${issuer}/auth/jwks`,
        userinfo_endpoint: `${issuer}/auth/userinfo`,
        end_session_endpoint: `${issuer}/auth/authorize/logout`,
        scopes_supported: ['openid'],
        response_types_supported: ['code'],
        token_endpoint_auth_methods_supported: ['client_secret_basic'],
        id_token_signing_alg_values_supported: ['RS256'],
      }),
    ),
    http.get(`${issuer}/.well-known/cxone-configuration`, ({ request }) => {
      stats.discoveryRequests += 1;
      if (new URL(request.url).searchParams.get('tenantId') !== tenantId) {
        return HttpResponse.json({ error: 'not_found', errorDescription: 'unknown tenant' }, { status: 404 });
      }
      // area and domain name the digital host (api-de-{area}.{domain}) only when that is where the mock serves it.
      const [, area, domain] = /^https:\/\/api-([a-z0-9]+)\.(.+)$/.exec(apiEndpoint) ?? [];
      const named = area !== undefined && `https://api-de-${area}.${domain}` === digitalEndpoint;
      return HttpResponse.json({
        private: false,
        tenantId,
        ...(named ? { area } : {}),
        cluster: 'C32',
        domain: named ? domain : 'niceincontact.com',
        api_endpoint: apiEndpoint,
        auth_endpoint: issuer,
        ui_endpoint: issuer.replace('://cxone.', '://cxagent.'),
        uhDomain: 'niceincontact.com',
      });
    }),
  ];
}
