// `spec:cxone-extract`: NICE CXone source extract (specs/nice-cxone/extract/*.yaml: the operations, parameters and
// fields found in public artifacts, each with its citation) -> one OpenAPI 3.0 document per API family, every path
// from the host root (`/inContactAPI/services/v34.0/agents`, `/dfo/3.0/contacts`, ...) so no two families collide ->
// the same selection filter, reference check, patches, normalisation and atomic write as `spec:import` ->
// specs/nice-cxone/families/<family>/openapi.yaml + specs/nice-cxone/source.json (the citation of every operation,
// parameter and property, and the base, version and host of every operation).
// When NICE's portal documents are at hand, `spec:import -- nice-cxone --from <area document> ...` replaces this.
// Same extract, byte-identical output; `--check` compares with the committed files instead of writing.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { checkReferences } from './check-references.js';
import { filterDocument } from './filter-document.js';
import { workspaceRoot } from './import-spec.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { normaliseDocument } from './normalise-document.js';
import { readSelection } from './read-selection.js';
import { serialiseYaml } from './serialise-yaml.js';
import { SpecSyncError } from './spec-sync-error.js';
import { applyVendorPatches } from './vendor-patches.js';
import { writeFilesAtomically } from './write-files-atomically.js';

/** Where a fact was found: a repository file at a commit, or a file of a published npm package. */
export type CxoneArtifact = { repo: string; commit: string; path: string } | { package: string; path: string };

/** `artifact#symbol` expanded: the symbol is the method, constant or doc comment that holds the fact. */
export interface CxoneCitation {
  artifact: string;
  symbol: string;
}

interface ObjectRecord {
  source: CxoneCitation;
  properties: string[];
  /** Properties attested by another source than the object's. */
  propertySources?: Record<string, CxoneCitation>;
  /** Nested inline objects, by property path (`agents[]`, `resultSet`). */
  nested?: Record<string, ObjectRecord>;
}

export interface CxoneOperationRecord {
  /** The API family (one spec, one generated module, one entry `@ccaas/nice-cxone/<family>`). */
  area: string;
  file: string;
  /** The prefix the extract's path was placed under, and which host serves it. */
  base: string;
  host: CxoneHost;
  /** The `vNN.0` of an `/inContactAPI/services` path when a source names it for this operation (else the family's). */
  version?: { value: string; source: CxoneCitation };
  /** The path as the source writes it (e.g. `/agents/{agentId|userId}`). */
  sourcePath: string;
  doc: string;
  source: CxoneCitation;
  also?: CxoneCitation[];
  parameters: Record<string, CxoneCitation>;
  requestBody?: ObjectRecord | { schema: string; source: CxoneCitation };
  response: ObjectRecord | { schema: string; source: CxoneCitation } | { loose: true; source: CxoneCitation };
  disagreements?: string[];
  loose?: string;
}

/** `api`: the API facade `api-{area}.{domain}`; `digital`: `api-de-{area}.{domain}` (both from tenant discovery). */
export type CxoneHost = 'api' | 'digital';

export interface CxoneFamilyOutput {
  file: string;
  sha256: string;
  host: CxoneHost;
  base: string;
  operations: number;
  schemas: number;
}

export interface CxoneExtractSource {
  platform: 'nice-cxone';
  generator: string;
  inputs: Array<{ file: string; sha256: string }>;
  selection: { file: string; sha256: string };
  output: { operations: number; families: Record<string, CxoneFamilyOutput> };
  areas: Record<string, number>;
  artifacts: Record<string, CxoneArtifact>;
  envelope: Record<string, unknown>;
  operations: Record<string, CxoneOperationRecord>;
  schemas: Record<string, ObjectRecord & { area: string; file: string; also?: CxoneCitation[] }>;
  patches: Array<{ id: string; count: number }>;
}

export interface CxoneExtractOptions {
  /** Folder with common.yaml and the area files; default `<workspace>/specs/nice-cxone/extract`. */
  extractDir?: string;
  /** Folder with selection.yaml; default `<workspace>/specs/nice-cxone`. */
  specDir?: string;
  /** Where families/<family>/openapi.yaml and source.json go; default `specDir`. */
  outDir?: string;
  /** Compare with the files in `outDir` instead of writing them. */
  check?: boolean;
}

