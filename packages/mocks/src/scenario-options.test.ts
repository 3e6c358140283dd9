import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type Sandbox } from './sandbox.js';
import { scenarioOptionNames, unknownScenarioOptions } from './scenario-options.js';

describe('scenario options over the control API', () => {
  let sandbox: Sandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(async () => {
    await sandbox.stop();
  });
  const post = (path: string, body: string) => fetch(`${sandbox.url}/__sandbox/${path}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });

  it('a typo in an option is a 400 naming it and the options there are; nothing is injected', async () => {
    const answer = await post('genesys-cloud/scenarios/rateLimited', '{"retryAfter":2,"times":1}');
    expect(answer.status).toBe(400);
    const body = (await answer.json()) as { error: string; unknown: string[]; message: string; options: string[] };
    expect(body.error).toBe('unknown_options');
    expect(body.unknown).toEqual(['retryAfter']);
    expect(body.message).toContain('rateLimited has no option "retryAfter" (did you mean "retryAfterSeconds"?)');
    expect(body.options).toEqual(expect.arrayContaining(['retryAfterSeconds', 'times', 'path']));
    expect(sandbox.genesysCloud.stats.faultsInjected).toEqual({});
    const token = await fetch(`${sandbox.env.GENESYS_LOGIN_BASE_URL}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: `Basic ${btoa(`${sandbox.env.GENESYS_CLIENT_ID}:${sandbox.env.GENESYS_CLIENT_SECRET}`)}` },
      body: 'grant_type=client_credentials',
    });
    const { access_token } = (await token.json()) as { access_token: string };
    const users = await fetch(`${sandbox.env.GENESYS_API_BASE_URL}/api/v2/users`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(users.status).toBe(200);
  });

  it('the documented options are accepted (204), on both platforms', async () => {
    expect((await post('genesys-cloud/scenarios/rateLimited', '{"times":3,"retryAfterSeconds":2}')).status).toBe(204);
    expect((await post('nice-cxone/scenarios/forbidden', '{"path":"/agents","permissions":["Admin"]}')).status).toBe(204);
    expect((await post('nice-cxone/scenarios/latency', '{"ms":1,"time":2}')).status).toBe(400);
  });

  it('names every unknown key, with a suggestion where one is close', () => {
    expect(unknownScenarioOptions('serverErrors', { status: 500, retryAfterSecond: 1, colour: 'red' })).toEqual({
      unknown: ['retryAfterSecond', 'colour'],
      message:
        'serverErrors has no option "retryAfterSecond" (did you mean "retryAfterSeconds"?), "colour"; its options are path, method, times, status, retryAfterSeconds. Nothing was injected.',
    });
    expect(unknownScenarioOptions('tokenEndpointErrors', { status: 503, times: 2 })).toBeUndefined();
    expect(Object.keys(scenarioOptionNames).sort()).toEqual(['forbidden', 'latency', 'networkErrors', 'rateLimited', 'serverErrors', 'tokenEndpointErrors', 'unauthorized']);
  });
});
