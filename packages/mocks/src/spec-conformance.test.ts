// The mocks' operations sent through their MSW handlers and checked against the specs' response schemas (Ajv, JSON
// Schema 2020-12) and declared headers. Both specs are the whole vendor API (Genesys Cloud: 3,000+ operations in
// per-area documents; NICE CXone: 600 operations in 17 per-family documents, paths from the host root), so the
// operations are the ones each mock says it simulates (`operations`), each of which must exist in the vendor-derived
// spec with the same method and path and answer with the vendor's models (the rest of Genesys Cloud is answered from
// its schemas, checked in generated-conformance.test.ts; the CXone mock answers every other operation of every family
// from its family's generated table, checked family by family at the end through the mock, on the family's host).
import { readdirSync, readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { getResponse, type RequestHandler } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { createCxoneMock, cxoneSandboxCredentials, type CxoneMock } from './create-cxone-mock.js';
import { createGenesysCloudMock, genesysCloudSandboxCredentials, type GenesysCloudMock } from './create-genesys-cloud-mock.js';
import { generatedTables } from './create-operation-handlers.js';
import type { PlatformScenarios } from './create-scenarios.js';
import { createSchemaResponder, type MockOperationTable } from './create-schema-responder.js';

interface SchemaObject {
  type?: string | string[];
  properties?: Record<string, unknown>;
  additionalProperties?: unknown;
  [keyword: string]: unknown;
}
interface ParameterObject {
  name: string;
  in: 'path' | 'query' | 'header';
  schema?: SchemaObject;
}
interface ResponseObject {
  $ref?: string;
  headers?: Record<string, { $ref?: string; schema?: SchemaObject }>;
  content?: Record<string, { schema?: SchemaObject }>;
}
interface OperationObject {
  operationId: string;
  parameters?: (ParameterObject | { $ref: string })[];
  requestBody?: { required?: boolean; content: Record<string, { schema?: SchemaObject }> };
  responses: Record<string, ResponseObject>;
}
interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
}

/** One operation of a spec, with the JSON pointer of its object inside the document. */
interface SpecOperation {
  path: string;
  method: string;
  operation: OperationObject;
  pointer: string;
  /** Path parameters, including the ones declared on the path item. */
  parameters: ParameterObject[];
}

/** A platform as this file drives it: its spec, its mock's handlers and scenarios, and sample inputs from its fixtures. */
interface PlatformUnderTest {
  name: string;
  schemaId: string;
  document: OpenApiDocument;
  /** "METHOD /path" of the operations to check; default every operation of the document. */
  operations?: readonly string[];
  apiBaseUrl: string;
  /** The origin a path is served on, when a platform has several (CXone's digital family); default `apiBaseUrl`. */
  baseUrlOf?: (path: string) => string;
  handlers: RequestHandler[];
  scenarios: PlatformScenarios;
  expireTokens(): void;
  /** A valid bearer token, from the mock's own token endpoint. */
  obtainToken(): Promise<string>;
  /** Path parameter name -> a value that exists in the fixtures. */
  pathSamples: Record<string, string>;
  querySamples: Record<string, Record<string, string | string[]>>;
  bodySamples: Record<string, unknown>;
}

const httpMethods = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

/**
 * The area documents of a split spec (specs/<platform>/areas/<area>/openapi.yaml; CXone: families/<family>) merged
 * into one: paths and components united (a component in several areas is the same vendor model in each).
 */
