// `spec:import`: vendor sources -> OpenAPI 3 -> filtered by selection.yaml -> patched -> normalised -> (split by tag)
// -> specs/<platform>/openapi.yaml (or areas/<area>/openapi.yaml) + source.json. Every check runs before anything is
// written; the write is atomic.
//
// A source is a vendor document (file or URL: Swagger 2.0 / OpenAPI 3.x, gzip allowed) or, for Genesys Cloud, the
// vendor's official SDK package directory (genesys-sdk-source.ts); an SDK-derived document can be enriched from an
// older vendor Swagger 2.0 document (`enrich`, see enrich-from-swagger2.ts). Whatever the source, the steps after
// it are the same, so the live Swagger simply replaces the offline sources.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkReferences } from './check-references.js';
import { escapePointer } from './collect-refs.js';
import { convertToOpenApi3 } from './convert-to-openapi3.js';
import { enrichFromPolicyExtract, readPolicyExtract, type PolicySummary } from './enrich-from-policy-extract.js';
import { enrichFromSwagger2, type EnrichmentSummary } from './enrich-from-swagger2.js';
import { filterDocument, httpMethods } from './filter-document.js';
import { genesysSdkPackageName, readGenesysSdk, type Provenance } from './genesys-sdk-source.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { mergeDocuments, type NamedDocument } from './merge-documents.js';
import { normaliseDocument } from './normalise-document.js';
import { parseApiDocument } from './parse-api-document.js';
import type { Platform } from './platforms.js';
import { readInput } from './read-input.js';
import { readSelection } from './read-selection.js';
import { serialiseYaml } from './serialise-yaml.js';
import { splitByTag } from './split-by-tag.js';
import { SpecSyncError } from './spec-sync-error.js';
import { applyVendorPatches, type AppliedPatch } from './vendor-patches.js';
import { writeFilesAtomically, type FileToWrite } from './write-files-atomically.js';

export const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ImportSpecOptions {
  platform: Platform;
  /** Files or http(s) URLs (CXone: one per API area; merged in the order given), or the Genesys SDK package directory. */
  from: readonly string[];
  /** A Swagger 2.0 document (file or URL) whose matching items refine an SDK-derived document. */
  enrich?: string;
  /**
   * The Genesys policy extract (specs/genesys-cloud/extract/permissions.json): per operation the permissions, preview
   * and deprecation the vendor documents, written as `x-inin-requires-permissions`, `x-genesys-preview`, `deprecated`.
   */
  policy?: string;
  /** Folder holding selection.yaml and the outputs. Default `<workspace>/specs/<platform>`. */
  specDir?: string;
  /** Default `<specDir>/selection.yaml`. */
  selectionFile?: string;
  /** Where openapi.yaml (or areas/) and source.json are written. Default `specDir`. */
  outDir?: string;
  /** Retrieval time recorded in source.json. Default: now, or `SOURCE_DATE_EPOCH` (seconds) when set. */
  now?: Date;
  /** Fail when an include entry matches no operation (default false: reported as a warning). */
  strictSelection?: boolean;
  /** Rewrite source.json even when the spec comes out unchanged (default false: leave everything untouched). */
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
  enrichment?: EnrichmentSummary & { url: string; sha256: string; bytes: number };
  policy?: PolicySummary & { url: string; sha256: string };
  converter: string;
  selection: { file: string; sha256: string };
  output: { file: string; sha256: string; operations: number; schemas: number; areas?: Array<{ file: string; tag: string; sha256: string; operations: number; schemas: number }> };
  patches: AppliedPatch[];
  provenance: Provenance;
}

