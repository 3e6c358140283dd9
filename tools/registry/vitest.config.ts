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
      // hang guards only (an hour): the e2e must never fail because a loaded machine is slow; the commands it runs
      // have their own 20-minute hang guard (run-command.ts)
      testTimeout: 3_600_000,
      hookTimeout: 3_600_000,
      fileParallelism: false,
    },
  }),
);
// mergeConfig concatenates arrays; the shared include/typecheck globs (src/, test/) do not apply here.
merged.test = { ...merged.test, include: ['*.e2e.test.ts'], typecheck: { enabled: false } };

export default merged;
