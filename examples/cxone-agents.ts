// The seed's NICE CXone job, end to end: initialise from env vars, verify refresh capability, fetch agents and
// active contacts (tenant discovery on first use), list recent interactions with their participants (reporting +
// digital, cxone-interactions.ts), force token expiry, fetch again (refresh), hit a 403, ride out a 429 burst.
// One client; each API family's typed paths come from its entry (`@ccaas/nice-cxone/admin`, `/realtime`, ...).
// Real platform: CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET, CXONE_CLIENT_ID, CXONE_CLIENT_SECRET, optional
// CXONE_TENANT_ID, CXONE_ISSUER, CXONE_API_ENDPOINT (skips discovery), CXONE_DIGITAL_ENDPOINT (the digital host when
// discovery cannot name it): npx tsx examples/cxone-agents.ts (`npm run demo` runs it against the sandbox, whose
// CXONE_ISSUER also answers tenant discovery).
import { createCxoneClient, ForbiddenError, paginateCxone } from '@ccaas/nice-cxone';
import { adminApi } from '@ccaas/nice-cxone/admin';
import { realtimeApi } from '@ccaas/nice-cxone/realtime';
import { listRecentInteractions } from './cxone-interactions.js';
import { createDemoReport, isEntryPoint, runFromCommandLine, type DemoReport, type DemoScenarios } from './demo-report.js';

export interface CxoneExampleConfig {
  accessKeyId: string;
  accessKeySecret: string;
  clientId: string;
  clientSecret?: string;
  issuer?: string;
  tenantId?: string;
  apiEndpoint?: string;
  digitalEndpoint?: string;
}

export function cxoneConfigFromEnv(env: NodeJS.ProcessEnv = process.env): CxoneExampleConfig {
  const { CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET, CXONE_CLIENT_ID } = env;
  if (!CXONE_ACCESS_KEY_ID || !CXONE_ACCESS_KEY_SECRET || !CXONE_CLIENT_ID) {
    throw new Error('set CXONE_ACCESS_KEY_ID, CXONE_ACCESS_KEY_SECRET and CXONE_CLIENT_ID (or run `npm run demo`)');
  }
  return {
    accessKeyId: CXONE_ACCESS_KEY_ID,
    accessKeySecret: CXONE_ACCESS_KEY_SECRET,
    clientId: CXONE_CLIENT_ID,
    clientSecret: env.CXONE_CLIENT_SECRET,
    issuer: env.CXONE_ISSUER,
    tenantId: env.CXONE_TENANT_ID,
    apiEndpoint: env.CXONE_API_ENDPOINT,
    digitalEndpoint: env.CXONE_DIGITAL_ENDPOINT,
  };
}

export async function runCxoneExample(
  config: CxoneExampleConfig,
  scenarios?: DemoScenarios,
  report: DemoReport = createDemoReport('[cxone]'),
): Promise<DemoReport> {
  const client = createCxoneClient({ ...config, retry: { maxRetries: 3, maxDelayMs: 2_000 } });
  const admin = adminApi(client);
  const realtime = realtimeApi(client);
  client.tokenManager.on('tokenRefreshed', (event) => {
    report.refreshes += 1;
    report.log(`token obtained (reason: ${event.reason}), refresh token issued: ${event.hasRefreshToken ? 'yes' : 'no'}`);
  });
  client.tokenManager.on('retry', (event) => {
    report.retries += 1;
    report.log(`retry #${event.attempt} in ${event.delayMs} ms after HTTP ${event.status ?? 'network error'}`);
  });

  const agents: string[] = [];
  for await (const agent of paginateCxone(admin, '/inContactAPI/services/v34.0/agents', { params: { query: { isActive: true } }, pageSize: 50, maxPages: 4 })) {
    agents.push(`${agent.firstName ?? ''} ${agent.lastName ?? ''}`.trim() || String(agent.agentId));
  }
  report.log(`API ${await client.apiBaseUrl()} (discovered for the tenant)`);
  report.log(
    (await client.issuedRefreshToken())
      ? 'refresh capability: yes (rotating refresh token issued)'
      : 'refresh capability: WARNING no refresh token issued; the access-key grant will be re-run on expiry',
  );
  report.log(`active agents: ${agents.length}: ${agents.slice(0, 3).join(', ')}${agents.length > 3 ? ', ...' : ''}`);

  const contacts = await realtime.GET('/inContactAPI/services/v34.0/contacts/active', { params: { query: { top: 25 } } });
  report.log(`active contacts: ${contacts.data?.activeContacts?.length ?? 0} (HTTP ${contacts.response.status})`);

  const interactions = await listRecentInteractions(client, { since: new Date(Date.now() - 7 * 86_400_000), limit: 10 });
  const sample = interactions[0];
  report.log(
    `recent interactions (completed ACD contacts + digital contacts): ${interactions.length}` +
      (sample ? `; latest ${sample.id} with ${sample.participants.map((p) => `${p.role} ${p.name}`).join(', ') || 'no participants'}` : ''),
  );

  await client.tokenManager.expire();
  report.log('token forced to expire (client side)');
  // The same filter as the listing above, so the two counts can be compared: both are the active agents.
  const again = await admin.GET('/inContactAPI/services/v34.0/agents', { params: { query: { isActive: true, top: '1' } } });
  if (!again.data) report.failures.push(`agents after expiry failed with ${again.response.status}`);
  else report.log(`active agents after expiry: HTTP ${again.response.status}, totalRecords ${again.data.totalRecords ?? '?'} (the count above, now with a new token)`);
  if (scenarios && again.data && again.data.totalRecords !== agents.length) report.failures.push(`active agents: ${agents.length} listed, totalRecords ${again.data.totalRecords} after expiry`);

  if (scenarios) {
    scenarios.expireTokens();
    report.log('token expired at the platform (the next call gets a 401)');
    const replayed = await realtime.GET('/inContactAPI/services/v34.0/agents/states', { params: { query: { top: 5 } } });
    if (!replayed.data) report.failures.push(`agent states after a 401 failed with ${replayed.response.status}`);
    else report.log(`agent states after the 401: HTTP ${replayed.response.status}, ${replayed.data.agentStates?.length ?? 0} states (refreshed and replayed once)`);

    scenarios.forbidden('/inContactAPI/services/v34.0/teams');
    try {
      await admin.GET('/inContactAPI/services/v34.0/teams');
      report.failures.push('expected a 403 from /teams');
    } catch (error) {
      if (!(error instanceof ForbiddenError)) throw error;
      report.forbidden += 1;
      report.log(`403 as expected: ${error.message}`);
    }

    scenarios.rateLimited(2, 1);
    const burst = await admin.GET('/inContactAPI/services/v34.0/agents', { params: { query: { top: '1' } } });
    if (!burst.data) report.failures.push(`429 burst not absorbed: HTTP ${burst.response.status}`);
    else report.log(`429 burst absorbed: HTTP ${burst.response.status} after retries`);
  }
  return report;
}

if (isEntryPoint(import.meta.url)) await runFromCommandLine(() => runCxoneExample(cxoneConfigFromEnv()));
