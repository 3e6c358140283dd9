#!/usr/bin/env -S npx tsx
// Turns a re-imported spec (the working tree's specs/ against a base commit) into a branch-ready pull request: for
// each platform whose spec documents changed it runs `spec-sync changeset` (the `npm run spec:changeset` command) on
// the whole API before and after, writes a readable PR body (added / removed / changed operations, breaking changes
// flagged first), and with --branch commits specs/, the regenerated packages/ and .changeset/ on that branch.
// .github/workflows/spec-sync.yml runs it after `spec:import` and `generate`; prepare-sync-pr.test.ts runs it in
// `npm test` on committed fixtures, offline.
//
//   tsx tools/spec-sync/prepare-sync-pr.ts --base <git ref> [--repo dir] [--branch name] [--body-file f]
//                                          [--changeset-dir d] [--github-output f]
import { execFile } from 'node:child_process';
import { access, appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { runCli } from './cli.js';
import { diffSpecs, type SpecChange, type SpecDiff } from './diff-specs.js';
import { workspaceRoot } from './import-spec.js';
import type { JsonObject } from './is-plain-object.js';
import { mergeDocuments } from './merge-documents.js';
import { platformPackages, type Platform } from './platforms.js';

export interface PrepareSyncPrOptions {
  /** Repository root (a git work tree). */
  repoDir: string;
  /** The commit the working tree is compared with (the workflow: HEAD, before anything is committed). */
  base: string;
  /** Create (or reset) this branch at the current HEAD and commit the change on it. */
  branch?: string;
  /** Where `spec:changeset` writes (default `<repoDir>/.changeset`). */
  changesetDir?: string;
}

export interface PlatformSync {
  platform: Platform;
  packageName: string;
  apiName: string;
  diff: SpecDiff;
  /** Repository-relative path of the changeset written, if the diff warrants a release. */
  changeset?: string;
  /** The new documents, for summaries of added operations. */
  newDocument: JsonObject;
}

export interface SyncPr {
  changed: boolean;
  title: string;
  body: string;
  platforms: PlatformSync[];
  /** `git status --porcelain` lines of what the PR carries (before the commit). */
  files: string[];
  /** The commit made on `branch`. */
  commit?: string;
}

const apiNames: Record<Platform, string> = { 'genesys-cloud': 'Genesys Cloud', 'nice-cxone': 'NICE CXone' };
/** What the PR commits: specs, the regenerated clients (packages/<name>/src/generated) and the changesets. */
const committedPaths = ['specs', 'packages', '.changeset'];
const operationLabel = /^(?:GET|PUT|POST|DELETE|PATCH|HEAD|OPTIONS|TRACE) \//;
const emptyDocument: JsonObject = { openapi: '3.0.3', info: { title: 'none', version: '0' }, paths: {} };

async function git(repoDir: string, args: readonly string[]): Promise<string> {
  const { stdout } = await promisify(execFile)('git', [...args], { cwd: repoDir, maxBuffer: 512 * 1024 * 1024 });
  return stdout;
}

/** Every `openapi.yaml` under specs/<platform>/ (one per Genesys area or CXone family, or one for the platform). */
async function specFilesInTree(repoDir: string, platform: Platform): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const walk = async (dir: string): Promise<void> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name === 'openapi.yaml') files.set(relative(repoDir, path), await readFile(path, 'utf8'));
    }
  };
  await walk(join(repoDir, 'specs', platform));
  return files;
}

async function specFilesAt(repoDir: string, base: string, platform: Platform): Promise<Map<string, string>> {
  const names = (await git(repoDir, ['ls-tree', '-r', '--name-only', base, '--', `specs/${platform}`]))
    .split('\n')
    .filter((name) => name === `specs/${platform}/openapi.yaml` || name.endsWith('/openapi.yaml'))
    .sort();
  const files = new Map<string, string>();
  for (const name of names) files.set(name, await git(repoDir, ['show', `${base}:${name}`]));
  return files;
}

const sameFiles = (a: Map<string, string>, b: Map<string, string>) => a.size === b.size && [...a].every(([name, text]) => b.get(name) === text);

/** One document for the whole platform API, so an operation moving between areas is not reported as removed. */
function wholeApi(files: Map<string, string>): JsonObject {
  if (files.size === 0) return emptyDocument;
  return mergeDocuments([...files].map(([input, text]) => ({ input, document: parseYaml(text) as JsonObject })));
}

