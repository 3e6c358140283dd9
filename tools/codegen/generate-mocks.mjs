#!/usr/bin/env node
// Generates the @ccaas/mocks operation tables from the specs: one module per Genesys Cloud API area and per NICE
// CXone family, each a compact table the hand-written runtime (packages/mocks/src/create-schema-responder.ts) answers
// every operation from.
//   node tools/codegen/generate-mocks.mjs [--check]
// Inputs: specs/genesys-cloud/areas/<area>/openapi.yaml; specs/nice-cxone/families/<family>/openapi.yaml when the
// family split exists, else specs/nice-cxone/openapi.yaml as one family named "api".
// Outputs, under packages/mocks/src/generated/<platform>/: <name>.js (the table: operations + the component schemas
// they reach, descriptions and examples dropped, as one JSON.parse string so neither tsc nor V8 compiles a
// megabyte object literal) and <name>.d.ts (typed with the client package's `paths` where it has them, so overrides
// type-check per operation), and index.js/.d.ts (which area answers which path prefix, each area loaded on first use).
// --check regenerates in memory and exits 1 when a committed file differs or is missing (the drift check).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outputRoot = join(workspaceRoot, 'packages', 'mocks', 'src', 'generated');
const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const command = 'node tools/codegen/generate-mocks.mjs';

/** Keywords that only document (dropped from the emitted schemas; every validating keyword stays). */
const documentationOnly = new Set(['description', 'example', 'examples', 'title', 'externalDocs', 'deprecated', 'xml']);

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (documentationOnly.has(key) || key.startsWith('x-')) continue;
    // `properties` maps names to schemas: a property named "description" is not documentation.
    out[key] = key === 'properties' ? Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, strip(schema)])) : strip(value);
  }
  return out;
}

const refName = (ref) => (typeof ref === 'string' && ref.startsWith('#/components/schemas/') ? ref.slice('#/components/schemas/'.length) : undefined);

/** Resolves `#/components/<kind>/<name>` once (responses, requestBodies, parameters). */
function resolve(document, value) {
  const ref = value?.$ref;
  if (typeof ref !== 'string') return value;
  return ref.split('/').slice(1).reduce((node, segment) => node?.[segment.replace(/~1/g, '/').replace(/~0/g, '~')], document);
}

