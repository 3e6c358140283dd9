import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchReport } from './bench-suite.js';
import { formatResultsMarkdown } from './format-results-markdown.js';

/** Writes results.md and results.json into `dir` (each through a temporary file, so a reader never sees half). */
export async function writeResults(report: BenchReport, dir: string): Promise<{ markdown: string; json: string }> {
  await mkdir(dir, { recursive: true });
  const files = {
    markdown: [join(dir, 'results.md'), formatResultsMarkdown(report)],
    json: [join(dir, 'results.json'), `${JSON.stringify(report, null, 2)}\n`],
  } as const;
  for (const [path, content] of Object.values(files)) {
    await writeFile(`${path}.tmp`, content);
    await rename(`${path}.tmp`, path);
  }
  return { markdown: files.markdown[0], json: files.json[0] };
}