/** Runs `spec-sync changeset <old> <new>` and returns the changeset file it added, if any. */
async function runSpecChangeset(platform: Platform, before: JsonObject, after: JsonObject, changesetDir: string): Promise<string | undefined> {
  const work = await mkdtemp(join(tmpdir(), 'ccaas-sync-pr-'));
  try {
    await writeFile(join(work, 'before.json'), JSON.stringify(before));
    await writeFile(join(work, 'after.json'), JSON.stringify(after));
    const existing = new Set(await readdir(changesetDir).catch(() => []));
    let errors = '';
    const code = await runCli(['changeset', join(work, 'before.json'), join(work, 'after.json'), '--platform', platform, '--changeset-dir', changesetDir], {
      stdout: () => undefined, // the PR body says the same, grouped for reviewers
      stderr: (text) => (errors += text),
    });
    if (code !== 0) throw new Error(`[@ccaas/tools spec-sync] spec:changeset failed for ${platform} (exit ${code}): ${errors.trim()}`);
    const added = (await readdir(changesetDir)).filter((name) => !existing.has(name));
    return added.length === 0 ? undefined : join(changesetDir, added[0]!);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export async function prepareSyncPr(options: PrepareSyncPrOptions): Promise<SyncPr> {
  const repoDir = resolve(options.repoDir);
  const changesetDir = resolve(options.changesetDir ?? join(repoDir, '.changeset'));
  const platforms: PlatformSync[] = [];
  for (const platform of Object.keys(platformPackages) as Platform[]) {
    const before = await specFilesAt(repoDir, options.base, platform);
    const after = await specFilesInTree(repoDir, platform);
    if (sameFiles(before, after)) continue;
    const oldDocument = wholeApi(before);
    const newDocument = wholeApi(after);
    const diff = diffSpecs(oldDocument, newDocument);
    const changeset = await runSpecChangeset(platform, oldDocument, newDocument, changesetDir);
    platforms.push({
      platform,
      packageName: platformPackages[platform],
      apiName: apiNames[platform],
      diff,
      ...(changeset === undefined ? {} : { changeset: relative(repoDir, changeset) }),
      newDocument,
    });
  }
  const files = (await git(repoDir, ['status', '--porcelain', '--untracked-files=all', '--', ...committedPaths])).split('\n').filter(Boolean).sort();
  const changed = platforms.some(({ diff }) => diff.changes.length > 0);
  const title = syncPrTitle(platforms);
  const body = formatSyncPrBody(platforms, files);
  if (!changed || options.branch === undefined) return { changed, title, body, platforms, files };
  await git(repoDir, ['checkout', '-B', options.branch]);
  const present = await Promise.all(committedPaths.map((path) => access(join(repoDir, path)).then(() => path, () => undefined)));
  await git(repoDir, ['add', '-A', '--', ...present.filter((path) => path !== undefined)]);
  await git(repoDir, ['commit', '-q', '-m', title, '-m', platforms.map(summaryLine).join('\n')]);
  const commit = (await git(repoDir, ['rev-parse', 'HEAD'])).trim();
  return { changed, title, body, platforms, files, commit };
}

const count = (diff: SpecDiff, cls: SpecChange['class']) => diff.changes.filter((change) => change.class === cls).length;

function summaryLine({ packageName, diff }: PlatformSync): string {
  const parts = [`${count(diff, 'breaking')} breaking`, `${count(diff, 'additive')} additive`, `${count(diff, 'docs')} docs-only`];
  return `${packageName}: ${diff.bump} (${parts.join(', ')})`;
}

export function syncPrTitle(platforms: readonly PlatformSync[]): string {
  const changed = platforms.filter(({ diff }) => diff.changes.length > 0);
  if (changed.length === 0) return 'spec-sync: no API changes';
  return `spec-sync: ${changed.map(({ apiName, diff }) => `${apiName} API ${diff.bump === 'major' ? '(breaking)' : `(${diff.bump})`}`).join(', ')}`;
}

function summaryOf(document: JsonObject, label: string): string {
  const [method, path] = label.split(' ') as [string, string];
  const operation = (document['paths'] as Record<string, Record<string, { summary?: unknown }>> | undefined)?.[path]?.[method.toLowerCase()];
  return typeof operation?.summary === 'string' ? ` — ${operation.summary}` : '';
}

const flag = (change: SpecChange) => (change.class === 'breaking' ? '**breaking** ' : change.class === 'docs' ? 'docs: ' : '');

function platformSection(sync: PlatformSync): string[] {
  const { diff } = sync;
  const isOperation = (change: SpecChange) => operationLabel.test(change.location);
  const added = diff.changes.filter((change) => isOperation(change) && change.message === 'operation added');
  const removed = diff.changes.filter((change) => isOperation(change) && change.message === 'operation removed');
  const changedOps = new Map<string, SpecChange[]>();
  const other = new Map<string, SpecChange[]>();
  for (const change of diff.changes) {
    if (added.includes(change) || removed.includes(change)) continue;
    const group = isOperation(change) ? changedOps : other;
    group.set(change.location, [...(group.get(change.location) ?? []), change]);
  }
  const lines = [`### ${sync.apiName} (\`${sync.packageName}\`: ${diff.bump})`, ''];
  if (diff.changes.length === 0) return [...lines, 'The spec files changed, but not the API (formatting or order only).', ''];
  const list = (heading: string, count: number, entries: string[]) => (count === 0 ? [] : [`**${heading}** (${count})`, '', ...entries, '']);
  const nested = (groups: Map<string, SpecChange[]>) =>
    [...groups.keys()].sort().flatMap((location) => [`- \`${location}\``, ...groups.get(location)!.map((change) => `  - ${flag(change)}${change.message}`)]);
  lines.push(
    ...list('Added operations', added.length, added.map((change) => `- \`${change.location}\`${summaryOf(sync.newDocument, change.location)}`).sort()),
    ...list('Removed operations', removed.length, removed.map((change) => `- \`${change.location}\` **breaking**`).sort()),
    ...list('Changed operations', changedOps.size, nested(changedOps)),
    ...list('Changed schemas and document', other.size, nested(other)),
  );
  return lines;
}

/** The pull request body: what changed for a consumer of the generated client, breaking changes first. */
export function formatSyncPrBody(platforms: readonly PlatformSync[], files: readonly string[]): string {
  const lines = ['## Vendor API spec update', ''];
  const changed = platforms.filter(({ diff }) => diff.changes.length > 0);
  if (changed.length === 0) return `${[...lines, 'No API changes.'].join('\n')}\n`;
  lines.push(
    'Opened by `.github/workflows/spec-sync.yml`: `spec:import` from the vendor sources, `npm run generate`, `npm test`.',
    '',
    '| package | bump | breaking | additive | docs-only |',
    '|---|---|---|---|---|',
    ...changed.map(({ packageName, diff }) => `| \`${packageName}\` | ${diff.bump} | ${count(diff, 'breaking')} | ${count(diff, 'additive')} | ${count(diff, 'docs')} |`),
    '',
  );
  const breaking = changed.flatMap(({ packageName, diff }) => diff.changes.filter((c) => c.class === 'breaking').map((c) => ({ packageName, ...c })));
  if (breaking.length > 0) {
    lines.push(
      '> [!WARNING]',
      `> **${breaking.length} breaking change${breaking.length === 1 ? '' : 's'}**: code compiled against the current types can fail. The changeset bumps the major version; a maintainer decides whether to ship it as is.`,
      '>',
      ...breaking.map((change) => `> - \`${change.packageName}\` \`${change.location}\`: ${change.message}`),
      '',
    );
  }
  for (const sync of platforms) lines.push(...platformSection(sync));
  const changesets = platforms.filter((sync) => sync.changeset !== undefined);
  lines.push('### Changesets', '', ...(changesets.length === 0 ? ['None (no release needed).'] : changesets.map((s) => `- \`${s.changeset}\`: \`${s.packageName}\` ${s.diff.bump}`)), '');
  lines.push('### Files', '', '```', ...files, '```', '');
  return `${lines.join('\n').trimEnd()}\n`;
}

async function main(argv: readonly string[]): Promise<number> {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      repo: { type: 'string' },
      base: { type: 'string' },
      branch: { type: 'string' },
      'body-file': { type: 'string' },
      'changeset-dir': { type: 'string' },
      'github-output': { type: 'string' },
    },
  });
  if (values.base === undefined) {
    process.stderr.write('usage: prepare-sync-pr.ts --base <git ref> [--repo dir] [--branch name] [--body-file f] [--changeset-dir d] [--github-output f]\n');
    return 2;
  }
  const result = await prepareSyncPr({
    repoDir: values.repo ?? workspaceRoot,
    base: values.base,
    ...(values.branch === undefined ? {} : { branch: values.branch }),
    ...(values['changeset-dir'] === undefined ? {} : { changesetDir: values['changeset-dir'] }),
  });
  if (values['body-file'] !== undefined) await writeFile(values['body-file'], result.body);
  if (values['github-output'] !== undefined) await appendFile(values['github-output'], `changed=${result.changed}\ntitle=${result.title}\n`);
  process.stdout.write(`${result.title}\n${result.platforms.map(summaryLine).join('\n')}${result.commit ? `\ncommitted ${result.commit} on ${values.branch}` : ''}\n`);
  return 0;
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
