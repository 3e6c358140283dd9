// TypeScript 7 (the native compiler) for the type-check benchmark and the README code check. It cannot share the
// workspace with openapi-typescript (peer TypeScript ^5, and TS 7 has no `ts.factory` API), so it is installed from
// the npm registry into its own folder, bench/results/raw/typescript-<version>/ (gitignored), once per machine, and
// its Go `tsc` binary is run directly.
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runCommand } from '../registry/run-command.js';
import type { BenchContext } from './bench-suite.js';

export const typescript7Version = '7.0.2';
const installTimeoutMs = 180_000;

export interface TypeScript7 {
  version: string;
  /** The native compiler binary (`@typescript/typescript-<platform>-<arch>/lib/tsc`). */
  executable: string;
}

export function ensureTypeScript7(context: BenchContext): Promise<TypeScript7> {
  return context.once('typescript-7', () => installTypeScript7(context.repoRoot, context.log));
}

/** Installs the pinned TypeScript 7 under `<repoRoot>/bench/results/raw/` unless it is there already. */
export async function installTypeScript7(repoRoot: string, log: (message: string) => void): Promise<TypeScript7> {
  const dir = join(repoRoot, 'bench', 'results', 'raw', `typescript-${typescript7Version}`);
  const platformPackage = join(dir, 'node_modules', '@typescript', `typescript-${process.platform}-${process.arch}`);
  const executable = join(platformPackage, 'lib', 'tsc');
  const installed = await readFile(join(platformPackage, 'package.json'), 'utf8')
    .then((text) => (JSON.parse(text) as { version?: string }).version === typescript7Version)
    .catch(() => false);
  if (!installed) {
    log(`installing typescript@${typescript7Version} into ${dir} (npm registry)`);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, 'package.json'), `${JSON.stringify({ private: true, description: 'TypeScript 7 for tools/bench and tools/readme-check (not a workspace package)' })}\n`);
    await runCommand('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', `typescript@${typescript7Version}`], {
      cwd: dir,
      env: { ...process.env, npm_config_workspaces: 'false' },
      timeoutMs: installTimeoutMs,
    });
  }
  await access(executable).catch(() => {
    throw new Error(`[typescript-7] typescript@${typescript7Version} has no native compiler for ${process.platform}-${process.arch} (${executable})`);
  });
  return { version: typescript7Version, executable };
}
