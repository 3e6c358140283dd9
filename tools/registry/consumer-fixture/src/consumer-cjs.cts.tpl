// A TypeScript CommonJS consumer (.cts, `module: NodeNext`): tsc compiles the imports below to require() calls, which
// resolve the packages' `require` condition (dist/cjs). Runs typed calls against the published mocks through msw;
// prints one JSON line: { ok, checks }.
import { setupServer } from 'msw/node';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from '{{SCOPE}}/mocks';
import { ConfigurationError, createGenesysCloudClient, type components } from '{{SCOPE}}/genesys-cloud';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';

async function main(): Promise<string[]> {
  const checks: string[] = [];
  const genesysCloud = createGenesysCloudMock({ region: 'eu-west-1' });
  const server = setupServer(...genesysCloud.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  try {
    const genesys = createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials });
    const users = await genesys.GET('/api/v2/users', { params: { query: { pageSize: 3 } } });
    if (users.data === undefined) throw new Error(`genesys-cloud users failed: HTTP ${users.response.status}`);
    const first: components['schemas']['User'] | undefined = users.data.entities?.[0];
    checks.push(`cjs genesys-cloud GET /api/v2/users -> ${users.data.entities?.length} users, first ${first?.name ?? ''}`);
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
