// The registry end-to-end test only (tools/registry/*.e2e.test.ts): publishes through changesets to a throw-away
// Verdaccio and installs from it. Slow by nature, so it runs alone, in one fork, with generous bounded timeouts.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

const merged = mergeConfig(
  sharedConfig,
  defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    test: {
      testTimeout: 150_000,
      hookTimeout: 60_000,
      fileParallelism: false,
    },
  }),
);
// mergeConfig concatenates arrays; the shared include/typecheck globs (src/, test/) do not apply here.
merged.test = { ...merged.test, include: ['*.e2e.test.ts'], typecheck: { enabled: false } };

export default merged;
