// The spec-sync workflow's last step, rehearsed offline: a throw-away git repository holds the fixture specs
// (two Genesys areas and a CXone document) at its base commit, the "users" area is replaced by a modified fixture (as
// `spec:import` would), and prepare-sync-pr.ts turns that into the commit, the changeset and the PR body the workflow
// pushes. The expected body is committed (fixtures/sync-rehearsal/expected-pr-body.md): a change to the report shows
// up in review. UPDATE_SYNC_PR_FIXTURE=1 rewrites it.
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { prepareSyncPr } from './prepare-sync-pr.js';

const fixtures = fileURLToPath(new URL('./fixtures/sync-rehearsal/', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const script = fileURLToPath(new URL('./prepare-sync-pr.ts', import.meta.url));
const layout = {
  'users.yaml': 'specs/genesys-cloud/areas/users/openapi.yaml',
  'presence.yaml': 'specs/genesys-cloud/areas/presence/openapi.yaml',
  'cxone-admin.yaml': 'specs/nice-cxone/openapi.yaml',
};
const gitEnv = { ...process.env, GIT_AUTHOR_NAME: 'rehearsal', GIT_AUTHOR_EMAIL: 'rehearsal@example.invalid', GIT_COMMITTER_NAME: 'rehearsal', GIT_COMMITTER_EMAIL: 'rehearsal@example.invalid' };

let repo: string;
const git = async (...args: string[]) => (await promisify(execFile)('git', args, { cwd: repo, env: gitEnv })).stdout;

async function placeFixtures(side: 'before' | 'after') {
  for (const [name, target] of Object.entries(layout)) {
    await mkdir(dirname(join(repo, target)), { recursive: true });
    await copyFile(join(fixtures, side, name), join(repo, target));
  }
}

beforeEach(async () => {
  repo = await mkdtemp(join(tmpdir(), 'ccaas-sync-rehearsal-'));
  await git('init', '-q', '-b', 'main');
  await placeFixtures('before');
  await mkdir(join(repo, '.changeset'));
  await writeFile(join(repo, '.changeset', 'README.md'), 'changesets\n');
  await git('add', '-A');
  await git('commit', '-q', '-m', 'base');
});

afterEach(async () => {
  await rm(repo, { recursive: true, force: true });
});

describe('spec-sync PR rehearsal', () => {
  it('turns a modified fixture into a commit on the sync branch, the spec:changeset changeset and the PR body', async () => {
    await placeFixtures('after');
    // the regenerated client the workflow's `npm run generate` would have written
    await mkdir(join(repo, 'packages/genesys-cloud/src/generated/users'), { recursive: true });
    await writeFile(join(repo, 'packages/genesys-cloud/src/generated/users/paths.ts'), 'export {};\n');

    const result = await prepareSyncPr({ repoDir: repo, base: 'HEAD', branch: 'spec-sync/weekly' });

    expect(result.changed).toBe(true);
    expect(result.title).toBe('spec-sync: Genesys Cloud API (breaking)');
    expect(result.platforms.map(({ platform, diff }) => [platform, diff.bump])).toEqual([['genesys-cloud', 'major']]);
    const changeset = result.platforms[0]!.changeset!;
    expect(changeset).toMatch(/^\.changeset\/spec-ccaas-genesys-cloud-[0-9a-f]{8}\.md$/);
    const changesetText = await readFile(join(repo, changeset), 'utf8');
    expect(changesetText).toMatch(/^---\n"@ccaas\/genesys-cloud": major\n---\n\nUpdate the Genesys Cloud API spec \(3 breaking, 2 additive, 1 docs-only\)\./);
    expect(changesetText).toContain('- `DELETE /api/v2/users/{userId}`: operation removed');

    // branch-ready: one commit on spec-sync/weekly with the spec, the regenerated code and the changeset, nothing left over
    expect((await git('rev-parse', '--abbrev-ref', 'HEAD')).trim()).toBe('spec-sync/weekly');
    expect((await git('rev-parse', 'HEAD')).trim()).toBe(result.commit);
    expect((await git('show', '--name-status', '--format=%s', 'HEAD')).trim().split('\n')).toEqual([
      'spec-sync: Genesys Cloud API (breaking)',
      '',
      `A\t${changeset}`,
      'A\tpackages/genesys-cloud/src/generated/users/paths.ts',
      'M\tspecs/genesys-cloud/areas/users/openapi.yaml',
    ]);
    expect(await git('status', '--porcelain')).toBe('');
    expect((await git('rev-list', '--count', 'main..spec-sync/weekly')).trim()).toBe('1');

    const body = result.body.replaceAll(changeset, '.changeset/<changeset>.md');
    const expectedFile = join(fixtures, 'expected-pr-body.md');
    if (process.env['UPDATE_SYNC_PR_FIXTURE'] === '1') await writeFile(expectedFile, body);
    expect(body).toBe(await readFile(expectedFile, 'utf8'));
  });

  it('the body flags every breaking change and lists added, removed and changed operations', async () => {
    await placeFixtures('after');
    const { body } = await prepareSyncPr({ repoDir: repo, base: 'HEAD' });
    expect(body).toContain('> **3 breaking changes**');
    expect(body).toContain('**Added operations** (1)\n\n- `GET /api/v2/users/me` — Get the user associated with the current (OAuth) token.');
    expect(body).toContain('**Removed operations** (1)\n\n- `DELETE /api/v2/users/{userId}` **breaking**');
    expect(body).toMatch(/\*\*Changed operations\*\* \(1\)\n\n- `GET \/api\/v2\/users`\n(  - .*\n){3}\n/);
    expect(body).toContain('  - **breaking** query parameter "pageSize" is now required');
    expect(body).toContain('> - `@ccaas/genesys-cloud` `DELETE /api/v2/users/{userId}`: operation removed');
    // without --branch nothing is committed
    expect((await git('rev-parse', '--abbrev-ref', 'HEAD')).trim()).toBe('main');
  });

  it('an import that changed nothing writes no changeset and makes no commit', async () => {
    const result = await prepareSyncPr({ repoDir: repo, base: 'HEAD', branch: 'spec-sync/weekly' });
    expect(result).toMatchObject({ changed: false, title: 'spec-sync: no API changes', platforms: [] });
    expect(await readdir(join(repo, '.changeset'))).toEqual(['README.md']);
    expect((await git('rev-parse', '--abbrev-ref', 'HEAD')).trim()).toBe('main');
  });

  it('the command the workflow runs writes the body file and the step outputs', async () => {
    await placeFixtures('after');
    const out = join(repo, '..', `${repo.split('/').pop()}-out`);
    await mkdir(out);
    try {
      const { stdout } = await promisify(execFile)(
        tsx,
        [script, '--repo', repo, '--base', 'HEAD', '--branch', 'spec-sync/weekly', '--body-file', join(out, 'body.md'), '--github-output', join(out, 'output')],
        { cwd: repo, env: gitEnv, timeout: 120_000 },
      );
      expect(stdout).toContain('@ccaas/genesys-cloud: major (3 breaking, 2 additive, 1 docs-only)');
      expect(await readFile(join(out, 'output'), 'utf8')).toBe('changed=true\ntitle=spec-sync: Genesys Cloud API (breaking)\n');
      expect(await readFile(join(out, 'body.md'), 'utf8')).toContain('## Vendor API spec update');
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
