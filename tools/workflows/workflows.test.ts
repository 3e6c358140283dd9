import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkWorkflowPolicy, formatFinding, lintWorkflow, lintWorkflowDirectory } from './lint-workflows.js';

const workflowsDir = fileURLToPath(new URL('../../.github/workflows/', import.meta.url));
const readWorkflow = async (name: string) => parse(await readFile(`${workflowsDir}${name}`, 'utf8')) as Record<string, any>;

describe('the repository workflows', () => {
  it('are ci, release and spec-sync, and pass actionlint and the pinning/permissions/concurrency policy', async () => {
    const { files, findings } = await lintWorkflowDirectory(workflowsDir);
    expect(files).toEqual(['ci.yml', 'release.yml', 'spec-sync.yml']);
    expect(findings.map(formatFinding)).toEqual([]);
  });

  it('ci runs .ci/run on Node 20, 22 and 24 for pull requests and main, and only main saves the Nx cache', async () => {
    const ci = await readWorkflow('ci.yml');
    expect(Object.keys(ci['on'])).toEqual(['pull_request', 'push']);
    expect(ci['on'].push.branches).toEqual(['main']);
    expect(ci['permissions']).toEqual({ contents: 'read' });
    const job = ci['jobs'].test;
    expect(job.strategy.matrix.node.map((version: string) => version.split('.')[0])).toEqual(['20', '22', '24']);
    const steps = job.steps as { uses?: string; run?: string; if?: string }[];
    expect(steps.some((step) => step.run === 'bash .ci/run')).toBe(true);
    expect(steps.some((step) => step.run?.includes('npm audit signatures'))).toBe(true);
    const cacheSteps = steps.filter((step) => step.uses?.startsWith('actions/cache'));
    // restore-only for everyone; the save step is the one write, and it is gated on a push to main
    expect(cacheSteps.map((step) => step.uses!.split('@')[0])).toEqual(['actions/cache/restore', 'actions/cache/save']);
    expect(cacheSteps[1]!.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
  });

  it('only the release job may mint an OIDC token, and spec-sync runs weekly and on demand', async () => {
    const release = await readWorkflow('release.yml');
    expect(release['permissions']).toEqual({});
    expect(release['jobs'].release.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', 'id-token': 'write' });
    const specSync = await readWorkflow('spec-sync.yml');
    expect(Object.keys(specSync['on']).sort()).toEqual(['schedule', 'workflow_dispatch']);
    expect(specSync['permissions']).toEqual({});
    expect(specSync['jobs'].sync.permissions).toEqual({ contents: 'write', 'pull-requests': 'write' });
    const ci = await readWorkflow('ci.yml');
    expect(JSON.stringify([ci, specSync])).not.toContain('id-token');
  });
});

describe('the workflow linter', () => {
  it('reports actionlint findings: a script injection and an unknown permission scope', async () => {
    const broken = [
      'on: pull_request',
      'permissions: { contents: read, packagez: write }',
      'concurrency: { group: x }',
      'jobs:',
      '  a:',
      '    runs-on: ubuntu-24.04',
      '    steps:',
      '      - run: echo "${{ github.event.pull_request.title }}"',
      '',
    ].join('\n');
    const messages = (await lintWorkflow('broken.yml', broken)).map(formatFinding).join('\n');
    expect(messages).toMatch(/broken\.yml:8:\d+ "github\.event\.pull_request\.title" is potentially untrusted/);
    expect(messages).toMatch(/broken\.yml:2:\d+ .*"packagez"/);
  });

  it('reports a tag-pinned action, a missing permissions block and a missing concurrency group', () => {
    const unpinned = ['on: push', 'jobs:', '  a:', '    runs-on: ubuntu-24.04', '    steps:', '      - uses: actions/checkout@v7', ''].join('\n');
    expect(checkWorkflowPolicy('unpinned.yml', unpinned).map(formatFinding)).toEqual([
      expect.stringMatching(/^unpinned\.yml:2:1 no top-level `permissions:`/),
      expect.stringMatching(/^unpinned\.yml:2:1 no top-level `concurrency:`/),
      'unpinned.yml:6:1 "actions/checkout@v7" is not pinned by a full commit SHA: use owner/repo@<40-hex sha> # <tag> [pin]',
    ]);
  });
});
