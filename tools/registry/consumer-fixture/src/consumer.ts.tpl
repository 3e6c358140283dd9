// A consumer of the published clients: typed calls against both platforms, served by the published @ccaas/mocks
// through msw (nothing leaves the process: unhandled requests are errors), Genesys Cloud through an API area import
// and through the escape hatch, `withPaths` with the consumer's own openapi-typescript `paths`, an operation outside
// the mock's curated fixtures with a typed override, then a notification topic subscribed over a real WebSocket
// against the published sandbox. Prints one JSON line: { ok, checks }.
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { createCxoneMock, createGenesysCloudMock, cxoneSandboxCredentials, genesysCloudSandboxCredentials } from '{{SCOPE}}/mocks';
import { createGenesysCloudClient, paginateGenesys } from '{{SCOPE}}/genesys-cloud';
import { subscribeNotifications } from '{{SCOPE}}/genesys-cloud/notification-stream';
import { routingApi } from '{{SCOPE}}/genesys-cloud/routing';
import { usersApi, type components } from '{{SCOPE}}/genesys-cloud/users';
import { routing } from '{{SCOPE}}/mocks/genesys-cloud/routing';
import { startSandbox } from '{{SCOPE}}/mocks/sandbox';
import { createCxoneClient } from '{{SCOPE}}/nice-cxone';
import { adminApi } from '{{SCOPE}}/nice-cxone/admin';
import { agentApi } from '{{SCOPE}}/nice-cxone/agent';
import { digitalApi } from '{{SCOPE}}/nice-cxone/digital';
import { reportingApi } from '{{SCOPE}}/nice-cxone/reporting';
import { userHubApi } from '{{SCOPE}}/nice-cxone/user-hub';
import type { paths as MyGenesysPaths } from './my-genesys-api.js';

const genesysCloud = createGenesysCloudMock({ region: 'eu-west-1' });
const cxone = createCxoneMock();
// A second Genesys Cloud org (another region, other hosts) that answers the routing area from its schema; naming the
// area types `override` from @scope/genesys-cloud/routing.
const routingOrg = createGenesysCloudMock({ region: 'us-east-1', areas: [routing] });
// The consumer's own handler for the private operation of its own spec (the published mock has no handler for it).
const widgetAuthorizations: (string | null)[] = [];
const privateWidget = http.get(`${genesysCloud.apiBaseUrl}/api/v2/private/widgets/:widgetId`, ({ request, params }) => {
  widgetAuthorizations.push(request.headers.get('authorization'));
  return HttpResponse.json({ id: String(params.widgetId), name: 'private widget' });
});
const server = setupServer(privateWidget, ...genesysCloud.handlers, ...routingOrg.handlers, ...cxone.handlers);
server.listen({ onUnhandledRequest: 'error' });
const checks: string[] = [];
try {
  const genesys = usersApi(createGenesysCloudClient({ region: 'eu-west-1', ...genesysCloudSandboxCredentials }));
  const users = await genesys.GET('/api/v2/users', { params: { query: { pageSize: 5, expand: ['presence'] } } });
  if (users.data === undefined) throw new Error(`genesys-cloud users failed: HTTP ${users.response.status}`);
  const first: components['schemas']['User'] | undefined = users.data.entities?.[0];
  const name: string = first?.name ?? '';
  checks.push(`genesys-cloud GET /api/v2/users -> ${users.data.total} users, first ${name}`);

  genesysCloud.expireTokens();
  let paged = 0;
  for await (const user of paginateGenesys(genesys, '/api/v2/users', { params: { query: { pageSize: 25 } } })) {
    if (user.id) paged += 1;
  }
  if (paged !== users.data.total) throw new Error(`paginated ${paged} of ${users.data.total} users`);
  checks.push(`genesys-cloud token expired at the platform, refreshed, paged ${paged} users (${genesysCloud.stats.tokenRequests} token requests)`);

  // The escape hatch: the same client typed with the consumer's own paths (one token manager, one middleware).
  const mine = genesys.withPaths<MyGenesysPaths>();
  const token = await mine.GET('/api/v2/tokens/me');
  const clientId: string | undefined = token.data?.OAuthClient?.id;
  if (clientId !== genesysCloudSandboxCredentials.clientId) throw new Error(`withPaths GET /api/v2/tokens/me: HTTP ${token.response.status}, client ${clientId}`);
  const tokenRequests = genesysCloud.stats.tokenRequests;
  genesysCloud.expireTokens();
  const again = await mine.GET('/api/v2/tokens/me');
  if (again.data === undefined || genesysCloud.stats.tokenRequests !== tokenRequests + 1) {
    throw new Error(`withPaths after the platform expired the token: HTTP ${again.response.status}, ${genesysCloud.stats.tokenRequests - tokenRequests} new token requests`);
  }
  const widget = await mine.GET('/api/v2/private/widgets/{widgetId}', { params: { path: { widgetId: 'w-1' } } });
  const widgetName: string = widget.data?.name ?? '';
  const bearer = `Bearer ${await genesys.tokenManager.getToken()}`;
  if (widgetName !== 'private widget' || widgetAuthorizations.at(-1) !== bearer) {
    throw new Error(`withPaths private operation: HTTP ${widget.response.status}, authorization ${widgetAuthorizations.at(-1) === bearer ? 'current token' : 'missing or stale'}`);
  }
  checks.push(`genesys-cloud withPaths<MyGenesysPaths>: the platform saw ${clientId}'s bearer token, a platform-expired token was refreshed and the call replayed, a private operation got the current token`);

  // Wrap-up codes are no curated fixture of the mock: answered from the schema by default, then as the test says.
  const routingClient = routingApi(createGenesysCloudClient({ region: 'us-east-1', ...genesysCloudSandboxCredentials }));
  const generated = await routingClient.GET('/api/v2/routing/wrapupcodes', { params: { query: { pageSize: 5 } } });
  if (generated.data === undefined) throw new Error(`genesys-cloud GET /api/v2/routing/wrapupcodes (schema answer) failed: HTTP ${generated.response.status}`);
  const saleCode = 'wrapup-sale';
  routingOrg.override('GET /api/v2/routing/wrapupcodes', {
    status: 200,
    body: { entities: [{ id: saleCode, name: 'Sale', description: 'customer bought' }], pageSize: 25, pageNumber: 1, total: 1, pageCount: 1 },
    times: 1,
  });
  const overridden = await routingClient.GET('/api/v2/routing/wrapupcodes', { params: { query: { pageSize: 25 } } });
  const code = overridden.data?.entities?.[0];
  if (overridden.data?.total !== 1 || code?.id !== saleCode || code.name !== 'Sale' || code.description !== 'customer bought') {
    throw new Error(`genesys-cloud override of GET /api/v2/routing/wrapupcodes: HTTP ${overridden.response.status}, body ${JSON.stringify(overridden.data)}`);
  }
  const after = await routingClient.GET('/api/v2/routing/wrapupcodes', { params: { query: { pageSize: 5 } } });
  if (after.data === undefined || after.data.entities?.[0]?.id === saleCode) throw new Error(`genesys-cloud override with times: 1 answered twice (HTTP ${after.response.status})`);
  checks.push(`genesys-cloud routing area mock: GET /api/v2/routing/wrapupcodes answered from its schema (${generated.data.entities?.length ?? 0} codes), then once with the typed override (${code.name})`);

  // One client, five API families by entry point; the digital family on its own host (api-de-{area}.{domain}).
  const client = createCxoneClient({ ...cxoneSandboxCredentials });
  const expectedId = cxone.fixtures.agents[0]?.agentId ?? 0;
  const agent = await adminApi(client).GET('/inContactAPI/services/v34.0/agents/{agentId}', { params: { path: { agentId: String(expectedId) } } });
  if (agent.data === undefined) throw new Error(`nice-cxone agent failed: HTTP ${agent.response.status}`);
  const agentId: number = agent.data.agents?.[0]?.agentId ?? -1;
  if (agentId !== expectedId) throw new Error(`nice-cxone agent: expected id ${expectedId}, got ${agentId}`);
  checks.push(`nice-cxone admin GET /inContactAPI/services/v34.0/agents/{agentId} -> ${agentId} via ${await client.apiBaseUrl()}`);
  const completed = await reportingApi(client).GET('/inContactAPI/services/v34.0/contacts/completed', { params: { query: { top: 5 } } });
  const contacts = await digitalApi(client).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['closed'] } } });
  const hubUsers = await userHubApi(client).GET('/user-management/v1/users', {});
  const session = await agentApi(client).POST('/inContactAPI/services/v33.0/agent-sessions', { params: { query: { stationId: 'station-1' } } });
  const statuses = [completed, contacts, hubUsers, session].map((result) => result.response.status);
  if (statuses.some((status) => status >= 300) || !contacts.response.url.startsWith(await client.hostUrl('digital'))) {
    throw new Error(`nice-cxone families failed: HTTP ${statuses.join(', ')}, digital at ${contacts.response.url}`);
  }
  checks.push(`nice-cxone reporting, digital (${await client.hostUrl('digital')}), user-hub and agent entries: HTTP ${statuses.join(', ')}, one token`);
} finally {
  server.close();
}

