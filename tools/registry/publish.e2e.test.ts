// Publishing, proven end to end under a renamed scope: a copy of the working tree is renamed with the project's own
// `rename-scope` command (@acme instead of the repository's scope), then the root `npm run release` (changeset version
// -> build -> changeset publish) runs in it against a throw-away Verdaccio on 127.0.0.1. One fresh consumer project
// outside the workspace installs the published packages once and checks them the ways consumers use them: ESM with
// NodeNext and Bundler resolution, a TypeScript CommonJS project (.cts -> require) and TS node10 resolution, plain
// require() from JavaScript (a Genesys Cloud API area entry included), TypeScript 5.9 and 7.0, the consumer's own
// openapi-typescript `paths` on the client (`withPaths`, the escape hatch), a deliberate type error on exactly the
// marked lines, and runs against the published mocks/sandbox. Then a spec gains an operation and only that client (and its dependents) is
// released again. Every command has a time limit; Verdaccio is stopped by PID and the temp dirs removed on every path.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addRehearsalOperation } from './add-rehearsal-operation.js';
import { assertLoopbackRegistry } from './assert-loopback-registry.js';
import { createConsumerProject, TYPESCRIPT_7, workspaceVersionOf, type ConsumerCompiler, type ConsumerProject } from './consumer-project.js';
import { createRepoCopy, identity } from './create-repo-copy.js';
import { expectedBumps } from './expected-bumps.js';
import { isolatedEnv } from './isolated-env.js';
import { listPublicPackages, type WorkspacePackage } from './list-workspace-packages.js';
import { consumerFixtureDir, expectedErrorLines, readConsumerFixture, strictConsumerFixtureDir } from './read-consumer-fixture.js';
import { registryPackageInfo, type PublishedVersion } from './registry-package-info.js';
import { releaseInCopy } from './release-in-copy.js';
import { HANG_GUARD_MS, killRunningCommands, runCommand } from './run-command.js';
import { startVerdaccio, type VerdaccioHandle } from './start-verdaccio.js';
import { currentScope } from '../rename-scope/rename-scope.js';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
/** openapi-typescript's CLI (the workspace's copy): what a consumer runs as `npx openapi-typescript` on its own spec. */
const openapiTypescriptCli = join(dirname(createRequire(import.meta.url).resolve('openapi-typescript/package.json')), 'bin', 'cli.js');
/** The scope the copy is renamed to and published under (a team publishes under its own scope). */
const publishedScope = '@acme';
const scoped = (name: string) => `${publishedScope}/${name}`;
/** What the consumer installs by name: the clients (as in the README), the mocks, and the other two packages. */
const consumerPackages = ['genesys-cloud', 'nice-cxone', 'mocks', 'auth-core', 'token-store-redis'].map(scoped);
const clientPackages = [scoped('genesys-cloud'), scoped('nice-cxone')];
/** The spec the rehearsal changes, and the client generated from it. */
const rehearsalPlatform = 'nice-cxone';
const rehearsalPackage = scoped('nice-cxone');
/** The strictest consumer's tsconfig base and Node types (the newest 20.x). */
const STRICTEST = '2.0.8';
const STRICT_TYPES_NODE = '20.19.43';
const rehearsalFamily = 'privacy';

const env = isolatedEnv();
const timings: Record<string, number> = {};
let workDir: string;
let copyDir: string;
let verdaccio: VerdaccioHandle | undefined;
let firstRelease: WorkspacePackage[] = [];
const published: PublishedVersion[] = [];
let consumer: ConsumerProject | undefined;
let fixture: Record<string, string> = {};

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

const git = (args: string[]) => runCommand('git', args, { cwd: copyDir, env });
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
    startVerdaccio({ workDir: join(workDir, 'verdaccio'), env }),
    createRepoCopy({ sourceRoot: workspaceRoot, targetDir: copyDir, env, renameScopeTo: publishedScope }),
  ]);
  timings['verdaccio start + repo copy + rename-scope'] = Math.round(performance.now() - started);
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
          (p) =>
            `  ${p.name}@${p.version}: tarball ${p.tarballBytes} B, unpacked ${p.unpackedBytes} B, ${p.fileCount} files: ` +
            p.files.join(' '),
        ),
        ...Object.entries(timings).map(([step, ms]) => `  ${step}: ${ms} ms`),
      ].join('\n'),
    );
  }
});

