// A fresh npm project outside the workspace that installs the published clients: their scope resolves from the
// loopback registry (project .npmrc), everything else from the normal registry through the npm cache. One install
// serves every check (several tsconfigs, two TypeScript majors side by side: `typescript` and `typescript7`).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assertLoopbackRegistry } from './assert-loopback-registry.js';
import { runCommand, type CommandResult } from './run-command.js';

export interface ConsumerProjectOptions {
  dir: string;
  registryUrl: string;
  /** The scope published to the loopback registry, e.g. `@acme`. */
  scope: string;
  /** Source files by relative path (e.g. "src/consumer.ts"). */
  files: Record<string, string>;
  /** Exact versions from the normal registry (typescript, @types/node), installed with the first install. */
  devDependencies: Record<string, string>;
  env: NodeJS.ProcessEnv;
  /**
   * npm's `--install-strategy`: `linked` puts every package in node_modules/.store and links only the project's own
   * dependencies at the top (nothing hoisted, like pnpm); default npm's `hoisted`.
   */
  installStrategy?: 'hoisted' | 'linked';
}

export interface ConsumerProject {
  dir: string;
  /** `npm install --prefer-offline <specs>`; resolves with the command result (durationMs = install time). */
  install(specs: readonly string[]): Promise<CommandResult>;
  /**
   * The consumer's own tsc on one tsconfig; allowFailure to inspect the diagnostics of a failing check. `compiler`
   * is the installed package directory: `typescript` (5.9, as in the workspace) or `typescript7` (the native one).
   */
  tsc(args: readonly string[], allowFailure?: boolean, compiler?: ConsumerCompiler): Promise<CommandResult>;
  node(args: readonly string[], env?: Record<string, string>): Promise<CommandResult>;
}

/** A TypeScript installed in the consumer, by its node_modules folder (an npm alias such as `typescript7`). */
export type ConsumerCompiler = 'typescript' | 'typescript5' | 'typescript7';

/** TypeScript 7 (native compiler), installed under an npm alias beside 5.9; bump deliberately. */
export const TYPESCRIPT_7 = 'npm:typescript@7.0.2';

const require = createRequire(import.meta.url);

/** The exact version installed in the workspace, so the consumer matches what we test with. */
export async function workspaceVersionOf(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return manifest.version;
}

export async function createConsumerProject({ dir, registryUrl, scope, files, devDependencies, env, installStrategy = 'hoisted' }: ConsumerProjectOptions): Promise<ConsumerProject> {
  const url = assertLoopbackRegistry(registryUrl);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'ccaas-consumer-e2e', version: '1.0.0', private: true, type: 'module', devDependencies }, null, 2)}\n`,
  );
  // Only the published scope comes from the local registry; the token line is what npm wants for that host.
  await writeFile(join(dir, '.npmrc'), [`${scope}:registry=${url.href}`, `//${url.host}/:_authToken=fake-loopback-token`, ''].join('\n'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  const tscBin = (compiler: ConsumerCompiler) => join(dir, 'node_modules', compiler, 'bin', 'tsc');
  return {
    dir,
    install: (specs) =>
      runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', `--install-strategy=${installStrategy}`, ...specs], { cwd: dir, env }),
    tsc: (args, allowFailure = false, compiler = 'typescript') =>
      runCommand(process.execPath, [tscBin(compiler), ...args], { cwd: dir, env, allowFailure }),
    node: (args, extraEnv = {}) => runCommand(process.execPath, args, { cwd: dir, env: { ...env, ...extraEnv } }),
  };
}
