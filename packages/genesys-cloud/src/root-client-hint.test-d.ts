// A newcomer's first reflex is `genesys.GET(...)` on the root client. It has no typed requests (they are per API
// area), so the type error must say where they are instead of "Property 'GET' does not exist".
import { describe, expectTypeOf, it } from 'vitest';
import { createGenesysCloudClient, type GenesysCloudClient, type GenesysCloudRootClient } from './create-genesys-cloud-client.js';
import { usersApi } from './generated/users.js';

const genesys = createGenesysCloudClient({ clientId: 'id', clientSecret: 'secret' });

describe('the root client points to the API areas', () => {
  it('a request on the root client is a type error whose message names the area import', () => {
    type Hint = Parameters<GenesysCloudRootClient['GET']>[0];
    expectTypeOf<Hint>().toExtend<`${string}import { usersApi } from '@ccaas/genesys-cloud/users', then usersApi(genesys).GET('/api/v2/users')${string}`>();
    expectTypeOf<Parameters<GenesysCloudRootClient['POST']>[0]>().toEqualTypeOf<Hint>();
    // @ts-expect-error -- the message: Argument of type '"/api/v2/users"' is not assignable to parameter of type '"the root client has no typed requests: import an API area, e.g. import { usersApi } ..."'
    void (() => genesys.GET('/api/v2/users'));
    // @ts-expect-error -- the same for every request method
    void (() => genesys.DELETE('/api/v2/users/{userId}', { params: { path: { userId: 'u' } } }));
  });

  it('the root client is still a GenesysCloudClient: the area accessors take it and their requests are typed', async () => {
    expectTypeOf(genesys).toExtend<GenesysCloudClient>();
    const { data } = await usersApi(genesys).GET('/api/v2/users');
    expectTypeOf(data?.entities).not.toBeNever();
    expectTypeOf(usersApi(genesys).GET).returns.not.toBeNever();
  });
});
