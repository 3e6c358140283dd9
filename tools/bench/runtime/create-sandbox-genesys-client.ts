// @ccaas/genesys-cloud (built) configured for the sandbox behind `env`, the way a user points it at another host.
import type { GenesysCloudClient, GenesysCloudClientOptions } from '@ccaas/genesys-cloud';
import type { BuiltClients } from './load-built-clients.js';

export function createSandboxGenesysClient(
  clients: BuiltClients,
  env: Record<string, string>,
  retry?: GenesysCloudClientOptions['retry'],
): GenesysCloudClient {
  return clients.createGenesysCloudClient({
    clientId: env.GENESYS_CLIENT_ID ?? '',
    clientSecret: env.GENESYS_CLIENT_SECRET ?? '',
    apiBaseUrl: env.GENESYS_API_BASE_URL ?? '',
    loginBaseUrl: env.GENESYS_LOGIN_BASE_URL ?? '',
    ...(retry === undefined ? {} : { retry }),
  });
}
