// Must NOT type-check: proves the published types reach the consumer (a wrong path-parameter type is caught).
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';

const cxone = createCxoneClient({ accessKeyId: 'key', accessKeySecret: 'secret', clientId: 'app' });
// registry-e2e: next line must not compile
await cxone.GET('/agents/{agentId}', { params: { path: { agentId: 42 } } });
