#!/usr/bin/env -S npx tsx
// spec-sync: keep specs/<platform>/openapi.yaml in step with the vendor's published API. See README.md beside this file.
//
//   spec-sync import <platform> --from <url|file|sdk dir> [--from ...] [--enrich <file|url>] [--spec-dir d] [--selection f] [--out d]
//                    [--strict] [--force] [--changeset] [--changeset-dir d] [--timeout-ms n]
//   spec-sync diff <old> <new> [--json] [--fail-on-breaking]
//   spec-sync changeset <old> <new> --platform <platform> [--changeset-dir d]
//
// Exit codes: 0 ok, 1 bad input (message names it), 2 usage error, 3 breaking changes with --fail-on-breaking.
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { diffSpecs } from './diff-specs.js';
import { formatDiffReport } from './format-diff-report.js';
import { importSpec, workspaceRoot, type ImportSpecResult } from './import-spec.js';
import { loadOpenApiDocument } from './load-openapi-document.js';
import { isPlatform, platformPackages, type Platform } from './platforms.js';
import { SpecSyncError } from './spec-sync-error.js';
import { writeChangeset } from './write-changeset.js';

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
}

const apiNames: Record<Platform, string> = { 'genesys-cloud': 'Genesys Cloud', 'nice-cxone': 'NICE CXone' };
const usage = `usage:
  spec-sync import <platform> --from <url|file|sdk dir> [--from ...] [--enrich <swagger 2.0 file|url>] [--policy <extract>]
                   [--spec-dir dir] [--selection file] [--out dir]
                   [--strict] [--force] [--changeset] [--changeset-dir dir] [--timeout-ms n]
  spec-sync diff <old> <new> [--json] [--fail-on-breaking]
  spec-sync changeset <old> <new> --platform <${Object.keys(platformPackages).join('|')}> [--changeset-dir dir]
`;

/** Runs one command; returns the process exit code. Never throws for bad input (prints it instead). */
export async function runCli(argv: readonly string[], io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t) }): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'import') return await runImport(rest, io);
    if (command === 'diff') return await runDiff(rest, io);
    if (command === 'changeset') return await runChangeset(rest, io);
    io.stderr(command === undefined || command === '--help' || command === '-h' ? usage : `unknown command "${command}"\n${usage}`);
    return command === '--help' || command === '-h' ? 0 : 2;
  } catch (error) {
    if (error instanceof SpecSyncError) {
      io.stderr(`${error.message}\n`);
      return error.code === 'USAGE' ? 2 : 1;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      io.stderr(`${error.message}\n${usage}`);
      return 2;
    }
    throw error;
  }
}

/** The policy coverage line `spec:import --policy` prints (the share of operations whose permissions are known). */
function formatPolicyCoverage(policy: NonNullable<ImportSpecResult['source']['policy']>): string {
  return (
    `policy from ${policy.url} (${policy.artifacts.map((a) => `${a.repo}@${a.version}`).join(' + ')}): ${policy.coveragePercent}% of ${policy.operations} operations covered ` +
    `(${policy.withPermissions} with permissions${policy.fromEnrichDocument > 0 ? `, ${policy.fromEnrichDocument} of them from the enrichment document` : ''}, ` +
    `${policy.noneRequired} none required, ${policy.uncovered} not documented); ${policy.preview} preview, ${policy.deprecated} deprecated (${policy.replacementsNamed} naming a replacement)`
  );
}

const callerPath = (path: string) => resolve(process.env['INIT_CWD'] ?? process.cwd(), path);

