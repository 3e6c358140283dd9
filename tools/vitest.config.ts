// Tests of the tools workspace (spec-sync, codegen, ...). The registry end-to-end test (*.e2e.test.ts) is slow and
// has its own config (tools/registry/vitest.config.ts), so it is excluded here.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedConfig } from '../vitest.shared.js';

const merged = mergeConfig(sharedConfig, defineConfig({ root: fileURLToPath(new URL('.', import.meta.url)) }));
// mergeConfig concatenates arrays: the shared src/ and test/ globs do not fit this folder layout, so replace them.
merged.test = {
  ...merged.test,
  include: ['**/*.test.ts'],
  exclude: ['**/node_modules/**', '**/dist/**', '**/*.e2e.test.ts'],
  typecheck: { enabled: false },
};

export default merged;
