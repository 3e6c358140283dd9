// The relative links of the READMEs must lead somewhere in a fresh clone: to a file or folder that exists and is not
// generated (gitignored, like docs/api/ that `npm run docs` writes), or a reader clicks into nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

export interface BrokenLink {
  /** `README.md:155` */
  at: string;
  target: string;
  reason: string;
}

/** `[text](target)` links outside code blocks and inline code, with their 1-based line. */
export function relativeLinks(markdown: string): { line: number; target: string }[] {
  const links: { line: number; target: string }[] = [];
  let fence: string | undefined;
  markdown.split('\n').forEach((text, index) => {
    const open = /^ {0,3}(`{3,}|~{3,})/.exec(text);
    if (open) {
      if (fence === undefined) fence = open[1]!;
      else if (text.trimStart().startsWith(fence)) fence = undefined;
      return;
    }
    if (fence !== undefined) return;
    for (const match of text.replace(/`[^`]*`/g, '').matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
      const target = match[1]!;
      if (/^(?:[a-z][\w+.-]*:|#|\/\/)/i.test(target)) continue; // https:, mailto:, anchors
      links.push({ line: index + 1, target });
    }
  });
  return links;
}

/** Whether git ignores `path` (undefined when git cannot tell, e.g. no repository). */
function ignoredByGit(root: string, path: string): boolean | undefined {
  const result = spawnSync('git', ['check-ignore', '-q', '--', path], { cwd: root });
  if (result.error !== undefined || (result.status !== 0 && result.status !== 1)) return undefined;
  return result.status === 0;
}

export async function findBrokenLinks(root: string, readmes: readonly string[]): Promise<BrokenLink[]> {
  const broken: BrokenLink[] = [];
  for (const readme of readmes) {
    for (const { line, target } of relativeLinks(await readFile(join(root, readme), 'utf8'))) {
      const path = decodeURIComponent(target.split('#')[0]!);
      if (path === '') continue;
      const absolute = join(root, dirname(readme), path);
      const inRepo = relative(root, absolute);
      const at = `${readme}:${line}`;
      if (inRepo.startsWith('..')) broken.push({ at, target, reason: 'points outside the repository' });
      else if (ignoredByGit(root, inRepo) === true) broken.push({ at, target, reason: `${inRepo} is generated (gitignored): a fresh clone does not have it; name the command that writes it instead of linking` });
      else if (!existsSync(absolute)) broken.push({ at, target, reason: `${inRepo} does not exist` });
    }
  }
  return broken;
}
