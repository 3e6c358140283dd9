// Bench consumer: one typed, authenticated Genesys Cloud call through @ccaas/genesys-cloud (client credentials).
// The bench copies this file into a scratch project that resolves @ccaas/* to the built dist/, not to sources.
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { usersApi } from '@ccaas/genesys-cloud/users';

const client = createGenesysCloudClient({
  region: 'us-east-1',
  clientId: process.env.GENESYS_CLIENT_ID ?? '',
  clientSecret: process.env.GENESYS_CLIENT_SECRET ?? '',
});
const { data, error } = await usersApi(client).GET('/api/v2/users', { params: { query: { pageSize: 25, expand: ['presence'] } } });
console.log(data?.entities?.[0]?.name, data?.nextUri, error?.message);
