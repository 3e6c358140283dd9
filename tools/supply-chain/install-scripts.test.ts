// npm 11 runs a dependency's install scripts only when the root package.json's `allowScripts` approves it, and
// `npm ci` ends with a warning listing every package with a script nobody decided on. The decisions and their
// reasons are in the README ("Maintaining" > "Supply chain"); this keeps a dependency update from bringing the
// warning back unnoticed: the update must approve or deny the new script in the same pull request.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('install scripts', () => {
  it('every installed package with an install script is approved or denied in allowScripts', async () => {
    const { stdout } = await promisify(execFile)('npm', ['install-scripts', 'ls', '--json'], { cwd: repoRoot, timeout: 120_000 });
    const pending = (JSON.parse(stdout) as { allowScripts: unknown[] }).allowScripts;
    expect(pending, 'run `npm install-scripts ls`, then approve or deny each and give the reason in the README').toEqual([]);
  });

  it('only esbuild may run one (msw and nx are denied)', async () => {
    const { allowScripts } = JSON.parse(await readFile(`${repoRoot}package.json`, 'utf8')) as { allowScripts: Record<string, boolean> };
    expect(allowScripts).toEqual({ esbuild: true, msw: false, nx: false });
  });
});
