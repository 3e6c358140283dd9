// Must NOT type-check: proves the published types reach the consumer (a wrong path-parameter type is caught).
import { createCxoneClient } from '@ccaas/nice-cxone';

const cxone = createCxoneClient({ clientId: 'consumer-id', clientSecret: 'consumer-secret' });
// registry-e2e: next line must not compile
await cxone.GET('/incontactapi/services/v31.0/agents/{agentId}', { params: { path: { agentId: 'forty-two' } } });
