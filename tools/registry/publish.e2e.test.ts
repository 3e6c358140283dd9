// Publishing, proven end to end: the root `npm run release` (changeset version -> build -> changeset publish) runs in
// a copy of the working tree against a throw-away Verdaccio on 127.0.0.1; a fresh project outside the workspace
// installs the clients from it, type-checks typed calls (and fails on a deliberate type error) and runs against the
// published @ccaas/mocks; then a spec gains an operation and only that client (and its dependents) is released again.
// Every command has a time limit; Verdaccio is stopped by PID and the temp dirs are removed on every path.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRehearsalOperation } from './add-rehearsal-operation.js';
import { assertLoopbackRegistry } from './assert-loopback-registry.js';
import { createConsumerProject, workspaceVersionOf } from './consumer-project.js';
import { createRepoCopy, identity } from './create-repo-copy.js';
import { expectedBumps } from './expected-bumps.js';
import { isolatedEnv } from './isolated-env.js';
import { listPublicPackages, type WorkspacePackage } from './list-workspace-packages.js';
import { expectedErrorLines, readConsumerFixture } from './read-consumer-fixture.js';
import { registryPackageInfo, type PublishedVersion } from './registry-package-info.js';
import { releaseInCopy } from './release-in-copy.js';
import { killRunningCommands, runCommand } from './run-command.js';
import { startVerdaccio, type VerdaccioHandle } from './start-verdaccio.js';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
/** The clients a consumer installs by name, as in the README. */
const clientPackages = ['@ccaas/genesys-cloud', '@ccaas/nice-cxone'];
/** The spec the rehearsal changes, and the client generated from it. */
const rehearsalPlatform = 'nice-cxone';
const rehearsalPackage = '@ccaas/nice-cxone';

const env = isolatedEnv();
const timings: Record<string, number> = {};
let workDir: string;
let copyDir: string;
let verdaccio: VerdaccioHandle | undefined;
let firstRelease: WorkspacePackage[] = [];
const published: PublishedVersion[] = [];

const stopOnExit = () => {
  killRunningCommands();
  if (verdaccio !== undefined) {
    try {
      process.kill(verdaccio.pid, 'SIGKILL');
    } catch {
      // already stopped
    }
  }
};

const git = (args: string[]) => runCommand('git', args, { cwd: copyDir, env, timeoutMs: 20_000 });
const commitAll = async (message: string) => {
  await git(['add', '-A']);
  await git([...identity, 'commit', '-q', '--no-verify', '--allow-empty', '-m', message]);
};

beforeAll(async () => {
  process.on('exit', stopOnExit);
  workDir = await mkdtemp(join(tmpdir(), 'ccaas-registry-e2e-'));
  copyDir = join(workDir, 'repo');
  await mkdir(copyDir);
  const started = performance.now();
  [verdaccio] = await Promise.all([
    startVerdaccio({ workDir: join(workDir, 'verdaccio'), env, startTimeoutMs: 30_000 }),
    createRepoCopy({ sourceRoot: workspaceRoot, targetDir: copyDir, env }),
  ]);
  timings['verdaccio start + repo copy'] = Math.round(performance.now() - started);
});

afterAll(async () => {
  try {
    await verdaccio?.stop();
  } finally {
    killRunningCommands();
    process.off('exit', stopOnExit);
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
    console.log(
      [
        '[registry-e2e] summary',
        ...published.map(
          (p) => `  ${p.name}@${p.version}: tarball ${p.tarballBytes} B, unpacked ${p.unpackedBytes} B, ${p.fileCount} files`,
        ),
        ...Object.entries(timings).map(([step, ms]) => `  ${step}: ${ms} ms`),
      ].join('\n'),
    );
  }
});

