// The bench smoke test only (tools/bench/*.e2e.test.ts): runs `npm run bench -- --smoke`, which builds the published
// packages through Nx and consumes their dist/. It is excluded from the tools project's `test` target (like every
// *.e2e.test.ts) so it never races a concurrent build; run it with
//   npx vitest run --config tools/bench/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../../vitest.shared.js';

const merged = mergeConfig(
  sharedConfig,
  // the smoke run happens in beforeAll (its own hang guard); the tests only read its report; timeouts are hang guards
  defineConfig({ root: fileURLToPath(new URL('.', import.meta.url)), test: { testTimeout: 20 * 60_000, hookTimeout: 20 * 60_000 } }),
);
// mergeConfig concatenates arrays; the shared include/typecheck globs (src/, test/) do not apply here.
merged.test = { ...merged.test, include: ['*.e2e.test.ts'], typecheck: { enabled: false } };

export default merged;
