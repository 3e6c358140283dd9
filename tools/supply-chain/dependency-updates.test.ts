// renovate.json: updates grouped by ecosystem, and the vendor SDK that spec-sync reads the Genesys API from never
// automerged (its update changes the generated API). Renovate applies packageRules in order, later ones winning, so
// the SDK's rule must come after every rule that could match it.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';

interface Rule {
  matchManagers?: string[];
  matchDatasources?: string[];
  matchPackageNames?: string[];
  groupName?: string;
  automerge?: boolean;
}

describe('renovate.json', () => {
  it('groups npm, GitHub Actions and container images, and never automerges purecloud-platform-client-v2', async () => {
    const config = JSON.parse(await readFile(new URL('../../renovate.json', import.meta.url), 'utf8')) as { packageRules: Rule[] };
    const groups = config.packageRules.filter((rule) => rule.groupName !== undefined && rule.matchPackageNames === undefined);
    expect(groups.map((rule) => rule.matchManagers?.[0] ?? rule.matchDatasources?.[0])).toEqual(['npm', 'github-actions', 'docker']);
    const sdkRules = config.packageRules.map((rule, index) => ({ rule, index })).filter(({ rule }) => rule.matchPackageNames?.includes('purecloud-platform-client-v2'));
    expect(sdkRules).toHaveLength(1);
    expect(sdkRules[0]!.rule.automerge).toBe(false);
    const laterAutomerge = config.packageRules.slice(sdkRules[0]!.index + 1).filter((rule) => rule.automerge === true);
    expect(laterAutomerge).toEqual([]);
  });
});
