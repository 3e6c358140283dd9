// .github/CODEOWNERS: every pattern must still match a tracked file (a renamed folder would otherwise silently lose
// its required reviewers), and the specs and the generated code must be owned by the API reviewers.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** The subset of CODEOWNERS patterns this file uses: anchored paths, `*` within one segment, a trailing `/` for a folder. */
function patternToRegExp(pattern: string): RegExp {
  if (pattern === '*') return /^/;
  const body = pattern.replace(/^\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]+');
  return new RegExp(`^${body}${pattern.endsWith('/') ? '' : '$'}`);
}

describe('CODEOWNERS', () => {
  it('every pattern matches a tracked file, and specs and generated code need an API reviewer', async () => {
    const text = await readFile(`${repoRoot}.github/CODEOWNERS`, 'utf8');
    const rules = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'))
      .map((line) => {
        const [pattern, ...owners] = line.split(/\s+/);
        return { pattern: pattern!, owners };
      });
    const files = (await promisify(execFile)('git', ['ls-files'], { cwd: repoRoot, maxBuffer: 64 * 1024 * 1024 })).stdout.split('\n').filter(Boolean);
    for (const { pattern, owners } of rules) {
      expect(owners.length, pattern).toBeGreaterThan(0);
      expect(files.some((file) => patternToRegExp(pattern).test(file)), `${pattern} matches no tracked file`).toBe(true);
    }
    const ownersOf = (file: string) => rules.filter(({ pattern }) => patternToRegExp(pattern).test(file)).at(-1)?.owners;
    expect(ownersOf('specs/genesys-cloud/areas/users/openapi.yaml')).toContain('@ccaas/api-reviewers');
    expect(ownersOf('packages/genesys-cloud/src/generated/areas.json')).toContain('@ccaas/api-reviewers');
    expect(ownersOf('.github/workflows/release.yml')).toEqual(['@ccaas/maintainers']);
  });
});
