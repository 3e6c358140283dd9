// Bench consumer: the same call as genesys-cloud-consumer.ts through the official SDK (purecloud-platform-client-v2).
import platformClient from 'purecloud-platform-client-v2';

const apiClient = platformClient.ApiClient.instance;
apiClient.setEnvironment('mypurecloud.com');
await apiClient.loginClientCredentialsGrant(process.env.GENESYS_CLIENT_ID ?? '', process.env.GENESYS_CLIENT_SECRET ?? '');
const users = await new platformClient.UsersApi().getUsers({ pageSize: 25, expand: ['presence'] });
console.log(users.entities?.[0]?.name, users.nextUri);
