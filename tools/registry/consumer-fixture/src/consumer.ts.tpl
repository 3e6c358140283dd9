// A consumer of the published clients: typed calls against both platforms, served by the published @ccaas/mocks
// through msw (nothing leaves the process: unhandled requests are errors). Prints one JSON line: { ok, checks }.
import { setupServer } from 'msw/node';
import { cxoneHandlers, genesysCloudHandlers } from '@ccaas/mocks';
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { createCxoneClient } from '@ccaas/nice-cxone';

const server = setupServer(...genesysCloudHandlers, ...cxoneHandlers);
server.listen({ onUnhandledRequest: 'error' });
const checks: string[] = [];
try {
  const genesys = createGenesysCloudClient({ clientId: 'consumer-id', clientSecret: 'consumer-secret' });
  const me = await genesys.GET('/api/v2/users/me');
  if (me.data === undefined) throw new Error(`genesys-cloud users/me failed: HTTP ${me.response.status}`);
  const name: string = me.data.name;
  checks.push(`genesys-cloud GET /api/v2/users/me -> ${name}`);

  const cxone = createCxoneClient({ clientId: 'consumer-id', clientSecret: 'consumer-secret' });
  const agent = await cxone.GET('/incontactapi/services/v31.0/agents/{agentId}', { params: { path: { agentId: 42 } } });
  if (agent.data === undefined) throw new Error(`nice-cxone agent failed: HTTP ${agent.response.status}`);
  const agentId: number = agent.data.agentId;
  if (agentId !== 42) throw new Error(`nice-cxone agent: expected id 42, got ${agentId}`);
  checks.push(`nice-cxone GET agents/{agentId} -> ${agentId}`);
} finally {
  server.close();
}
console.log(JSON.stringify({ ok: true, checks }));