export interface ImportSpecResult {
  status: 'written' | 'unchanged';
  /** openapi.yaml, or the areas/ folder for a split import. */
  openapiFile: string;
  sourceFile: string;
  /** The previous spec as one document (undefined when there was none); a split import merges its areas. */
  previousSpec: string | undefined;
  /** The new spec as one document (for diffs and the changeset name). */
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
  const readOptions = { ...(options.cwd === undefined ? {} : { cwd: options.cwd }), ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }) };

  const enrichInput = options.enrich === undefined ? undefined : await readInput(options.enrich, readOptions);
  const enrichDocument = enrichInput === undefined ? undefined : parseApiDocument(enrichInput.text, enrichInput.location, enrichInput.contentType);
  const inputs: SourceRecord['inputs'] = [];
  const documents: NamedDocument[] = [];
  const warnings: string[] = [];
  let provenance: Provenance | undefined;
  for (const from of options.from) {
    const sdkDir = await sdkPackageDirectory(from, options.cwd);
    if (sdkDir !== undefined) {
      if (options.platform !== 'genesys-cloud') throw new SpecSyncError('USAGE', `${from}: an SDK package is a source for genesys-cloud only`, { input: from });
      const knownTags = Array.isArray(enrichDocument?.document['tags']) ? enrichDocument.document['tags'].flatMap((t) => (isPlainObject(t) && typeof t['name'] === 'string' ? [t['name']] : [])) : [];
      const sdk = await readGenesysSdk(sdkDir, knownTags);
      warnings.push(...sdk.warnings);
      documents.push({ input: sdk.label, document: sdk.document });
      inputs.push({ url: displayLocation(sdkDir, 'file'), sha256: sdk.sha256, bytes: sdk.bytes, format: `sdk ${sdk.label}` });
      provenance = sdk.provenance;
      continue;
    }
    const input = await readInput(from, readOptions);
    const parsed = parseApiDocument(input.text, input.location, input.contentType);
    const document = parsed.format === 'swagger-2.0' ? await convertToOpenApi3(parsed.document, input.location) : parsed.document;
    documents.push({ input: input.location, document });
    inputs.push({ url: displayLocation(input.location, input.kind), sha256: input.sha256, bytes: input.bytes, format: parsed.format });
  }
  let enrichment: SourceRecord['enrichment'];
  if (enrichInput !== undefined && enrichDocument !== undefined) {
    if (provenance === undefined || documents.length !== 1) throw new SpecSyncError('USAGE', '--enrich refines an SDK-derived document: pass exactly one SDK package as --from', { input: enrichInput.location });
    if (enrichDocument.format !== 'swagger-2.0') throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${enrichInput.location}: --enrich reads a Swagger 2.0 document (got ${enrichDocument.format})`, { input: enrichInput.location });
    const location = displayLocation(enrichInput.location, enrichInput.kind);
    provenance.artifacts['enrich'] = `${location} (${enrichDocument.format}, sha256 ${enrichInput.sha256})`;
    const summary = enrichFromSwagger2(documents[0]!.document, enrichDocument.document, provenance, location, 'enrich');
    enrichment = { ...summary, url: location, sha256: enrichInput.sha256, bytes: enrichInput.bytes };
  }
  let policy: SourceRecord['policy'];
  if (options.policy !== undefined) {
    if (provenance === undefined || documents.length !== 1) throw new SpecSyncError('USAGE', '--policy refines an SDK-derived document: pass exactly one SDK package as --from (the live Swagger carries the policy itself)', { input: options.policy });
    const policyInput = await readInput(options.policy, readOptions);
    const extract = readPolicyExtract(policyInput.text, policyInput.location);
    const location = displayLocation(policyInput.location, policyInput.kind);
    const from = extract.artifacts.map((a) => `${a.id} = ${a.repo}@${a.version} ${a.files} at commit ${a.commit}`).join('; ');
    provenance.artifacts['policy'] = `${location} (sha256 ${policyInput.sha256}): ${from}`;
    const summary = enrichFromPolicyExtract(documents[0]!.document, extract, provenance, 'policy', enrichDocument?.document);
    policy = { ...summary, url: location, sha256: policyInput.sha256 };
  }

  const label = documents.map((d) => d.input).join(' + ');
  const merged = mergeDocuments(documents);
  const filtered = filterDocument(merged, selection, label);
  warnings.push(...filtered.unmatched.map((entry) => `selection entry "${entry}" in ${selectionFile} matches no operation in ${label}`));
  if (options.strictSelection === true && filtered.unmatched.length > 0) {
    throw new SpecSyncError('SELECTION_ENTRY_UNMATCHED', warnings.join('; '), { input: selectionFile });
  }
  checkReferences(filtered.document, label);
  const patches = applyVendorPatches(filtered.document, options.platform);
  const normaliseOptions = { keepExtensions: selection.keepExtensions };
  const spec = serialiseYaml(normaliseDocument(filtered.document, normaliseOptions));
  const schemas = (filtered.document['components'] as { schemas?: object } | undefined)?.schemas;
  const schemaNames = schemas === undefined ? [] : Object.keys(schemas);

  const sourceFile = join(outDir, 'source.json');
  const areasDir = join(outDir, 'areas');
  const openapiFile = selection.split === 'tags' ? areasDir : join(outDir, 'openapi.yaml');
  const files: FileToWrite[] = [];
  const areaRecords: NonNullable<SourceRecord['output']['areas']> = [];
  if (selection.split === 'tags') {
    for (const area of splitByTag(filtered.document, label)) {
      const content = serialiseYaml(normaliseDocument(area.document, normaliseOptions));
      const file = join(areasDir, area.slug, 'openapi.yaml');
      files.push({ path: file, content });
      const areaSchemas = (area.document['components'] as { schemas?: object } | undefined)?.schemas;
      areaRecords.push({ file: `areas/${area.slug}/openapi.yaml`, tag: area.tag, sha256: sha256(content), operations: area.operations.length, schemas: areaSchemas === undefined ? 0 : Object.keys(areaSchemas).length });
    }
  } else {
    files.push({ path: openapiFile, content: spec });
  }
  const previous = await readPrevious(selection.split === 'tags' ? areasDir : undefined, openapiFile);
  const previousSpec = previous === undefined ? undefined : selection.split === 'tags' ? mergedAreas(previous) : previous.get(openapiFile);
  const hasSource = await readFile(sourceFile, 'utf8').then(() => true, () => false);
  const source: SourceRecord = {
    platform: options.platform,
    ...(inputs.length === 1 ? { url: inputs[0]!.url } : {}),
    retrieved: retrievedAt(options.now).toISOString(),
    sha256: inputs.length === 1 ? inputs[0]!.sha256 : sha256(inputs.map((i) => i.sha256).join('\n')),
    inputs,
    ...(enrichment === undefined ? {} : { enrichment }),
    ...(policy === undefined ? {} : { policy }),
    converter: `swagger2openapi ${converterVersion}`,
    selection: { file: displayLocation(selectionFile, 'file'), sha256: sha256(selectionText) },
    output: {
      file: selection.split === 'tags' ? 'areas/*/openapi.yaml' : 'openapi.yaml',
      sha256: sha256(spec),
      operations: filtered.operations.length,
      schemas: schemaNames.length,
      ...(selection.split === 'tags' ? { areas: areaRecords } : {}),
    },
    patches,
    provenance: shippedProvenance(provenance ?? documentProvenance(inputs), filtered.document, schemaNames, inputs[0]?.format === 'swagger-2.0' ? '#/definitions/' : '#/components/schemas/'),
  };
  const unchanged =
    previous !== undefined &&
    previous.size === files.length &&
    files.every((file) => previous.get(file.path) === file.content) &&
    hasSource &&
    options.force !== true;
  if (!unchanged) {
    const stale = selection.split === 'tags' && previous !== undefined ? [...previous.keys()].filter((path) => !files.some((file) => file.path === path)) : [];
    await writeFilesAtomically([...files, { path: sourceFile, content: serialiseSource(source) }]);
    for (const path of stale) await rm(dirname(path), { recursive: true, force: true });
  }
  return { status: unchanged ? 'unchanged' : 'written', openapiFile, sourceFile, previousSpec, spec: selection.split === 'tags' ? mergedAreas(new Map(files.map((f) => [f.path, f.content]))) : spec, source, operations: filtered.operations, warnings };
}

/** The directory when `from` is the Genesys SDK package (a folder whose package.json names it), else undefined. */
async function sdkPackageDirectory(from: string, cwd: string | undefined): Promise<string | undefined> {
  if (/^https?:\/\//i.test(from)) return undefined;
  const path = isAbsolute(from) ? from : resolve(cwd ?? process.env['INIT_CWD'] ?? process.cwd(), from);
  const isDirectory = await stat(path).then((s) => s.isDirectory(), () => false);
  if (!isDirectory) return undefined;
  const name = await readFile(join(path, 'package.json'), 'utf8').then((text) => (JSON.parse(text) as { name?: unknown }).name, () => undefined);
  if (name !== genesysSdkPackageName) {
    throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${from} is a directory but not the ${genesysSdkPackageName} package (the only SDK source spec-sync reads)`, { input: from });
  }
  return path;
}