describe('publishing the packages under a renamed scope through changesets to a local registry', () => {
  it('publishes every public package, renamed to @acme, with `npm run release` to the loopback registry only', async () => {
    const registry = verdaccio!.url;
    expect(await currentScope(copyDir)).toBe(publishedScope);
    assertLoopbackRegistry(registry);
    const result = await releaseInCopy({ copyDir, registryUrl: registry, workDir });
    timings['npm run release (version + build + publish)'] = result.durationMs;

    firstRelease = await listPublicPackages(copyDir);
    expect(firstRelease.map((p) => p.name)).toEqual(expect.arrayContaining(consumerPackages));
    expect(firstRelease.every((p) => p.name.startsWith(`${publishedScope}/`))).toBe(true);
    for (const pkg of firstRelease) {
      const info = await registryPackageInfo(registry, pkg.name, pkg.version);
      expect(info.tarballBytes).toBeGreaterThan(0);
      // Every tarball carries the licence, the readme and both builds; no test files and no maps without sources.
      expect(info.files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/index.js', 'dist/cjs/index.js']));
      expect(info.files.filter((file) => /\.test(-d)?\.|\.d\.ts\.map$/.test(file))).toEqual([]);
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

  it('installs the published packages once in a fresh project outside the workspace (TypeScript 5.9 and 7.0 side by side)', async () => {
    expect(firstRelease.length, 'needs the packages published by the first test').toBeGreaterThan(0);
    const versions = Object.fromEntries(firstRelease.map((p) => [p.name, p.version]));
    fixture = await readConsumerFixture({ SCOPE: publishedScope });
    const project = await createConsumerProject({
      dir: join(workDir, 'consumer'),
      registryUrl: verdaccio!.url,
      scope: publishedScope,
      files: fixture,
      devDependencies: {
        typescript: await workspaceVersionOf('typescript'),
        typescript7: TYPESCRIPT_7,
        '@types/node': await workspaceVersionOf('@types/node'),
      },
      env,
    });
    // `npm install @acme/genesys-cloud @acme/nice-cxone ...`, pinned to what was just published so a stale cache can
    // never satisfy it.
    const installed = await project.install(
      [...consumerPackages.map((name) => `${name}@${versions[name]}`), `msw@${await workspaceVersionOf('msw')}`],
    );
    timings['consumer npm install (5 packages + msw, typescript 5.9 + 7.0)'] = installed.durationMs;
    for (const name of consumerPackages) {
      const manifest = JSON.parse(await readFile(join(project.dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string };
      expect(manifest.version).toBe(versions[name]);
    }
    // The escape hatch's types, made as the genesys-cloud README says: openapi-typescript on the consumer's own spec.
    const ownPaths = await runCommand(process.execPath, [openapiTypescriptCli, 'my-genesys-api.yaml', '-o', 'src/my-genesys-api.d.ts'], { cwd: project.dir, env });
    timings['consumer openapi-typescript (own paths for withPaths)'] = ownPaths.durationMs;
    expect(await readFile(join(project.dir, 'src', 'my-genesys-api.d.ts'), 'utf8')).toContain('"/api/v2/private/widgets/{widgetId}"');
    const version = async (compiler: ConsumerCompiler) => (await project.tsc(['--version'], false, compiler)).stdout.trim();
    expect(await version('typescript')).toMatch(/^Version 5\.9\./);
    expect(await version('typescript7')).toMatch(/^Version 7\./);
    consumer = project;
  });

  const installedConsumer = (): ConsumerProject => {
    expect(consumer, 'needs the consumer project installed by the previous test').toBeDefined();
    return consumer!;
  };
  const lastJsonLine = (stdout: string) => JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as { ok?: boolean; checks?: string[] };

  it('ESM, NodeNext resolution, skipLibCheck false: type-checks typed calls and runs them against the published mocks, an override and a notification topic on the sandbox', async () => {
    const project = installedConsumer();
    timings['ESM NodeNext: tsc 5.9 (emit)'] = (await project.tsc(['-p', 'tsconfig.json'])).durationMs;
    // The notification stream needs a WebSocket: Node 22+ has a global one, Node 20 only behind this flag.
    const run = await project.node([...(typeof globalThis.WebSocket === 'function' ? [] : ['--experimental-websocket']), 'dist/consumer.js']);
    timings['ESM NodeNext: run'] = run.durationMs;
    const report = lastJsonLine(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^genesys-cloud routing area mock: GET \/api\/v2\/routing\/wrapupcodes .* typed override/),
        expect.stringMatching(/^genesys-cloud notification-stream: subscribed to v2\.users\..+\.presence on the sandbox/),
        expect.stringMatching(/^nice-cxone reporting, digital .* user-hub and agent entries/),
      ]),
    );
  });

  it('ESM, Bundler resolution: type-checks the same consumer', async () => {
    timings['ESM Bundler: tsc 5.9'] = (await installedConsumer().tsc(['-p', 'tsconfig.bundler.json'])).durationMs;
  });

  it('TypeScript CommonJS: a .cts consumer compiles to require() and runs; node10 resolution type-checks too', async () => {
    const project = installedConsumer();
    timings['TS CommonJS: tsc 5.9 (emit)'] = (await project.tsc(['-p', 'tsconfig.cjs.json'])).durationMs;
    const emitted = await readFile(join(project.dir, 'dist', 'consumer-cjs.cjs'), 'utf8');
    expect(emitted).toContain(`require("${scoped('genesys-cloud')}")`);
    expect(emitted).toContain(`require("${scoped('genesys-cloud/users')}")`);
    const run = await project.node(['dist/consumer-cjs.cjs']);
    timings['TS CommonJS: run'] = run.durationMs;
    const report = lastJsonLine(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks).toEqual(expect.arrayContaining([expect.stringMatching(/^cjs module system: CommonJS/)]));
    timings['TS CommonJS node10 resolution: tsc 5.9'] = (await project.tsc(['-p', 'tsconfig.node10.json'])).durationMs;
  });

  it('plain JavaScript require(): every entry point, a call over HTTP to the published sandbox, instanceof across require and import', async () => {
    const run = await installedConsumer().node(['src/consumer-require.cjs']);
    timings['CJS require: run'] = run.durationMs;
    const report = lastJsonLine(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks).toHaveLength(3);
  });

  it('TypeScript 7.0 (native compiler) type-checks the NodeNext, Bundler and CommonJS consumers against the published types', async () => {
    const project = installedConsumer();
    for (const config of ['tsconfig.json', 'tsconfig.bundler.json', 'tsconfig.cjs.json']) {
      const result = await project.tsc(['-p', config, '--noEmit'], false, 'typescript7');
      timings[`TS 7.0: tsc ${config}`] = result.durationMs;
    }
  });

  it('rejects a type error on exactly the marked line with TypeScript 5.9 and 7.0', async () => {
    const project = installedConsumer();
    const expected = expectedErrorLines(fixture['src/type-error.ts'] ?? '').map((line) => `src/type-error.ts:${line}`);
    expect(expected.length).toBeGreaterThan(0);
    for (const compiler of ['typescript', 'typescript7'] as const) {
      // --pretty false: TypeScript 7 prints the pretty format when FORCE_COLOR is set (Nx sets it), even into a pipe.
      const broken = await project.tsc(['-p', 'tsconfig.type-error.json', '--pretty', 'false'], true, compiler);
      const diagnostics = `${broken.stdout}${broken.stderr}`;
      expect(broken.code, diagnostics).not.toBe(0);
      const errorLines = [...diagnostics.matchAll(/^(src\/[\w.-]+)\((\d+),\d+\): error TS\d+/gm)].map((m) => `${m[1]}:${m[2]}`);
      expect({ compiler, lines: [...new Set(errorLines)].sort() }, diagnostics).toEqual({ compiler, lines: expected.sort() });
    }
  });

  it('the strictest consumer, linked install (nothing hoisted): the README install lines and escape-hatch command as written, type-checked with @tsconfig/strictest and skipLibCheck false on TypeScript 5.9 and 7.0, then run', async () => {
    expect(firstRelease.length, 'needs the packages published by the first test').toBeGreaterThan(0);
    const versions = Object.fromEntries(firstRelease.map((p) => [p.name, p.version]));
    const project = await createConsumerProject({
      dir: join(workDir, 'strict-consumer'),
      registryUrl: verdaccio!.url,
      scope: publishedScope,
      files: await readConsumerFixture({ SCOPE: publishedScope }, strictConsumerFixtureDir),
      // A plain `npm install -D typescript` gives TypeScript 7 today; 5.9 beside it under an alias. @types/node: the
      // newest 20.x, as a new project gets it (older 20.x declarations fail TypeScript 7 with exactOptionalPropertyTypes).
      devDependencies: { typescript: TYPESCRIPT_7.replace('npm:typescript@', ''), typescript5: `npm:typescript@${await workspaceVersionOf('typescript')}`, '@types/node': STRICT_TYPES_NODE, '@tsconfig/strictest': STRICTEST },
      env,
      installStrategy: 'linked',
    });
    // What the READMEs' install lines say, nothing more: `npm install @ccaas/genesys-cloud @ccaas/nice-cxone` and
    // `npm install -D @ccaas/mocks msw` (auth-core is the clients' dependency, never installed by name).
    const installed = await project.install([...[...clientPackages, scoped('mocks')].map((name) => `${name}@${versions[name]}`), `msw@${await workspaceVersionOf('msw')}`]);
    timings['strict consumer npm install --install-strategy=linked'] = installed.durationMs;
    // The escape hatch's command exactly as the published genesys-cloud README writes it (openapi-typescript with its
    // own TypeScript 5 peer, beside the project's TypeScript 7).
    const readme = await readFile(join(project.dir, 'node_modules', scoped('genesys-cloud'), 'README.md'), 'utf8');
    const documented = /^(npx --yes openapi-typescript@7 (\S+\.ya?ml) -o (\S+))/m.exec(readme);
    expect(documented, 'the genesys-cloud README documents `npx --yes openapi-typescript@7 <spec>.yaml -o <file>`').not.toBeNull();
    const [, command, specFile, output] = documented!;
    await writeFile(join(project.dir, specFile!), await readFile(join(consumerFixtureDir, 'my-genesys-api.yaml'), 'utf8'));
    const generated = await runCommand('sh', ['-c', command!], { cwd: project.dir, env });
    timings['strict consumer: the README escape-hatch command'] = generated.durationMs;
    expect(output).toBe('src/genesys-beta.d.ts');
    expect(await readFile(join(project.dir, output!), 'utf8')).toContain('"/api/v2/tokens/me"');
    for (const compiler of ['typescript5', 'typescript'] as const) {
      const checked = await project.tsc(['-p', 'tsconfig.json', '--pretty', 'false', ...(compiler === 'typescript' ? ['--noEmit'] : [])], true, compiler);
      timings[`strict consumer: ${compiler === 'typescript' ? 'TS 7.0' : 'TS 5.9 (emit)'}`] = checked.durationMs;
      expect({ compiler, code: checked.code, output: `${checked.stdout}${checked.stderr}` }).toEqual({ compiler, code: 0, output: '' });
    }
    const run = await project.node(['dist/strict-consumer.js']);
    timings['strict consumer: run'] = run.durationMs;
    const report = lastJsonLine(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.checks).toEqual(expect.arrayContaining([expect.stringMatching(/auth-core is not importable/), expect.stringMatching(/^403 -> ForbiddenError/)]));
    // The sandbox from another repository: the mocks' bin, with its help and its refusal of a misread flag.
    const help = await runCommand('npx', [scoped('mocks'), 'sandbox', '--help'], { cwd: project.dir, env });
    expect(help.stdout).toContain(`Usage: npx ${scoped('mocks')} sandbox [options]`);
    const refused = await runCommand('npx', [scoped('mocks'), 'sandbox', '--genesys-token-lifetime', '10s'], { cwd: project.dir, env, allowFailure: true });
    expect({ code: refused.code, stderr: refused.stderr }).toEqual({ code: 2, stderr: expect.stringContaining('--genesys-token-lifetime must be a whole number') });
  });

  it('bumps, changelogs and publishes only the changed client and its dependents when its spec gains an operation', async () => {
    expect(firstRelease.length, 'needs the packages published by the first test').toBeGreaterThan(0);
    const before = await listPublicPackages(copyDir);
    const started = performance.now();
    // One API family of the client (its own spec and generated module).
    const specFile = join(copyDir, 'specs', rehearsalPlatform, 'families', rehearsalFamily, 'openapi.yaml');
    const generatedFile = join(copyDir, 'packages', rehearsalPlatform, 'src', 'generated', `${rehearsalFamily}.d.ts`);
    const operation = await addRehearsalOperation(specFile);
    await runCommand(process.execPath, ['tools/codegen/generate.mjs', rehearsalPlatform], { cwd: copyDir, env });
    expect(await readFile(generatedFile, 'utf8')).toContain(`"${operation.path}"`);
    // The mocks' per-family tables are generated from the same spec: regenerated with the client, as `npm run generate`
    // does after a spec change, so the release itself rewrites nothing under packages/.
    await runCommand(process.execPath, ['tools/codegen/generate-mocks.mjs'], { cwd: copyDir, env });
    expect(await readFile(join(copyDir, 'packages', 'mocks', 'src', 'generated', rehearsalPlatform, `${rehearsalFamily}.js`), 'utf8')).toContain(operation.path);

    const summary = `Add \`GET ${operation.path}\` (\`${operation.operationId}\`) from the updated ${rehearsalPlatform} spec.`;
    await writeFile(join(copyDir, '.changeset', 'rehearsal-spec-change.md'), `---\n'${rehearsalPackage}': minor\n---\n\n${summary}\n`);
    await commitAll('spec: add rehearsal operation');
    const expected = expectedBumps(before, rehearsalPackage, 'minor');

    const result = await releaseInCopy({ copyDir, registryUrl: verdaccio!.url, workDir });
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
      const response = await fetch(new URL(pkg.name.replace('/', '%2f'), verdaccio!.url), { signal: AbortSignal.timeout(HANG_GUARD_MS) });
      const packument = (await response.json()) as { versions: Record<string, unknown> };
      expect(Object.keys(packument.versions)).toEqual([pkg.version]);
    }
  });
});
