// `spec:genesys-policy-extract`: the per-operation policy of the Genesys Cloud Platform API (required permissions,
// preview, deprecation with its replacement) as the vendor's official SDKs document it in `build/docs/<Area>Api.md`
// (MyPureCloud/platform-client-sdk-python, and platform-client-sdk-javascript for operations the Python release does
// not have yet; both are generated from the live Swagger's `x-inin-requires-permissions`, `x-genesys-preview` and
// `deprecated`). Writes the compact, committed extract specs/genesys-cloud/extract/permissions.json that
// `spec:import --policy` applies; nothing reads the network at build or test time. Refresh it from newer clones (the
// first repository wins for an operation both document):
//   npx tsx tools/spec-sync/genesys-policy-extract.ts --git-dir <python clone>/.git --git-dir <javascript clone>/.git [--out <file>]
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { workspaceRoot } from './import-spec.js';
import { SpecSyncError } from './spec-sync-error.js';

/** The SDK repositories whose docs the extractor reads, by the id an entry's `doc` starts with. */
export const policyRepositories: Record<string, string> = { python: 'MyPureCloud/platform-client-sdk-python', javascript: 'MyPureCloud/platform-client-sdk-javascript' };

/** One operation's policy; `permissions: null` is the vendor's explicit "Requires no permissions". */
export interface OperationPolicy {
  permissions: { type: 'ANY' | 'ALL'; list: string[] } | null;
  preview?: true;
  deprecated?: true;
  /** The route (or article) the deprecation notice points to, as the vendor words it. */
  replacement?: string;
  /** `<artifact id> <Area>Api.md <SDK method>`: where the entry is. */
  doc: string;
}

export interface PolicyArtifact {
  id: string;
  repo: string;
  commit: string;
  version: string;
  files: string;
}

export interface PolicyExtract {
  /** In priority order: an operation's entry comes from the first artifact documenting it. */
  artifacts: PolicyArtifact[];
  /** "METHOD /api/v2/path" -> policy, sorted by key. */
  operations: Record<string, OperationPolicy>;
}

const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>' };

