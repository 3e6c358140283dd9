import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renameScope, RenameScopeError } from './rename-scope.js';

let root: string;

const files: Record<string, string | Buffer> = {
  'package.json': JSON.stringify({ name: '@old/root', private: true, workspaces: ['packages/*'] }, null, 2),
  'packages/client/package.json': JSON.stringify(
    {
      name: '@old/client',
      dependencies: { '@old/core': '1.0.0', '@older/thing': '^1.0.0', 'old-scope-free': '^2.0.0' },
      repository: { type: 'git', url: 'git+https://github.com/old/repo.git', directory: 'packages/client' },
      homepage: 'https://github.com/old/repo/tree/main/packages/client#readme',
      bugs: { url: 'https://github.com/old/repo/issues' },
    },
    null,
    2,
  ),
  'packages/client/src/index.ts': "import { core } from '@old/core';\nthrow new Error('[@old/client] clientId is required');\n",
  'README.md': 'Add `@old:registry=https://npm.example.internal/` to .npmrc, then `npm install @old/client`.\n',
  '.changeset/release.md': "---\n'@old/client': minor\n---\n\nNew option.\n",
  'vitest.shared.ts': "{ find: /^@old\\/core$/, replacement: 'x' }\n",
  LICENSE: 'Copyright (c) 2026 the @old contributors\n',
  'logo.bin': Buffer.from([0, 1, 2, ...Buffer.from('@old/client')]),
  'node_modules/@old/core/index.js': "require('@old/core')\n",
};

const read = (file: string) => readFile(join(root, file), 'utf8');

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rename-scope-'));
  for (const [file, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, file)), { recursive: true });
    await writeFile(join(root, file), content);
  }
  await writeFile(join(root, '.gitignore'), 'node_modules\n');
  expect(spawnSync('git', ['init', '-q'], { cwd: root }).status).toBe(0);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('renameScope', () => {
  it('renames the scope in package names, dependencies, imports, messages, docs, .npmrc lines, aliases and changesets', async () => {
    const result = await renameScope({ root, to: '@acme' });
    expect(result).toMatchObject({ from: '@old', to: '@acme' });
    expect(JSON.parse(await read('package.json')).name).toBe('@acme/root');
    const client = JSON.parse(await read('packages/client/package.json'));
    expect(client.name).toBe('@acme/client');
    // Only the scope itself: a longer scope that starts the same and unscoped names stay.
    expect(client.dependencies).toEqual({ '@acme/core': '1.0.0', '@older/thing': '^1.0.0', 'old-scope-free': '^2.0.0' });
    expect(await read('packages/client/src/index.ts')).toBe(
      "import { core } from '@acme/core';\nthrow new Error('[@acme/client] clientId is required');\n",
    );
    expect(await read('README.md')).toContain('`@acme:registry=https://npm.example.internal/`');
    expect(await read('README.md')).toContain('npm install @acme/client');
    expect(await read('.changeset/release.md')).toContain("'@acme/client': minor");
    expect(await read('vitest.shared.ts')).toContain('/^@acme\\/core$/');
    expect(result.files.map((f) => f.file).sort()).toEqual(
      ['.changeset/release.md', 'README.md', 'package.json', 'packages/client/package.json', 'packages/client/src/index.ts', 'vitest.shared.ts'].sort(),
    );
  });

  it('leaves LICENSE, binary files and node_modules alone', async () => {
    await renameScope({ root, to: '@acme' });
    expect(await read('LICENSE')).toBe(files.LICENSE);
    expect(await readFile(join(root, 'logo.bin'))).toEqual(files['logo.bin']);
    expect(await read('node_modules/@old/core/index.js')).toBe(files['node_modules/@old/core/index.js']);
  });

  it('writes nothing on a dry run and renames again from the new scope', async () => {
    const dry = await renameScope({ root, to: '@acme', dryRun: true });
    expect(dry.files.length).toBeGreaterThan(0);
    expect(JSON.parse(await read('package.json')).name).toBe('@old/root');
    await renameScope({ root, to: '@acme' });
    const again = await renameScope({ root, to: '@acme-corp' });
    expect(again.from).toBe('@acme');
    expect(JSON.parse(await read('packages/client/package.json')).dependencies['@acme-corp/core']).toBe('1.0.0');
  });

  it('points repository, homepage and bugs at another repository when asked', async () => {
    await renameScope({ root, to: '@acme', repository: 'https://git.acme.example/platform/ccaas' });
    const client = JSON.parse(await read('packages/client/package.json'));
    expect(client.repository).toEqual({ type: 'git', url: 'git+https://git.acme.example/platform/ccaas.git', directory: 'packages/client' });
    expect(client.homepage).toBe('https://git.acme.example/platform/ccaas/tree/main/packages/client#readme');
    expect(client.bugs).toEqual({ url: 'https://git.acme.example/platform/ccaas/issues' });
  });

  it('rejects a scope npm would refuse, naming the rule, before touching a file', async () => {
    for (const bad of ['acme', '@Acme', '@_acme', '@acme/x', '']) {
      await expect(renameScope({ root, to: bad })).rejects.toThrow(RenameScopeError);
    }
    await expect(renameScope({ root, to: 'acme' })).rejects.toThrow(/"acme" is not an npm scope: use @ followed by lowercase/);
    expect(JSON.parse(await read('package.json')).name).toBe('@old/root');
  });
});
