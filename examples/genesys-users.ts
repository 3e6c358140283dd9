// The seed's Genesys Cloud job, end to end: initialise from env vars, verify refresh capability, fetch active users
// with presence, force token expiry, fetch again (refresh), hit a 403, ride out a 429 burst.
// Real platform: GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_REGION. Sandbox: GENESYS_API_BASE_URL, GENESYS_LOGIN_BASE_URL.
import { createGenesysCloudClient, ForbiddenError, paginateGenesys } from '@ccaas/genesys-cloud';
import { createDemoReport, type DemoReport, type DemoScenarios } from './demo-report.js';

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
  client.tokenManager.on('tokenRefreshed', (event) => {
    report.refreshes += 1;
    report.log(`token obtained (reason: ${event.reason}), valid until ${new Date(event.expiresAt).toISOString()}`);
  });
  client.tokenManager.on('retry', (event) => {
    report.retries += 1;
    report.log(`retry #${event.attempt} in ${event.delayMs} ms after HTTP ${event.status ?? 'network error'}`);
  });

  report.log(`API ${client.hosts.apiBaseUrl}, token endpoint ${client.hosts.tokenEndpoint}`);
  report.log(`refresh capability: ${client.tokenManager.hasRefreshCapability() ? 'yes (client credentials are re-run)' : 'NO'}`);

  const active: string[] = [];
  for await (const user of paginateGenesys(client, '/api/v2/users', {
    params: { query: { state: 'active', expand: ['presence'], pageSize: 25 } },
    maxPages: 4,
  })) {
    active.push(`${user.name ?? user.id} (${user.presence?.presenceDefinition?.systemPresence ?? 'unknown'})`);
  }
  report.log(`active users: ${active.length}: ${active.slice(0, 3).join(', ')}${active.length > 3 ? ', ...' : ''}`);

  await client.tokenManager.expire();
  report.log('token forced to expire');
  const me = await client.GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
  if (!me.data) report.failures.push(`users after expiry failed with ${me.response.status}`);
  else report.log(`users after expiry: HTTP ${me.response.status}, total ${me.data.total ?? '?'}`);

  if (scenarios) {
    scenarios.forbidden('/api/v2/routing/queues');
    try {
      await client.GET('/api/v2/routing/queues');
      report.failures.push('expected a 403 from /api/v2/routing/queues');
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      report.forbidden += 1;
      report.log(`403 as expected: ${error.message} [missing: ${error.missingPermissions.join(', ')}; correlation ${error.correlationId}]`);
    }

    scenarios.rateLimited(2, 1);
    const burst = await client.GET('/api/v2/users', { params: { query: { pageSize: 1 } } });
    if (!burst.data) report.failures.push(`429 burst not absorbed: HTTP ${burst.response.status}`);
    else report.log(`429 burst absorbed: HTTP ${burst.response.status} after retries`);
  }
  return report;
}
