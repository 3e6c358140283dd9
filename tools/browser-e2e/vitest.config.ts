// The headless-Chromium e2e (tools/browser-e2e/*.e2e.test.ts): starts the sandbox, an app server and Chromium, so it
// runs alone, in one fork, with generous bounded timeouts (hang guards, not speed assertions).
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

const merged = mergeConfig(
  sharedConfig,
  defineConfig({
    root: fileURLToPath(new URL('.', import.meta.url)),
    test: { testTimeout: 240_000, hookTimeout: 180_000, fileParallelism: false },
  }),
);
// mergeConfig concatenates arrays; the shared include/typecheck globs (src/, test/) do not apply here.
merged.test = { ...merged.test, include: ['*.e2e.test.ts'], typecheck: { enabled: false } };

export default merged;
