// `spec:cxone-mock-responses`: one success response per operation of every CXone family spec, generated from the
// operation's response schema -> packages/mocks/src/cxone-fixtures.responses.ts. The CXone mock answers every
// operation it has no fixture handler for with these (on the family's host), so every family is served offline.
// Deterministic: a value per JSON Schema type (the first enum value, a fixed date for `date-time`, one array item),
// every declared property down to a depth limit and only the required ones below it, so each body is valid against
// its schema (the mocks' spec-conformance test checks them all with Ajv). `--check` compares instead of writing.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { workspaceRoot } from './import-spec.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { writeFilesAtomically } from './write-files-atomically.js';

const specsDir = join(workspaceRoot, 'specs', 'nice-cxone', 'families');
export const cxoneMockResponsesFile = join(workspaceRoot, 'packages', 'mocks', 'src', 'cxone-fixtures.responses.ts');
const httpMethods = ['get', 'put', 'post', 'delete', 'patch'];
/** Below this depth only required properties are filled (keeps recursive and very wide models small). */
const fullDepth = 3;

export interface GeneratedResponse {
  method: string;
  path: string;
  host: 'api' | 'digital';
  status: number;
  body?: unknown;
}

/** A value valid against `schema` (local `$ref`s into `document` resolved). */
export function exampleFor(document: JsonObject, schema: unknown, depth = 0, seen: readonly string[] = []): unknown {
  if (!isPlainObject(schema)) return {};
  const ref = schema['$ref'];
  if (typeof ref === 'string') {
    const target = ref.split('/').slice(1).reduce<unknown>((node, key) => (isPlainObject(node) ? node[key] : undefined), document);
    // A model inside itself (message elements, nested teams): stop with the least the schema allows.
    return exampleFor(document, target, depth, seen.includes(ref) ? [...seen, ref, '#stop'] : [...seen, ref]);
  }
  const stop = seen.includes('#stop');
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  if (Array.isArray(schema['anyOf'])) return exampleFor(document, schema['anyOf'][0], depth, seen);
  if (Array.isArray(schema['oneOf'])) return exampleFor(document, schema['oneOf'][0], depth, seen);
  switch (schema['type']) {
    case 'string':
      return stringFor(schema['format']);
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return stop || depth > fullDepth + 1 ? [] : [exampleFor(document, schema['items'], depth + 1, seen)];
    case 'object': {
      const properties = isPlainObject(schema['properties']) ? schema['properties'] : {};
      const required = new Set(Array.isArray(schema['required']) ? (schema['required'] as string[]) : []);
      const value: JsonObject = {};
      for (const [name, property] of Object.entries(properties)) {
        if (!required.has(name) && (stop || depth >= fullDepth)) continue;
        value[name] = exampleFor(document, property, depth + 1, seen);
      }
      return value;
    }
    default:
      return {};
  }
}

function stringFor(format: unknown): string {
  switch (format) {
    case 'date-time':
      return '2026-01-01T00:00:00.000Z';
    case 'date':
      return '2026-01-01';
    case 'uri':
      return 'https://example.com/';
    case 'uuid':
      return '00000000-0000-4000-8000-000000000000';
    case 'email':
      return 'agent@example.com';
    default:
      return 'string';
  }
}

/** The success response of every operation of every family, in a stable order. */
export async function generateCxoneMockResponses(dir = specsDir): Promise<GeneratedResponse[]> {
  const responses: GeneratedResponse[] = [];
  for (const family of (await readdir(dir)).sort()) {
    const document = parseYaml(await readFile(join(dir, family, 'openapi.yaml'), 'utf8')) as JsonObject;
    const host = document['x-ccaas-host'] === 'digital' ? 'digital' : 'api';
    for (const [path, item] of Object.entries(document['paths'] as JsonObject)) {
      for (const method of httpMethods.filter((m) => isPlainObject((item as JsonObject)[m]))) {
        const operation = (item as JsonObject)[method] as JsonObject;
        const statuses = Object.keys(operation['responses'] as JsonObject).filter((status) => /^2/.test(status));
        const status = statuses.sort()[0] ?? '200';
        const response = (operation['responses'] as JsonObject)[status] as JsonObject;
        const schema = isPlainObject(response['content']) ? (response['content'] as JsonObject)['application/json'] : undefined;
        const numeric = status === '2XX' ? (schema === undefined ? 204 : 200) : Number(status);
        const entry: GeneratedResponse = { method: method.toUpperCase(), path, host, status: numeric };
        if (isPlainObject(schema) && numeric !== 204) entry.body = exampleFor(document, schema['schema']);
        responses.push(entry);
      }
    }
  }
  return responses;
}

export async function writeCxoneMockResponses(check = false): Promise<'written' | 'unchanged' | 'stale'> {
  const responses = await generateCxoneMockResponses();
  const content = [
    '// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/*/openapi.yaml',
    '// Produced by `npx tsx tools/spec-sync/cxone-mock-responses.ts` (a success body per operation, valid against its schema).',
    '',
    "/** One success answer per CXone operation: the mock's answer where no fixture handler simulates the operation. */",
    "export const cxoneGeneratedResponses: ReadonlyArray<{ method: string; path: string; host: 'api' | 'digital'; status: number; body?: unknown }> = ",
    `${JSON.stringify(responses)};`,
    '',
  ].join('\n');
  const current = (await readFile(cxoneMockResponsesFile, 'utf8').catch(() => '')) === content;
  if (check) return current ? 'unchanged' : 'stale';
  if (!current) await writeFilesAtomically([{ path: cxoneMockResponsesFile, content }]);
  return current ? 'unchanged' : 'written';
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const status = await writeCxoneMockResponses(check);
  process.stdout.write(`packages/mocks/src/cxone-fixtures.responses.ts: ${status}\n`);
  if (status === 'stale') process.exitCode = 1;
}
