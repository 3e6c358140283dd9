// A consumer of the published clients: typed calls against both platforms, served by the published @ccaas/mocks
// through msw (nothing leaves the process: unhandled requests are errors). Prints one JSON line: { ok, checks }.
import { setupServer } from 'msw/node';
import { createCxoneMock, createGenesysCloudMock, cxoneSandboxCredentials, genesysCloudSandboxCredentials } from '{{SCOPE}}/mocks';
import { createGenesysCloudClient, paginateGenesys, type components } from '{{SCOPE}}/genesys-cloud';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';

const genesysCloud = createGenesysCloudMock({ region: 'eu-west-1' });
const cxone = createCxoneMock();
const server = setupServer(...genesysCloud.handlers, ...cxone.handlers);
server.listen({ onUnhandledRequest: 'error' });
const checks: string[] = [];
try {
  const genesys = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials });
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

  const client = createCxoneClient({ ...cxoneSandboxCredentials });
  const expectedId = cxone.fixtures.agents[0]?.agentId ?? 0;
  const agent = await client.GET('/agents/{agentId}', { params: { path: { agentId: String(expectedId) } } });
  if (agent.data === undefined) throw new Error(`nice-cxone agent failed: HTTP ${agent.response.status}`);
  const agentId: number = agent.data.agents?.[0]?.agentId ?? -1;
  if (agentId !== expectedId) throw new Error(`nice-cxone agent: expected id ${expectedId}, got ${agentId}`);
  checks.push(`nice-cxone GET /agents/{agentId} -> ${agentId} via ${await client.apiBaseUrl()}`);
} finally {
  server.close();
}
console.log(JSON.stringify({ ok: true, checks }));
