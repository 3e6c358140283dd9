// Every operation of both specs answered from the generated tables, checked against the spec itself (the vendor-derived
// YAML, not the tables): Genesys Cloud's GET operations over the loopback sandbox (ids filled from listings), every
// other operation in process; NICE CXone's operations through the CXone mock, each family on its host. Schemas
// are compiled on first use, one Ajv per document, so the run stays short on a busy machine.
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { load } from 'js-yaml';
import { getResponse, type RequestHandler } from 'msw';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGenesysCloudMock, genesysCloudSandboxCredentials } from './create-genesys-cloud-mock.js';
import { createCxoneMock, cxoneSandboxCredentials } from './create-cxone-mock.js';
import { generatedTables } from './create-operation-handlers.js';
import { createSchemaResponder, declaredProperties, type MockOperation, type MockOperationTable } from './create-schema-responder.js';
import { startSandbox, type Sandbox } from './sandbox.js';

interface Document {
  paths: Record<string, Record<string, { parameters?: { $ref?: string; in?: string; required?: boolean; name?: string }[]; responses: Record<string, { $ref?: string; content?: Record<string, unknown> }> }>>;
  components: Record<string, Record<string, unknown>>;
}

const specsRoot = new URL('../../../specs/', import.meta.url);
const loadDocument = (relative: string) => load(readFileSync(new URL(relative, specsRoot), 'utf8')) as Document;
const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Object schemas that list properties get `additionalProperties: false`: a field the spec does not declare fails. */
function closeObjectSchemas(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjectSchemas);
  if (typeof node !== 'object' || node === null) return;
  const schema = node as Record<string, unknown>;
  if (schema.type === 'object' && typeof schema.properties === 'object' && !('additionalProperties' in schema)) schema.additionalProperties = false;
  for (const value of Object.values(schema)) closeObjectSchemas(value);
}

function formatsIn(node: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((item) => formatsIn(item, found));
  else if (typeof node === 'object' && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'format' && typeof value === 'string') found.add(value);
      else formatsIn(value, found);
    }
  }
  return found;
}

/** Validates answers of one spec document against the success response schema of each operation. */
function createDocumentValidator(document: Document) {
  const ajv = new Ajv2020({ strict: false, allErrors: false });
  addFormats.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  // Genesys Cloud's URIs are relative references ("/api/v2/users/<id>") although its documents say `format: uri`.
  ajv.addFormat('uri', (value: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|\.)/i.test(value) && !/\s/.test(value));
  for (const format of formatsIn(document)) if (!ajv.formats[format]) ajv.addFormat(format, true);
  const copy = structuredClone(document);
  closeObjectSchemas(copy.components);
  closeObjectSchemas(copy.paths);
  const id = 'https://specs.ccaas.test/document.json';
  ajv.addSchema(copy as object, id);
  const validators = new Map<string, ValidateFunction>();
  return (method: string, path: string, value: unknown): string | undefined => {
    const responses = document.paths[path]?.[method.toLowerCase()]?.responses ?? {};
    const status = Object.keys(responses).filter((s) => /^2(\d\d|XX)$/.test(s)).sort()[0];
    if (status === undefined) return `no success response in the spec`;
    const response = responses[status]!;
    const base = response.$ref ?? `#/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${status}`;
    const target = response.$ref ? (document.components.responses?.[response.$ref.split('/').pop()!] as typeof response) : response;
    if (!target?.content?.['application/json']) return value === undefined ? undefined : 'the spec declares no body';
    const pointer = `${id}${base}/content/application~1json/schema`;
    let validate = validators.get(pointer);
    if (validate === undefined) {
      validate = ajv.getSchema(pointer)!;
      validators.set(pointer, validate);
    }
    if (validate(value)) return undefined;
    return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('; ');
  };
}

/** Path templates with a GET listing entities that carry an `id`, so ids can be taken from it (as the mock decides it). */
const listTemplates = (table: MockOperationTable) =>
  new Set(
    table.operations
      .filter((op) => op[0] === 'GET' && (op[6] === 'offset' || op[6] === 'cursor'))
      .filter((op) => 'id' in declaredProperties(table, declaredProperties(table, { $ref: `#/components/schemas/${op[3]}` }).entities?.items))
      .map((op) => op[1]),
  );

/** Fills a template's parameters: an id from the listing of the parameter's collection where there is one, else a placeholder. */
async function fillPath(template: string, lists: Set<string>, list: (path: string) => Promise<unknown>, cache: Map<string, string>): Promise<string> {
  const segments = template.split('/');
  const out: string[] = [];
  for (const segment of segments) {
    if (!segment.startsWith('{')) {
      out.push(segment);
      continue;
    }
    const prefixTemplate = segments.slice(0, out.length).join('/');
    const concrete = out.join('/');
    let value = cache.get(concrete);
    if (value === undefined) {
      value = 'a1b2c3d4-0000-4000-8000-000000000001';
      if (lists.has(prefixTemplate)) {
        const body = (await list(`${concrete}?pageSize=1`)) as { entities?: { id?: unknown }[] } | undefined;
        const id = body?.entities?.[0]?.id;
        if (typeof id === 'string' || typeof id === 'number') value = String(id);
      }
      cache.set(concrete, value);
    }
    out.push(encodeURIComponent(value));
  }
  return out.join('/');
}

