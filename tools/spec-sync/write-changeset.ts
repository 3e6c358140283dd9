// Writes a changesets file (`.changeset/<name>.md`) whose front matter bumps the affected package by the diff's
// class (breaking -> major, additive -> minor, docs -> patch) and whose body is the readable report.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { SpecDiff } from './diff-specs.js';
import { formatDiffReport } from './format-diff-report.js';
import { writeFilesAtomically } from './write-files-atomically.js';

export interface WriteChangesetOptions {
  diff: SpecDiff;
  packageName: string;
  /** Folder of changeset files (default: the workspace's .changeset). */
  changesetDir: string;
  /** Human name of the API for the summary line, e.g. "Genesys Cloud". */
  apiName: string;
  /** Text of the new spec: the file name carries its hash, so the same update always gets the same file name. */
  newSpecText: string;
}

/** Returns the file written, or undefined when the diff has no changes (nothing to release). */
export async function writeChangeset(options: WriteChangesetOptions): Promise<string | undefined> {
  const { diff } = options;
  if (diff.bump === 'none') return undefined;
  const hash = createHash('sha256').update(options.newSpecText).digest('hex').slice(0, 8);
  const slug = options.packageName.replace(/^@/, '').replace(/[^a-z0-9]+/gi, '-');
  const file = join(options.changesetDir, `spec-${slug}-${hash}.md`);
  const summary = `Update the ${options.apiName} API spec (${describe(diff)}).`;
  const body = formatDiffReport(diff, 'Changes').trimEnd();
  const content = `---\n${JSON.stringify(options.packageName)}: ${diff.bump}\n---\n\n${summary}\n\n${body}\n`;
  await writeFilesAtomically([{ path: file, content }]);
  return file;
}

function describe(diff: SpecDiff): string {
  const parts: string[] = [];
  for (const [cls, word] of [['breaking', 'breaking'], ['additive', 'additive'], ['docs', 'docs-only']] as const) {
    const n = diff.changes.filter((c) => c.class === cls).length;
    if (n > 0) parts.push(`${n} ${word}`);
  }
  return parts.join(', ');
}