async function runImport(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: {
      from: { type: 'string', multiple: true },
      enrich: { type: 'string' },
      policy: { type: 'string' },
      'spec-dir': { type: 'string' },
      selection: { type: 'string' },
      out: { type: 'string' },
      strict: { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      changeset: { type: 'boolean', default: false },
      'changeset-dir': { type: 'string' },
      'timeout-ms': { type: 'string' },
    },
  });
  const platform = requirePlatform(positionals[0]);
  if (positionals.length !== 1 || values.from === undefined) throw new SpecSyncError('USAGE', `import takes one platform and --from <url|file>\n${usage}`);
  const result = await importSpec({
    platform,
    from: values.from,
    ...(values.enrich === undefined ? {} : { enrich: values.enrich }),
    ...(values.policy === undefined ? {} : { policy: values.policy }),
    ...(values['spec-dir'] === undefined ? {} : { specDir: callerPath(values['spec-dir']) }),
    ...(values.selection === undefined ? {} : { selectionFile: callerPath(values.selection) }),
    ...(values.out === undefined ? {} : { outDir: callerPath(values.out) }),
    ...(values['timeout-ms'] === undefined ? {} : { timeoutMs: Number(values['timeout-ms']) }),
    strictSelection: values.strict,
    force: values.force,
  });
  for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
  const { output, patches } = result.source;
  io.stdout(
    result.status === 'unchanged'
      ? `${result.openapiFile} is up to date (${output.operations} operations, ${output.schemas} schemas); nothing written\n` +
          (result.source.policy === undefined ? '' : `${formatPolicyCoverage(result.source.policy)}\n`)
      : `wrote ${result.openapiFile}${output.areas === undefined ? '' : ` (${output.areas.length} area documents)`} (${output.operations} operations, ${output.schemas} schemas, sha256 ${output.sha256.slice(0, 12)}) and ${result.sourceFile}\n` +
          (result.source.enrichment === undefined ? '' : `enriched from ${result.source.enrichment.url}: ${result.source.enrichment.operationsMatched} operations, ${result.source.enrichment.schemasMatched} schemas matched\n`) +
          (result.source.policy === undefined ? '' : `${formatPolicyCoverage(result.source.policy)}\n`) +
          `patches: ${patches.length === 0 ? 'none' : patches.map((p) => `${p.id} x${p.count}`).join(', ')}\n`,
  );
  if (values.changeset && result.status === 'written') {
    if (result.previousSpec === undefined) {
      io.stdout('no previous openapi.yaml: no changeset written (first import)\n');
    } else {
      const diff = diffSpecs(parseYaml(result.previousSpec), parseYaml(result.spec));
      io.stdout(formatDiffReport(diff, `${apiNames[platform]} API spec changes`));
      await reportChangeset(platform, diff, result.spec, values['changeset-dir'], io);
    }
  }
  return 0;
}

async function runDiff(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { json: { type: 'boolean', default: false }, 'fail-on-breaking': { type: 'boolean', default: false } },
  });
  const [oldFile, newFile] = requireTwo(positionals, 'diff');
  const diff = diffSpecs((await loadOpenApiDocument(oldFile)).document, (await loadOpenApiDocument(newFile)).document);
  io.stdout(values.json ? `${JSON.stringify(diff, null, 2)}\n` : formatDiffReport(diff));
  return values['fail-on-breaking'] && diff.bump === 'major' ? 3 : 0;
}

async function runChangeset(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    allowPositionals: true,
    options: { platform: { type: 'string' }, 'changeset-dir': { type: 'string' } },
  });
  const [oldFile, newFile] = requireTwo(positionals, 'changeset');
  const platform = requirePlatform(values.platform);
  const newSpec = await loadOpenApiDocument(newFile);
  const diff = diffSpecs((await loadOpenApiDocument(oldFile)).document, newSpec.document);
  io.stdout(formatDiffReport(diff, `${apiNames[platform]} API spec changes`));
  await reportChangeset(platform, diff, newSpec.text, values['changeset-dir'], io);
  return 0;
}

async function reportChangeset(platform: Platform, diff: ReturnType<typeof diffSpecs>, newSpecText: string, dir: string | undefined, io: CliIo) {
  const file = await writeChangeset({
    diff,
    packageName: platformPackages[platform],
    apiName: apiNames[platform],
    changesetDir: dir === undefined ? join(workspaceRoot, '.changeset') : callerPath(dir),
    newSpecText,
  });
  io.stdout(file === undefined ? 'no changes: no changeset written\n' : `wrote ${file} (${platformPackages[platform]}: ${diff.bump})\n`);
}

function requirePlatform(value: string | undefined): Platform {
  if (value === undefined || !isPlatform(value)) {
    throw new SpecSyncError('USAGE', `platform must be one of ${Object.keys(platformPackages).join(', ')} (got ${value === undefined ? 'none' : `"${value}"`})`);
  }
  return value;
}

function requireTwo(positionals: readonly string[], command: string): [string, string] {
  const [a, b] = positionals;
  if (positionals.length !== 2 || a === undefined || b === undefined) throw new SpecSyncError('USAGE', `${command} takes <old> <new>\n${usage}`);
  return [a, b];
}

// Run when executed directly (tsx tools/spec-sync/cli.ts ...), not when imported by tests.
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await runCli(process.argv.slice(2));
}

