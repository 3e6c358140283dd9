import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';

const genesys = createGenesysCloudMock();
const server = setupServer(...genesys.handlers);
let token = '';
const api = (path: string, init: RequestInit = {}) =>
  fetch(`${genesys.apiBaseUrl}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(init.headers as Record<string, string>) },
  });

beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  const response = await fetch(genesys.tokenEndpoint, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${genesysCloudSandboxCredentials.clientId}:${genesysCloudSandboxCredentials.clientSecret}`)}`,
      'Content-Type': 'application/x-www-form-urlencoded',
    },
    body: 'grant_type=client_credentials',
  });
  token = ((await response.json()) as { access_token: string }).access_token;
});
afterEach(() => {
  server.resetHandlers();
  genesys.resetOverrides();
});
afterAll(() => server.close());

describe('smoke', () => {
  it('lists wrapupcodes', async () => {
    const response = await api('/api/v2/routing/wrapupcodes?pageSize=2');
    const body = await response.json();
    console.log(response.status, JSON.stringify(body, null, 1).slice(0, 1500));
    expect(response.status).toBe(200);
  });
});
