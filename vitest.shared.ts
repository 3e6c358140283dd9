// Shared vitest settings: every package tests against the *source* of its workspace dependencies
// (the same mapping as tsconfig.base.json "paths"), so `npm test` never needs a build first.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const sourceAliases = [
  { find: /^@ccaas\/auth-core$/, replacement: root('./packages/auth-core/src/index.ts') },
  { find: /^@ccaas\/auth-core\/platform$/, replacement: root('./packages/auth-core/src/platform.ts') },
  { find: /^@ccaas\/genesys-cloud$/, replacement: root('./packages/genesys-cloud/src/index.ts') },
  { find: /^@ccaas\/genesys-cloud\/notification-stream$/, replacement: root('./packages/genesys-cloud/src/notification-stream.ts') },
  { find: /^@ccaas\/genesys-cloud\/operation-policies$/, replacement: root('./packages/genesys-cloud/src/operation-policies.ts') },
  // API areas (`@ccaas/genesys-cloud/routing`) and their permission tables (`.../permissions/routing`): generated
  // modules, as the package's "./*" export maps them.
  { find: /^@ccaas\/genesys-cloud\/((?:permissions\/)?[a-z0-9-]+)$/, replacement: root('./packages/genesys-cloud/src/generated/$1.js') },
  { find: /^@ccaas\/nice-cxone$/, replacement: root('./packages/nice-cxone/src/index.ts') },
  { find: /^@ccaas\/nice-cxone\/agent-events$/, replacement: root('./packages/nice-cxone/src/agent-events.ts') },
  // API families (`@ccaas/nice-cxone/admin`): generated modules, as the package's "./*" export maps them.
  { find: /^@ccaas\/nice-cxone\/([a-z0-9-]+)$/, replacement: root('./packages/nice-cxone/src/generated/$1.js') },
  { find: /^@ccaas\/mocks$/, replacement: root('./packages/mocks/src/index.ts') },
  { find: /^@ccaas\/mocks\/sandbox$/, replacement: root('./packages/mocks/src/sandbox.ts') },
  { find: /^@ccaas\/token-store-redis$/, replacement: root('./packages/token-store-redis/src/index.ts') },
  { find: /^@ccaas\/test-support$/, replacement: root('./packages/test-support/src/index.ts') },
];

export const sharedConfig = defineConfig({
  resolve: { alias: sourceAliases },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: [root('./vitest.setup.ts')],
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts', 'test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    // hang guards only (5 minutes): tests never assert wall-clock time and a busy CI machine can be 10x slower than a
    // quiet one; a test that takes this long is hung, not slow
    testTimeout: 300_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
});
