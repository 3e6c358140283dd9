// Runs the root `npm run release` (changeset version -> build -> changeset publish) inside a repo copy, aimed at a
// loopback registry. Every way the target registry could be chosen is checked before anything runs, and the npm
// user config is replaced by one that only holds a token for that registry, so a publish that went anywhere else
// would fail for lack of credentials.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertLoopbackRegistry } from './assert-loopback-registry.js';
import { isolatedEnv } from './isolated-env.js';
import { listPublicPackages } from './list-workspace-packages.js';
import { publishRegistryOf } from './publish-registry-of.js';
import { currentScope } from '../rename-scope/rename-scope.js';
import { runCommand } from './run-command.js';

export interface ReleaseInCopyOptions {
  copyDir: string;
  /** Registry URL with a trailing slash; must be loopback http. */
  registryUrl: string;
  /** Where the throw-away npm user config is written. */
  workDir: string;
  timeoutMs: number;
  /** npm script to run (default "release"). */
  script?: string;
}

export interface ReleaseResult {
  durationMs: number;
  stdout: string;
}

/** Environment for npm commands that talk to the loopback registry only. */
export async function loopbackNpmEnv(registryUrl: string, workDir: string): Promise<NodeJS.ProcessEnv> {
  const url = assertLoopbackRegistry(registryUrl);
  const userconfig = join(workDir, 'loopback.npmrc');
  await writeFile(
    userconfig,
    [`registry=${url.href}`, `//${url.host}/:_authToken=fake-loopback-token`, 'fund=false', 'audit=false', 'update-notifier=false', ''].join('\n'),
  );
  // Lowercase on purpose: changesets ignores NPM_CONFIG_REGISTRY and would fall back to the public registry.
  return isolatedEnv({ npm_config_registry: url.href, npm_config_userconfig: userconfig });
}

export async function assertReleaseTargetsLoopback(copyDir: string, env: NodeJS.ProcessEnv): Promise<void> {
  for (const pkg of await listPublicPackages(copyDir)) {
    assertLoopbackRegistry(publishRegistryOf(pkg.manifest, env));
  }
  // What npm itself resolves in the copy (project .npmrc, global config, env) for the default and the scope.
  const npmConfig = async (key: string) =>
    (await runCommand('npm', ['config', 'get', key], { cwd: copyDir, env, timeoutMs: 15_000 })).stdout.trim();
  assertLoopbackRegistry(await npmConfig('registry'));
  const scoped = await npmConfig(`${await currentScope(copyDir)}:registry`);
  if (scoped !== 'undefined' && scoped !== '') assertLoopbackRegistry(scoped);
}

export async function releaseInCopy({ copyDir, registryUrl, workDir, timeoutMs, script = 'release' }: ReleaseInCopyOptions): Promise<ReleaseResult> {
  const env = await loopbackNpmEnv(registryUrl, workDir);
  await assertReleaseTargetsLoopback(copyDir, env);
  const result = await runCommand('npm', ['run', script], { cwd: copyDir, env, timeoutMs });
  return { durationMs: result.durationMs, stdout: `${result.stdout}\n${result.stderr}` };
}