/** The spec files of a previous import: areas/<area>/openapi.yaml of a split import, else openapi.yaml. */
async function readPrevious(areasDir: string | undefined, openapiFile: string): Promise<Map<string, string> | undefined> {
  const files = new Map<string, string>();
  if (areasDir === undefined) {
    const text = await readFile(openapiFile, 'utf8').catch(() => undefined);
    if (text !== undefined) files.set(openapiFile, text);
  } else {
    const areas = await readdir(areasDir).catch(() => [] as string[]);
    for (const area of areas.sort()) {
      const path = join(areasDir, area, 'openapi.yaml');
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text !== undefined) files.set(path, text);
    }
  }
  return files.size === 0 ? undefined : files;
}

/** Area documents merged back into one (for `spec:diff`-style comparison and the changeset). */
function mergedAreas(files: Map<string, string>): string {
  const documents = [...files].sort(([a], [b]) => a.localeCompare(b)).map(([input, text]) => ({ input, document: parseYaml(text, { maxAliasCount: -1 }) as JsonObject }));
  const merged = mergeDocuments(documents);
  if (isPlainObject(merged['info'])) merged['info'] = { ...merged['info'], title: String(merged['info']['title']).replace(/: [^:]*$/, '') };
  return serialiseYaml(normaliseDocument(merged));
}

