// A TypeScript CommonJS consumer (.cts, `module: NodeNext`): tsc compiles the imports below to require() calls, which
// resolve the packages' `require` condition (dist/cjs, an API area's and a CXone family's included). Runs typed calls
// against the published mocks through msw; prints one JSON line: { ok, checks }.
import { setupServer } from 'msw/node';
import { createCxoneMock, createGenesysCloudMock, cxoneSandboxCredentials, genesysCloudSandboxCredentials } from '{{SCOPE}}/mocks';
import { ConfigurationError, createGenesysCloudClient } from '{{SCOPE}}/genesys-cloud';
import { usersApi, type components } from '{{SCOPE}}/genesys-cloud/users';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';
import { adminApi } from '{{SCOPE}}/nice-cxone/admin';
import { digitalApi } from '{{SCOPE}}/nice-cxone/digital';

async function main(): Promise<string[]> {
  const checks: string[] = [];
  const genesysCloud = createGenesysCloudMock({ region: 'eu-west-1' });
  const cxone = createCxoneMock();
  const server = setupServer(...genesysCloud.handlers, ...cxone.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const genesys = usersApi(createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials }));
    const users = await genesys.GET('/api/v2/users', { params: { query: { pageSize: 3 } } });
    if (users.data === undefined) throw new Error(`genesys-cloud users failed: HTTP ${users.response.status}`);
    const first: components['schemas']['User'] | undefined = users.data.entities?.[0];
    checks.push(`cjs genesys-cloud GET /api/v2/users -> ${users.data.entities?.length} users, first ${first?.name ?? ''}`);

    // CXone families by entry point from CommonJS: admin on the API host, digital on its own host.
    const client = createCxoneClient({ ...cxoneSandboxCredentials });
    const agents = await adminApi(client).GET('/inContactAPI/services/v34.0/agents', { params: { query: { top: '3' } } });
    const contacts = await digitalApi(client).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['closed'] } } });
    if (agents.data === undefined || contacts.data === undefined || !contacts.response.url.startsWith(await client.hostUrl('digital'))) {
      throw new Error(`cjs nice-cxone families: HTTP ${agents.response.status}, ${contacts.response.status} at ${contacts.response.url}`);
    }
    checks.push(`cjs nice-cxone admin (${agents.data.agents?.length ?? 0} agents) and digital (${await client.hostUrl('digital')}) entries`);
  } finally {
    server.close();
  }
  try {
    createCxoneClient({ accessKeyId: 'key', accessKeySecret: 'secret', clientId: '' });
    throw new Error('createCxoneClient accepted an empty clientId');
  } catch (error) {
    if (!(error instanceof ConfigurationError)) throw error;
    checks.push(`cjs ConfigurationError from the CommonJS build: ${error.code}`);
  }
  if (typeof require !== 'function' || typeof module !== 'object') throw new Error('not running as CommonJS');
  checks.push('cjs module system: CommonJS (require/module defined)');
  return checks;
}

main().then(
  (checks) => console.log(JSON.stringify({ ok: true, checks })),
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
