// What `changeset version` (2.31, default options) must do for one changeset on `changed` with bump `type`:
// the package gets `type`; a public package depending on a bumped one gets a patch bump when the new version leaves
// its declared range (a minor/major bump of a *peer* dependency makes it a major bump); repeated transitively.
// devDependencies never cause a bump. Only the range forms used in this repo are understood; others throw.
import type { WorkspacePackage } from './list-workspace-packages.js';

export type BumpType = 'major' | 'minor' | 'patch';

const rank: Record<BumpType, number> = { patch: 0, minor: 1, major: 2 };

function parse(version: string): [number, number, number] {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (match === null) throw new Error(`[registry-e2e] unsupported version "${version}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function bumpVersion(version: string, type: BumpType): string {
  const [major, minor, patch] = parse(version);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** semver.satisfies for exact versions, `*`, `^x.y.z` and `~x.y.z`. */
export function satisfies(version: string, range: string): boolean {
  if (range === '*') return true;
  const [major, minor, patch] = parse(version);
  const operator = range[0] === '^' || range[0] === '~' ? range[0] : '';
  const [rMajor, rMinor, rPatch] = parse(range.slice(operator.length));
  const atLeast = major > rMajor || (major === rMajor && (minor > rMinor || (minor === rMinor && patch >= rPatch)));
  if (operator === '') return major === rMajor && minor === rMinor && patch === rPatch;
  if (operator === '~') return atLeast && major === rMajor && minor === rMinor;
  if (rMajor > 0) return atLeast && major === rMajor;
  if (rMinor > 0) return atLeast && major === 0 && minor === rMinor;
  return major === 0 && minor === 0 && patch === rPatch;
}

/** name -> expected next version, for every public package that must change. */
export function expectedBumps(publicPackages: readonly WorkspacePackage[], changed: string, type: BumpType): Map<string, string> {
  const byName = new Map(publicPackages.map((p) => [p.name, p]));
  const bumps = new Map<string, BumpType>([[changed, type]]);
  if (!byName.has(changed)) throw new Error(`[registry-e2e] ${changed} is not a public workspace package`);
  const next = (name: string) => bumpVersion(byName.get(name)!.version, bumps.get(name)!);
  for (let changedSomething = true; changedSomething; ) {
    changedSomething = false;
    for (const [dependency, dependencyBump] of [...bumps]) {
      for (const pkg of publicPackages) {
        const { dependencies = {}, peerDependencies = {}, optionalDependencies = {} } = pkg.manifest;
        let needed: BumpType | undefined;
        const peerRange = peerDependencies[dependency];
        if (peerRange !== undefined && dependencyBump !== 'patch') needed = 'major';
        for (const range of [dependencies[dependency], optionalDependencies[dependency], peerRange]) {
          if (needed === undefined && range !== undefined && !satisfies(next(dependency), range)) needed = 'patch';
        }
        const current = bumps.get(pkg.name);
        if (needed !== undefined && (current === undefined || rank[needed] > rank[current])) {
          bumps.set(pkg.name, needed);
          changedSomething = true;
        }
      }
    }
  }
  return new Map([...bumps.keys()].map((name) => [name, next(name)]));
}
