import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError } from '@ccaas/auth-core';
import { authorizationCode, createGenesysCloudClient } from './create-genesys-cloud-client.js';
import { routingApi } from './generated/routing.js';
import { usersApi } from './generated/users.js';
import { GenesysForbiddenError, OperationPolicies, requiredPermissionsOf } from './operation-policies.js';

const api = 'https://api.mypurecloud.ie';
const login = 'https://login.mypurecloud.ie';

const forbidden = (body: object) => HttpResponse.json({ status: 403, code: 'missing.permissions', ...body }, { status: 403, headers: { 'ININ-Correlation-Id': 'ctx-403' } });
const server = setupServer(
  http.post(`${login}/oauth/token`, () => HttpResponse.json({ access_token: 'token-1', refresh_token: 'r-1', token_type: 'bearer', expires_in: 86400 })),
  http.get(`${api}/api/v2/routing/queues`, () => forbidden({ message: 'You are missing the following permission(s): routing:queue:view', messageParams: { permissions: 'routing:queue:view' } })),
  http.get(`${api}/api/v2/routing/queues/:queueId/members`, () => forbidden({ message: 'Forbidden' })),
  http.get(`${api}/api/v2/users/me`, () => forbidden({ message: 'Forbidden' })),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const create = () => createGenesysCloudClient({ region: 'eu-west-1', clientId: 'client-1', clientSecret: 'secret-1' });

describe('a 403 names the permissions the operation requires', () => {
  it('next to what the body says, with where to grant them for a client-credentials client', async () => {
    const error = await routingApi(create()).GET('/api/v2/routing/queues').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).toBeInstanceOf(GenesysForbiddenError);
    const forbiddenError = error as GenesysForbiddenError;
    expect(forbiddenError).toMatchObject({ status: 403, code: 'missing.permissions', correlationId: 'ctx-403', missingPermissions: ['routing:queue:view'] });
    expect(forbiddenError.requiredPermissions).toEqual({ operation: 'GET /api/v2/routing/queues', type: 'ANY', permissions: ['routing:queue:view'] });
    expect(forbiddenError.message).toMatch(/^\[@ccaas\/auth-core\] GET \/api\/v2\/routing\/queues answered 403 \(missing\.permissions\): You are missing the following permission\(s\): routing:queue:view; missing: routing:queue:view \(correlation id ctx-403\)\. /);
    expect(forbiddenError.message).toContain('GET /api/v2/routing/queues requires the permission routing:queue:view (Genesys Cloud API docs): grant it to a role of this OAuth client');
  });

  it('matches the templated path of the operation called, and says "the signed-in user" for a user grant', async () => {
    const client = createGenesysCloudClient({ region: 'eu-west-1', clientId: 'client-1', clientSecret: 'secret-1', grant: authorizationCode({ code: 'c', codeVerifier: 'v'.repeat(43), redirectUri: 'https://app.example/cb' }) });
    const error = (await routingApi(client)
      .GET('/api/v2/routing/queues/{queueId}/members', { params: { path: { queueId: 'q-1' } } })
      .catch((e: unknown) => e)) as GenesysForbiddenError;
    expect(error.requiredPermissions.operation).toBe('GET /api/v2/routing/queues/{queueId}/members');
    expect(error.message).toContain('requires any one of the permissions routing:queue:view, routing:queue:edit, routing:queue:readonly, routing:queueMember:manage (Genesys Cloud API docs): grant them to a role of the signed-in user');
    expect(error.missingPermissions).toEqual([]);
  });

  it('leaves a 403 alone when the operation requires no permissions, or its area was not used', async () => {
    const client = create();
    const error = await usersApi(client).GET('/api/v2/users/me').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ForbiddenError);
    expect(error).not.toBeInstanceOf(GenesysForbiddenError);
    // Only the users area is registered with this client: routing's table is not shipped or consulted.
    expect(requiredPermissionsOf(client, 'GET', `${api}/api/v2/routing/queues`)).toBeUndefined();
    routingApi(client);
    expect(requiredPermissionsOf(client, 'GET', `${api}/api/v2/routing/queues?pageSize=1`)?.permissions).toEqual(['routing:queue:view']);
  });
});

describe('OperationPolicies.lookup', () => {
  it('prefers the most literal template (/users/me over /users/{userId}) and reads ALL lists', () => {
    const policies = new OperationPolicies('client-credentials');
    policies.add({ 'GET /api/v2/users/{userId}': 'ANY directory:user:view', 'GET /api/v2/users/me': 'ALL a:b:c d:e:f' });
    expect(policies.lookup('get', '/api/v2/users/me')).toEqual({ operation: 'GET /api/v2/users/me', type: 'ALL', permissions: ['a:b:c', 'd:e:f'] });
    expect(policies.lookup('GET', '/api/v2/users/u-1')?.operation).toBe('GET /api/v2/users/{userId}');
    expect(policies.lookup('GET', '/api/v2/users/u-1/roles')).toBeUndefined();
    expect(policies.lookup('DELETE', '/api/v2/users/u-1')).toBeUndefined();
  });
});