// A notification topic over a real WebSocket against the published sandbox (Node 20 has no global WebSocket: the
// e2e runs this file with --experimental-websocket there). The event is published through the sandbox control API.
const sandbox = await startSandbox();
const subscription = new AbortController();
const giveUp = setTimeout(() => subscription.abort(), 60_000);
try {
  const genesys = createGenesysCloudClient({
    clientId: sandbox.env.GENESYS_CLIENT_ID,
    clientSecret: sandbox.env.GENESYS_CLIENT_SECRET,
    apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL,
    loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL,
  });
  const userId = sandbox.genesysCloud.fixtures.users[0]?.id ?? 'no-user';
  const topic = `v2.users.${userId}.presence` as const;
  const stream = subscribeNotifications(genesys, [topic], { signal: subscription.signal });
  await stream.ready;
  // An iterator yields the events from its creation on: create it before the event is published.
  const events = stream[Symbol.asyncIterator]();
  const published = await fetch(`${sandbox.url}/__sandbox/genesys-cloud/notifications/publish`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ topic, eventBody: { source: 'registry-e2e', presenceDefinition: { id: 'busy', systemPresence: 'Busy' } } }),
  });
  if (published.status !== 200) throw new Error(`sandbox publish: HTTP ${published.status}`);
  let systemPresence: string | undefined;
  let receivedTopic = '';
  for (let next = await events.next(); !next.done; next = await events.next()) {
    if (next.value.type !== 'notification') continue;
    receivedTopic = next.value.topic;
    systemPresence = next.value.eventBody.presenceDefinition?.systemPresence;
    break;
  }
  await events.return?.();
  if (receivedTopic !== topic || systemPresence !== 'Busy') throw new Error(`notification stream: got ${receivedTopic || 'nothing'} (${systemPresence}) within 60 s`);
  checks.push(`genesys-cloud notification-stream: subscribed to ${topic} on the sandbox, received the published event (${systemPresence})`);
} finally {
  clearTimeout(giveUp);
  subscription.abort();
  await sandbox.stop();
}
console.log(JSON.stringify({ ok: true, checks }));
