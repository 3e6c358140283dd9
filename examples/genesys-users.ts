// The seed's Genesys Cloud job, end to end: initialise from env vars, verify refresh capability, fetch active users
// with presence and the last day's interactions, force token expiry, fetch again (refresh), hit a 403, ride out a
// 429 burst. Real platform: GENESYS_CLIENT_ID=... GENESYS_CLIENT_SECRET=... GENESYS_REGION=eu-west-1 npx tsx examples/genesys-users.ts
// (`npm run demo` runs it against the sandbox: GENESYS_API_BASE_URL, GENESYS_LOGIN_BASE_URL).
import { createGenesysCloudClient, ForbiddenError, paginateGenesys } from '@ccaas/genesys-cloud';
import { analyticsApi } from '@ccaas/genesys-cloud/analytics';
import { conversationsApi } from '@ccaas/genesys-cloud/conversations';
import { routingApi } from '@ccaas/genesys-cloud/routing';
import { usersApi } from '@ccaas/genesys-cloud/users';
import { createDemoReport, isEntryPoint, runFromCommandLine, type DemoReport, type DemoScenarios } from './demo-report.js';

export interface GenesysExampleConfig {
  clientId: string;
  clientSecret: string;
  region?: string;
  apiBaseUrl?: string;
  loginBaseUrl?: string;
}

export function genesysConfigFromEnv(env: NodeJS.ProcessEnv = process.env): GenesysExampleConfig {
  const { GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_REGION, GENESYS_API_BASE_URL, GENESYS_LOGIN_BASE_URL } = env;
  if (!GENESYS_CLIENT_ID || !GENESYS_CLIENT_SECRET) {
    throw new Error('set GENESYS_CLIENT_ID and GENESYS_CLIENT_SECRET (or run `npm run demo` for the sandbox)');
  }
  return {
    clientId: GENESYS_CLIENT_ID,
    clientSecret: GENESYS_CLIENT_SECRET,
    region: GENESYS_REGION,
    apiBaseUrl: GENESYS_API_BASE_URL,
    loginBaseUrl: GENESYS_LOGIN_BASE_URL,
  };
}

export async function runGenesysExample(
  config: GenesysExampleConfig,
  scenarios?: DemoScenarios,
  report: DemoReport = createDemoReport('[genesys]'),
): Promise<DemoReport> {
  const client = createGenesysCloudClient({ ...config, retry: { maxRetries: 3, maxDelayMs: 2_000 } });
  // One client, several API areas: each accessor is the same client typed with that area's paths (one token).
  const users = usersApi(client);
  const routing = routingApi(client);
  client.tokenManager.on('tokenRefreshed', (event) => {
    report.refreshes += 1;
    report.log(`token obtained (reason: ${event.reason}), valid until ${new Date(event.expiresAt).toISOString()}`);
  });
  client.tokenManager.on('retry', (event) => {
    report.retries += 1;
    report.log(`retry #${event.attempt} in ${event.delayMs} ms after HTTP ${event.status ?? 'network error'}`);
  });

  // The API base URL may carry a path (the sandbox serves the API host under /genesys-cloud/api): API paths, which all
  // start with /api/v2, come after it, so the sandbox's URLs read /genesys-cloud/api/api/v2/... on purpose.
  const basePath = new URL(client.hosts.apiBaseUrl).pathname.replace(/\/$/, '');
  report.log(
    `API ${client.hosts.apiBaseUrl} (GET /api/v2/users goes to ${client.hosts.apiBaseUrl.replace(/\/$/, '')}/api/v2/users` +
      `${basePath === '' ? '' : `: the sandbox serves the API host under ${basePath}, hence ${basePath}/api/v2/... in its URLs`}), token endpoint ${client.hosts.tokenEndpoint}`,
  );
  report.log(`refresh capability: ${client.tokenManager.hasRefreshCapability() ? 'yes (client credentials are re-run)' : 'NO'}`);

  const active: string[] = [];
  for await (const user of paginateGenesys(users, '/api/v2/users', {
    params: { query: { state: 'active', expand: ['presence'], pageSize: 25 } },
    maxPages: 4,
  })) {
    active.push(`${user.name ?? user.id} (${user.presence?.presenceDefinition?.systemPresence ?? 'unknown'})`);
  }
  report.log(`active users: ${active.length}: ${active.slice(0, 3).join(', ')}${active.length > 3 ? ', ...' : ''}`);

  const now = Date.now();
  const interval = `${new Date(now - 86_400_000).toISOString()}/${new Date(now).toISOString()}`;
  const interactions = await analyticsApi(client).POST('/api/v2/analytics/conversations/details/query', {
    body: { interval, order: 'desc', orderBy: 'conversationStart', paging: { pageSize: 25, pageNumber: 1 } },
  });
  if (!interactions.data) report.failures.push(`interactions query failed with ${interactions.response.status}`);
  else {
    const latest = interactions.data.conversations?.[0];
    report.log(`interactions in the last 24 h: ${interactions.data.totalHits ?? 0} (first page ${interactions.data.conversations?.length ?? 0})`);
    if (latest?.conversationId) {
      const conversation = await conversationsApi(client).GET('/api/v2/conversations/{conversationId}', {
        params: { path: { conversationId: latest.conversationId } },
      });
      const agent = conversation.data?.participants.find((p) => p.purpose === 'agent');
      report.log(`latest interaction ${latest.conversationId}: ${conversation.data?.participants.length ?? 0} participants, agent ${agent?.name ?? 'none'}`);
    }
  }

  await client.tokenManager.expire();
  report.log('token forced to expire (client side)');
  const me = await users.GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
  if (!me.data) report.failures.push(`users after expiry failed with ${me.response.status}`);
  else report.log(`users after expiry: HTTP ${me.response.status}, ${me.data.total ?? '?'} users in all (active by default, as above)`);

  if (scenarios) {
    scenarios.expireTokens();
    report.log('token expired at the platform (the next call gets a 401)');
    const replayed = await users.GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
    if (!replayed.data) report.failures.push(`users after a 401 failed with ${replayed.response.status}`);
    else report.log(`users after the 401: HTTP ${replayed.response.status} (refreshed and replayed once)`);

    scenarios.forbidden('/api/v2/routing/queues');
    try {
      await routing.GET('/api/v2/routing/queues');
      report.failures.push('expected a 403 from /api/v2/routing/queues');
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      report.forbidden += 1;
      report.log(`403 as expected: ${error.message} [correlation id ${error.correlationId}]`);
    }

    scenarios.rateLimited(2, 1);
    const burst = await users.GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
    if (!burst.data) report.failures.push(`429 burst not absorbed: HTTP ${burst.response.status}`);
    else report.log(`429 burst absorbed: HTTP ${burst.response.status} after retries`);
  }
  return report;
}

if (isEntryPoint(import.meta.url)) await runFromCommandLine(() => runGenesysExample(genesysConfigFromEnv()));