function loadAreas(platform: string, areas: readonly string[], folder = 'areas'): OpenApiDocument {
  const merged: OpenApiDocument = { paths: {}, components: {} };
  for (const area of areas) {
    const document = parse(readFileSync(new URL(`../../../specs/${platform}/${folder}/${area}/openapi.yaml`, import.meta.url), 'utf8')) as OpenApiDocument;
    const { paths: _paths, components: _components, ...rest } = document;
    Object.assign(merged, { ...rest, ...merged });
    for (const [path, item] of Object.entries(document.paths)) merged.paths[path] = { ...merged.paths[path], ...item };
    for (const [type, group] of Object.entries(document.components)) Object.assign((merged.components[type] ??= {}), group);
  }
  return merged;
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** Follows a local `$ref` (`#/components/...`) inside the document. */
function resolveRef<T>(document: OpenApiDocument, value: T | { $ref: string }): { value: T; pointer?: string } {
  const pointer = (value as { $ref?: unknown } | null)?.$ref;
  if (typeof pointer !== 'string') return { value: value as T };
  const target = pointer
    .split('/')
    .slice(1)
    .reduce<unknown>((node, segment) => (node as Record<string, unknown>)[segment.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  return { value: target as T, pointer };
}

function operationsOf(document: OpenApiDocument, only?: readonly string[]): SpecOperation[] {
  const selected = only === undefined ? undefined : new Set(only);
  const operations = Object.entries(document.paths).flatMap(([path, item]) =>
    httpMethods
      .filter((method) => item[method] !== undefined)
      .map((method) => {
        const operation = item[method] as OperationObject;
        const declared = [...((item.parameters as OperationObject['parameters']) ?? []), ...(operation.parameters ?? [])];
        return {
          path,
          method: method.toUpperCase(),
          operation,
          pointer: `#/paths/${escapePointer(path)}/${method}`,
          parameters: declared.map((parameter) => resolveRef<ParameterObject>(document, parameter).value),
        };
      }),
  );
  if (selected === undefined) return operations;
  const found = operations.filter((op) => selected.has(`${op.method} ${op.path}`));
  const missing = [...selected].filter((key) => !found.some((op) => `${op.method} ${op.path}` === key));
  if (missing.length > 0) throw new Error(`the mock simulates operations the spec does not have: ${missing.join(', ')}`);
  return found;
}

/**
 * Object schemas that list their properties get `additionalProperties: false` (unless they say otherwise), so a
 * mock that sends a field the spec does not declare fails: clients typed from the spec would never see it.
 */
function closeObjectSchemas(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) closeObjectSchemas(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as SchemaObject;
  if (schema.type === 'object' && typeof schema.properties === 'object' && !('additionalProperties' in schema)) {
    schema.additionalProperties = false;
  }
  for (const value of Object.values(schema)) closeObjectSchemas(value);
}

/** Every `format` value a document's schemas use. */
function formatsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(formatsIn);
  if (typeof node !== 'object' || node === null) return [];
  return Object.entries(node).flatMap(([key, value]) => (key === 'format' && typeof value === 'string' ? [value] : formatsIn(value)));
}

function createSpecValidator(platforms: PlatformUnderTest[]) {
  const ajv = new Ajv2020.default({ strict: true, allErrors: true });
  addFormats.default(ajv);
  ajv.addFormat('int32', { type: 'number', validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31 });
  ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isSafeInteger(n) });
  // Genesys Cloud's `selfUri`/`nextUri` values are relative references ("/api/v2/users/<id>") although its documents
  // say `format: uri`: validated as URI references.
  ajv.addFormat('uri', (value: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|\.)/i.test(value) && !/\s/.test(value));
  // Any other format a vendor document names that Ajv does not know ("double", "local-date-time", ...) is an annotation.
  for (const format of new Set(platforms.flatMap((platform) => formatsIn(platform.document)))) {
    if (!ajv.formats[format]) ajv.addFormat(format, true);
  }
  // The document's own keywords are not JSON Schema; only the schemas inside it are compiled.
  ajv.addVocabulary(['openapi', 'info', 'servers', 'security', 'tags', 'paths', 'components', 'webhooks', 'x-ccaas-host']);
  for (const platform of platforms) {
    const document = structuredClone(platform.document);
    closeObjectSchemas(document.components.schemas);
    closeObjectSchemas(document.paths);
    ajv.addSchema(document, platform.schemaId);
  }
  /** Validates `value` against the schema at `pointer` (a JSON pointer into the platform's document). */
  return (platform: PlatformUnderTest, pointer: string, value: unknown) => {
    const validate = ajv.getSchema(`${platform.schemaId}${pointer}`);
    if (!validate) throw new Error(`no schema at ${pointer}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
  };
}

/** What this file needs of a mock, common to both platforms. */
type PlatformMock = Pick<GenesysCloudMock | CxoneMock, 'apiBaseUrl' | 'tokenEndpoint' | 'handlers' | 'scenarios' | 'expireTokens'>;

type Samples = Pick<PlatformUnderTest, 'pathSamples' | 'querySamples' | 'bodySamples'>;

/** Describes a platform: its spec, its mock, and how to get a token from the mock's token endpoint (`tokenForm`). */
function platformUnderTest(
  platform: 'genesys-cloud' | 'nice-cxone',
  spec: Pick<PlatformUnderTest, 'document' | 'operations'>,
  name: string,
  mock: PlatformMock,
  client: { clientId: string; clientSecret?: string },
  tokenForm: () => Record<string, string>,
  samples: Samples,
): PlatformUnderTest {
  const obtainToken = async () => {
    const request = new Request(mock.tokenEndpoint, {
      method: 'POST',
      headers: {
        Authorization: `Basic ${btoa(`${client.clientId}:${client.clientSecret ?? ''}`)}`,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams(tokenForm()).toString(),
    });
    const response = await getResponse(mock.handlers, request);
    const body = (await response?.json()) as { access_token?: string } | undefined;
    if (response?.status !== 200 || !body?.access_token) throw new Error(`${name} token request answered ${response?.status}`);
    return body.access_token;
  };
  return {
    name,
    schemaId: `https://ccaas.test/specs/${platform}.json`,
    ...spec,
    apiBaseUrl: mock.apiBaseUrl,
    handlers: mock.handlers,
    scenarios: mock.scenarios,
    expireTokens: mock.expireTokens,
    obtainToken,
    ...samples,
  };
}

const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

function genesysCloudUnderTest(): PlatformUnderTest {
  const mock = createGenesysCloudMock();
  const redirectUri = 'https://app.example.com/callback';
  const queueWithMembers = mock.fixtures.queues.find((q) => (q.memberCount ?? 0) > 2);
  // A user's token (code grant): /api/v2/users/me needs a user, and every other operation accepts one.
  const codeGrantForm = () => ({
    grant_type: 'authorization_code',
    code: mock.issueAuthorizationCode({ clientId: genesysCloudSandboxCredentials.clientId, redirectUri }),
    redirect_uri: redirectUri,
  });
  // The areas of the simulated operations (a missing operation fails in operationsOf with its name).
  const spec = { document: loadAreas('genesys-cloud', ['users', 'routing', 'analytics', 'conversations', 'notifications', 'tokens']), operations: mock.operations };
  return platformUnderTest('genesys-cloud', spec, 'Genesys Cloud', mock, genesysCloudSandboxCredentials, codeGrantForm, {
    pathSamples: {
      userId: mock.fixtures.users[0]?.id ?? '',
      queueId: queueWithMembers?.id ?? '',
      conversationId: mock.fixtures.conversations[0]?.id ?? '',
    },
    querySamples: {
      getUsers: { pageSize: '5', pageNumber: '2', expand: ['presence', 'routingStatus'] },
      getUsersMe: { expand: ['team'] },
      getRoutingQueues: { pageSize: '3', name: 'S*' },
      getRoutingQueueMembers: { pageSize: '2', expand: ['routingStatus'] },
      getTokensMe: { preserveIdleTTL: 'true' },
    },
    bodySamples: {
      postAnalyticsConversationsDetailsQuery: {
        interval: `${iso(now - 2 * 86_400_000)}/${iso(now + 3_600_000)}`,
        order: 'asc',
        paging: { pageSize: 10, pageNumber: 1 },
      },
    },
  });
}

/** The CXone family tables the mock answers every operation without a fixture from (its generated index). */
const cxoneTables: MockOperationTable[] = await Promise.all(Object.values(generatedTables['nice-cxone'].loaders).map((load) => load()));

/** A CXone platform under test, with the operations its family tables answer (the ones without a fixture). */
type CxoneUnderTest = PlatformUnderTest & { schemaOperations: readonly string[] };

function cxoneUnderTest(): CxoneUnderTest {
  const mock = createCxoneMock();
  const { fixtures } = mock;
  const accessKeyForm = () => ({
    grant_type: 'password',
    username: cxoneSandboxCredentials.accessKeyId,
    password: cxoneSandboxCredentials.accessKeySecret,
    scope: 'openid',
  });
  const agentId = String(fixtures.agents[0]?.agentId);
  // Every family, paths from the host root; the fixtures simulate the operations in `operations`.
  const families = readdirSync(new URL('../../../specs/nice-cxone/families/', import.meta.url)).sort();
  const spec = { document: loadAreas('nice-cxone', families, 'families'), operations: mock.operations };
  const isDigital = (path: string | undefined) => path?.startsWith('/dfo/') === true;
  // The scenarios of the host that serves the path (the digital family's own host).
  const scenarios = Object.fromEntries(
    Object.entries(mock.scenarios).map(([name, make]) => [
      name,
      (options: { path?: string } = {}) => (make as (o: object) => RequestHandler)({ ...options, host: isDigital(options.path) ? 'digital' : 'api' }),
    ]),
  ) as unknown as PlatformScenarios;
  const underTest = platformUnderTest('nice-cxone', spec, 'NICE CXone', { ...mock, apiBaseUrl: mock.apiEndpoint, scenarios }, cxoneSandboxCredentials, accessKeyForm, {
    pathSamples: {
      agentId,
      contactId: String(fixtures.activeContacts[0]?.contactId),
      skillId: String(fixtures.skills[0]?.skillId),
      teamId: String(fixtures.teams[0]?.teamId),
    },
    querySamples: {
      getAgents: { isActive: 'true', top: '10', skip: '5' },
      getAgentStates: { top: '20' },
      getCompletedContacts: { startDate: iso(now - 86_400_000), endDate: iso(now), top: '10' },
      getSkills: { top: '5', isActive: 'true' },
      getSkillsActivity: { top: '3' },
      getTeams: { isActive: 'true' },
    },
    bodySamples: {
      updateAgent: { agent: { agentId, timeZone: 'Europe/Berlin', teamId: String(fixtures.teams[1]?.teamId) } },
    },
  });
  const schemaOperations = cxoneTables.flatMap((table) => table.operations.map(([method, path]) => `${method} ${path}`)).filter((op) => !mock.operations.includes(op));
  return { ...underTest, baseUrlOf: (path: string) => (isDigital(path) ? mock.digitalEndpoint : mock.apiEndpoint), schemaOperations };
}

const platforms = [genesysCloudUnderTest(), cxoneUnderTest()];
const validateAgainstSpec = createSpecValidator(platforms);

interface SentRequest {
  token?: string;
  /** Path parameter values; default the platform's samples. */
  pathValues?: Record<string, string>;
  query?: Record<string, string | string[]>;
  /** Handlers put in front of the mock's (scenarios). */
  before?: RequestHandler[];
}

function buildRequest(platform: PlatformUnderTest, op: SpecOperation, sent: SentRequest): Request {
  const path = op.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = sent.pathValues?.[name] ?? platform.pathSamples[name];
    if (value === undefined) throw new Error(`no sample value for path parameter "${name}" of ${op.method} ${op.path}`);
    return encodeURIComponent(value);
  });
  const url = new URL((platform.baseUrlOf?.(op.path) ?? platform.apiBaseUrl) + path);
  for (const [name, value] of Object.entries(sent.query ?? platform.querySamples[op.operation.operationId] ?? {})) {
    for (const item of [value].flat()) url.searchParams.append(name, item);
  }
  const headers = new Headers({ Accept: 'application/json' });
  if (sent.token) headers.set('Authorization', `Bearer ${sent.token}`);
  const body = platform.bodySamples[op.operation.operationId];
  if (op.operation.requestBody?.required && body === undefined) {
    throw new Error(`no sample request body for ${op.operation.operationId}`);
  }
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return new Request(url, { method: op.method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
}

async function send(platform: PlatformUnderTest, op: SpecOperation, sent: SentRequest): Promise<Response> {
  const response = await getResponse([...(sent.before ?? []), ...platform.handlers], buildRequest(platform, op, sent));
  if (!response) throw new Error(`no handler answered ${op.method} ${op.path}`);
  return response;
}

/** The response a status falls under: its own entry, else its range (`2XX`, the status class the vendor names). */
function declaredResponse(op: SpecOperation, status: number): { key: string; response: ResponseObject } | undefined {
  for (const key of [String(status), `${String(status)[0]}XX`]) {
    const response = op.operation.responses[key];
    if (response !== undefined) return { key, response };
  }
  return undefined;
}

/**
 * Headers the spec declares on every success (2xx) or on every error response of the operations under test
 * (Genesys: ININ-Correlation-Id on every error response, as the vendor's SDK reads it).
 */
function headersOnEvery(platform: PlatformUnderTest, kind: 'success' | 'error'): string[] {
  const declared = operationsOf(platform.document, platform.operations).flatMap((op) =>
    Object.entries(op.operation.responses)
      .filter(([status]) => (kind === 'success') === status.startsWith('2'))
      .map(([, response]) => Object.keys(resolveRef<ResponseObject>(platform.document, response).value.headers ?? {}).map((h) => h.toLowerCase())),
  );
  return (declared[0] ?? []).filter((name) => declared.every((names) => names.includes(name)));
}

/** A header value as the JSON value its schema describes (`integer` headers are sent as digits). */
function headerValue(value: string, schema: SchemaObject | undefined): unknown {
  return schema?.type === 'integer' && /^-?\d+$/.test(value) ? Number(value) : value;
}

/**
 * Checks a response against the operation's declared response for its status: the status is declared, the JSON
 * body matches the schema, every header in `requiredHeaders` is present, and every declared header that is
 * present matches its schema. Returns the parsed body.
 */
async function expectConformingResponse(
  platform: PlatformUnderTest,
  op: SpecOperation,
  response: Response,
  requiredHeaders: string[] = [],
): Promise<unknown> {
  const text = await response.text();
  const where = `${op.method} ${op.path} answered ${response.status} ${text.slice(0, 300)}`;
  const declared = declaredResponse(op, response.status);
  expect(declared, `${where}: status not declared in the spec`).toBeDefined();
  const { value: spec, pointer } = resolveRef<ResponseObject>(platform.document, declared!.response);
  const responsePointer = pointer ?? `${op.pointer}/responses/${declared!.key}`;

  for (const name of [...headersOnEvery(platform, response.ok ? 'success' : 'error'), ...requiredHeaders]) {
    expect(response.headers.get(name), `${where}: header ${name}`).not.toBeNull();
  }
  for (const [name, header] of Object.entries(spec.headers ?? {})) {
    const value = response.headers.get(name);
    if (value === null) continue;
    const schema = resolveRef<{ schema?: SchemaObject }>(platform.document, header).value.schema;
    const headerPointer = `${responsePointer}/headers/${escapePointer(name)}`;
    const schemaPointer = `${header.$ref ?? headerPointer}/schema`;
    expect(validateAgainstSpec(platform, schemaPointer, headerValue(value, schema)), `${where}: header ${name}: ${value}`).toEqual([]);
  }

  const media = spec.content?.['application/json'];
  if (!media?.schema) {
    expect(text, `${where}: the spec declares no body`).toBe('');
    return undefined;
  }
  expect(response.headers.get('content-type'), where).toMatch(/^application\/json/);
  const body: unknown = JSON.parse(text);
  expect(validateAgainstSpec(platform, `${responsePointer}/content/application~1json/schema`, body), where).toEqual([]);
  return body;
}

/** The success status the spec names (`200`, ...), or `2XX` where the vendor's sources name none. */
const successStatus = (op: SpecOperation) => Object.keys(op.operation.responses).filter((status) => /^2(\d\d|XX)$/.test(status)).sort()[0];
const isSuccessStatus = (op: SpecOperation, status: number) => {
  const declared = successStatus(op);
  return declared === '2XX' ? status >= 200 && status < 300 : String(status) === declared;
};

const firstPathParameter = (op: SpecOperation) => op.parameters.find((p) => p.in === 'path');

/** An id of the parameter's type that no fixture has. */
const unknownId = (parameter: ParameterObject) =>
  parameter.schema?.type === 'integer' ? '987654321' : 'ffffffff-0000-4000-8000-00000000dead';

const errorBodyOf = (body: unknown) => body as { contextId?: string; code?: string; error?: string };

describe.each(platforms)('$name mock conforms to its spec', (platform) => {
  const operations = operationsOf(platform.document, platform.operations);
  let token = '';
  beforeAll(async () => {
    token = await platform.obtainToken();
  });

  it('finds operations in the spec and validates for real (a body that breaks the schema is rejected)', () => {
    expect(operations.length).toBeGreaterThan(5);
    const [listing] = operations.filter((op) => op.method === 'GET' && successStatus(op) === '200');
    const pointer = `${listing?.pointer}/responses/200/content/application~1json/schema`;
    expect(validateAgainstSpec(platform, pointer, { undeclaredField: 1 })).not.toEqual([]);
    expect(validateAgainstSpec(platform, pointer, 'not an object')).not.toEqual([]);
  });

  describe.each(operations)('$method $path', (op) => {
    it('answers its success status with a body and headers that match the spec (sample inputs from the fixtures)', async () => {
      const body = platform.bodySamples[op.operation.operationId];
      if (body !== undefined) {
        expect(validateAgainstSpec(platform, `${op.pointer}/requestBody/content/application~1json/schema`, body)).toEqual([]);
      }
      const response = await send(platform, op, { token });
      expect(isSuccessStatus(op, response.status), `${op.method} ${op.path} answered ${response.status} (spec: ${successStatus(op)}): ${await response.clone().text()}`).toBe(true);
      await expectConformingResponse(platform, op, response);
    });

    it('answers the spec-declared 401 without a bearer token', async () => {
      const response = await send(platform, op, {});
      expect(response.status).toBe(401);
      await expectConformingResponse(platform, op, response);
    });

    it('answers the spec-declared 403 when the forbidden scenario targets it', async () => {
      const forbidden = platform.scenarios.forbidden({ path: op.path, method: op.method, permissions: ['analytics:conversationDetail:view'] });
      const response = await send(platform, op, { token, before: [forbidden] });
      expect(response.status).toBe(403);
      await expectConformingResponse(platform, op, response);
    });

    it('answers the spec-declared 429 with Retry-After seconds when rate limited', async () => {
      const rateLimited = platform.scenarios.rateLimited({ path: op.path, method: op.method, retryAfterSeconds: 7 });
      const response = await send(platform, op, { token, before: [rateLimited] });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('7');
      await expectConformingResponse(platform, op, response, ['retry-after']);
    });

    it('answers the spec-declared 503 with Retry-After during a server-error burst', async () => {
      const serverErrors = platform.scenarios.serverErrors({ path: op.path, method: op.method, retryAfterSeconds: 2 });
      const response = await send(platform, op, { token, before: [serverErrors] });
      expect(response.status).toBe(503);
      await expectConformingResponse(platform, op, response, ['retry-after']);
    });

    // Registered only for the operations the spec gives a 404 or a 304 (no skipped tests for the others).
    const idParameter = firstPathParameter(op);
    if (idParameter !== undefined && op.operation.responses['404'] !== undefined) {
      it('answers the spec-declared 404 for an id no fixture has', async () => {
        const response = await send(platform, op, { token, pathValues: { [idParameter.name]: unknownId(idParameter) } });
        expect(response.status).toBe(404);
        const body = errorBodyOf(await expectConformingResponse(platform, op, response));
        expect(JSON.stringify(body)).not.toContain('does not implement');
      });
    }

    if (op.parameters.some((p) => p.name === 'updatedSince') && op.operation.responses['304'] !== undefined) {
      it('answers the spec-declared 304 when nothing changed since a future updatedSince', async () => {
        const query = { ...platform.querySamples[op.operation.operationId], updatedSince: iso(now + 365 * 86_400_000) };
        const response = await send(platform, op, { token, query });
        expect(response.status).toBe(304);
        await expectConformingResponse(platform, op, response);
      });
    }
  });

  it('answers 401 with the platform error body once the platform expires the token', async () => {
    const expiring = await platform.obtainToken();
    platform.expireTokens();
    const [op] = operations;
    const response = await send(platform, op as SpecOperation, { token: expiring });
    expect(response.status).toBe(401);
    const body = errorBodyOf(await expectConformingResponse(platform, op as SpecOperation, response));
    expect(body.code ?? body.error).toMatch(/expired|invalid_token/);
    token = await platform.obtainToken();
  });
});

describe('Genesys Cloud headers and correlation ids', () => {
  const genesys = platforms[0] as PlatformUnderTest;
  const operations = operationsOf(genesys.document, genesys.operations);
  const users = operations.find((op) => op.path === '/api/v2/users' && op.method === 'GET') as SpecOperation;
  let token = '';
  beforeAll(async () => {
    token = await genesys.obtainToken();
  });

  it('declares ININ-Correlation-Id on every error response, so every error response above was checked for it', () => {
    expect(headersOnEvery(genesys, 'error')).toContain('inin-correlation-id');
  });

  it.each([
    ['401 authentication.required without a token', () => send(genesys, users, {})],
    ['403 missing.permissions', () => send(genesys, users, { token, before: [genesys.scenarios.forbidden()] })],
    ['429 too.many.requests.retry.after', () => send(genesys, users, { token, before: [genesys.scenarios.rateLimited()] })],
    ['503 service.unavailable', () => send(genesys, users, { token, before: [genesys.scenarios.serverErrors()] })],
  ])('puts the ININ-Correlation-Id of a %s into contextId', async (_name, answer) => {
    const response = await answer();
    const body = errorBodyOf(await expectConformingResponse(genesys, users, response));
    expect(body.contextId).toBeTruthy();
    expect(body.contextId).toBe(response.headers.get('ININ-Correlation-Id'));
  });

  // Retry-After and inin-ratelimit-* are platform behaviour the vendor's published artifacts (the SDK, the 2017
  // document) do not declare, so the spec has no schema for them: the mock sends them, checked here by value.
  it('answers the sustained limiter\'s 429 with the declared headers, Retry-After in whole seconds and inin-ratelimit-*', async () => {
    const limiter = genesys.scenarios.rateLimited({ requestsPerSecond: 1, path: users.path });
    const statuses: number[] = [];
    let limited: Response | undefined;
    for (let attempt = 0; attempt < 5 && !limited; attempt += 1) {
      const response = await send(genesys, users, { token, before: [limiter] });
      statuses.push(response.status);
      if (response.status === 429) limited = response;
    }
    expect(statuses[0]).toBe(200);
    expect(limited?.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(Number(limited?.headers.get('inin-ratelimit-allowed'))).toBe(1);
    await expectConformingResponse(genesys, users, limited as Response, ['retry-after', 'inin-ratelimit-count', 'inin-ratelimit-allowed', 'inin-ratelimit-reset']);
  });

  it('sends inin-ratelimit-* and ININ-Correlation-Id on a 200 listing of users', async () => {
    const response = await send(genesys, users, { token });
    expect(response.status).toBe(200);
    await expectConformingResponse(genesys, users, response, ['inin-correlation-id', 'inin-ratelimit-count', 'inin-ratelimit-allowed', 'inin-ratelimit-reset']);
  });

  it('answers 401 bad.credentials for a token it never issued', async () => {
    const response = await send(genesys, users, { token: 'genesys-at-forged' });
    expect(response.status).toBe(401);
    expect(errorBodyOf(await expectConformingResponse(genesys, users, response)).code).toBe('bad.credentials');
  });
});

describe('NICE CXone mock coverage of the spec', () => {
  const cxone = platforms[1] as CxoneUnderTest;
  const specOperations = operationsOf(cxone.document).map((op) => `${op.method} ${op.path}`);

  it('answers only operations of the spec, each once', () => {
    expect(cxone.operations?.length).toBeGreaterThan(5);
    expect(new Set(cxone.operations).size).toBe(cxone.operations?.length);
    expect(cxone.operations?.filter((op) => !specOperations.includes(op))).toEqual([]);
  });

  it('answers every CXone operation the demo and the examples call', () => {
    const examples = ['../../../examples/cxone-agents.ts', '../../../tools/registry/consumer-fixture/src/consumer.ts.tpl'];
    const called = examples.flatMap((file) =>
      [...readFileSync(new URL(file, import.meta.url), 'utf8').matchAll(/\b(?:client|cxone|admin|agent|digital|realtime|reporting|userHub)\.(GET|PUT|POST|DELETE|PATCH)\('([^']+)'|paginateCxone(?:Pages)?\(\w+, '([^']+)'/g)].map(
        (match) => (match[3] === undefined ? `${match[1]} ${match[2]}` : `GET ${match[3]}`),
      ),
    );
    expect(called.length).toBeGreaterThan(3);
    expect(called.filter((op) => !cxone.operations?.includes(op) && !cxone.schemaOperations.includes(op))).toEqual([]);
  });

  it('answers every operation of every family: the fixtures or the family tables, never 501', () => {
    const answered = new Set([...(cxone.operations ?? []), ...cxone.schemaOperations]);
    expect(specOperations.filter((op) => !answered.has(op))).toEqual([]);
    expect(answered.size).toBe(specOperations.length);
  });
});

describe('NICE CXone: every family answers with bodies its spec allows, on its host', () => {
  const cxone = platforms[1] as CxoneUnderTest;
  // deletes last, the deepest first, so none removes a resource another operation of the family names
  const rank = (op: SpecOperation) => (op.method === 'DELETE' ? 100 - op.path.split('/').length : 0);
  const generated = operationsOf(cxone.document, cxone.schemaOperations).sort((a, b) => rank(a) - rank(b));
  const requestBodies = createSchemaResponder({ seed: 3 });
  /** A body built from the operation's request schema in its family table (the mock 400s one that fails it). */
  const requestBodyOf = (op: SpecOperation) => {
    for (const table of cxoneTables) {
      const row = table.operations.find(([method, path]) => method === op.method && path === op.path);
      if (row?.[4]) return requestBodies.build(table, row[4], `${op.method} ${op.path}`);
    }
    return undefined;
  };
  const families = readdirSync(new URL('../../../specs/nice-cxone/families/', import.meta.url)).sort();
  const familyOfPath = new Map(
    families.flatMap((family) => Object.keys(loadAreas('nice-cxone', [family], 'families').paths).map((path) => [path, family] as const)),
  );
  const familyOf = (op: SpecOperation) => familyOfPath.get(op.path);
  let token = '';
  beforeAll(async () => {
    token = await cxone.obtainToken();
  });

  it('has schema-answered operations in every family but the ones the fixtures fully simulate', () => {
    expect(new Set(generated.map(familyOf)).size).toBeGreaterThanOrEqual(families.length - 1);
  });

  it.each(families)('%s: every operation answers its success status with a conforming body, 401 without a token and 429 when limited', async (family) => {
    const mine = generated.filter((op) => familyOf(op) === family);
    for (const op of mine) {
      const pathValues = Object.fromEntries(op.parameters.filter((p) => p.in === 'path').map((p) => [p.name, p.schema?.type === 'number' || p.schema?.type === 'integer' ? '1' : 'id-1']));
      if (op.operation.requestBody !== undefined) cxone.bodySamples[op.operation.operationId] ??= requestBodyOf(op) ?? {};
      const response = await send(cxone, op, { token, pathValues, query: {} });
      expect(isSuccessStatus(op, response.status), `${op.method} ${op.path} answered ${response.status}`).toBe(true);
      await expectConformingResponse(cxone, op, response);
      expect((await send(cxone, op, { pathValues, query: {} })).status, `${op.method} ${op.path} without a token`).toBe(401);
      const limited = cxone.scenarios.rateLimited({ path: op.path, method: op.method, retryAfterSeconds: 3 });
      const response429 = await send(cxone, op, { token, pathValues, query: {}, before: [limited] });
      expect(response429.status, `${op.method} ${op.path} rate limited`).toBe(429);
      await expectConformingResponse(cxone, op, response429, ['retry-after']);
    }
  });
});