export interface CxoneExtractResult {
  status: 'written' | 'unchanged' | 'stale';
  /** family -> its openapi.yaml text. */
  specs: Record<string, string>;
  familiesDir: string;
  sourceFile: string;
  source: CxoneExtractSource;
  operations: string[];
  warnings: string[];
}

const httpMethods = new Set(['GET', 'PUT', 'POST', 'DELETE', 'PATCH']);
const errorStatuses = ['400', '401', '403', '429', '503'] as const;

/** Turns the extract into specs/nice-cxone/openapi.yaml + source.json (or, with `check`, says whether they are current). */
export async function importCxoneExtract(options: CxoneExtractOptions = {}): Promise<CxoneExtractResult> {
  const specDir = options.specDir ?? join(workspaceRoot, 'specs', 'nice-cxone');
  const extractDir = options.extractDir ?? join(specDir, 'extract');
  const outDir = options.outDir ?? specDir;
  const selectionFile = join(specDir, 'selection.yaml');
  const { selection, text: selectionText } = await readSelection(selectionFile);
  const files = await readExtractFiles(extractDir);
  const commonFile = files.find((f) => f.name === 'common.yaml');
  if (commonFile === undefined) throw extractError(join(extractDir, 'common.yaml'), 'the extract needs a common.yaml (base URL, auth, error body, links, status codes)');

  const builder = new ExtractBuilder(commonFile);
  for (const file of files) if (file !== commonFile) builder.addArea(file);
  const used = new Set<string>();
  const specs: Record<string, string> = {};
  const families: Record<string, CxoneFamilyOutput> = {};
  const kept = new Set<string>();
  const keptSchemas = new Set<string>();
  const patchCounts = new Map<string, number>();
  for (const { family, host, base, document } of builder.familyDocuments()) {
    const label = `extract:${family}`;
    const filtered = filterDocument(document, selection, label);
    for (const pattern of [...selection.includeOperations, ...selection.includeTags.map((t) => `tag ${t}`)]) if (!filtered.unmatched.includes(pattern)) used.add(pattern);
    checkReferences(filtered.document, label);
    for (const patch of applyVendorPatches(filtered.document, 'nice-cxone')) patchCounts.set(patch.id, (patchCounts.get(patch.id) ?? 0) + patch.count);
    const normalised = normaliseDocument(filtered.document);
    // The generated client reads which discovered host serves the family from here.
    const spec = serialiseYaml({ ...normalised, 'x-ccaas-host': host });
    const schemas = (filtered.document['components'] as { schemas?: JsonObject } | undefined)?.schemas ?? {};
    for (const name of Object.keys(schemas)) keptSchemas.add(name);
    for (const key of filtered.operations) kept.add(key);
    specs[family] = spec;
    families[family] = { file: `families/${family}/openapi.yaml`, sha256: sha256(spec), host, base, operations: filtered.operations.length, schemas: Object.keys(schemas).length };
  }
  const warnings = [...selection.includeOperations, ...selection.includeTags.map((t) => `tag ${t}`)]
    .filter((entry) => !used.has(entry))
    .map((entry) => `selection entry "${entry}" in ${selectionFile} matches no operation of the extract`);

  const source: CxoneExtractSource = {
    platform: 'nice-cxone',
    generator: 'tools/spec-sync/cxone-extract.ts',
    inputs: files.map((f) => ({ file: displayPath(f.path), sha256: sha256(f.text) })),
    selection: { file: displayPath(selectionFile), sha256: sha256(selectionText) },
    output: { operations: kept.size, families },
    areas: countAreas(builder.operations, kept),
    artifacts: sortKeys(builder.artifacts),
    envelope: builder.envelope,
    operations: sortKeys(Object.fromEntries(Object.entries(builder.operations).filter(([key]) => kept.has(key)))),
    schemas: sortKeys(Object.fromEntries(Object.entries(builder.schemas).filter(([name]) => keptSchemas.has(name)))),
    patches: [...patchCounts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, count]) => ({ id, count })),
  };
  const sourceText = `${JSON.stringify(source, null, 2)}\n`;
  const familiesDir = join(outDir, 'families');
  const sourceFile = join(outDir, 'source.json');
  const wanted = [
    ...Object.entries(specs).map(([family, content]) => ({ path: join(familiesDir, family, 'openapi.yaml'), content })),
    { path: sourceFile, content: sourceText },
  ];
  const stale = [];
  for (const file of wanted) if ((await readFile(file.path, 'utf8').catch(() => '')) !== file.content) stale.push(file);
  const extra = (await readdir(familiesDir).catch(() => [] as string[])).filter((name) => !(name in specs));
  const current = stale.length === 0 && extra.length === 0;
  const result = { specs, familiesDir, sourceFile, source, operations: [...kept].sort(), warnings };
  if (options.check === true) return { ...result, status: current ? 'unchanged' : 'stale' };
  if (stale.length > 0) await writeFilesAtomically(stale);
  for (const name of extra) await rm(join(familiesDir, name), { recursive: true, force: true });
  return { ...result, status: current ? 'unchanged' : 'written' };
}

