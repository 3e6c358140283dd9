// Renames the npm scope the packages are published under (the root package's scope -> e.g. `@acme`) across the whole repository:
// package names and dependencies, package-lock.json, imports, tsconfig/vitest path aliases, docs, changesets and the
// changesets config. The scope of a private registry must be one the company owns: see the README, "Using the
// clients in another repo". Usage: `npm run rename-scope -- @acme [--repository https://github.com/acme/ccaas]
// [--dry-run]`, then `npm install` (relinks the workspace packages under the new scope).
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface RenameScopeOptions {
  /** Repository root (has the root package.json, named `<scope>/root`). */
  root: string;
  /** The new scope, e.g. `@acme`. */
  to: string;
  /** Also point `repository`, `homepage` and `bugs` of the packages at this git repository URL. */
  repository?: string;
  /** List what would change without writing. */
  dryRun?: boolean;
}

export interface RenameScopeResult {
  from: string;
  to: string;
  /** Files rewritten (relative to the root), with the number of replacements in each. */
  files: { file: string; replacements: number }[];
}

/** npm's rule for a scope: `@` + lowercase URL-safe characters, not starting with `.` or `_`. */
const SCOPE = /^@[a-z0-9~-][a-z0-9._~-]*$/;

export class RenameScopeError extends Error {
  constructor(message: string) {
    super(`[rename-scope] ${message}`);
    this.name = 'RenameScopeError';
  }
}

/** The scope of the root package (`@example/root` -> `@example`). */
export async function currentScope(root: string): Promise<string> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { name?: string };
  const scope = manifest.name?.split('/')[0];
  if (!manifest.name?.includes('/') || scope === undefined || !SCOPE.test(scope)) {
    throw new RenameScopeError(`the root package.json is named "${manifest.name}"; expected "<scope>/root"`);
  }
  return scope;
}

/** Tracked and untracked (not ignored) files, never under node_modules. */
function listRepositoryFiles(root: string): string[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new RenameScopeError(`git ls-files failed in ${root}: ${listed.stderr.trim()} (run it inside the git clone)`);
  return [...new Set(listed.stdout.split('\0'))].filter((file) => file !== '' && !file.split('/').includes('node_modules')).sort();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Rewrites `repository.url`, `homepage` and `bugs.url` of a package.json text to another GitHub-style repository. */
function pointManifestAt(text: string, repository: string): string {
  const manifest = JSON.parse(text) as Record<string, unknown>;
  const base = repository.replace(/^git\+/, '').replace(/\.git$/, '').replace(/\/+$/, '');
  const directory = (manifest.repository as { directory?: string } | undefined)?.directory;
  if (manifest.repository !== undefined) manifest.repository = { type: 'git', url: `git+${base}.git`, ...(directory ? { directory } : {}) };
  if (manifest.homepage !== undefined) manifest.homepage = directory ? `${base}/tree/main/${directory}#readme` : `${base}#readme`;
  if (manifest.bugs !== undefined) manifest.bugs = { url: `${base}/issues` };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export async function renameScope({ root, to, repository, dryRun = false }: RenameScopeOptions): Promise<RenameScopeResult> {
  if (!SCOPE.test(to)) {
    throw new RenameScopeError(`"${to}" is not an npm scope: use @ followed by lowercase letters, digits, - . _ ~ (e.g. @acme)`);
  }
  if (repository !== undefined && !/^(git\+)?https:\/\/\S+$/.test(repository)) {
    throw new RenameScopeError(`--repository must be an https git URL, e.g. https://github.com/acme/ccaas (got "${repository}")`);
  }
  const from = await currentScope(root);
  const pattern = new RegExp(`${escapeRegExp(from)}(?![a-z0-9._~-])`, 'g');
  const files: RenameScopeResult['files'] = [];
  for (const file of listRepositoryFiles(root)) {
    const path = join(root, file);
    const buffer = await readFile(path).catch(() => undefined);
    if (buffer === undefined || buffer.includes(0)) continue; // deleted in the working tree, or binary
    if (/(^|\/)LICENSE[^/]*$/.test(file)) continue; // the copyright holder is not the npm scope
    const text = buffer.toString('utf8');
    const replacements = from === to ? 0 : (text.match(pattern) ?? []).length;
    let next = replacements > 0 ? text.replace(pattern, to) : text;
    if (repository !== undefined && file.endsWith('package.json') && !file.endsWith('/package-lock.json')) next = pointManifestAt(next, repository);
    if (next === text) continue;
    files.push({ file, replacements });
    if (!dryRun) await writeFile(path, next);
  }
  return { from, to, files };
}

function parseArguments(argv: readonly string[]): Omit<RenameScopeOptions, 'root'> {
  const positional: string[] = [];
  let repository: string | undefined;
  let dryRun = false;
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index]!;
    if (argument === '--dry-run') dryRun = true;
    else if (argument === '--repository') repository = argv[++index];
    else if (argument.startsWith('--repository=')) repository = argument.slice('--repository='.length);
    else if (argument.startsWith('-')) throw new RenameScopeError(`unknown option ${argument}; usage: rename-scope @new-scope [--repository <url>] [--dry-run]`);
    else positional.push(argument);
  }
  if (positional.length !== 1) throw new RenameScopeError('usage: npm run rename-scope -- @new-scope [--repository <url>] [--dry-run]');
  return { to: positional[0]!, repository, dryRun };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    const options = parseArguments(process.argv.slice(2));
    const result = await renameScope({ root: process.cwd(), ...options });
    const total = result.files.reduce((sum, f) => sum + f.replacements, 0);
    for (const { file, replacements } of result.files) console.log(`  ${file}: ${replacements}`);
    console.log(
      `[rename-scope] ${result.from} -> ${result.to}: ${total} replacements in ${result.files.length} files` +
        (options.dryRun ? ' (dry run, nothing written)' : '; now run `npm install` to relink the workspace packages'),
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
