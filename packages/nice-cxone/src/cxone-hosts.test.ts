import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createCxoneClient } from './create-cxone-client.js';
import { digitalHostFor, digitalHostFromApiEndpoint, hostsFromDiscovery } from './cxone-hosts.js';
import { DiscoveryError } from './discovery-error.js';
import { adminApi } from './generated/admin.js';
import { agentApi } from './generated/agent.js';
import { digitalApi } from './generated/digital.js';
import { userHubApi } from './generated/user-hub.js';

const issuer = 'https://cxone.niceincontact.com';
const apiHost = 'https://api-au1.niceincontact.com';
const digitalHost = 'https://api-de-au1.niceincontact.com';
const idToken = `e30.${btoa(JSON.stringify({ tenantId: 'tenant-9' })).replace(/=+$/, '')}.`;
const seen: string[] = [];
const counters = { token: 0, discovery: 0 };
let discoveryBody: Record<string, unknown> = { api_endpoint: apiHost, area: 'au1', domain: 'niceincontact.com' };

const server = setupServer(
  http.post(`${issuer}/auth/token`, () => {
    counters.token += 1;
    return HttpResponse.json({ access_token: `at-${counters.token}`, token_type: 'Bearer', expires_in: 3600, id_token: idToken });
  }),
  http.get(`${issuer}/.well-known/cxone-configuration`, () => {
    counters.discovery += 1;
    return HttpResponse.json(discoveryBody);
  }),
  http.get(`${apiHost}/inContactAPI/services/v34.0/agents`, ({ request }) => {
    seen.push(`api ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
    return HttpResponse.json({ agents: [{ agentId: 1 }] });
  }),
  http.get(`${apiHost}/user-management/v1/users`, ({ request }) => {
    seen.push(`api ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
    return HttpResponse.json({ users: [] });
  }),
  http.post(`${apiHost}/inContactAPI/services/v33.0/agent-sessions`, ({ request }) => {
    seen.push(`api ${new URL(request.url).pathname}?${new URL(request.url).searchParams}`);
    return HttpResponse.json({ sessionId: 's-1' }, { status: 202 });
  }),
  http.get(`${digitalHost}/dfo/3.0/contacts`, ({ request }) => {
    seen.push(`digital ${new URL(request.url).pathname} ${request.headers.get('authorization')}`);
    return HttpResponse.json({ hits: 1, data: [{ id: 'c-1', status: 'closed' }] });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  seen.length = 0;
  counters.token = 0;
  counters.discovery = 0;
  discoveryBody = { api_endpoint: apiHost, area: 'au1', domain: 'niceincontact.com' };
});
afterAll(() => server.close());

const create = (extra: object = {}) => createCxoneClient({ accessKeyId: 'k', accessKeySecret: 's', clientId: 'app', ...extra });

describe('CXone hosts per family', () => {
  it('sends the API-facade families to api_endpoint and the digital family to api-de-{area}.{domain}, with one token and one discovery', async () => {
    const cxone = create();
    const agents = await adminApi(cxone).GET('/inContactAPI/services/v34.0/agents', {});
    const contacts = await digitalApi(cxone).GET('/dfo/3.0/contacts', { params: { query: { 'status[]': ['closed'] } } });
    const users = await userHubApi(cxone).GET('/user-management/v1/users', {});
    expect(agents.data?.agents?.[0]?.agentId).toBe(1);
    expect(contacts.data?.data?.[0]?.id).toBe('c-1');
    expect(users.data?.users).toEqual([]);
    expect(seen).toEqual([
      'api /inContactAPI/services/v34.0/agents Bearer at-1',
      'digital /dfo/3.0/contacts Bearer at-1',
      'api /user-management/v1/users Bearer at-1',
    ]);
    expect(counters).toEqual({ token: 1, discovery: 1 });
    expect(await cxone.hostUrl('digital')).toBe(digitalHost);
    expect(await cxone.apiBaseUrl()).toBe(apiHost);
  });

  it('calls an agent operation on the version NICE names for it (v33.0 for starting a session)', async () => {
    const { data, response } = await agentApi(create()).POST('/inContactAPI/services/v33.0/agent-sessions', {
      params: { query: { stationId: 'st-1' } },
    });
    expect(response.status).toBe(202);
    expect(data?.sessionId).toBe('s-1');
    expect(seen).toEqual(['api /inContactAPI/services/v33.0/agent-sessions?stationId=st-1']);
  });

  it('with apiEndpoint given, derives the digital host from it and discovers nothing', async () => {
    const cxone = create({ apiEndpoint: apiHost });
    await digitalApi(cxone).GET('/dfo/3.0/contacts', {});
    expect(seen).toEqual(['digital /dfo/3.0/contacts Bearer at-1']);
    expect(counters.discovery).toBe(0);
  });

  it('digitalEndpoint overrides the discovered digital host', async () => {
    server.use(
      http.get('https://dfo.proxy.example/dfo/3.0/contacts', () => {
        seen.push('proxy');
        return HttpResponse.json({ hits: 0, data: [] });
      }),
    );
    await digitalApi(create({ digitalEndpoint: 'https://dfo.proxy.example' })).GET('/dfo/3.0/contacts', {});
    expect(seen).toEqual(['proxy']);
  });

  it('fails a digital call with a DiscoveryError that names digitalEndpoint when discovery cannot tell the host (FedRAMP na2)', async () => {
    discoveryBody = { api_endpoint: 'https://api-na2.niceincontact.com', area: 'na2', domain: 'niceincontact.com' };
    const error = await digitalApi(create()).GET('/dfo/3.0/contacts', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscoveryError);
    expect(error).toMatchObject({ code: 'discovery_no_digital_host' });
    expect((error as Error).message).toContain('digitalEndpoint');
  });
});

describe('host rules', () => {
  it('builds the digital host as NICE agent SDK does, and from an api_endpoint when discovery names no area', () => {
    expect(digitalHostFor('na1', 'niceincontact.com')).toBe('https://api-de-na1.niceincontact.com');
    expect(digitalHostFor('na2', 'niceincontact.com')).toBeUndefined();
    expect(digitalHostFromApiEndpoint('https://api-eu1.niceincontact.com/')).toBe('https://api-de-eu1.niceincontact.com');
    expect(digitalHostFromApiEndpoint('https://my-proxy.example')).toBeUndefined();
    expect(hostsFromDiscovery({ api_endpoint: 'https://api-c32.nice-incontact.com' })).toEqual({
      api: 'https://api-c32.nice-incontact.com',
      digital: 'https://api-de-c32.nice-incontact.com',
    });
  });
});
