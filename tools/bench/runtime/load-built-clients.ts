// The clients the runtime suites drive, loaded from what a user installs: @ccaas/genesys-cloud from its built dist/
// (through the workspace node_modules symlink, never the sources), openapi-fetch and the official SDK from
// node_modules. Imported lazily, after the build, once per bench run.
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from '../bench-suite.js';
import { ensurePublishedBuild } from '../ensure-published-build.js';
import type { PurecloudSdk } from './purecloud-sdk-client.js';

const require = createRequire(import.meta.url);

export interface BuiltClients {
  createGenesysCloudClient: typeof import('@ccaas/genesys-cloud').createGenesysCloudClient;
  createOpenapiFetchClient: typeof import('openapi-fetch').default;
  /** auth-core's middleware defaults (maxRetries, maxDelayMs, ...) as built. */
  middlewareDefaults: (typeof import('@ccaas/auth-core'))['authCoreDefaults']['middleware'];
  /** @ccaas/auth-core as built (the in-process middleware measurement composes it with openapi-fetch itself). */
  authCore: typeof import('@ccaas/auth-core');
  purecloudSdk: PurecloudSdk;
  /** Where each came from, for the notes. */
  resolved: { genesysCloud: string; openapiFetch: string; purecloudSdk: string };
}

export function loadBuiltClients(context: BenchContext): Promise<BuiltClients> {
  return context.once('built-clients', async () => {
    await ensurePublishedBuild(context);
    const genesysCloudUrl = import.meta.resolve('@ccaas/genesys-cloud');
    if (!genesysCloudUrl.includes('/packages/genesys-cloud/dist/')) {
      throw new Error(`[bench] @ccaas/genesys-cloud resolved to ${genesysCloudUrl}, not to its built dist/ (is a tsconfig with paths in effect?)`);
    }
    const genesysCloud = await import('@ccaas/genesys-cloud');
    const openapiFetch = await import('openapi-fetch');
    const authCore = await import('@ccaas/auth-core');
    const purecloudSdk = require('purecloud-platform-client-v2') as PurecloudSdk;
    const fromRepo = (path: string) => relative(context.repoRoot, path);
    return {
      createGenesysCloudClient: genesysCloud.createGenesysCloudClient,
      createOpenapiFetchClient: openapiFetch.default,
      middlewareDefaults: authCore.authCoreDefaults.middleware,
      authCore,
      purecloudSdk,
      resolved: {
        genesysCloud: fromRepo(fileURLToPath(genesysCloudUrl)),
        openapiFetch: fromRepo(fileURLToPath(import.meta.resolve('openapi-fetch'))),
        purecloudSdk: fromRepo(require.resolve('purecloud-platform-client-v2')),
      },
    };
  });
}
