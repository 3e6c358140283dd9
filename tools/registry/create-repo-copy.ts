// Copies the working tree (tracked + untracked, minus .gitignore'd files) into a temp dir and makes it a one-commit
// git repo on `main`, so `changeset version`/`publish` can run there and never touch the real checkout; optionally
// renames the published scope in the copy with the project's own `rename-scope` command first.
// node_modules is not copied: the copy gets a real node_modules/ whose entries link to the checkout's installed
// packages, except the workspace packages, which are linked by their (possibly renamed) names to the copy's own dirs.
import { cp, lstat, mkdir, readdir, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { listWorkspacePackages } from './list-workspace-packages.js';
import { currentScope, renameScope, type RenameScopeResult } from '../rename-scope/rename-scope.js';
import { runCommand } from './run-command.js';

export interface CreateRepoCopyOptions {
  sourceRoot: string;
  targetDir: string;
  env: NodeJS.ProcessEnv;
  timeoutMs?: number;
  /** Rename the published scope in the copy (e.g. `@acme`) before it is committed. */
  renameScopeTo?: string;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

async function linkNodeModules(sourceRoot: string, targetDir: string): Promise<void> {
  const source = join(sourceRoot, 'node_modules');
  const target = join(targetDir, 'node_modules');
  const sourceScope = await currentScope(sourceRoot);
  // A fresh real directory: linking into an existing one could write into the checkout's own node_modules.
  if (await exists(target)) throw new Error(`[registry-e2e] ${target} already exists; refusing to link into it`);
  await mkdir(target);
  for (const entry of await readdir(source)) {
    if (entry === sourceScope || entry === '.cache') continue;
    await symlink(join(source, entry), join(target, entry));
  }
  // The workspace packages under their names in the copy (relative links, as npm makes them).
  for (const pkg of await listWorkspacePackages(targetDir)) {
    const link = join(target, ...pkg.name.split('/'));
    await mkdir(dirname(link), { recursive: true });
    await symlink(relative(dirname(link), pkg.dir), link);
  }
}

/** Author flags for commits in the copy (the copy never inherits a signing setup). */
export const identity = ['-c', 'user.name=registry-e2e', '-c', 'user.email=registry-e2e@example.invalid', '-c', 'commit.gpgsign=false'];

export async function createRepoCopy({
  sourceRoot,
  targetDir,
  env,
  timeoutMs = 30_000,
  renameScopeTo,
}: CreateRepoCopyOptions): Promise<RenameScopeResult | undefined> {
  const git = (args: string[], cwd: string) => runCommand('git', args, { cwd, env, timeoutMs });
  const listed = await git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], sourceRoot);
  // Never copy anything under a node_modules (a symlinked node_modules can show up as a file to git).
  const files = [...new Set(listed.stdout.split('\0'))].filter((file) => file.length > 0 && !file.split('/').includes('node_modules'));
  for (const file of files) {
    const from = join(sourceRoot, file);
    if (!(await exists(from))) continue; // deleted in the working tree
    await mkdir(dirname(join(targetDir, file)), { recursive: true });
    await cp(from, join(targetDir, file), { verbatimSymlinks: true });
  }
  await git(['init', '-q', '-b', 'main'], targetDir);
  await writeFile(join(targetDir, '.git', 'info', 'exclude'), 'node_modules\n');
  const renamed = renameScopeTo === undefined ? undefined : await renameScope({ root: targetDir, to: renameScopeTo });
  await linkNodeModules(sourceRoot, targetDir);
  // Nested node_modules of workspaces (version conflicts hoisting could not resolve) are linked as a whole.
  for (const file of files.filter((f) => f.endsWith('package.json') && !f.includes('node_modules'))) {
    const workspaceDir = dirname(file);
    if (workspaceDir === '.') continue;
    const nested = join(sourceRoot, workspaceDir, 'node_modules');
    if ((await exists(nested)) && !(await exists(join(targetDir, workspaceDir, 'node_modules')))) {
      await symlink(nested, join(targetDir, workspaceDir, 'node_modules'));
    }
  }
  await git(['add', '-A'], targetDir);
  await git([...identity, 'commit', '-q', '--no-verify', '-m', 'working tree snapshot'], targetDir);
  return renamed;
}
