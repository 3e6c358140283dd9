// A consumer of the published clients: typed calls against both platforms, served by the published @ccaas/mocks
// through msw (nothing leaves the process: unhandled requests are errors), Genesys Cloud through an API area import
// and through the escape hatch, `withPaths` with the consumer's own openapi-typescript `paths`. Prints one JSON line:
// { ok, checks }.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createCxoneMock, createGenesysCloudMock, cxoneSandboxCredentials, genesysCloudSandboxCredentials } from '{{SCOPE}}/mocks';
import { createGenesysCloudClient, paginateGenesys } from '{{SCOPE}}/genesys-cloud';
import { usersApi, type components } from '{{SCOPE}}/genesys-cloud/users';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';
import { adminApi } from '{{SCOPE}}/nice-cxone/admin';
import { agentApi } from '{{SCOPE}}/nice-cxone/agent';
import { digitalApi } from '{{SCOPE}}/nice-cxone/digital';
import { reportingApi } from '{{SCOPE}}/nice-cxone/reporting';
import { userHubApi } from '{{SCOPE}}/nice-cxone/user-hub';
import type { paths as MyGenesysPaths } from './my-genesys-api.js';

const genesysCloud = createGenesysCloudMock({ region: 'eu-west-1' });
const cxone = createCxoneMock();
// The consumer's own handler for the private operation of its own spec (the published mock has no handler for it).
const widgetAuthorizations: (string | null)[] = [];
const privateWidget = http.get(`${genesysCloud.apiBaseUrl}/api/v2/private/widgets/:widgetId`, ({ request, params }) => {
  widgetAuthorizations.push(request.headers.get('authorization'));
  return HttpResponse.json({ id: String(params.widgetId), name: 'private widget' });
});
const server = setupServer(privateWidget, ...genesysCloud.handlers, ...cxone.handlers);
server.listen({ onUnhandledRequest: 'error' });
const checks: string[] = [];
try {
  const genesys = usersApi(createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials }));
  const users = await genesys.GET('/api/v2/users', { params: { query: { pageSize: 5, expand: ['presence'] } } });
  if (users.data === undefined) throw new Error(`genesys-cloud users failed: HTTP ${users.response.status}`);
  const first: components['schemas']['User'] | undefined = users.data.entities?.[0];
  const name: string = first?.name ?? '';
  checks.push(`genesys-cloud GET /api/v2/users -> ${users.data.total} users, first ${name}`);

  genesysCloud.expireTokens();
  let paged = 0;
  for await (const user of paginateGenesys(genesys, '/api/v2/users', { params: { query: { pageSize: 25 } } })) {
    if (user.id) paged += 1;
  }
  if (paged !== users.data.total) throw new Error(`paginated ${paged} of ${users.data.total} users`);
  checks.push(`genesys-cloud token expired at the platform, refreshed, paged ${paged} users (${genesysCloud.stats.tokenRequests} token requests)`);

  // The escape hatch: the same client typed with the consumer's own paths (one token manager, one middleware).
  const mine = genesys.withPaths<MyGenesysPaths>();
  const token = await mine.GET('/api/v2/tokens/me');
  const clientId: string | undefined = token.data?.OAuthClient?.id;
  if (clientId !== genesysCloudSandboxCredentials.clientId) throw new Error(`withPaths GET /api/v2/tokens/me: HTTP ${token.response.status}, client ${clientId}`);
  const tokenRequests = genesysCloud.stats.tokenRequests;
  genesysCloud.expireTokens();
  const again = await mine.GET('/api/v2/tokens/me');
  if (again.data === undefined || genesysCloud.stats.tokenRequests !== tokenRequests + 1) {
    throw new Error(`withPaths after the platform expired the token: HTTP ${again.response.status}, ${genesysCloud.stats.tokenRequests - tokenRequests} new token requests`);
  }
  const widget = await mine.GET('/api/v2/private/widgets/{widgetId}', { params: { path: { widgetId: 'w-1' } } });
  const widgetName: string = widget.data?.name ?? '';
  const bearer = `Bearer ${await genesys.tokenManager.getToken()}`;
  if (widgetName !== 'private widget' || widgetAuthorizations.at(-1) !== bearer) {
    throw new Error(`withPaths private operation: HTTP ${widget.response.status}, authorization ${widgetAuthorizations.at(-1) === bearer ? 'current token' : 'missing or stale'}`);
  }
  checks.push(`genesys-cloud withPaths<MyGenesysPaths>: the platform saw ${clientId}'s bearer token, a platform-expired token was refreshed and the call replayed, a private operation got the current token`);

  // One client, five API families by entry point; the digital family on its own host (api-de-{area}.{domain}).
  const client = createCxoneClient({ ...cxoneSandboxCredentials });
  const expectedId = cxone.fixtures.agents[0]?.agentId ?? 0;
  const agent = await adminApi(client).GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(expectedId) } } });
  if (agent.data === undefined) throw new Error(`nice-cxone agent failed: HTTP ${agent.response.status}`);
  const agentId: number = agent.data.agents?.[0]?.agentId ?? -1;
  if (agentId !== expectedId) throw new Error(`nice-cxone agent: expected id ${expectedId}, got ${agentId}`);
  checks.push(`nice-cxone admin GET /inContactAPI/services/v34.0/agents/{agentId} -> ${agentId} via ${await client.apiBaseUrl()}`);
  const completed = await reportingApi(client).GET('/inContactAPI/services/v34.0/contacts/completed', { params: { query: { top: 5 } } });
  const contacts = await digitalApi(client).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['closed'] } } });
  const users = await userHubApi(client).GET('/user-management/v1/users', {});
  const session = await agentApi(client).POST('/inContactAPI/services/v33.0/agent-sessions', { params: { query: { stationId: 'station-1' } } });
  const statuses = [completed, contacts, users, session].map((result) => result.response.status);
  if (statuses.some((status) => status >= 300) || !contacts.response.url.startsWith(await client.hostUrl('digital'))) {
    throw new Error(`nice-cxone families failed: HTTP ${statuses.join(', ')}, digital at ${contacts.response.url}`);
  }
  checks.push(`nice-cxone reporting, digital (${await client.hostUrl('digital')}), user-hub and agent entries: HTTP ${statuses.join(', ')}, one token`);
} finally {
  server.close();
}
console.log(JSON.stringify({ ok: true, checks }));
