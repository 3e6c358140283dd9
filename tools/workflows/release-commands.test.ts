// The release workflow must publish with exactly the commands the registry e2e proves: tools/registry's
// publish.e2e.test.ts runs the root `npm run release` (release-in-copy.ts) against a loopback Verdaccio, and
// `release` is nothing but the two scripts the changesets action calls in .github/workflows/release.yml.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const read = (path: string) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('release commands', () => {
  it('the changesets action runs the version and publish scripts that `npm run release` chains', async () => {
    const { scripts } = JSON.parse(await read('package.json')) as { scripts: Record<string, string> };
    const release = parse(await read('.github/workflows/release.yml')) as { jobs: Record<string, { steps: { uses?: string; with?: Record<string, unknown> }[] }> };
    const steps = Object.values(release.jobs).flatMap((job) => job.steps);
    const changesets = steps.filter((step) => step.uses?.startsWith('changesets/action@'));
    expect(changesets).toHaveLength(1);
    expect(changesets[0]!.with).toMatchObject({ version: 'npm run release:version', publish: 'npm run release:publish' });
    expect(scripts['release']).toBe('npm run release:version && npm run release:publish');
    // the lockfile follows the new workspace versions, or `npm ci` on the Version packages PR fails (E404 for the old version)
    expect(scripts['release:version']).toBe('changeset version && npm install --package-lock-only --ignore-scripts --prefer-offline --no-audit --no-fund');
    expect(scripts['release:publish']).toBe('nx run-many -t build --projects=tag:published && changeset publish');
    // the e2e's default script is `release` (nothing else publishes in it)
    expect(await read('tools/registry/release-in-copy.ts')).toContain("script = 'release'");
  });

  it('no workflow step runs npm publish or changeset publish outside the changesets action', async () => {
    for (const name of ['ci.yml', 'release.yml', 'spec-sync.yml']) {
      const workflow = parse(await read(`.github/workflows/${name}`)) as { jobs: Record<string, { steps: { run?: string }[] }> };
      const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
      expect(runs.filter((run) => /npm publish|changeset publish|release:publish/.test(run)), name).toEqual([]);
    }
  });
});
