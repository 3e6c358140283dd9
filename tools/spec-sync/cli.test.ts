// The daily flow end to end through the CLI: import a vendor document, import a changed one, diff, changeset.
import { execFile } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli.js';
import { fixturePaths } from './fixture-paths.js';

let root: string;
let out: string[];
let err: string[];
const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) };

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'spec-sync-cli-'));
  out = [];
  err = [];
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function changedVendorDocument(): Promise<string> {
  const doc = JSON.parse(await readFile(fixturePaths.genesysSwagger, 'utf8'));
  delete doc.paths['/api/v2/tokens/me'].delete; // breaking: removed operation
  doc.definitions.Channel.properties.name = { type: 'string' }; // additive: new response property
  const file = join(root, 'swagger-next.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

describe('spec-sync CLI', () => {
  it('imports, re-imports a changed document and writes a major changeset for @ccaas/genesys-cloud', async () => {
    const specDir = join(root, 'spec');
    const changesets = join(root, 'changesets');
    await copyFile(fixturePaths.genesysSelection, join(root, 'selection.yaml'));
    const common = ['--selection', join(root, 'selection.yaml'), '--out', specDir, '--changeset', '--changeset-dir', changesets];

    expect(await runCli(['import', 'genesys-cloud', '--from', fixturePaths.genesysSwagger, ...common], io)).toBe(0);
    expect(out.join('')).toContain('no previous openapi.yaml: no changeset written');
    const first = await readFile(join(specDir, 'openapi.yaml'), 'utf8');

    out = [];
    expect(await runCli(['import', 'genesys-cloud', '--from', await changedVendorDocument(), ...common], io)).toBe(0);
    const [changeset] = await readdir(changesets);
    expect(changeset).toMatch(/^spec-ccaas-genesys-cloud-[0-9a-f]{8}\.md$/);
    const text = await readFile(join(changesets, changeset!), 'utf8');
    expect(text).toMatch(/^---\n"@ccaas\/genesys-cloud": major\n---\n\nUpdate the Genesys Cloud API spec \(1 breaking, 1 additive\)\./);
    expect(text).toContain('- `DELETE /api/v2/tokens/me`: operation removed');
    expect(text).toContain('- `schema Channel`: new optional response property name');

    // the standalone commands agree with the import-time changeset
    await writeFile(join(root, 'old.yaml'), first);
    out = [];
    expect(await runCli(['diff', join(root, 'old.yaml'), join(specDir, 'openapi.yaml'), '--fail-on-breaking'], io)).toBe(3);
    expect(out.join('')).toContain('1 breaking, 1 additive, 0 docs-only (major)');
    out = [];
    expect(await runCli(['changeset', join(root, 'old.yaml'), join(specDir, 'openapi.yaml'), '--platform', 'genesys-cloud', '--changeset-dir', join(root, 'cs2')], io)).toBe(0);
    expect(await readFile(join(root, 'cs2', changeset!), 'utf8')).toBe(text);
  });

  it('writes no changeset when the specs are equal', async () => {
    expect(await runCli(['changeset', fixturePaths.cxoneAdmin, fixturePaths.cxoneAdmin, '--platform', 'nice-cxone', '--changeset-dir', join(root, 'cs')], io)).toBe(0);
    expect(out.join('')).toContain('no changes: no changeset written');
    await expect(readdir(join(root, 'cs'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('prints a bad-input error naming the input and exits 1', async () => {
    const missing = join(root, 'missing.json');
    expect(await runCli(['import', 'genesys-cloud', '--from', missing, '--spec-dir', root, '--selection', fixturePaths.genesysSelection], io)).toBe(1);
    expect(err.join('')).toBe(`[@ccaas/tools spec-sync] cannot read ${missing} (ENOENT)\n`);
  });

  it('rejects an unknown platform and unknown flags with usage (exit 2)', async () => {
    expect(await runCli(['import', 'avaya', '--from', 'x'], io)).toBe(2);
    expect(err.join('')).toContain('platform must be one of genesys-cloud, nice-cxone (got "avaya")');
    expect(await runCli(['diff', 'a.yaml', 'b.yaml', '--colour'], io)).toBe(2);
  });

  it('runs as a script with tsx', async () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
    const { stdout } = await promisify(execFile)(tsx, [cli, 'diff', fixturePaths.cxoneAdmin, fixturePaths.cxoneRealtime, '--json'], { timeout: 60_000 });
    expect(JSON.parse(stdout).bump).toBe('major');
  });
});
