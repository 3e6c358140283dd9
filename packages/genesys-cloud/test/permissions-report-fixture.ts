// Input of permissions-report.test.ts: typed calls whose paths are not written at the call, and calls that must not
// count. Type-checked with the package (tsconfig.json includes test/), never run.
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { presenceApi } from '@ccaas/genesys-cloud/presence';
import { routingApi } from '@ccaas/genesys-cloud/routing';
import { usersApi } from '@ccaas/genesys-cloud/users';

const client = createGenesysCloudClient({ clientId: 'id', clientSecret: 'secret' });
const routing = routingApi(client);

// A path in a constant (literal type) and in a variable typed as a union of two literal paths.
const queuesPath = '/api/v2/routing/queues';
declare const skillsOrLanguages: '/api/v2/routing/skills' | '/api/v2/routing/languages';

export async function run(): Promise<void> {
  await routing.GET(queuesPath);
  await routing.GET(skillsOrLanguages);
  await routing.DELETE('/api/v2/routing/predictors/{predictorId}', { params: { path: { predictorId: 'p-1' } } });
  await usersApi(client).DELETE('/api/v2/analytics/users/aggregates/jobs/{jobId}', { params: { path: { jobId: 'j-1' } } });
  await presenceApi(client).GET('/api/v2/presencedefinitions');
  await usersApi(client).POST('/api/v2/users/search/conversation/target', { body: {} });
  // Not typed calls of the Genesys client: a widened string, and another object's GET.
  let anyPath = '/api/v2/routing/wrapupcodes';
  anyPath = `${anyPath}`;
  const other = { GET: (path: string) => path };
  other.GET(anyPath);
}
