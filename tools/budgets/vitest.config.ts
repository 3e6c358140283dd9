// The budgets (tools/budgets/*.e2e.test.ts): they measure the built packages, so they run in the tools project's
// e2e target (after the published packages' build), not in its `test` target. Alone:
//   npx vitest run --config tools/budgets/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

const merged = mergeConfig(
  sharedConfig,
  // timeouts are hang guards only (a loaded 2-core machine may take minutes); nothing here asserts on elapsed time
  defineConfig({ root: fileURLToPath(new URL('.', import.meta.url)), test: { testTimeout: 15 * 60_000, fileParallelism: false } }),
);
// mergeConfig concatenates arrays; the shared include/typecheck globs (src/, test/) do not apply here.
merged.test = { ...merged.test, include: ['*.e2e.test.ts'], typecheck: { enabled: false } };

export default merged;