/** GET operations a user can call with ids alone (no required query or header parameter). */
function callableWithIdsOnly(document: Document, path: string): boolean {
  const item = document.paths[path] as unknown as { parameters?: unknown[]; get?: { parameters?: unknown[] } };
  const parameters = [...(item.parameters ?? []), ...(item.get?.parameters ?? [])].map((p) => {
    const ref = (p as { $ref?: string }).$ref;
    return (ref ? document.components.parameters?.[ref.split('/').pop()!] : p) as { in?: string; required?: boolean };
  });
  return !parameters.some((p) => p.required && p.in !== 'path');
}

/** Each document parsed and its validator created once for both describes. */
const documents = new Map<string, { document: Document; validate: ReturnType<typeof createDocumentValidator> }>();
function specOf(relative: string) {
  let entry = documents.get(relative);
  if (entry === undefined) {
    const document = loadDocument(relative);
    entry = { document, validate: createDocumentValidator(document) };
    documents.set(relative, entry);
  }
  return entry;
}

// The counts per area and family, once every describe has run.
afterAll(() => {
  const rows = Object.entries(counts).map(([area, c]) => `${area.padEnd(36)} ${String(c.gets).padStart(5)} GET ${String(c.others).padStart(5)} other`);
  const total = Object.values(counts).reduce((sum, c) => ({ gets: sum.gets + c.gets, others: sum.others + c.others }), { gets: 0, others: 0 });
  console.log(`operations answered and valid against the spec, per area/family:\n${rows.join('\n')}\n${'total'.padEnd(36)} ${total.gets} GET ${total.others} other`);
});

const genesysAreas = readdirSync(new URL('genesys-cloud/areas/', specsRoot)).sort();
const counts: Record<string, { gets: number; others: number }> = {};

describe('Genesys Cloud: every GET operation callable with ids alone, over the sandbox', () => {
  let sandbox: Sandbox;
  let token = '';
  beforeAll(async () => {
    sandbox = await startSandbox();
    const redirectUri = 'https://app.example.com/callback';
    const code = sandbox.genesysCloud.issueAuthorizationCode({ clientId: genesysCloudSandboxCredentials.clientId, redirectUri });
    const response = await fetch(sandbox.genesysCloud.tokenEndpoint, {
      method: 'POST',
      headers: { Authorization: `Basic ${btoa(`${genesysCloudSandboxCredentials.clientId}:${genesysCloudSandboxCredentials.clientSecret}`)}`, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'authorization_code', code, redirect_uri: redirectUri }).toString(),
    });
    token = ((await response.json()) as { access_token: string }).access_token;
  });
  afterAll(async () => {
    await sandbox.stop();
  });


  it.each(genesysAreas)('%s', async (area) => {
    const { document, validate } = specOf(`genesys-cloud/areas/${area}/openapi.yaml`);
    const source = generatedTables['genesys-cloud'];
    const table = await source.loaders[area]!();
    // every area is served: a parent collection may be listed by another area (`/api/v2/conversations/{id}/recordings`)
    const lists = new Set(source.lists);
    const get = async (path: string) => {
      const response = await fetch(`${sandbox.genesysCloud.apiBaseUrl}${path}`, { headers: { Authorization: `Bearer ${token}` } });
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };
    const cache = new Map<string, string>();
    const problems: string[] = [];
    let answered = 0;
    for (const [method, template] of table.operations) {
      if (method !== 'GET' || !callableWithIdsOnly(document, template)) continue;
      const path = await fillPath(template, lists, async (p) => (await get(p)).body, cache);
      const { status, body } = await get(path);
      if (status < 200 || status >= 300) {
        problems.push(`GET ${path} answered ${status}: ${JSON.stringify(body).slice(0, 200)}`);
        continue;
      }
      const problem = validate('GET', template, body);
      if (problem) problems.push(`GET ${template}: ${problem.slice(0, 300)}`);
      else answered += 1;
    }
    (counts[`genesys-cloud ${area}`] ??= { gets: 0, others: 0 }).gets = answered;
    expect(problems).toEqual([]);
  });
});