/** Component schema names reachable from `roots` (the operation table's schemas). */
function reachable(schemas, roots) {
  const seen = new Set();
  const visit = (node) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const name = refName(node.$ref);
    if (name !== undefined && !seen.has(name) && schemas[name] !== undefined) {
      seen.add(name);
      visit(schemas[name]);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(roots);
  return seen;
}

/** Follows `$ref`s and `allOf` to the properties an object schema declares (for the paging style). */
function propertiesOf(schemas, schema, depth = 0) {
  if (!schema || depth > 8) return {};
  const name = refName(schema.$ref);
  if (name !== undefined) return propertiesOf(schemas, schemas[name], depth + 1);
  const own = { ...(schema.properties ?? {}) };
  for (const part of schema.allOf ?? []) Object.assign(own, propertiesOf(schemas, part, depth + 1));
  return own;
}

/**
 * How a listing pages, as the platform does it: `offset` (Genesys `entities` + `pageNumber`/`pageSize`/`nextUri`),
 * `cursor` (an `entities` list with `cursor`/`nextPage`/`after`), `analytics` (a query answer with `totalHits`), or
 * '' (not a listing).
 */
function pagingStyle(schemas, schema) {
  const properties = propertiesOf(schemas, schema);
  const lists = 'entities' in properties;
  if (lists && ('pageNumber' in properties || 'pageCount' in properties)) return 'offset';
  if (lists && ('cursor' in properties || 'nextPage' in properties || 'after' in properties || 'nextUri' in properties)) return 'cursor';
  if ('totalHits' in properties) return 'analytics';
  return lists ? 'offset' : '';
}

/**
 * One document's table: `operations` as [method, path template, success status, response schema name or '',
 * request schema name or '', body required (0/1), paging style], and the schemas they name. Inline schemas are
 * hoisted under `<operationId>.response` / `<operationId>.request`, so every schema is addressed by name.
 */
export function operationTable(document) {
  const components = document.components?.schemas ?? {};
  const hoisted = {};
  const operations = [];
  const nameOf = (schema, hoistName) => {
    if (!schema) return '';
    const name = refName(schema.$ref);
    if (name !== undefined && Object.keys(schema).length === 1) return name;
    hoisted[hoistName] = schema;
    return hoistName;
  };
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item[method];
      if (!operation) continue;
      const id = operation.operationId ?? `${method} ${path}`;
      const successes = Object.keys(operation.responses ?? {}).filter((status) => /^2(\d\d|XX)$/.test(status)).sort();
      const success = successes[0] ?? '200';
      const response = resolve(document, operation.responses?.[success]);
      const responseSchema = response?.content?.['application/json']?.schema;
      const body = resolve(document, operation.requestBody);
      const requestSchema = body?.content?.['application/json']?.schema;
      const status = success === '2XX' ? (responseSchema ? 200 : 204) : Number(success);
      const responseName = nameOf(responseSchema, `${id}.response`);
      operations.push([
        method.toUpperCase(),
        path,
        status,
        responseName,
        nameOf(requestSchema, `${id}.request`),
        body?.required ? 1 : 0,
        responseName ? pagingStyle({ ...components, ...hoisted }, { $ref: `#/components/schemas/${responseName}` }) : '',
      ]);
    }
  }
  // Listings whose entities carry an `id`: the collections a client can learn ids from (the mock 404s unknown ids
  // only there; elsewhere any id names a resource until it is deleted).
  const all = { ...components, ...hoisted };
  const lists = operations
    .filter(([method, , , response, , , paging]) => method === 'GET' && (paging === 'offset' || paging === 'cursor') && 'id' in propertiesOf(all, propertiesOf(all, { $ref: `#/components/schemas/${response}` }).entities?.items))
    .map((op) => op[1]);
  const names = reachable(components, [hoisted, operations.flatMap((op) => [op[3], op[4]]).filter(Boolean).map((name) => ({ $ref: `#/components/schemas/${name}` }))]);
  const schemas = {};
  for (const name of [...names].sort()) schemas[name] = strip(components[name]);
  for (const [name, schema] of Object.entries(hoisted)) schemas[name] = strip(schema);
  return { operations, schemas, lists };
}

/** The first two segments of a path ("/api/v2/routing/queues/{id}" -> "/api/v2/routing"): what the index routes on. */
export function pathStem(path) {
  const segments = path.split('/').filter(Boolean);
  const fixed = segments[0] === 'api' ? 3 : segments[0] === 'inContactAPI' ? 4 : 2;
  return `/${segments.slice(0, fixed).filter((s) => !s.startsWith('{')).join('/')}`;
}

const header = (label, sha256) =>
  [
    '// ---------------------------------------------------------------------------------------------',
    `// GENERATED FILE - DO NOT EDIT. Source: ${label} (sha256 ${sha256.slice(0, 16)})`,
    `// Produced by \`${command}\` (tools/codegen/generate-mocks.mjs).`,
    '// ---------------------------------------------------------------------------------------------',
    '',
  ].join('\n');

const exportName = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase()).replace(/^(\d)/, '_$1');

