import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBrokenLinks, relativeLinks } from './check-readme-links.js';

describe('README links', () => {
  let dir: string | undefined;
  afterEach(async () => {
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  });

  it('reads relative links outside code, skipping URLs, anchors and inline code', () => {
    const markdown = ['[a](packages/a) [web](https://x.y) [top](#usage)', '`[not](a link)`', '```md', '[in](code.md)', '```', '[b](b.md#part "title")'].join('\n');
    expect(relativeLinks(markdown)).toEqual([
      { line: 1, target: 'packages/a' },
      { line: 6, target: 'b.md#part' },
    ]);
  });

  it('flags a link to a generated (gitignored) file such as docs/api/index.html, and a missing one', async () => {
    dir = await mkdtemp(join(tmpdir(), 'readme-links-'));
    spawnSync('git', ['init', '-q'], { cwd: dir });
    await writeFile(join(dir, '.gitignore'), 'docs/api/\n');
    await mkdir(join(dir, 'docs', 'api'), { recursive: true });
    await writeFile(join(dir, 'docs', 'api', 'index.html'), '<html></html>');
    await mkdir(join(dir, 'packages', 'a'), { recursive: true });
    await writeFile(join(dir, 'packages', 'a', 'README.md'), 'See [the root](../../README.md) and [gone](src/gone.ts).\n');
    await writeFile(join(dir, 'README.md'), 'Built into [`docs/api/index.html`](docs/api/index.html); [a](packages/a).\n');
    const broken = await findBrokenLinks(dir, ['README.md', join('packages', 'a', 'README.md')]);
    expect(broken.map((b) => `${b.at} ${b.target}`)).toEqual(['README.md:1 docs/api/index.html', `${join('packages', 'a', 'README.md')}:1 src/gone.ts`]);
    expect(broken[0]!.reason).toContain('generated (gitignored): a fresh clone does not have it');
  });
});