/** Sends every operation but GET of one table through a fresh mock of that area alone, in process. */
describe('Genesys Cloud: every other operation, in process, with a request body built from its schema', () => {
  it.each(genesysAreas)('%s', async (area) => {
    const { validate } = specOf(`genesys-cloud/areas/${area}/openapi.yaml`);
    const table = await generatedTables['genesys-cloud'].loaders[area]!();
    const mock = createGenesysCloudMock({ areas: [table] });
    const token = await tokenFor(mock);
    const requestBodies = createSchemaResponder({ seed: 3 });
    const send = async (method: string, path: string, body?: unknown) => {
      const request = new Request(`${mock.apiBaseUrl}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const response = (await getResponse(mock.handlers, request))!;
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };
    // The curated operations answer from fixtures with the platform's own checks (spec-conformance.test.ts sends
    // them with sample inputs); here they would get schema-built bodies (a random analytics interval).
    const curated = new Set<string>(mock.operations);
    const problems = await sendAll(table, validate, send, requestBodies, { skip: curated });
    (counts[`genesys-cloud ${area}`] ??= { gets: 0, others: 0 }).others = problems.answered;
    expect(problems.failures).toEqual([]);
  });
});

describe('NICE CXone: every operation through the CXone mock, on the host its family is served on', () => {
  const { loaders } = generatedTables['nice-cxone'];
  it.each(Object.keys(loaders))('%s', async (family) => {
    const table = await loaders[family]!();
    const { validate } = specOf(`nice-cxone/families/${family}/openapi.yaml`);
    // the family alone: only its table loads; the fixture operations still answer from the fixtures
    const mock = createCxoneMock({ families: [table] });
    const origin = table.host === 'digital' ? mock.digitalEndpoint : mock.apiEndpoint;
    const token = await tokenFor(mock, {
      authorization: `${cxoneSandboxCredentials.clientId}:${cxoneSandboxCredentials.clientSecret}`,
      form: { grant_type: 'password', username: cxoneSandboxCredentials.accessKeyId, password: cxoneSandboxCredentials.accessKeySecret },
    });
    const curated = new Set<string>(mock.operations);
    const send = async (method: string, path: string, body?: unknown) => {
      const request = new Request(`${origin}${path}`, {
        method,
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const response = (await getResponse(mock.handlers, request))!;
      const text = await response.text();
      return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
    };
    // The fixture operations answer from fixtures with the platform's own checks (spec-conformance.test.ts sends them).
    const gets = await sendAll(table, validate, send, createSchemaResponder({ seed: 3 }), { only: 'GET', skip: curated });
    const others = await sendAll(table, validate, send, createSchemaResponder({ seed: 3 }), { skip: curated });
    counts[`nice-cxone ${family}`] = { gets: gets.answered, others: others.answered };
    expect([...gets.failures, ...others.failures]).toEqual([]);
  });
});

/** A token from the mock's token endpoint (default: Genesys client credentials). */
async function tokenFor(
  mock: { tokenEndpoint: string; handlers: RequestHandler[] },
  grant = {
    authorization: `${genesysCloudSandboxCredentials.clientId}:${genesysCloudSandboxCredentials.clientSecret}`,
    form: { grant_type: 'client_credentials' } as Record<string, string>,
  },
): Promise<string> {
  const request = new Request(mock.tokenEndpoint, {
    method: 'POST',
    headers: { Authorization: `Basic ${btoa(grant.authorization)}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(grant.form).toString(),
  });
  return ((await (await getResponse(mock.handlers, request))!.json()) as { access_token: string }).access_token;
}

type Send = (method: string, path: string, body?: unknown) => Promise<{ status: number; body: unknown }>;

/**
 * Sends the table's operations of `only` (default: every method but GET, deletes last so they do not remove what
 * other operations name), each with a body built from its request schema, and checks each answer against the spec.
 */
async function sendAll(
  table: MockOperationTable,
  validate: ReturnType<typeof createDocumentValidator>,
  send: Send,
  bodies: ReturnType<typeof createSchemaResponder>,
  { only, skip = new Set() }: { only?: string; skip?: Set<string> } = {},
) {
  const lists = listTemplates(table);
  const cache = new Map<string, string>();
  // deletes last, the deepest first, so none removes a resource another operation names
  const rank = (op: MockOperation) => (op[0] === 'DELETE' ? 100 - op[1].split('/').length : 0);
  const operations = table.operations
    .filter((op) => (only ? op[0] === only : op[0] !== 'GET') && !skip.has(`${op[0]} ${op[1]}`))
    .sort((a, b) => rank(a) - rank(b));
  const failures: string[] = [];
  let answered = 0;
  for (const [method, template, status, , requestSchema] of operations) {
    const path = await fillPath(template, lists, async (p) => (await send('GET', p)).body, cache);
    const body = requestSchema ? bodies.build(table, requestSchema, `${method} ${template}`) : undefined;
    const answer = await send(method, path, body);
    if (answer.status !== status) {
      failures.push(`${method} ${path} answered ${answer.status} (expected ${status}): ${JSON.stringify(answer.body).slice(0, 200)}`);
      continue;
    }
    const problem = validate(method, template, answer.body);
    if (problem) failures.push(`${method} ${template}: ${problem.slice(0, 300)}`);
    else answered += 1;
  }
  return { failures, answered };
}
