// Must NOT type-check: proves the published types reach the consumer (a wrong path-parameter type is caught), that a
// client typed with the consumer's own paths (`withPaths`) checks calls against them, that a mock override's body is
// typed from the area's client types, and that a notification topic outside the vendor's catalogue is refused.
import { createGenesysCloudClient } from '{{SCOPE}}/genesys-cloud';
import { subscribeNotifications } from '{{SCOPE}}/genesys-cloud/notification-stream';
import { createGenesysCloudMock } from '{{SCOPE}}/mocks';
import { routing } from '{{SCOPE}}/mocks/genesys-cloud/routing';
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

const routingOrg = createGenesysCloudMock({ areas: [routing] });
// registry-e2e: next line must not compile
routingOrg.override('GET /api/v2/routing/wrapupcodes', { status: 200, body: { entities: [{ id: 'w1', name: 42 }] } });
routingOrg.override('GET /api/v2/routing/wrapupcodes', { status: 200, body: { entities: [{ id: 'w1', name: 'Sale' }] } });

const genesys = createGenesysCloudClient({ clientId: 'id', clientSecret: 'secret' });
// registry-e2e: next line must not compile
subscribeNotifications(genesys, ['v2.no.such.topic']);
subscribeNotifications(genesys, ['v2.users.u-1.presence']);
