// Must NOT type-check: proves the published types reach the consumer (a wrong path-parameter type is caught), and
// that a client typed with the consumer's own paths (`withPaths`) checks calls against them.
import { createGenesysCloudClient } from '{{SCOPE}}/genesys-cloud';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';
import { adminApi } from '{{SCOPE}}/nice-cxone/admin';
import { digitalApi } from '{{SCOPE}}/nice-cxone/digital';
import type { paths as MyGenesysPaths } from './my-genesys-api.js';

const cxone = createCxoneClient({ accessKeyId: 'key', accessKeySecret: 'secret', clientId: 'app' });
// registry-e2e: next line must not compile
await adminApi(cxone).GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: 42 } } });
// registry-e2e: next line must not compile
await adminApi(cxone).GET('/agents/{agentId}', { params: { path: { agentId: '42' } } });
// registry-e2e: next line must not compile
await digitalApi(cxone).GET('/dfo/3.0/contacts', { params: { query: { limit: 10 } } });

const mine = createGenesysCloudClient({ clientId: 'id', clientSecret: 'secret' }).withPaths<MyGenesysPaths>();
// registry-e2e: next line must not compile
await mine.GET('/api/v2/private/widgets/{widgetId}', { params: { path: { widgetId: 42 } } });