interface ExtractFile {
  name: string;
  path: string;
  text: string;
  data: JsonObject;
}

async function readExtractFiles(dir: string): Promise<ExtractFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.yaml')).sort();
  } catch (cause) {
    throw new SpecSyncError('INPUT_UNREADABLE', `cannot read the CXone extract folder ${dir}`, { input: dir, cause });
  }
  const files: ExtractFile[] = [];
  for (const name of names) {
    const path = join(dir, name);
    const text = await readFile(path, 'utf8');
    let data: unknown;
    try {
      data = parseYaml(text);
    } catch (cause) {
      throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${path} is not valid YAML: ${(cause as Error).message}`, { input: path, cause });
    }
    if (!isPlainObject(data)) throw extractError(path, 'must be a mapping');
    files.push({ name, path, text, data });
  }
  return files;
}

function extractError(file: string, message: string): SpecSyncError {
  return new SpecSyncError('INPUT_NOT_PARSEABLE', `CXone extract ${displayPath(file)}: ${message}`, { input: file });
}

interface FamilyState {
  paths: JsonObject;
  schemas: JsonObject;
  tags: Set<string>;
  host: CxoneHost;
  /** Prefix of every path of the family (from the host root); '' when the extract's paths already start there. */
  base: string;
  files: string[];
}

/** Accumulates the area documents and the citation records while reading the extract files. */
class ExtractBuilder {
  readonly artifacts: Record<string, CxoneArtifact> = {};
  readonly operations: Record<string, CxoneOperationRecord> = {};
  readonly schemas: CxoneExtractSource['schemas'] = {};
  readonly envelope: Record<string, unknown>;
  private readonly areas = new Map<string, FamilyState>();
  /** Normalised path template (parameter names erased) -> the template chosen for it. */
  private readonly templates = new Map<string, string>();
  private readonly common: JsonObject;
  private readonly commonFile: ExtractFile;
  private readonly schemaOwner = new Map<string, string>();

  constructor(commonFile: ExtractFile) {
    this.commonFile = commonFile;
    this.common = commonFile.data;
    this.addArtifacts(commonFile);
    const citation = (value: unknown, where: string) => this.citations(commonFile, value, where);
    this.envelope = {
      info: { sources: citation(this.field(commonFile, 'info', 'sources'), 'info.sources') },
      server: {
        url: this.field(commonFile, 'server', 'url'),
        note: 'the host default is a placeholder: the client discovers the tenant host',
        sources: citation(this.field(commonFile, 'server', 'sources'), 'server.sources'),
      },
      security: { sources: citation(this.field(commonFile, 'security', 'sources'), 'security.sources') },
      errorBody: this.objectRecord(commonFile, this.field(commonFile, 'errorBody', 'properties') as JsonObject, this.cite(commonFile, this.field(commonFile, 'errorBody', 'source'), 'errorBody.source')),
      links: this.objectRecord(commonFile, this.field(commonFile, 'links', 'properties') as JsonObject, this.cite(commonFile, this.field(commonFile, 'links', 'source'), 'links.source')),
      responses: Object.fromEntries(
        [...errorStatuses.map((status) => [status, this.common['responses'] && (this.common['responses'] as JsonObject)[status]] as const), ['304', this.common['notModified']] as const].map(
          ([status, value]) => [status, isPlainObject(value) ? { name: value['name'], source: value['source'] } : undefined],
        ),
      ),
    };
  }

  addArea(file: ExtractFile): void {
    const area = file.data['area'];
    if (typeof area !== 'string' || !/^[a-z][a-z-]*$/.test(area)) throw extractError(file.path, '`area` must be a lower-case family name (admin, agent, digital, ...)');
    this.addArtifacts(file);
    const host = file.data['host'] ?? 'api';
    if (host !== 'api' && host !== 'digital') throw extractError(file.path, '`host` must be api (the API facade) or digital');
    const base = file.data['base'] ?? this.defaultBase();
    if (typeof base !== 'string' || !(base === '' || /^\/[^{}\s]*[^/]$/.test(base))) throw extractError(file.path, '`base` must be \'\' or a path prefix like /dfo/3.0');
    if (file.data['baseSource'] !== undefined) this.cite(file, file.data['baseSource'], 'baseSource');
    const target = this.areas.get(area) ?? { paths: {}, schemas: {}, tags: new Set<string>(), host, base, files: [] };
    if (target.host !== host || target.base !== base) throw extractError(file.path, `family ${area} is declared with another host or base in ${target.files.join(', ')}`);
    target.files.push(displayPath(file.path));
    this.areas.set(area, target);
    const schemas = file.data['schemas'] ?? {};
    if (!isPlainObject(schemas)) throw extractError(file.path, '`schemas` must be a mapping');
    for (const [name, raw] of Object.entries(schemas)) {
      if (!isPlainObject(raw) || !isPlainObject(raw['properties'])) throw extractError(file.path, `schema ${name} needs \`source\` and \`properties\``);
      const owner = this.schemaOwner.get(name);
      if (owner !== undefined) throw extractError(file.path, `schema ${name} is already defined in ${owner}`);
      this.schemaOwner.set(name, displayPath(file.path));
      const citation = this.cite(file, raw['source'], `schema ${name}`);
      const schema = this.objectSchema(file, raw['properties'], `schema ${name}`);
      if (typeof raw['description'] === 'string') schema['description'] = raw['description'];
      target.schemas[name] = schema;
      const also = this.citations(file, raw['also'], `schema ${name}.also`);
      this.schemas[name] = { area, file: displayPath(file.path), ...this.objectRecord(file, raw['properties'], citation), ...(also.length > 0 ? { also } : {}) };
    }
    const operations = file.data['operations'];
    if (!Array.isArray(operations)) throw extractError(file.path, '`operations` must be a list');
    for (const raw of operations) this.addOperation(file, area, target, raw);
  }

  /**
   * One document per family. Each carries every schema of the extract (a family may reference another's, e.g.
   * real-time agent states reuse admin's) and the selection filter keeps only those its operations reach.
   */
  familyDocuments(): Array<{ family: string; host: CxoneHost; base: string; document: JsonObject }> {
    const pool: JsonObject = {};
    for (const { schemas } of this.areas.values()) Object.assign(pool, schemas);
    return [...this.areas.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([family, state]) => ({ family, host: state.host, base: state.base, document: this.document(family, state, pool) }));
  }

  /** `/inContactAPI/services/v34.0`: the path of common.yaml's server URL, the base of families that name none. */
  private defaultBase(): string {
    const url = String((this.common['server'] as JsonObject)['url']);
    return url.replace(/^https:\/\/\{apiHost\}/, '');
  }

  private document(family: string, state: FamilyState, schemas: JsonObject): JsonObject {
    const { paths, tags, host } = state;
    const common = this.common;
    const info = common['info'] as JsonObject;
    const server = common['server'] as JsonObject;
    const security = common['security'] as JsonObject;
    const errorBody = common['errorBody'] as JsonObject;
    const links = common['links'] as JsonObject;
    const responses: JsonObject = {};
    for (const status of errorStatuses) {
      const spec = (common['responses'] as JsonObject)[status] as JsonObject;
      responses[String(spec['name'])] = {
        description: spec['description'],
        ...(spec['retryAfter'] === true ? { headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } } } : {}),
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorResponse' } } },
      };
    }
    const notModified = common['notModified'] as JsonObject;
    responses[String(notModified['name'])] = { description: notModified['description'] };
    return {
      openapi: '3.0.3',
      info: { title: `${String(info['title'])}: ${family}`, version: info['version'], description: info['description'] },
      servers: [
        host === 'api'
          ? { url: 'https://{apiHost}', description: server['description'], variables: { apiHost: { default: server['hostDefault'], description: 'The API facade: the host of the tenant\'s `api_endpoint`, api-{area}.{domain}.' } } }
          : { url: 'https://{digitalHost}', description: server['description'], variables: { digitalHost: { default: server['digitalHostDefault'], description: 'The digital (DFO) host api-de-{area}.{domain}, from the `area` and `domain` of tenant discovery.' } } },
      ],
      security: [{ cxoneOAuth: [] }],
      tags: [...tags].sort().map((name) => ({ name })),
      paths,
      components: {
        securitySchemes: {
          cxoneOAuth: {
            type: 'oauth2',
            description: security['description'],
            flows: {
              password: { tokenUrl: 'https://cxone.niceincontact.com/auth/token', refreshUrl: 'https://cxone.niceincontact.com/auth/token', scopes: { openid: 'OpenID Connect sign-in (returns an id_token with the tenantId claim)' } },
              authorizationCode: {
                authorizationUrl: 'https://cxone.niceincontact.com/auth/authorize',
                tokenUrl: 'https://cxone.niceincontact.com/auth/token',
                refreshUrl: 'https://cxone.niceincontact.com/auth/token',
                scopes: { openid: 'OpenID Connect sign-in (returns an id_token with the tenantId claim)' },
              },
            },
          },
        },
        headers: { RetryAfter: { description: 'Seconds to wait before retrying; not reliably sent by CXone.', schema: { type: 'integer', minimum: 0 } } },
        responses,
        schemas: {
          ErrorResponse: { ...this.objectSchema(this.commonFile, errorBody['properties'], 'errorBody'), description: errorBody['description'] },
          Links: { ...this.objectSchema(this.commonFile, links['properties'], 'links'), description: links['description'] },
          ...schemas,
        },
      },
    };
  }

  private addOperation(file: ExtractFile, area: string, target: FamilyState, raw: unknown): void {
    if (!isPlainObject(raw) || typeof raw['op'] !== 'string') throw extractError(file.path, 'every operation needs `op: METHOD /path`');
    const where = `operation "${raw['op']}"`;
    const match = /^([A-Z]+) (\/\S*)$/.exec(raw['op']);
    if (!match || !httpMethods.has(match[1]!)) throw extractError(file.path, `${where}: \`op\` must be "GET|PUT|POST|DELETE|PATCH /path"`);
    const method = match[1]!;
    const sourcePath = match[2]!;
    const state = this.areas.get(area)!;
    let base = state.base;
    let version: CxoneOperationRecord['version'];
    if (raw['version'] !== undefined) {
      // `v23.0 @artifact#CONSTANT`: the version a source calls this operation with, in place of the family's.
      const [value = '', citation] = String(raw['version']).split(/\s+@/);
      if (!/^v\d+\.\d+$/.test(value) || citation === undefined || !/\/v\d+\.\d+$/.test(base)) throw extractError(file.path, `${where}: \`version\` must be "vNN.0 @artifact#symbol" on a family whose base ends in /vNN.0`);
      version = { value, source: this.cite(file, citation, `${where}.version`) };
      base = base.replace(/\/v\d+\.\d+$/, `/${value}`);
    }
    // `{agentId|userId}`: the segment takes either id; OpenAPI names it after the first.
    const ownPath = base + sourcePath.replace(/\{([^}|]+)(\|[^}]*)?\}/g, '{$1}');
    const shape = ownPath.replace(/\{[^}]+\}/g, '{}');
    const path = this.templates.get(shape) ?? ownPath;
    this.templates.set(shape, path);
    const key = `${method} ${path}`;
    if (key in this.operations) throw extractError(file.path, `${where} is already defined in ${this.operations[key]!.file}`);
    const citation = this.cite(file, raw['source'], `${where}.source`);
    const doc = typeof raw['doc'] === 'string' ? raw['doc'] : '';
    const tag = typeof raw['tag'] === 'string' ? raw['tag'] : area;
    target.tags.add(tag);
    const parameters: JsonObject[] = [];
    const parameterSources: Record<string, CxoneCitation> = {};

    const ownNames = [...ownPath.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const sharedNames = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    const pathTypes = raw['path'] ?? {};
    if (!isPlainObject(pathTypes)) throw extractError(file.path, `${where}: \`path\` must be a mapping`);
    ownNames.forEach((name, index) => {
      const type = pathTypes[name];
      if (typeof type !== 'string') throw extractError(file.path, `${where}: path parameter ${name} needs a type in \`path\``);
      const sharedName = sharedNames[index]!;
      const alternatives = /\{([^}]+)\}/g.exec(sourcePath.split('/').filter((s) => s.startsWith('{'))[index] ?? '')?.[1] ?? name;
      const notes = [
        alternatives.includes('|') ? `One of: ${alternatives.split('|').join(', ')} (the source writes \`{${alternatives}}\`).` : undefined,
        sharedName !== name ? `The ${name} (the source names this segment \`{${name}}\`; another operation on this path names it \`{${sharedName}}\`).` : undefined,
      ].filter(Boolean);
      const { schema, source } = this.typeSchema(file, type, `${where} path ${name}`);
      parameters.push({ name: sharedName, in: 'path', required: true, ...(notes.length > 0 ? { description: notes.join(' ') } : {}), schema });
      parameterSources[`path ${sharedName}`] = source ?? citation;
    });
    for (const extra of Object.keys(pathTypes)) {
      if (!ownNames.includes(extra)) throw extractError(file.path, `${where}: \`path\` names ${extra}, which is not a segment of ${sourcePath}`);
    }
    const query = raw['query'] ?? {};
    if (!isPlainObject(query)) throw extractError(file.path, `${where}: \`query\` must be a mapping`);
    for (const [rawName, type] of Object.entries(query)) {
      const optional = rawName.endsWith('?');
      const name = optional ? rawName.slice(0, -1) : rawName;
      if (typeof type !== 'string') throw extractError(file.path, `${where}: query parameter ${name} needs a type`);
      const { schema, source } = this.typeSchema(file, type, `${where} query ${name}`);
      parameters.push({ name, in: 'query', ...(optional ? {} : { required: true }), schema });
      parameterSources[`query ${name}`] = source ?? citation;
    }

    const operation: JsonObject = { tags: [tag], operationId: typeof raw['id'] === 'string' ? raw['id'] : operationIdOf(method, path.slice(base.length)), ...summaryOf(doc) };
    if (parameters.length > 0) operation['parameters'] = parameters;
    let requestBody: CxoneOperationRecord['requestBody'];
    if (raw['body'] !== undefined) {
      const body = this.shapeSchema(file, raw['body'], `${where} body`);
      operation['requestBody'] = { required: raw['bodyRequired'] === true, content: { 'application/json': { schema: body } } };
      requestBody = typeof raw['body'] === 'string' ? { schema: raw['body'], source: citation } : this.objectRecord(file, raw['body'], citation);
    }
    const responses: JsonObject = {};
    let response: CxoneOperationRecord['response'];
    const rawResponse = raw['response'];
    if (rawResponse === 'any' || rawResponse === 'none') {
      responses['2XX'] = {
        description: rawResponse === 'any' ? 'Success; the sources do not describe the body.' : 'Success, no body.',
        ...(rawResponse === 'any' ? { content: { 'application/json': { schema: {} } } } : {}),
      };
      response = { loose: true, source: citation };
    } else if (rawResponse !== undefined) {
      responses['200'] = { description: 'Success.', content: { 'application/json': { schema: this.shapeSchema(file, rawResponse, `${where} response`) } } };
      response = typeof rawResponse === 'string' ? { schema: rawResponse, source: citation } : this.objectRecord(file, rawResponse, citation);
    } else {
      throw extractError(file.path, `${where}: \`response\` is required (a shape, a schema name, \`any\` or \`none\`)`);
    }
    const polling = (this.common['notModified'] as JsonObject)['whenQuery'] as string[];
    if (method === 'GET' && Object.keys(query).some((name) => polling.includes(name.replace(/\?$/, '')))) {
      responses['304'] = { $ref: `#/components/responses/${String((this.common['notModified'] as JsonObject)['name'])}` };
    }
    for (const status of errorStatuses) {
      responses[status] = { $ref: `#/components/responses/${String(((this.common['responses'] as JsonObject)[status] as JsonObject)['name'])}` };
    }
    operation['responses'] = responses;
    const item = (target.paths[path] ??= {}) as JsonObject;
    item[method.toLowerCase()] = operation;

    const also = this.citations(file, raw['also'], `${where}.also`);
    const disagreements = Array.isArray(raw['disagreements']) ? raw['disagreements'].map(String) : [];
    this.operations[key] = {
      area,
      file: displayPath(file.path),
      base,
      host: state.host,
      ...(version === undefined ? {} : { version }),
      sourcePath,
      doc,
      source: citation,
      ...(also.length > 0 ? { also } : {}),
      parameters: parameterSources,
      ...(requestBody === undefined ? {} : { requestBody }),
      response,
      ...(disagreements.length > 0 ? { disagreements } : {}),
      ...(typeof raw['loose'] === 'string' ? { loose: raw['loose'] } : {}),
    };
  }

  /** A body or response: a schema name, `anyOf(A,B)`, or an inline mapping of properties. */
  private shapeSchema(file: ExtractFile, shape: unknown, where: string): JsonObject {
    if (typeof shape === 'string') return this.typeSchema(file, shape, where).schema;
    if (isPlainObject(shape)) return this.objectSchema(file, shape, where);
    throw extractError(file.path, `${where}: expected a schema name or a mapping of properties`);
  }

  private objectSchema(file: ExtractFile, properties: unknown, where: string): JsonObject {
    if (!isPlainObject(properties)) throw extractError(file.path, `${where}: properties must be a mapping`);
    const props: JsonObject = {};
    const required: string[] = [];
    for (const [rawName, type] of Object.entries(properties)) {
      const optional = rawName.endsWith('?');
      const name = optional ? rawName.slice(0, -1) : rawName;
      if (!optional) required.push(name);
      props[name] = this.valueSchema(file, type, `${where}.${name}`);
    }
    return { type: 'object', properties: props, ...(required.length > 0 ? { required } : {}) };
  }

  /** A property value: a type expression, an inline mapping, or `[mapping]` (array of inline objects). */
  private valueSchema(file: ExtractFile, value: unknown, where: string): JsonObject {
    if (typeof value === 'string') return this.typeSchema(file, value, where).schema;
    if (isPlainObject(value)) return this.objectSchema(file, value, where);
    if (Array.isArray(value) && value.length === 1 && isPlainObject(value[0])) return { type: 'array', items: this.objectSchema(file, value[0], `${where}[]`) };
    throw extractError(file.path, `${where}: expected a type, a mapping or [mapping]`);
  }

  /**
   * `string | number | boolean | object (loose object) | any (unknown) | T[] | enum(A,B) | anyOf(A,B) | SchemaName`,
   * optionally followed by ` @artifact#symbol` when another source than the enclosing one attests the item.
   */
  private typeSchema(file: ExtractFile, expression: string, where: string): { schema: JsonObject; source?: CxoneCitation } {
    const [type = '', citation] = expression.split(/\s+@/);
    const source = citation === undefined ? undefined : this.cite(file, citation, where);
    return { schema: this.parseType(file, type.trim(), where), ...(source === undefined ? {} : { source }) };
  }

  private parseType(file: ExtractFile, type: string, where: string): JsonObject {
    if (type.endsWith('[]')) return { type: 'array', items: this.parseType(file, type.slice(0, -2), where) };
    const call = /^(enum|anyOf)\((.+)\)$/.exec(type);
    if (call) {
      const items = call[2]!.split(',').map((s) => s.trim());
      return call[1] === 'enum' ? { type: 'string', enum: items } : { anyOf: items.map((name) => this.parseType(file, name, where)) };
    }
    switch (type) {
      case 'string':
      case 'number':
      case 'boolean':
        return { type };
      case 'object':
        return { type: 'object', additionalProperties: true };
      case 'any':
        return {};
      default:
        if (/^[A-Z][A-Za-z0-9]*$/.test(type)) return { $ref: `#/components/schemas/${type}` };
        throw extractError(file.path, `${where}: unknown type "${type}"`);
    }
  }

  /** The citation record of an inline object (and of the inline objects inside it). */
  private objectRecord(file: ExtractFile, properties: unknown, source: CxoneCitation): ObjectRecord {
    const record: ObjectRecord = { source, properties: [] };
    if (!isPlainObject(properties)) return record;
    for (const [rawName, value] of Object.entries(properties)) {
      const name = rawName.replace(/\?$/, '');
      record.properties.push(name);
      if (typeof value === 'string' && value.includes(' @')) {
        (record.propertySources ??= {})[name] = this.cite(file, value.split(/\s+@/)[1], `${name}`);
      }
      const inner = isPlainObject(value) ? value : Array.isArray(value) && isPlainObject(value[0]) ? value[0] : undefined;
      if (inner !== undefined) (record.nested ??= {})[Array.isArray(value) ? `${name}[]` : name] = this.objectRecord(file, inner, source);
    }
    return record;
  }

  private addArtifacts(file: ExtractFile): void {
    const artifacts = file.data['artifacts'];
    if (!isPlainObject(artifacts)) throw extractError(file.path, '`artifacts` must map ids to { repo, commit, path } or { package, path }');
    for (const [id, raw] of Object.entries(artifacts)) {
      const valid =
        isPlainObject(raw) &&
        typeof raw['path'] === 'string' &&
        ((typeof raw['repo'] === 'string' && typeof raw['commit'] === 'string' && /^[0-9a-f]{40}$/.test(raw['commit'])) || (typeof raw['package'] === 'string' && /@\d+\.\d+\.\d+$/.test(raw['package'])));
      if (!valid) throw extractError(file.path, `artifact ${id} needs { repo, commit (40 hex), path } or { package: name@x.y.z, path }`);
      const artifact = raw as CxoneArtifact;
      const known = this.artifacts[id];
      if (known !== undefined && JSON.stringify(known) !== JSON.stringify(artifact)) throw extractError(file.path, `artifact ${id} differs from its definition in another extract file`);
      this.artifacts[id] = artifact;
    }
  }

  private cite(file: ExtractFile, value: unknown, where: string): CxoneCitation {
    if (typeof value !== 'string') throw extractError(file.path, `${where}: a citation \`artifact#symbol\` is required`);
    const hash = value.indexOf('#');
    const artifact = hash < 0 ? value : value.slice(0, hash);
    const symbol = hash < 0 ? '' : value.slice(hash + 1).trim();
    const declared = isPlainObject(file.data['artifacts']) ? file.data['artifacts'] : {};
    if (!(artifact in declared) || symbol === '') throw extractError(file.path, `${where}: "${value}" must be artifact#symbol with an artifact declared in this file`);
    return { artifact, symbol };
  }

  private citations(file: ExtractFile, value: unknown, where: string): CxoneCitation[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) throw extractError(file.path, `${where}: expected a list of artifact#symbol`);
    return value.map((item) => this.cite(file, item, where));
  }

  private field(file: ExtractFile, section: string, key: string): unknown {
    const value = file.data[section];
    if (!isPlainObject(value) || value[key] === undefined) throw extractError(file.path, `\`${section}.${key}\` is required`);
    return value[key];
  }
}

