// @ccaas/genesys-cloud (built) configured for the sandbox behind `env`, the way a user points it at another host.
import type { GenesysCloudApi, GenesysCloudClientOptions } from '@ccaas/genesys-cloud';
import type { paths } from '@ccaas/genesys-cloud/users';
import type { BuiltClients } from './load-built-clients.js';

export function createSandboxGenesysClient(
  clients: BuiltClients,
  env: Record<string, string>,
  retry?: GenesysCloudClientOptions['retry'],
): GenesysCloudApi<paths> {
  // The Users area's view of the client (`usersApi(client)` is the same `withPaths` call).
  return clients.createGenesysCloudClient({
    clientId: env.GENESYS_CLIENT_ID ?? '',
    clientSecret: env.GENESYS_CLIENT_SECRET ?? '',
    apiBaseUrl: env.GENESYS_API_BASE_URL ?? '',
    loginBaseUrl: env.GENESYS_LOGIN_BASE_URL ?? '',
    ...(retry === undefined ? {} : { retry }),
  }).withPaths<paths>();
}