/** Provenance for document inputs: every operation and schema comes from the same place of the input document. */
function documentProvenance(inputs: SourceRecord['inputs']): Provenance {
  return { artifacts: Object.fromEntries(inputs.map((input, index) => [inputs.length === 1 ? 'document' : `document${index + 1}`, `${input.url} (${input.format}, sha256 ${input.sha256})`])), operations: {}, schemas: {} };
}

/** Keeps the provenance of what ships; for document inputs, lists each shipped operation and schema by pointer. */
function shippedProvenance(provenance: Provenance, document: JsonObject, schemaNames: readonly string[], schemaPointer: string): Provenance {
  const fromDocument = Object.keys(provenance.operations).length === 0;
  const operations: Provenance['operations'] = {};
  for (const [path, item] of Object.entries(isPlainObject(document['paths']) ? document['paths'] : {})) {
    for (const method of httpMethods) {
      if (!isPlainObject((item as JsonObject)[method])) continue;
      const key = `${method.toUpperCase()} ${path}`;
      operations[key] = fromDocument ? { pointer: `#/paths/${escapePointer(path)}/${method}`, parameters: {}, bodies: {} } : provenance.operations[key] ?? { parameters: {}, bodies: {} };
    }
  }
  const schemas: Provenance['schemas'] = {};
  for (const name of [...schemaNames].sort()) schemas[name] = fromDocument ? { pointer: `${schemaPointer}${escapePointer(name)}`, properties: {} } : provenance.schemas[name] ?? { properties: {} };
  return { artifacts: provenance.artifacts, operations: sortKeys(operations), schemas };
}

/** source.json: readable at the top, one line per operation and per schema (about 3,000 + 5,000 lines for Genesys). */
function serialiseSource(source: SourceRecord): string {
  const { provenance, ...rest } = source;
  const head = JSON.stringify(rest, null, 2).replace(/\n}$/, '');
  const entries = (record: Record<string, unknown>) => Object.entries(record).map(([key, value]) => `      ${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(',\n');
  return `${head},\n  "provenance": {\n    "artifacts": ${JSON.stringify(provenance.artifacts, null, 2).replace(/\n/g, '\n    ')},\n    "operations": {\n${entries(provenance.operations)}\n    },\n    "schemas": {\n${entries(provenance.schemas)}\n    }\n  }\n}\n`;
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


function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.keys(record).sort().map((key) => [key, record[key]!]));
}