/** `Updated in v34.0 Get Agents List` -> summary `Get Agents List`, description `Updated in v34.0.` */
function summaryOf(doc: string): JsonObject {
  const match = /^\s*((?:Updated|New) in v\d+\.\d+)\s+(.*)$/.exec(doc);
  const summary = (match ? match[2]! : doc).trim().replace(/\.$/, '');
  return { summary: summary === '' ? 'Undocumented operation' : summary, ...(match ? { description: `${match[1]}.` } : {}) };
}

/** `GET /agents/{agentId}/skills` -> `getAgentsByAgentIdSkills`. */
function operationIdOf(method: string, path: string): string {
  const words = path
    .split('/')
    .filter(Boolean)
    .map((segment) => (segment.startsWith('{') ? `By-${segment.slice(1, -1)}` : segment))
    .flatMap((segment) => segment.split(/[^A-Za-z0-9]+/))
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1));
  return method.toLowerCase() + words.join('');
}

function countAreas(operations: Record<string, CxoneOperationRecord>, kept: ReadonlySet<string>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, op] of Object.entries(operations)) if (kept.has(key)) counts[op.area] = (counts[op.area] ?? 0) + 1;
  return sortKeys(counts);
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function displayPath(path: string): string {
  const rel = relative(workspaceRoot, path);
  return rel.startsWith('..') ? path : rel.split(sep).join('/');
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

// `npx tsx tools/spec-sync/cxone-extract.ts [--check]` (npm run spec:cxone-extract).
if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  try {
    const result = await importCxoneExtract({ check });
    for (const warning of result.warnings) process.stderr.write(`warning: ${warning}\n`);
    const { output, areas } = result.source;
    const summary = `${output.operations} operations in ${Object.keys(areas).length} families (${Object.entries(areas).map(([a, n]) => `${a} ${n}`).join(', ')})`;
    const where = `${displayPath(result.familiesDir)}/*/openapi.yaml`;
    if (result.status === 'stale') {
      process.stderr.write(`${where} or source.json is out of date with the extract: run \`npm run spec:cxone-extract\`\n`);
      process.exitCode = 1;
    } else {
      process.stdout.write(result.status === 'unchanged' ? `${where} are up to date (${summary})\n` : `wrote ${where} and source.json: ${summary}\n`);
    }
  } catch (error) {
    if (!(error instanceof SpecSyncError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}