/** The documents of both platforms: [{ platform, name, specFile, typesModule }]. */
export async function mockSources() {
  const sources = [];
  const areasDir = join(workspaceRoot, 'specs', 'genesys-cloud', 'areas');
  for (const area of (await readdir(areasDir).catch(() => [])).sort()) {
    const specFile = join(areasDir, area, 'openapi.yaml');
    if (await readFile(specFile).then(() => true, () => false)) {
      sources.push({ platform: 'genesys-cloud', name: area, specFile, typesModule: `@ccaas/genesys-cloud/${area}` });
    }
  }
  const familiesDir = join(workspaceRoot, 'specs', 'nice-cxone', 'families');
  const families = [];
  for (const family of (await readdir(familiesDir).catch(() => [])).sort()) {
    const specFile = join(familiesDir, family, 'openapi.yaml');
    if (!(await readFile(specFile).then(() => true, () => false))) continue;
    // typed overrides where the client has the family's types (`@ccaas/nice-cxone/<family>`)
    const generated = join(workspaceRoot, 'packages', 'nice-cxone', 'src', 'generated', family);
    const typed = (await Promise.all(['.d.ts', '.ts'].map((ext) => readFile(`${generated}${ext}`).then(() => true, () => false)))).some(Boolean);
    families.push({ platform: 'nice-cxone', name: family, specFile, ...(typed ? { typesModule: `@ccaas/nice-cxone/${family}` } : {}) });
  }
  // Until the CXone spec is split into families, its one document is one family ("api"), untyped.
  if (families.length === 0) families.push({ platform: 'nice-cxone', name: 'api', specFile: join(workspaceRoot, 'specs', 'nice-cxone', 'openapi.yaml') });
  return [...sources, ...families];
}

/** The files of one document: the table (.js) and its declaration (.d.ts). */
export async function generateMockModule(source) {
  const text = await readFile(source.specFile, 'utf8');
  const sha256 = createHash('sha256').update(text).digest('hex');
  const label = relative(workspaceRoot, source.specFile).split('\\').join('/');
  const document = parse(text);
  const { lists, ...content } = operationTable(document);
  // the host that serves the document (NICE CXone's `x-ccaas-host`: the API facade or the digital host)
  const host = document['x-ccaas-host'];
  const table = { name: source.name, ...(typeof host === 'string' ? { host } : {}), ...content };
  const name = exportName(source.name);
  const js = `${header(label, sha256)}/** ${source.platform} ${source.name}: ${table.operations.length} operations. */\nexport const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(table))});\n`;
  const paths = source.typesModule ? `import('${source.typesModule}').paths` : 'Record<string, unknown>';
  const dts = [
    header(label, sha256),
    "import type { MockOperationTable } from '../../create-schema-responder.js';",
    '',
    `/** ${source.platform} ${source.name}: ${table.operations.length} operations; typed overrides from its \`paths\`. */`,
    `export declare const ${name}: MockOperationTable<${paths}>;`,
    '',
  ].join('\n');
  const dir = join(outputRoot, source.platform);
  return {
    lists,
    host: table.host,
    stems: [...new Set(table.operations.map((op) => pathStem(op[1])))].sort(),
    files: [
      { path: join(dir, `${source.name}.js`), content: js },
      { path: join(dir, `${source.name}.d.ts`), content: dts },
    ],
  };
}

/** index.js/.d.ts of one platform: stem -> the names whose tables have paths under it, and a lazy loader per name. */
function platformIndex(platform, modules) {
  const stems = {};
  for (const { name, stems: own } of modules) for (const stem of own) (stems[stem] ??= []).push(name);
  const lists = [...new Set(modules.flatMap((module) => module.lists))].sort();
  const hosts = Object.fromEntries(modules.filter((module) => module.host !== undefined).map(({ name, host }) => [name, host]));
  const loaders = modules.map(({ name }) => `  ${JSON.stringify(name)}: () => load('./${name}.js').then((m) => m.${exportName(name)}),`);
  const banner = header(`specs/${platform} (${modules.length} documents)`, createHash('sha256').update(JSON.stringify(stems)).digest('hex'));
  const js = [
    banner,
    `/** Path stem -> the ${platform} documents with operations under it. */`,
    `export const stems = JSON.parse(${JSON.stringify(JSON.stringify(stems))});`,
    '/** Listing templates whose entities carry an `id` (ids a client can learn, so unknown ones are 404s). */',
    `export const lists = JSON.parse(${JSON.stringify(JSON.stringify(lists))});`,
    ...(Object.keys(hosts).length > 0
      ? ['/** Document name -> the host that serves it (`x-ccaas-host`). */', `export const hosts = JSON.parse(${JSON.stringify(JSON.stringify(hosts))});`]
      : []),
    '/**',
    ' * An import bundlers do not follow (its specifier is not a literal): a bundled test ships the tables it names in',
    ' * `areas`, not every one; in Node each is imported on first use, relative to this module.',
    ' */',
    'const load = (specifier) => import(specifier);',
    '/** Document name -> its table, imported on first use. */',
    'export const loaders = {',
    ...loaders,
    '};',
    '',
  ].join('\n');
  const dts = [
    banner,
    "import type { MockOperationTable } from '../../create-schema-responder.js';",
    '',
    `export declare const stems: Record<string, string[]>;`,
    `export declare const lists: string[];`,
    ...(Object.keys(hosts).length > 0 ? ['export declare const hosts: Record<string, string>;'] : []),
    `export declare const loaders: Record<${modules.map(({ name }) => JSON.stringify(name)).join(' | ')}, () => Promise<MockOperationTable>>;`,
    '',
  ].join('\n');
  return [
    { path: join(outputRoot, platform, 'index.js'), content: js },
    { path: join(outputRoot, platform, 'index.d.ts'), content: dts },
  ];
}

