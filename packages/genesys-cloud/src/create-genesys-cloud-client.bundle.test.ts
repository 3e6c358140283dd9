// What a one-call client-credentials consumer bundles: esbuild, as the bundle-size bench runs it, over the
// sources (the bench measures the bytes from dist/; this test guards which code is in them). Asserts module and
// function names, never byte counts.
import { fileURLToPath } from 'node:url';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { sourceAliases } from '../../../vitest.shared.js';

/** @ccaas/* resolved to the workspace sources, as the package tests import them. */
const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^@ccaas\// }, ({ path }) => {
      for (const { find, replacement } of sourceAliases) if (find.test(path)) return { path: path.replace(find, replacement) };
      return undefined;
    });
  },
};

const consumer = `
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { usersApi } from '@ccaas/genesys-cloud/users';
const client = createGenesysCloudClient({ region: 'us-east-1', clientId: process.env.ID ?? '', clientSecret: process.env.SECRET ?? '' });
const { data } = await usersApi(client).GET('/api/v2/users', { params: { query: { pageSize: 25 } } });
console.log(data?.entities?.[0]?.name);
`;

/** The consumer bundled by esbuild over the workspace sources, unminified (function names kept). */
function bundleConsumer(options: Pick<BuildOptions, 'splitting' | 'outdir'> = {}) {
  return build({
    stdin: { contents: consumer, loader: 'ts', resolveDir: fileURLToPath(new URL('.', import.meta.url)) },
    absWorkingDir: fileURLToPath(new URL('../../..', import.meta.url)),
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [workspaceSources],
    ...options,
  });
}

let modules: string[];
let code: string;
beforeAll(async () => {
  const result = await bundleConsumer();
  const inputs = Object.values(result.metafile.outputs)[0]!.inputs;
  modules = Object.entries(inputs)
    .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
    .map(([path]) => /^packages\/([^/]+\/src\/.+)$/.exec(path)?.[1] ?? path);
  code = result.outputFiles[0]!.text;
});

/** The function declarations of the (unminified) bundle: esbuild keeps their names, adding a digit on a clash. */
const declares = (name: string) => new RegExp(`\\bfunction\\*? ${name}\\d*\\(`).test(code);

describe('a one-call client-credentials consumer bundles only what it runs', () => {
  it('bundles the client-credentials path (the names this test looks for are there when used)', () => {
    expect(modules).toEqual(expect.arrayContaining(['auth-core/src/grants.ts', 'auth-core/src/token-manager.ts', 'genesys-cloud/src/regions.ts']));
    for (const name of ['basicClientCredentialsGrant', 'createTokenManager', 'createGenesysCloudClient', 'authMiddleware']) expect(declares(name), name).toBe(true);
  });

  it('leaves out the user-login grants, options it does not offer, PKCE helpers, the shared-store lease, the in-memory store and opt-in describers', () => {
    for (const module of ['auth-core/src/refresh-lease.ts', 'auth-core/src/authorization-request.ts', 'auth-core/src/observability.ts', 'genesys-cloud/src/paginate-genesys.ts']) {
      expect(modules).not.toContain(module);
    }
    const absent = [
      // user-login grants and their single-use wiring (auth-core) and validation (the Genesys factory's grant helpers)
      'authorizationCodeGrant',
      'refreshTokenGrant',
      'passwordGrant',
      'singleUse',
      'authorizationCode',
      'refreshToken',
      // PKCE and authorization URLs
      'buildAuthorizationUrl',
      'createPkcePair',
      // options the Genesys factory does not offer: scope, client authentication methods, revocation (RFC 7009)
      'clientCredentialsGrant',
      'normalizeScope',
      'clientAuthenticatorOf',
      'revokeToken',
      // the cross-process lease (reached only through a store's refreshLease) and the in-memory store
      'acquireRefreshLease',
      'holdLease',
      'createMemoryTokenStore',
      // error-body describer and spans a client passes in only when it wants them
      'describeErrorBody',
      'openTelemetrySpans',
    ];
    expect(absent.filter(declares)).toEqual([]);
  });
});

describe('what a one-call consumer loads at startup, with code splitting', () => {
  it('leaves the 403 explanation and the area permission table to chunks loaded by dynamic import', async () => {
    // outdir names the chunks only: nothing is written
    const result = await bundleConsumer({ splitting: true, outdir: 'split-bundle' });
    const { outputs } = result.metafile;
    // The entry chunk and every chunk it imports statically: what runs before the first 403.
    const startup = new Set([Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!]);
    for (const path of startup) for (const imported of outputs[path]!.imports) if (imported.kind === 'import-statement') startup.add(imported.path);
    const modulesOf = (paths: Iterable<string>) => [...paths].flatMap((path) => Object.entries(outputs[path]!.inputs).filter(([, input]) => input.bytesInOutput > 0).map(([input]) => input));
    const atStartup = modulesOf(startup);
    const lazy = modulesOf(Object.keys(outputs).filter((path) => !startup.has(path)));
    expect(atStartup).toEqual(expect.arrayContaining(['packages/genesys-cloud/src/permission-tables.ts']));
    expect(atStartup.filter((module) => /operation-policies|generated\/permissions\//.test(module))).toEqual([]);
    expect(lazy).toEqual(expect.arrayContaining(['packages/genesys-cloud/src/operation-policies.ts', 'packages/genesys-cloud/src/generated/permissions/users.js']));
  });
});
