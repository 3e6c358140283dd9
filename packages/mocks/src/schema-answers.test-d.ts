// Overrides are typed per operation from the client types of the mock's areas: a wrong body, a status the operation
// does not declare or an operation the areas do not have does not compile.
import { describe, expectTypeOf, it } from 'vitest';
import type { components } from '@ccaas/genesys-cloud/routing';
import { createGenesysCloudMock } from './create-genesys-cloud-mock.js';
import type { OperationKey } from './create-operation-handlers.js';
import { routing } from './generated/genesys-cloud/routing.js';
import { users } from './generated/genesys-cloud/users.js';

describe('override', () => {
  const genesys = createGenesysCloudMock({ areas: [routing, users] });

  it('accepts a body of the operation\'s response schema for a declared status', () => {
    const body: components['schemas']['WrapupCodeEntityListing'] = { entities: [{ id: 'w1', name: 'Sale' }], pageSize: 25 };
    genesys.override('GET /api/v2/routing/wrapupcodes', { status: 200, body });
    genesys.override('GET /api/v2/routing/wrapupcodes/{codeId}', { status: 404, body: { message: 'gone', status: 404 } });
    genesys.override('GET /api/v2/users/{userId}', { status: 200, body: { id: 'u1', name: 'Ada', version: 1 }, times: 1 });
    expectTypeOf<OperationKey<NonNullable<(typeof routing)['__paths']>>>().toExtend<`${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS'} /api/v2/${string}`>();
    expectTypeOf<'POST /api/v2/routing/wrapupcodes'>().toExtend<OperationKey<NonNullable<(typeof routing)['__paths']>>>();
  });

  it('refuses a wrong body, an undeclared status and an operation outside the areas', () => {
    // @ts-expect-error a wrap-up code listing's entities are objects, not strings
    genesys.override('GET /api/v2/routing/wrapupcodes', { status: 200, body: { entities: ['Sale'] } });
    // @ts-expect-error `name` of a wrap-up code is a string
    genesys.override('GET /api/v2/routing/wrapupcodes/{codeId}', { status: 200, body: { name: 42 } });
    // @ts-expect-error 418 is not a status the operation declares
    genesys.override('GET /api/v2/routing/wrapupcodes', { status: 418, body: {} });
    // @ts-expect-error the groups area is not one of the mock's areas
    genesys.override('GET /api/v2/groups', { status: 200, body: {} });
    // @ts-expect-error there is no PATCH on wrap-up codes
    genesys.override('PATCH /api/v2/routing/wrapupcodes/{codeId}', { status: 200, body: {} });
  });

  it('is untyped (any operation, any body) on a mock of every area', () => {
    const everything = createGenesysCloudMock();
    everything.override('GET /api/v2/groups', { status: 200, body: { anything: true } });
    expectTypeOf(everything.override).parameter(1).toHaveProperty('status').toEqualTypeOf<number>();
  });
});
