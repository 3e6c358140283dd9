// The strictest consumer a newcomer may have: @tsconfig/strictest (exactOptionalPropertyTypes,
// noUncheckedIndexedAccess, noPropertyAccessFromIndexSignature, ...) with skipLibCheck false, installed with npm's
// linked strategy (nothing hoisted: only what package.json names is importable), on TypeScript 5.9 and 7.0. It
// installs what the READMEs' install lines say (the two clients, the mocks and msw) and imports everything from
// them: errors and event types from the platform package, the sandbox from the mocks, the escape hatch's paths
// from the documented `npx openapi-typescript@7` command. Prints one JSON line: { ok, checks }.
import { startSandbox } from '{{SCOPE}}/mocks/sandbox';
import { CcaasError, createGenesysCloudClient, ForbiddenError, type AttemptEvent, type GenesysCloudClientOptions } from '{{SCOPE}}/genesys-cloud';
import { usersApi } from '{{SCOPE}}/genesys-cloud/users';
import { ConfigurationError, createCxoneClient } from '{{SCOPE}}/nice-cxone';
import type { paths as BetaPaths } from './genesys-beta.js';

const checks: string[] = [];
const attempts: AttemptEvent[] = [];
// The mocks README's sandbox example: `sandbox.env.X` is a string under noUncheckedIndexedAccess.
const sandbox = await startSandbox({ port: 0, genesysCloud: { tokenLifetimeSeconds: 60 } });
try {
  const options: GenesysCloudClientOptions = {
    clientId: sandbox.env.GENESYS_CLIENT_ID,
    clientSecret: sandbox.env.GENESYS_CLIENT_SECRET,
    apiBaseUrl: sandbox.env.GENESYS_API_BASE_URL,
    loginBaseUrl: sandbox.env.GENESYS_LOGIN_BASE_URL,
    rateLimit: false,
    onAttempt: (attempt) => {
      attempts.push(attempt);
    },
  };
  const genesys = createGenesysCloudClient(options);
  const users = await usersApi(genesys).GET('/api/v2/users', { params: { query: { pageSize: 5 } } });
  const first = users.data?.entities?.[0];
  if (first === undefined) throw new Error(`GET /api/v2/users: HTTP ${users.response.status}`);
  checks.push(`genesys-cloud GET /api/v2/users over HTTP to the sandbox: first ${first.name ?? first.id ?? '?'}, ${attempts.length} attempts seen`);

  sandbox.use(sandbox.genesysCloud.scenarios.forbidden({ path: '/api/v2/users' }));
  const forbidden = await usersApi(genesys)
    .GET('/api/v2/users')
    .then(() => undefined, (error: unknown) => error);
  if (!(forbidden instanceof ForbiddenError) || !(forbidden instanceof CcaasError)) throw new Error(`a 403 threw ${String(forbidden)}`);
  checks.push(`403 -> ForbiddenError imported from the platform package (missing ${forbidden.missingPermissions.join(', ')})`);

  const beta = genesys.withPaths<BetaPaths>();
  const me = await beta.GET('/api/v2/tokens/me');
  const clientId: string | undefined = me.data?.OAuthClient?.id;
  if (clientId !== sandbox.env.GENESYS_CLIENT_ID) throw new Error(`withPaths GET /api/v2/tokens/me: HTTP ${me.response.status}, client ${clientId}`);
  checks.push('withPaths<BetaPaths>() with the paths of the documented `npx --yes openapi-typescript@7` command');

  const cxone = createCxoneClient({
    accessKeyId: sandbox.env.CXONE_ACCESS_KEY_ID,
    accessKeySecret: sandbox.env.CXONE_ACCESS_KEY_SECRET,
    clientId: sandbox.env.CXONE_CLIENT_ID,
    clientSecret: sandbox.env.CXONE_CLIENT_SECRET,
    issuer: sandbox.env.CXONE_ISSUER,
  });
  checks.push(`nice-cxone token and tenant discovery: ${(await cxone.tokenManager.getToken()).length > 0 ? 'token' : 'no token'}, ${await cxone.apiBaseUrl()}`);
  const refused = (() => {
    try {
      // CXone has no region (discovery finds the host): a plain-JavaScript caller's `region` is refused.
      createCxoneClient({ accessKeyId: 'k', accessKeySecret: 's', clientId: 'c', ...({ region: 'na1' } as object) });
      return undefined;
    } catch (error) {
      return error;
    }
  })();
  if (!(refused instanceof ConfigurationError)) throw new Error(`createCxoneClient({ region }) threw ${String(refused)}`);
  checks.push(`an unknown option is a ConfigurationError imported from the platform package: ${refused.message}`);

  // Nothing hoisted: the clients' own dependency is not importable by name from this project.
  const notInstalled = '{{SCOPE}}/auth-core';
  const hoisted = await import(notInstalled).then(
    () => true,
    (error: unknown) => (error as { code?: unknown }).code !== 'ERR_MODULE_NOT_FOUND',
  );
  if (hoisted) throw new Error(`${notInstalled} is importable from the consumer: the install was hoisted`);
  checks.push(`${notInstalled} is not importable (linked install, nothing hoisted)`);
} finally {
  await sandbox.stop();
}
console.log(JSON.stringify({ ok: true, checks }));