describe('publishing the @ccaas packages through changesets to a local registry', () => {
  it('publishes every public package with `npm run release` to the loopback registry only', async () => {
    const registry = verdaccio!.url;
    assertLoopbackRegistry(registry);
    const result = await releaseInCopy({ copyDir, registryUrl: registry, workDir, timeoutMs: 120_000 });
    timings['npm run release (version + build + publish)'] = result.durationMs;

    firstRelease = await listPublicPackages(copyDir);
    expect(firstRelease.map((p) => p.name)).toEqual(expect.arrayContaining(clientPackages));
    for (const pkg of firstRelease) {
      const info = await registryPackageInfo(registry, pkg.name, pkg.version);
      expect(info.tarballBytes).toBeGreaterThan(0);
      published.push(info);
      // What changesets wrote for the release: the changelog entry for exactly this version.
      const changelog = await readFile(join(pkg.dir, 'CHANGELOG.md'), 'utf8');
      expect(changelog).toContain(`## ${pkg.version}`);
    }
    // The release path in the copy consumed every pending changeset.
    const pending = (await readdir(join(copyDir, '.changeset'))).filter((file) => file.endsWith('.md') && file !== 'README.md');
    expect(pending).toEqual([]);
    await commitAll('release');
  });

  it('installs the clients in a fresh project, type-checks typed calls, rejects a type error and runs them against the mocks', async () => {
    expect(firstRelease.length, 'needs the packages published by the first test').toBeGreaterThan(0);
    const versions = Object.fromEntries(firstRelease.map((p) => [p.name, p.version]));
    const fixture = await readConsumerFixture();
    const consumer = await createConsumerProject({
      dir: join(workDir, 'consumer'),
      registryUrl: verdaccio!.url,
      files: fixture,
      devDependencies: {
        typescript: await workspaceVersionOf('typescript'),
        '@types/node': await workspaceVersionOf('@types/node'),
      },
      env,
    });
    // `npm install @ccaas/genesys-cloud @ccaas/nice-cxone` (+ the mocks the consumer's run uses), pinned to what was
    // just published so a stale cache can never satisfy it.
    const installed = await consumer.install(
      [...[...clientPackages, '@ccaas/mocks'].map((name) => `${name}@${versions[name]}`), `msw@${await workspaceVersionOf('msw')}`],
      90_000,
    );
    timings['consumer npm install'] = installed.durationMs;
    for (const name of [...clientPackages, '@ccaas/mocks']) {
      const manifest = JSON.parse(await readFile(join(consumer.dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(versions[name]);
    }

    const typecheck = await consumer.tsc(['-p', 'tsconfig.json'], 60_000);
    timings['consumer tsc (node16 resolution, emit)'] = typecheck.durationMs;
    const bundler = await consumer.tsc(['-p', 'tsconfig.bundler.json'], 60_000);
    timings['consumer tsc (bundler resolution)'] = bundler.durationMs;

    const broken = await consumer.tsc(['-p', 'tsconfig.type-error.json'], 60_000, true);
    expect(broken.code).not.toBe(0);
    const diagnostics = `${broken.stdout}${broken.stderr}`;
    const errorLines = [...diagnostics.matchAll(/^(src\/[\w.-]+)\((\d+),\d+\): error TS\d+/gm)].map((m) => `${m[1]}:${m[2]}`);
    const expected = expectedErrorLines(fixture['src/type-error.ts'] ?? '').map((line) => `src/type-error.ts:${line}`);
    expect(expected.length).toBeGreaterThan(0);
    expect([...new Set(errorLines)].sort()).toEqual(expected.sort());

    const run = await consumer.node(['dist/consumer.js'], 60_000);
    timings['consumer run'] = run.durationMs;
    const report = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { ok?: boolean; checks?: string[] };
    expect(report.ok).toBe(true);
    expect(report.checks?.length).toBeGreaterThan(0);
  });

  it('bumps, changelogs and publishes only the changed client and its dependents when its spec gains an operation', async () => {
    expect(firstRelease.length, 'needs the packages published by the first test').toBeGreaterThan(0);
    const before = await listPublicPackages(copyDir);
    const started = performance.now();
    const specFile = join(copyDir, 'specs', rehearsalPlatform, 'openapi.yaml');
    const generatedFile = join(copyDir, 'packages', rehearsalPlatform, 'src', 'generated', 'schema.gen.ts');
    const operation = await addRehearsalOperation(specFile);
    await runCommand(process.execPath, ['tools/codegen/generate.mjs', rehearsalPlatform], { cwd: copyDir, env, timeoutMs: 60_000 });
    expect(await readFile(generatedFile, 'utf8')).toContain(`"${operation.path}"`);

    const summary = `Add \`GET ${operation.path}\` (\`${operation.operationId}\`) from the updated ${rehearsalPlatform} spec.`;
    await writeFile(join(copyDir, '.changeset', 'rehearsal-spec-change.md'), `---\n'${rehearsalPackage}': minor\n---\n\n${summary}\n`);
    await commitAll('spec: add rehearsal operation');
    const expected = expectedBumps(before, rehearsalPackage, 'minor');

    const result = await releaseInCopy({ copyDir, registryUrl: verdaccio!.url, workDir, timeoutMs: 120_000 });
    timings['spec-change rehearsal (edit + generate + release)'] = Math.round(performance.now() - started);
    expect(result.durationMs).toBeGreaterThan(0);

    const after = new Map((await listPublicPackages(copyDir)).map((p) => [p.name, p]));
    const changedFiles = (await git(['diff', '--name-only', 'HEAD'])).stdout.split('\n').filter(Boolean);
    for (const pkg of before) {
      const now = after.get(pkg.name)!;
      const packageDir = pkg.dir.slice(copyDir.length + 1);
      const touched = changedFiles.filter((file) => file.startsWith(`${packageDir}/`));
      const nextVersion = expected.get(pkg.name);
      if (nextVersion === undefined) {
        expect({ name: pkg.name, version: now.version, touched }).toEqual({ name: pkg.name, version: pkg.version, touched: [] });
        continue;
      }
      expect({ name: pkg.name, version: now.version }).toEqual({ name: pkg.name, version: nextVersion });
      expect(touched.sort()).toEqual([`${packageDir}/CHANGELOG.md`, `${packageDir}/package.json`]);
      const changelog = await readFile(join(now.dir, 'CHANGELOG.md'), 'utf8');
      const newest = changelog.split(/^## /m)[1] ?? '';
      expect(newest.startsWith(`${nextVersion}\n`)).toBe(true);
      if (pkg.name === rehearsalPackage) expect(newest).toContain(operation.path);
      published.push(await registryPackageInfo(verdaccio!.url, pkg.name, nextVersion));
    }
    // Nothing else reached the registry: every other package still has exactly its first version.
    for (const pkg of before.filter((p) => !expected.has(p.name))) {
      const response = await fetch(new URL(pkg.name.replace('/', '%2f'), verdaccio!.url), { signal: AbortSignal.timeout(10_000) });
      const packument = (await response.json()) as { versions: Record<string, unknown> };
      expect(Object.keys(packument.versions)).toEqual([pkg.version]);
    }
  });
});