/**
 * packages/mocks/package.json with `typesVersions` naming every table's CommonJS declaration (TypeScript's node10
 * resolution does not read the `./genesys-cloud/*` export pattern; tools/build checks the list).
 */
async function packageJsonWithTables(files) {
  const path = join(workspaceRoot, 'packages', 'mocks', 'package.json');
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  const tables = files
    .map((file) => relative(outputRoot, file.path).split('\\').join('/'))
    .filter((name) => name.endsWith('.d.ts'))
    .map((name) => [name.slice(0, -'.d.ts'.length), [`./dist/cjs/generated/${name}`]])
    .sort(([a], [b]) => a.localeCompare(b));
  const others = Object.entries(manifest.typesVersions?.['*'] ?? {}).filter(([key]) => !/^(genesys-cloud|nice-cxone)\//.test(key));
  manifest.typesVersions = { '*': Object.fromEntries([...others, ...tables]) };
  return { path, content: `${JSON.stringify(manifest, null, 2)}\n` };
}

async function main(argv) {
  const check = argv.includes('--check');
  const startedAt = performance.now();
  const sources = await mockSources();
  const files = [];
  for (const platform of [...new Set(sources.map((s) => s.platform))]) {
    const modules = [];
    for (const source of sources.filter((s) => s.platform === platform)) {
      const module = await generateMockModule(source);
      modules.push({ name: source.name, stems: module.stems, lists: module.lists, host: module.host });
      files.push(...module.files);
    }
    files.push(...platformIndex(platform, modules));
  }
  const expected = new Set(files.map((file) => file.path));
  files.push(await packageJsonWithTables(files));
  let problems = 0;
  let written = 0;
  for (const file of files) {
    const committed = await readFile(file.path, 'utf8').catch(() => undefined);
    if (committed === file.content) continue;
    if (check) {
      problems += 1;
      console.error(`[codegen mocks] ${relative(workspaceRoot, file.path)} is ${committed === undefined ? 'missing' : 'out of date'}.`);
    } else {
      await mkdir(dirname(file.path), { recursive: true });
      await writeFile(file.path, file.content);
      written += 1;
    }
  }
  const present = await readdir(outputRoot, { recursive: true }).catch(() => []);
  for (const file of present.map((name) => join(outputRoot, name)).filter((path) => /\.(js|d\.ts)$/.test(path) && !expected.has(path))) {
    if (check) {
      problems += 1;
      console.error(`[codegen mocks] ${relative(workspaceRoot, file)} has no spec any more.`);
    } else await rm(file);
  }
  console.log(`[codegen mocks] ${sources.length} documents, ${files.length} files (${check ? `${problems} stale` : `${written} written`}) in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  if (problems > 0) {
    console.error(`          Run \`${command}\` and commit the result.`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
