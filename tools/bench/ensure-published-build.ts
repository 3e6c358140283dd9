import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '../registry/run-command.js';
import type { BenchContext } from './bench-suite.js';

/**
 * The packages the bench imports, built to dist/ the way a user installs them: the clients (bench consumers and
 * runtime suites), the mocks (the runtime suites' sandbox process; Nx builds nice-cxone, its dependency, first) and
 * the Redis token store and rate budget (the soak's and the rate-limit suite's worker processes).
 */
export const benchedPackages = ['auth-core', 'genesys-cloud', 'mocks', 'token-store-redis'] as const;
const buildTimeoutMs = 300_000;

/**
 * Builds the benched packages through Nx (cached: a no-op when dist/ is current) unless `--skip-build`, then checks
 * that every package's dist/index.js and dist/index.d.ts exist. Once per bench run.
 */
export function ensurePublishedBuild(context: BenchContext): Promise<void> {
  return context.once('published-build', async () => {
    if (context.build) {
      const projects = benchedPackages.map((name) => `@ccaas/${name}`).join(',');
      context.log(`building ${projects} (nx, cached)`);
      await runCommand(
        join(context.repoRoot, 'node_modules', '.bin', 'nx'),
        ['run-many', '-t', 'build', `--projects=${projects}`, '--output-style=static'],
        { cwd: context.repoRoot, env: { ...process.env, NX_DAEMON: 'false' }, timeoutMs: buildTimeoutMs },
      ).catch((error: unknown) => {
        throw new Error(`[bench] building ${projects} failed: ${error instanceof Error ? error.message : String(error)}`);
      });
    }
    for (const name of benchedPackages) {
      for (const file of ['index.js', 'index.d.ts']) {
        const path = join(context.repoRoot, 'packages', name, 'dist', file);
        await access(path).catch(() => {
          throw new Error(`[bench] ${path} is missing: build the published packages first (or drop --skip-build)`);
        });
      }
    }
  });
}
