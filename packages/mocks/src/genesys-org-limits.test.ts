import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { usersApi } from '@ccaas/genesys-cloud/users';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';

const genesys = createGenesysCloudMock();
const server = setupServer(...genesys.handlers);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  genesys.resetStats();
});
afterAll(() => server.close());

const createClient = () => createGenesysCloudClient({ ...genesysCloudSandboxCredentials, retry: { baseDelayMs: 5 } });

async function readLimits(namespace = 'platform.api') {
  const token = await createGenesysCloudClient({ ...genesysCloudSandboxCredentials, seedRateLimitFromPlatform: false }).tokenManager.getToken();
  return fetch(`${genesys.apiBaseUrl}/api/v2/organizations/limits/namespaces/${namespace}`, { headers: { Authorization: `Bearer ${token}` } });
}

describe("the simulated Genesys Cloud publishes the org's platform.api limits", () => {
  it("answers GET /api/v2/organizations/limits/namespaces/platform.api with the mock's rate limit per minute, as a LimitsEntityListing", async () => {
    const response = await readLimits();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      entities: [
        { key: 'client.credentials.token.rate.per.minute', namespace: 'platform.api', value: 1_000_000 },
        { key: 'token.rate.per.minute', namespace: 'platform.api', value: 1_000_000 },
      ],
    });
  });

  it('publishes the rate of a sustained rateLimited scenario (10 per second: 600 per minute)', async () => {
    server.use(genesys.scenarios.rateLimited({ requestsPerSecond: 10, rateLimitHeaders: false }));
    const { entities } = (await (await readLimits()).json()) as { entities: { key: string; value: number }[] };
    expect(entities.map(({ key, value }) => `${key}=${value}`)).toEqual(['client.credentials.token.rate.per.minute=600', 'token.rate.per.minute=600']);
  });

  it("a client-credentials client paces from the org's published limit: 0 429s on the first window, against a platform without rate-limit headers", async () => {
    server.use(genesys.scenarios.rateLimited({ requestsPerSecond: 10, rateLimitHeaders: false }));
    const users = usersApi(createClient());
    let next = 0;
    const worker = async () => {
      while (next < 30) {
        next += 1;
        expect((await users.GET('/api/v2/users', { params: { query: { pageSize: 1 } } })).response.status).toBe(200);
      }
    };
    await Promise.all(Array.from({ length: 10 }, worker));
    const stats = genesys.stats;
    expect(stats.apiResponsesByStatus['429'] ?? 0).toBe(0);
    // the 30 calls and the one read of the limits
    expect(stats.apiResponsesByStatus['200']).toBe(31);
  });
});
