// `spec:import`: vendor document(s) -> OpenAPI 3 -> filtered by selection.yaml -> patched -> normalised ->
// specs/<platform>/openapi.yaml + source.json. Every check runs before anything is written; the write is atomic.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { isAbsolute, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkReferences } from './check-references.js';
import { convertToOpenApi3 } from './convert-to-openapi3.js';
import { filterDocument } from './filter-document.js';
import { mergeDocuments, type NamedDocument } from './merge-documents.js';
import { normaliseDocument } from './normalise-document.js';
import { parseApiDocument } from './parse-api-document.js';
import type { Platform } from './platforms.js';
import { readInput } from './read-input.js';
import { readSelection } from './read-selection.js';
import { serialiseYaml } from './serialise-yaml.js';
import { SpecSyncError } from './spec-sync-error.js';
import { applyVendorPatches, type AppliedPatch } from './vendor-patches.js';
import { writeFilesAtomically } from './write-files-atomically.js';

export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ImportSpecOptions {
  platform: Platform;
  /** One or more files or http(s) URLs (CXone: one per API area); merged in the order given. */
  from: readonly string[];
  /** Folder holding selection.yaml and the outputs. Default `<workspace>/specs/<platform>`. */
  specDir?: string;
  /** Default `<specDir>/selection.yaml`. */
  selectionFile?: string;
  /** Where openapi.yaml and source.json are written. Default `specDir`. */
  outDir?: string;
  /** Retrieval time recorded in source.json. Default: now, or `SOURCE_DATE_EPOCH` (seconds) when set. */
  now?: Date;
  /** Fail when an include entry matches no operation (default false: reported as a warning). */
  strictSelection?: boolean;
  /** Rewrite source.json even when openapi.yaml comes out unchanged (default false: leave both untouched). */
  force?: boolean;
  /** Base for relative input paths (default INIT_CWD or cwd). */
  cwd?: string;
  /** Download timeout per URL (default 120000). */
  timeoutMs?: number;
}

export interface SourceRecord {
  platform: Platform;
  url?: string;
  retrieved: string;
  sha256: string;
  inputs: Array<{ url: string; sha256: string; bytes: number; format: string }>;
  converter: string;
  selection: { file: string; sha256: string };
  output: { file: string; sha256: string; operations: number; schemas: number };
  patches: AppliedPatch[];
}

export interface ImportSpecResult {
  status: 'written' | 'unchanged';
  openapiFile: string;
  sourceFile: string;
  /** openapi.yaml as it was before this run (undefined when there was none). */
  previousSpec: string | undefined;
  spec: string;
  source: SourceRecord;
  operations: string[];
  warnings: string[];
}

const require = createRequire(import.meta.url);
const converterVersion = (require('swagger2openapi/package.json') as { version: string }).version;

export async function importSpec(options: ImportSpecOptions): Promise<ImportSpecResult> {
  if (options.from.length === 0) throw new SpecSyncError('USAGE', 'import needs at least one --from <url|file>');
  const specDir = options.specDir ?? join(workspaceRoot, 'specs', options.platform);
  const outDir = options.outDir ?? specDir;
  const selectionFile = options.selectionFile ?? join(specDir, 'selection.yaml');
  const { selection, text: selectionText } = await readSelection(selectionFile);

  const inputs: SourceRecord['inputs'] = [];
  const documents: NamedDocument[] = [];
  for (const from of options.from) {
    const input = await readInput(from, { ...(options.cwd === undefined ? {} : { cwd: options.cwd }), ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) });
    const parsed = parseApiDocument(input.text, input.location, input.contentType);
    const document = parsed.format === 'swagger-2.0' ? await convertToOpenApi3(parsed.document, input.location) : parsed.document;
    documents.push({ input: input.location, document });
    inputs.push({ url: displayLocation(input.location, input.kind), sha256: input.sha256, bytes: input.bytes, format: parsed.format });
  }
  const label = documents.map((d) => d.input).join(' + ');
  const merged = mergeDocuments(documents);
  const filtered = filterDocument(merged, selection, label);
  const warnings = filtered.unmatched.map((entry) => `selection entry "${entry}" in ${selectionFile} matches no operation in ${label}`);
  if (options.strictSelection === true && warnings.length > 0) {
    throw new SpecSyncError('SELECTION_ENTRY_UNMATCHED', warnings.join('; '), { input: selectionFile });
  }
  checkReferences(filtered.document, label);
  const patches = applyVendorPatches(filtered.document, options.platform);
  const spec = serialiseYaml(normaliseDocument(filtered.document, { keepExtensions: selection.keepExtensions }));

  const openapiFile = join(outDir, 'openapi.yaml');
  const sourceFile = join(outDir, 'source.json');
  const previousSpec = await readFile(openapiFile, 'utf8').catch(() => undefined);
  const hasSource = await readFile(sourceFile, 'utf8').then(() => true, () => false);
  const schemas = (filtered.document['components'] as { schemas?: object } | undefined)?.schemas;
  const source: SourceRecord = {
    platform: options.platform,
    ...(inputs.length === 1 ? { url: inputs[0]!.url } : {}),
    retrieved: retrievedAt(options.now).toISOString(),
    sha256: inputs.length === 1 ? inputs[0]!.sha256 : sha256(inputs.map((i) => i.sha256).join('\n')),
    inputs,
    converter: `swagger2openapi ${converterVersion}`,
    selection: { file: displayLocation(selectionFile, 'file'), sha256: sha256(selectionText) },
    output: { file: 'openapi.yaml', sha256: sha256(spec), operations: filtered.operations.length, schemas: schemas === undefined ? 0 : Object.keys(schemas).length },
    patches,
  };
  const unchanged = previousSpec === spec && hasSource && options.force !== true;
  if (!unchanged) {
    await writeFilesAtomically([
      { path: openapiFile, content: spec },
      { path: sourceFile, content: `${JSON.stringify(source, null, 2)}\n` },
    ]);
  }
  return { status: unchanged ? 'unchanged' : 'written', openapiFile, sourceFile, previousSpec, spec, source, operations: filtered.operations, warnings };
}

function retrievedAt(now: Date | undefined): Date {
  if (now !== undefined) return now;
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  return epoch !== undefined && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : new Date();
}

function displayLocation(location: string, kind: 'url' | 'file'): string {
  if (kind === 'url' || !isAbsolute(location)) return location;
  const rel = relative(workspaceRoot, location);
  return rel.startsWith('..') || isAbsolute(rel) ? location : rel.split(sep).join('/');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
