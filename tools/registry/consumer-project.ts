// A fresh npm project outside the workspace that installs the published clients: `@ccaas` resolves from the
// loopback registry (project .npmrc), everything else from the normal registry through the npm cache.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { assertLoopbackRegistry } from './assert-loopback-registry.js';
import { runCommand, type CommandResult } from './run-command.js';

export interface ConsumerProjectOptions {
  dir: string;
  registryUrl: string;
  /** Source files by relative path (e.g. "src/consumer.ts"). */
  files: Record<string, string>;
  /** Exact versions from the normal registry (typescript, @types/node), installed with the first install. */
  devDependencies: Record<string, string>;
  env: NodeJS.ProcessEnv;
}

export interface ConsumerProject {
  dir: string;
  /** `npm install --prefer-offline <specs>`; resolves with the command result (durationMs = install time). */
  install(specs: readonly string[], timeoutMs: number): Promise<CommandResult>;
  /** The consumer's own tsc on one tsconfig; allowFailure to inspect the diagnostics of a failing check. */
  tsc(args: readonly string[], timeoutMs: number, allowFailure?: boolean): Promise<CommandResult>;
  node(args: readonly string[], timeoutMs: number, env?: Record<string, string>): Promise<CommandResult>;
}

const require = createRequire(import.meta.url);

/** The exact version installed in the workspace, so the consumer matches what we test with. */
export async function workspaceVersionOf(name: string): Promise<string> {
  const manifest = JSON.parse(await readFile(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return manifest.version;
}

export async function createConsumerProject({ dir, registryUrl, files, devDependencies, env }: ConsumerProjectOptions): Promise<ConsumerProject> {
  const url = assertLoopbackRegistry(registryUrl);
  await mkdir(dir, { recursive: true });
  await writeFile(
    join(dir, 'package.json'),
    `${JSON.stringify({ name: 'ccaas-consumer-e2e', version: '1.0.0', private: true, type: 'module', devDependencies }, null, 2)}\n`,
  );
  // Only the @ccaas scope comes from the local registry; the token line is what npm wants for that host.
  await writeFile(join(dir, '.npmrc'), [`@ccaas:registry=${url.href}`, `//${url.host}/:_authToken=fake-loopback-token`, ''].join('\n'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await writeFile(join(dir, file), content);
  }
  const tscBin = join(dir, 'node_modules', 'typescript', 'bin', 'tsc');
  return {
    dir,
    install: (specs, timeoutMs) =>
      runCommand('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--save-exact', ...specs], { cwd: dir, env, timeoutMs }),
    tsc: (args, timeoutMs, allowFailure = false) =>
      runCommand(process.execPath, [tscBin, ...args], { cwd: dir, env, timeoutMs, allowFailure }),
    node: (args, timeoutMs, extraEnv = {}) => runCommand(process.execPath, args, { cwd: dir, env: { ...env, ...extraEnv }, timeoutMs }),
  };
}
