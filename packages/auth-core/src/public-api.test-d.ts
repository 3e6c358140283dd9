import type { ClientOptions, Middleware } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import {
  authFetch,
  authMiddleware,
  authorizationCodeGrant,
  basicClientCredentialsGrant,
  buildAuthorizationUrl,
  CcaasError,
  clientCredentialsGrant,
  createMemoryTokenStore,
  createPkcePair,
  createTokenManager,
  ForbiddenError,
  HttpError,
  InvalidClientCredentialsError,
  fullJitterBackoffMs,
  passwordGrant,
  RateLimitError,
  readIninRateLimitHeaders,
  retryAfterMs,
  type AuthMiddleware,
  type ErrorDescription,
  type RateBudget,
  type RateLimitObservation,
  type Grant,
  type StoredToken,
  type TokenManager,
  type TokenManagerEvents,
  type TokenStore,
  type TokenStoreLock,
  type TokenStoreLockFailure,
  TokenRequestError,
  UnauthorizedError,
} from './index.js';

const grant = clientCredentialsGrant({ tokenEndpoint: 'https://a.test/token', clientId: 'c', clientSecret: 's' });
const manager = createTokenManager({ grant });

describe('public API types', () => {
  it('grant factories return Grant and accept lazy endpoints', () => {
    expectTypeOf(grant).toEqualTypeOf<Grant>();
    expectTypeOf(passwordGrant).parameter(0).toHaveProperty('username').toEqualTypeOf<string>();
    expectTypeOf(passwordGrant({ tokenEndpoint: async () => 'https://a.test/token', clientId: 'c', username: 'u', password: 'p' })).toEqualTypeOf<Grant>();
    expectTypeOf(authorizationCodeGrant).parameter(0).toHaveProperty('codeVerifier').toEqualTypeOf<string>();
    // @ts-expect-error clientSecret is required for client credentials
    clientCredentialsGrant({ tokenEndpoint: 'https://a.test/token', clientId: 'c' });
    // @ts-expect-error unknown client authentication
    clientCredentialsGrant({ tokenEndpoint: 'x', clientId: 'c', clientSecret: 's', clientAuthentication: 'private_key_jwt' });
    expectTypeOf(basicClientCredentialsGrant({ tokenEndpoint: 'https://a.test/token', clientId: 'c', clientSecret: 's' })).toEqualTypeOf<Grant>();
    // @ts-expect-error basicClientCredentialsGrant takes no scope (nor clientAuthentication or revocationEndpoint)
    basicClientCredentialsGrant({ tokenEndpoint: 'https://a.test/token', clientId: 'c', clientSecret: 's', scope: 'x' });
  });

  it('token manager methods', () => {
    expectTypeOf(manager).toEqualTypeOf<TokenManager>();
    expectTypeOf(manager.getToken()).resolves.toEqualTypeOf<string>();
    expectTypeOf(manager.getTokenSet()).resolves.toEqualTypeOf<StoredToken>();
    expectTypeOf(manager.getToken).parameter(0).toEqualTypeOf<
      { signal?: AbortSignal; forceRefresh?: boolean; rejectedToken?: string } | undefined
    >();
    expectTypeOf(manager.hasRefreshCapability()).toEqualTypeOf<boolean>();
    expectTypeOf(manager.expire()).resolves.toBeVoid();
    expectTypeOf<StoredToken['idToken']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(createMemoryTokenStore()).toEqualTypeOf<TokenStore>();
  });

  it('events are typed per name', () => {
    manager.on('tokenRefreshed', (event) => {
      expectTypeOf(event.reason).toEqualTypeOf<'initial' | 'proactive' | 'expired' | 'unauthorized' | 'forced'>();
      expectTypeOf(event.expiresAt).toEqualTypeOf<number>();
    });
    manager.on('rateLimited', (event) => expectTypeOf(event).toEqualTypeOf<TokenManagerEvents['rateLimited']>());
    expectTypeOf(manager.on('retry', () => undefined)).toEqualTypeOf<() => void>();
    // @ts-expect-error unknown event
    manager.on('tokenLeaked', () => undefined);
  });

  it('lifecycle events for observability (tokenRequest, background refresh, warnings)', () => {
    manager.on('tokenRequest', (event) => {
      expectTypeOf(event.outcome).toEqualTypeOf<'response' | 'network_error' | 'timeout' | 'aborted'>();
      expectTypeOf(event.durationMs).toEqualTypeOf<number>();
      expectTypeOf(event.status).toEqualTypeOf<number | undefined>();
      expectTypeOf(event.url).toEqualTypeOf<string>();
    });
    manager.on('backgroundRefreshEnded', (event) => expectTypeOf(event.outcome).toEqualTypeOf<'refreshed' | 'adopted' | 'failed'>());
    manager.on('warning', (event) => expectTypeOf(event.code).toEqualTypeOf<'invalid_expires_in' | 'lease_lost' | 'store_unavailable'>());
    manager.on('refreshFailed', (event) => expectTypeOf(event.validUntil).toEqualTypeOf<number | undefined>());
  });

  it('a custom store needs only get/set/delete; the rest is optional', () => {
    const minimal: TokenStore = { get: async () => undefined, set: async () => undefined, delete: async () => undefined };
    expectTypeOf(minimal.compareAndSet).toEqualTypeOf<TokenStore['compareAndSet']>();
    expectTypeOf<NonNullable<TokenStore['compareAndSet']>>().returns.toEqualTypeOf<Promise<StoredToken>>();
    expectTypeOf<NonNullable<TokenStoreLock['extend']>>().returns.toEqualTypeOf<Promise<boolean>>();
    expectTypeOf<TokenStoreLock['release']>().parameter(0).toEqualTypeOf<TokenStoreLockFailure | undefined>();
    expectTypeOf<TokenRequestError['outcome']>().toEqualTypeOf<'not_processed' | 'unknown'>();
  });

  it('authMiddleware is an openapi-fetch Middleware', () => {
    expectTypeOf(authMiddleware(manager)).toExtend<Middleware>();
    authMiddleware(manager, {
      retry: { maxRetries: 5, maxDelayMs: 30_000, retryOnStatuses: [503] },
      describeError: (_response, _body): ErrorDescription => ({ code: 'x', missingPermissions: ['a:b:c'] }),
    });
    authMiddleware({ getToken: async () => 'token' }, { retry: false });
  });

  it('authFetch is what openapi-fetch takes as fetch, and takes the middleware options plus fetch', () => {
    expectTypeOf(authFetch(manager)).toExtend<NonNullable<ClientOptions['fetch']>>();
    authFetch(manager, { fetch: async () => new Response(), retry: false, requestInitExt: { dispatcher: {} } });
    expectTypeOf(authFetch(manager)).toExtend<(input: string | URL | Request, init?: RequestInit) => Promise<Response>>();
    expectTypeOf(authFetch(manager).through(fetch)).toExtend<NonNullable<ClientOptions['fetch']>>();
  });

  it('authMiddleware answers onRequest/onResponse with a plain value on the success path, a promise when it waits', () => {
    expectTypeOf<ReturnType<AuthMiddleware['onRequest']>>().toEqualTypeOf<Request | undefined | Promise<Request | undefined>>();
    expectTypeOf<ReturnType<AuthMiddleware['onResponse']>>().toEqualTypeOf<Response | undefined | Promise<Response | undefined>>();
    expectTypeOf<ReturnType<AuthMiddleware['onError']>>().toEqualTypeOf<Promise<Response | Error | undefined>>();
  });

  it('authMiddleware takes rate-limit options and a shared budget', () => {
    const budget: RateBudget = {
      take: async () => undefined,
      observe: async () => undefined,
    };
    authMiddleware(manager, { rateLimit: { budget, bucketKey: 'service-a', windowEdgeMs: 20, readHeaders: readIninRateLimitHeaders } });
    authMiddleware(manager, { rateLimit: false });
    expectTypeOf(readIninRateLimitHeaders).returns.toEqualTypeOf<RateLimitObservation | undefined>();
    expectTypeOf<RateBudget['take']>().returns.resolves.toEqualTypeOf<number | undefined>();
    // @ts-expect-error a budget must implement observe
    authMiddleware(manager, { rateLimit: { budget: { take: async () => 0 } } });
    // rateLimited (a 429 without rate-limit headers, for the learned allowance) is optional
    const learning: RateBudget = { ...budget, rateLimited: async (_bucket: string, _retryAfterMs: number) => undefined };
    authMiddleware(manager, { rateLimit: { budget: learning } });
    // a budget written before sentMsAgo (the 429'd send's age) still fits
    expectTypeOf<NonNullable<RateBudget['rateLimited']>>().parameters.toEqualTypeOf<[bucket: string, retryAfterMs: number, sentMsAgo?: number]>();
  });

  it('errors share the CcaasError shape', () => {
    expectTypeOf<ForbiddenError>().toExtend<CcaasError>();
    expectTypeOf<ForbiddenError['missingPermissions']>().toEqualTypeOf<string[]>();
    expectTypeOf<RateLimitError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    // an HTTP error always has its status
    expectTypeOf<UnauthorizedError['status']>().toEqualTypeOf<number>();
    expectTypeOf<UnauthorizedError>().toExtend<HttpError>();
    expectTypeOf<HttpError['body']>().toEqualTypeOf<unknown>();
    expectTypeOf<InvalidClientCredentialsError['code']>().toEqualTypeOf<'invalid_client' | 'invalid_grant'>();
    expectTypeOf<CcaasError['code']>().toEqualTypeOf<string>();
    expectTypeOf<CcaasError['correlationId']>().toEqualTypeOf<string | undefined>();
  });

  it('pure helpers and PKCE', () => {
    expectTypeOf(retryAfterMs).returns.toEqualTypeOf<number | undefined>();
    expectTypeOf(fullJitterBackoffMs).returns.toEqualTypeOf<number>();
    expectTypeOf(createPkcePair()).resolves.toEqualTypeOf<{ codeVerifier: string; codeChallenge: string; codeChallengeMethod: 'S256' }>();
    expectTypeOf(buildAuthorizationUrl).returns.toEqualTypeOf<URL>();
  });
});