/** The policy entries of one `<Area>Api.md` page (its `## <method>` sections). */
export function parseApiDoc(file: string, markdown: string, artifactId: string): Array<[string, OperationPolicy]> {
  const entries: Array<[string, OperationPolicy]> = [];
  for (const section of `\n${markdown}`.split(/\n## /).slice(1)) {
    const name = section.slice(0, section.indexOf('\n')).trim();
    // `## PureCloudPlatformClientV2.UsersApi` heads the method table; every other `## ` is one method
    // (`get_user` in the Python docs, `getUser` in the JavaScript docs).
    if (!/^[a-z][A-Za-z0-9_]*$/.test(name)) continue;
    // Everything before the example is the entry's prose; the example repeats the summary as a comment.
    const prose = section.split('\n### ')[0]!;
    // Python: "Wraps GET /api/v2/users/{userId}"; JavaScript: the bare "GET /api/v2/users/{userId}" line.
    const wraps = /^(?:Wraps )?(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S+)\s*$/m.exec(prose);
    if (wraps === null) throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${file} ## ${name}: no "<METHOD> <path>" line`, { input: file });
    const policy: OperationPolicy = { permissions: readPermissions(file, name, prose), doc: `${artifactId} ${file} ${name}` };
    if (prose.includes(`${name} is a preview method`)) policy.preview = true;
    if (/This resource has been deprecated/.test(prose)) {
      policy.deprecated = true;
      const replacement = findReplacement(decode(prose.slice(0, wraps.index)));
      if (replacement !== undefined) policy.replacement = replacement;
    }
    entries.push([`${wraps[1]} ${wraps[2]}`, policy]);
  }
  return entries;
}

function readPermissions(file: string, name: string, prose: string): OperationPolicy['permissions'] {
  if (/^Requires (no|NO) permissions/m.test(prose)) return null;
  const match = /^Requires (ANY|ALL) permissions:\s*\n((?:\s*\n|\* .*\n?)+)/m.exec(prose);
  if (match === null) throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${file} ## ${name}: no "Requires ... permissions" line`, { input: file });
  const list = [...match[2]!.matchAll(/^\* (\S+)/gm)].map((m) => m[1]!);
  if (list.length === 0) throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${file} ## ${name}: "Requires ${match[1]} permissions" lists none`, { input: file });
  return { type: match[1] as 'ANY' | 'ALL', list };
}

/**
 * The replacement a deprecation notice names: "use authorization/divisionspermitted/paged/me instead",
 * "please use /api/v2/organizations/authentication/settings", "Use POST /api/v2/...", or the article it points to.
 */
export function findReplacement(text: string): string | undefined {
  const route = /\buse\s+(?:(GET|POST|PUT|PATCH|DELETE)\s+)?(\/?(?:api\/v2\/)?[A-Za-z][\w{}.-]*(?:\/[\w{}.-]+)+)/i.exec(text);
  if (route !== null) {
    const path = route[2]!.replace(/\.$/, '');
    const absolute = path.startsWith('/api/v2/') ? path : path.startsWith('api/v2/') ? `/${path}` : `/api/v2/${path.replace(/^\//, '')}`;
    return route[1] === undefined ? absolute : `${route[1].toUpperCase()} ${absolute}`;
  }
  const article = /see the article (https:\/\/\S+?)[.,]?(?:\s|$)/i.exec(text);
  return article?.[1];
}

function decode(text: string): string {
  return text.replace(/&#39;|&quot;|&amp;|&lt;|&gt;/g, (m) => entities[m]!);
}

/**
 * Reads every `build/docs/*Api.md` of each SDK repository (a git directory, e.g. a bare clone; no work tree needed)
 * at its HEAD, in the order given: an operation keeps the entry of the first repository that documents it.
 */
export function extractFromGit(gitDirs: readonly string[]): PolicyExtract {
  const artifacts: PolicyArtifact[] = [];
  const operations = new Map<string, OperationPolicy>();
  for (const gitDir of gitDirs) {
    const git = (...args: string[]) => execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const sha = git('rev-parse', 'HEAD^{commit}').trim();
    const version = (JSON.parse(git('show', `${sha}:version.json`)) as { displayFull: string }).displayFull;
    const files = git('ls-tree', '--name-only', sha, 'build/docs/').split('\n').filter((path) => /\/[A-Za-z]+Api\.md$/.test(path));
    // The docs say which SDK they document: Python methods are snake_case, JavaScript methods camelCase.
    const id = git('show', `${sha}:README.md`).includes('PureCloudPlatformClientV2') ? 'python' : 'javascript';
    artifacts.push({ id, repo: policyRepositories[id]!, commit: sha, version, files: 'build/docs/*Api.md' });
    const own = new Map<string, OperationPolicy>();
    for (const path of files.sort()) {
      const file = path.slice(path.lastIndexOf('/') + 1);
      for (const [key, policy] of parseApiDoc(file, git('show', `${sha}:${path}`), id)) {
        const seen = own.get(key);
        // An operation documented on two pages (two tags) must say the same on both.
        if (seen !== undefined && JSON.stringify({ ...seen, doc: '' }) !== JSON.stringify({ ...policy, doc: '' })) {
          throw new SpecSyncError('MERGE_CONFLICT', `${key}: ${seen.doc} and ${policy.doc} document different policies`, { input: path });
        }
        if (seen === undefined) own.set(key, policy);
      }
    }
    for (const [key, policy] of own) if (!operations.has(key)) operations.set(key, policy);
  }
  const sorted = Object.fromEntries([...operations].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { artifacts, operations: sorted };
}

/** One line per operation, so a refresh reads as a per-operation diff. */
export function serialisePolicyExtract(extract: PolicyExtract): string {
  const lines = Object.entries(extract.operations).map(([key, policy]) => `    ${JSON.stringify(key)}: ${JSON.stringify(policy)}`);
  const artifacts = extract.artifacts.map((artifact) => `    ${JSON.stringify(artifact)}`).join(',\n');
  return `{\n  "artifacts": [\n${artifacts}\n  ],\n  "operations": {\n${lines.join(',\n')}\n  }\n}\n`;
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({ args: argv, options: { 'git-dir': { type: 'string', multiple: true }, out: { type: 'string' } } });
  if (values['git-dir'] === undefined) throw new SpecSyncError('USAGE', 'usage: genesys-policy-extract --git-dir <SDK repository .git> [--git-dir ...] [--out file]');
  const extract = extractFromGit(values['git-dir']);
  const out = values.out ?? join(workspaceRoot, 'specs', 'genesys-cloud', 'extract', 'permissions.json');
  await writeFile(out, serialisePolicyExtract(extract));
  const all = Object.values(extract.operations);
  const from = extract.artifacts.map((a) => `${a.repo}@${a.version} (${a.commit.slice(0, 12)}, ${all.filter((p) => p.doc.startsWith(`${a.id} `)).length})`).join(' + ');
  console.log(
    `[spec-sync] ${from}: ${all.length} operations, ` +
      `${all.filter((p) => p.permissions !== null).length} with permissions, ${all.filter((p) => p.permissions === null).length} none required, ` +
      `${all.filter((p) => p.preview).length} preview, ${all.filter((p) => p.deprecated).length} deprecated -> ${out}`,
  );
}

if (process.argv[1] !== undefined && /genesys-policy-extract\.[cm]?[jt]s$/.test(process.argv[1])) {
  await main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
