// A plain JavaScript CommonJS consumer: require() of every published entry point, a client talking to the published
// sandbox over real HTTP on 127.0.0.1, and the same error classes seen from require() and import() (one package
// installed, two module formats: `instanceof` must hold across them). Prints one JSON line: { ok, checks }.
'use strict';
const assert = require('node:assert/strict');
const authCore = require('{{SCOPE}}/auth-core');
const genesysCloud = require('{{SCOPE}}/genesys-cloud');
const niceCxone = require('{{SCOPE}}/nice-cxone');
const mocks = require('{{SCOPE}}/mocks');
const { startSandbox } = require('{{SCOPE}}/mocks/sandbox');
const { createRedisTokenStore } = require('{{SCOPE}}/token-store-redis');

async function main() {
  const checks = [];
  for (const [name, value] of Object.entries({
    'auth-core createTokenManager': authCore.createTokenManager,
    'genesys-cloud createGenesysCloudClient': genesysCloud.createGenesysCloudClient,
    'nice-cxone createCxoneClient': niceCxone.createCxoneClient,
    'mocks createGenesysCloudMock': mocks.createGenesysCloudMock,
    'mocks/sandbox startSandbox': startSandbox,
    'token-store-redis createRedisTokenStore': createRedisTokenStore,
  })) {
    assert.equal(typeof value, 'function', `require: ${name}`);
  }
  assert.ok(require.resolve('{{SCOPE}}/genesys-cloud').includes('/dist/cjs/'), 'require resolves the CommonJS build');
  checks.push('require() of every entry point resolves dist/cjs');

  const sandbox = await startSandbox();
  try {
    const client = genesysCloud.createGenesysCloudClient({
      clientId: sandbox.env.GENESYS_CLIENT_ID,
      clientSecret: sandbox.env.GENESYS_CLIENT_SECRET,
      apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL,
      loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL,
    });
    const { data, response } = await client.GET('/api/v2/users', { params: { query: { pageSize: 2 } } });
    assert.equal(response.status, 200);
    assert.equal(data.entities.length, 2);
    checks.push(`require: GET /api/v2/users over HTTP from the sandbox -> ${data.entities.length} users`);
  } finally {
    await sandbox.stop();
  }

  const esm = await import('{{SCOPE}}/genesys-cloud');
  let thrown;
  try {
    genesysCloud.createGenesysCloudClient({ clientSecret: 'x' });
  } catch (error) {
    thrown = error;
  }
  assert.ok(thrown instanceof genesysCloud.ConfigurationError, 'CJS error is a CJS ConfigurationError');
  assert.ok(thrown instanceof esm.ConfigurationError, 'CJS error is also an ESM ConfigurationError (no dual-package hazard)');
  assert.ok(thrown instanceof authCore.CcaasError, 'CJS error is a CcaasError');
  checks.push(`instanceof holds across require() and import(): ${thrown.name} ${thrown.code}`);
  return checks;
}

main().then(
  (checks) => console.log(JSON.stringify({ ok: true, checks })),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
