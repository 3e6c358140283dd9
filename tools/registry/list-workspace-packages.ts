// Reads the workspace package manifests of a repo (root package.json "workspaces": "dir/*" or "dir" entries).
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';

export interface WorkspacePackage {
  name: string;
  version: string;
  dir: string;
  private: boolean;
  manifest: PackageManifest;
}

export interface PackageManifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  publishConfig?: Record<string, string>;
  [key: string]: unknown;
}

async function readManifest(dir: string): Promise<PackageManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, 'package.json'), 'utf8')) as PackageManifest;
  } catch {
    return undefined;
  }
}

export async function listWorkspacePackages(repoRoot: string): Promise<WorkspacePackage[]> {
  const root = await readManifest(repoRoot);
  const patterns = (root?.['workspaces'] as string[] | undefined) ?? [];
  const dirs: string[] = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = join(repoRoot, pattern.slice(0, -2));
      const entries = await readdir(parent, { withFileTypes: true }).catch(() => []);
      dirs.push(...entries.filter((e) => e.isDirectory()).map((e) => join(parent, e.name)));
    } else {
      dirs.push(join(repoRoot, pattern));
    }
  }
  const packages: WorkspacePackage[] = [];
  for (const dir of dirs.sort()) {
    const manifest = await readManifest(dir);
    if (manifest === undefined) continue;
    packages.push({ name: manifest.name, version: manifest.version, dir, private: manifest.private === true, manifest });
  }
  return packages;
}

/** The packages `changeset publish` would publish: every non-private workspace package. */
export async function listPublicPackages(repoRoot: string): Promise<WorkspacePackage[]> {
  return (await listWorkspacePackages(repoRoot)).filter((p) => !p.private);
}
