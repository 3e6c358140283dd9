import { http, type HttpHandler } from 'msw';
import * as genesysCloudTables from './generated/genesys-cloud/index.js';
import * as cxoneTables from './generated/nice-cxone/index.js';
import {
  createSchemaResponder,
  declaredProperties,
  hashString,
  stableUuid,
  type JsonSchema,
  type MockOperation,
  type MockOperationTable,
  type SchemaResponder,
} from './create-schema-responder.js';

/** Where a mock's operation tables come from: given tables, or a generated index that loads each on first use. */
export type MockTableSource = { tables: readonly MockOperationTable[] } | GeneratedTableIndex;

/** A platform's generated index (packages/mocks/src/generated/<platform>/index.js). */
export interface GeneratedTableIndex {
  /** Path stem -> the tables with operations under it. */
  stems: Record<string, string[]>;
  /** Listing templates whose entities carry an `id`, across every table (known before any table loads). */
  lists: readonly string[];
  /** Table name -> its module, imported on first use. */
  loaders: Record<string, () => Promise<MockOperationTable>>;
  /** Table name -> the host that serves it, where the specs name one (NICE CXone). */
  hosts?: Record<string, string>;
}

/**
 * The generated tables of each platform, each loaded on first use: Genesys Cloud per API area, NICE CXone per family
 * (or its one document until the family split exists).
 */
export const generatedTables: Record<'genesys-cloud' | 'nice-cxone', GeneratedTableIndex> = {
  'genesys-cloud': genesysCloudTables,
  'nice-cxone': cxoneTables,
};

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'patch' | 'head' | 'options';

/** `"GET /api/v2/routing/wrapupcodes"`: every operation key of a `paths` type (openapi-typescript). */
export type OperationKey<Paths> = {
  [P in keyof Paths & string]: {
    [M in keyof Paths[P] & HttpMethod]: [NonNullable<Paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P}`;
  }[keyof Paths[P] & HttpMethod];
}[keyof Paths & string];

type OperationAt<Paths, Key> = Key extends `${infer Method} ${infer Path}`
  ? Path extends keyof Paths
    ? NonNullable<Paths[Path][Lowercase<Method> & keyof Paths[Path]]>
    : never
  : never;

type StatusOf<Key> = Key extends number ? Key : Key extends `${infer N extends number}` ? N : Key extends '2XX' ? 200 | 201 | 202 | 204 : never;
type JsonBodyOf<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : undefined;

/** A response an override answers with: one of the operation's declared statuses and that status's body. */
export type OperationOverride<Paths, Key> =
  OperationAt<Paths, Key> extends { responses: infer Responses }
    ? {
        [S in keyof Responses]: {
          status: StatusOf<S>;
          body: JsonBodyOf<Responses[S]>;
          headers?: Record<string, string>;
          /** How many matching requests get it; default every one until `resetOverrides()`. */
          times?: number;
        };
      }[keyof Responses]
    : never;

/** An override without the client types (a mock built without `areas`, the sandbox's control API). */
export interface UntypedOperationOverride {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  times?: number;
}

/** `override(key, response)`: typed per operation from `Paths`, or loose when the mock has no area types. */
export type OverrideOperation<Paths> = unknown extends Paths
  ? (key: `${Uppercase<HttpMethod>} /${string}`, response: UntypedOperationOverride) => void
  : <Key extends OperationKey<Paths>>(key: Key, response: OperationOverride<Paths, Key>) => void;

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
/** The client `paths` of the given tables (areas, families), intersected; `unknown` (untyped overrides) without tables. */
export type PathsOfTables<Tables> = Tables extends readonly []
  ? unknown
  : Tables extends readonly MockOperationTable<any>[]
    ? UnionToIntersection<NonNullable<Tables[number]['__paths']>>
    : unknown;

export interface OperationHandlersOptions {
  apiBaseUrl: string;
  source: MockTableSource;
  responder: SchemaResponder;
  /** A success answer with the platform's headers (`body` undefined: none). */
  answer(request: Request, body: unknown, status: number, headers?: Record<string, string>): Response;
  /** The platform's error answer (400 a body failing its schema, 404 an unknown id). */
  fail(request: Request, status: 400 | 404, message: string): Response;
  /** Collection path -> the ids it holds (curated fixtures), instead of seeded ones. */
  knownIds?: () => Record<string, readonly string[]>;
}

interface Route {
  operation: MockOperation;
  table: MockOperationTable;
  pattern: RegExp;
  segments: string[];
  parameterCount: number;
}

/** A resource collection: seeded members, created ones, deleted ones and what writes changed. */
interface Collection {
  seeded: string[];
  created: string[];
  deleted: Set<string>;
  changes: Map<string, Record<string, unknown>>;
}

const compileTemplate = (path: string) =>
  new RegExp(`^${path.replace(/[.+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '([^/]+)')}/?$`);

/** The first segments of a path the generated index routes on (tools/codegen/generate-mocks.mjs `pathStem`). */
function pathStem(path: string): string {
  const segments = path.split('/').filter(Boolean);
  const fixed = segments[0] === 'api' ? 3 : segments[0] === 'inContactAPI' ? 4 : 2;
  return `/${segments.slice(0, fixed).join('/')}`;
}

const isParameter = (segment: string) => segment.startsWith('{');
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isoDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * What a write sent, copied onto a generated value where it has the same shape: same JSON type, a date-time only
 * where the generated value is one. (A request model may declare a field looser than the answer's model.)
 */
function applyChanges(value: unknown, changes: Record<string, unknown> | undefined): unknown {
  if (!isRecord(value) || changes === undefined) return value;
  const merged: Record<string, unknown> = { ...value };
  for (const [key, change] of Object.entries(changes)) {
    const current = merged[key];
    if (current === undefined || key === 'id' || key === 'selfUri') continue;
    if (isRecord(current) && isRecord(change)) merged[key] = applyChanges(current, change);
    else if (typeof current === 'string' && isoDateTime.test(current) && !(typeof change === 'string' && isoDateTime.test(change))) continue;
    else if (typeof current === typeof change && typeof change !== 'object') merged[key] = change;
  }
  return merged;
}

const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

/** `/api/v2/queues/{queueId}` with `["q1"]` -> `/api/v2/queues/q1`. */
function concretePath(segments: string[], values: string[]): string {
  let valueIndex = 0;
  return `/${segments.map((segment) => (isParameter(segment) ? encodeURIComponent(values[valueIndex++] ?? '') : segment)).join('/')}`;
}

/**
 * Finds the operation a request is for in the tables (loading the tables of its path stem on first use), and knows
 * which templates are collections: listings whose entities carry an id, and parents of `/{id}` templates.
 */
function createOperationRouter(source: MockTableSource) {
  const routesByTable = new Map<MockOperationTable, Route[]>();
  /** Listings whose entities carry an id: the collections whose unknown ids are 404s. */
  const listTemplates = new Set<string>('lists' in source ? source.lists : []);
  /** Templates (without the leading slash) that have a `/{id}` below them. */
  const itemTemplates = new Set<string>();
  const loading = new Map<string, Promise<MockOperationTable>>();

  const index = (table: MockOperationTable): Route[] => {
    let routes = routesByTable.get(table);
    if (routes !== undefined) return routes;
    routes = table.operations.map((operation) => {
      const segments = operation[1].split('/').filter(Boolean);
      const [method, path, , response, , , paging] = operation;
      if ('tables' in source && method === 'GET' && (paging === 'offset' || paging === 'cursor')) {
        if ('id' in declaredProperties(table, declaredProperties(table, schemaRef(response)).entities?.items)) listTemplates.add(path);
      }
      if (isParameter(segments.at(-1) ?? '')) itemTemplates.add(segments.slice(0, -1).join('/'));
      return { operation, table, pattern: compileTemplate(path), segments, parameterCount: segments.filter(isParameter).length };
    });
    routesByTable.set(table, routes);
    return routes;
  };

  const tablesFor = async (path: string): Promise<MockOperationTable[]> => {
    if ('tables' in source) return [...source.tables];
    const names = source.stems[pathStem(path)] ?? [];
    return Promise.all(
      names.map((name) => {
        let table = loading.get(name);
        if (table === undefined) {
          const load = source.loaders[name];
          if (load === undefined) throw new Error(`[@ccaas/mocks] no generated table named ${name}`);
          table = load();
          loading.set(name, table);
        }
        return table;
      }),
    );
  };

  const servedStems = new Set('tables' in source ? source.tables.flatMap((table) => table.operations.map((op) => pathStem(op[1]))) : Object.keys(source.stems));

  return {
    listTemplates,
    itemTemplates,
    /** Whether a path (or path template) is under a stem of the tables (without loading any). */
    serves: (path: string) => servedStems.has(pathStem(path)),
    /** The operation a request is for: the matching template with the fewest parameters (`/users/me` before `/users/{id}`). */
    async route(method: string, path: string): Promise<{ route: Route; values: string[] } | undefined> {
      let best: { route: Route; values: string[] } | undefined;
      for (const table of await tablesFor(path)) {
        for (const candidate of index(table)) {
          if (candidate.operation[0] !== method) continue;
          const match = candidate.pattern.exec(path);
          if (match === null || (best !== undefined && best.route.parameterCount <= candidate.parameterCount)) continue;
          best = { route: candidate, values: match.slice(1).map((value) => decodeURIComponent(value)) };
        }
      }
      return best;
    },
    async loadedTables(): Promise<MockOperationTable[]> {
      return 'tables' in source ? [...source.tables] : Promise.all(loading.values());
    },
  };
}

/** The resource collections of one mock: seeded (or fixture) members, created and deleted ones, what writes changed. */
function createCollections(seed: number, knownIds: OperationHandlersOptions['knownIds']) {
  const collections = new Map<string, Collection>();
  return {
    at(concrete: string, listable: boolean): Collection {
      let collection = collections.get(concrete);
      if (collection === undefined) {
        const known = knownIds?.()[concrete];
        const count = 3 + (stableUuid(seed, concrete).charCodeAt(0) % 5);
        const seeded = known ? [...known] : listable ? Array.from({ length: count }, (_, n) => stableUuid(seed, `${concrete}#${n}`)) : [];
        collection = { seeded, created: [], deleted: new Set(), changes: new Map() };
        collections.set(concrete, collection);
      }
      return collection;
    },
    members: (collection: Collection) => [...collection.seeded, ...collection.created].filter((id) => !collection.deleted.has(id)),
  };
}

/**
 * The generated value with a write's changes, checked against the answer's schema: changes that would break it
 * (an enum the request model allows but the answer's does not) are left out one by one. A schema that is not a
 * named model of the table keeps the generated value.
 */
function withChanges(responder: SchemaResponder, table: MockOperationTable, schema: string | JsonSchema, value: unknown, changes: Record<string, unknown> | undefined): unknown {
  if (changes === undefined) return value;
  const name = typeof schema === 'string' ? schema : Object.keys(schema).length === 1 ? schema.$ref?.replace('#/components/schemas/', '') : undefined;
  if (name === undefined) return value;
  const valid = (candidate: unknown) => responder.validate(table, name, candidate) === undefined;
  const merged = applyChanges(value, changes);
  if (valid(merged)) return merged;
  let kept = value;
  for (const [key, change] of Object.entries(changes)) {
    const candidate = applyChanges(kept, { [key]: change });
    if (valid(candidate)) kept = candidate;
  }
  return kept;
}

/**
 * An analytics query answer pages like the platform's: `totalHits` results (the same on every call of the
 * operation), of which the page the body's `paging` asks for (`pageSize` default 25, `pageNumber` default 1).
 */
function analyticsPage(responder: SchemaResponder, table: MockOperationTable, responseSchema: string, body: unknown, key: string, query: unknown): unknown {
  const declared = declaredProperties(table, schemaRef(responseSchema));
  const listName = Object.keys(declared).find((name) => declared[name]?.type === 'array' && !/aggregation/i.test(name));
  if (!isRecord(body) || listName === undefined || !('totalHits' in declared)) return body;
  const paging = isRecord(query) && isRecord(query.paging) ? query.paging : {};
  const pageSize = Math.min(100, Math.max(1, Number(paging.pageSize ?? 25) || 25));
  const pageNumber = Math.max(1, Number(paging.pageNumber ?? 1) || 1);
  const totalHits = 3 + (hashString(`${responder.seed}:${key}`) % 40);
  const first = (pageNumber - 1) * pageSize;
  const count = Math.max(0, Math.min(pageSize, totalHits - first));
  const items = Array.from({ length: count }, (_, index) => responder.build(table, declared[listName]?.items ?? {}, `${key}#${first + index}`));
  return { ...body, totalHits, [listName]: items };
}

/** What a listing page is built from: the collection's member ids and the changes writes made to them. */
interface ListingInput {
  table: MockOperationTable;
  operation: MockOperation;
  url: URL;
  concrete: string;
  ids: string[];
  changes: Map<string, Record<string, unknown>>;
}

/** A listing page: the members built from the listing's item schema, paged as the platform pages. */
function listingPage(responder: SchemaResponder, { table, operation, url, concrete, ids, changes }: ListingInput): Record<string, unknown> {
  const [, , , responseSchema, , , paging] = operation;
  const declared = declaredProperties(table, schemaRef(responseSchema));
  const itemSchema: JsonSchema = declared.entities?.items ?? {};
  const pageSize = Math.min(500, Math.max(1, Number(url.searchParams.get('pageSize') ?? url.searchParams.get('limit') ?? 25) || 25));
  const cursor = url.searchParams.get('cursor') ?? url.searchParams.get('after');
  const pageNumber = Math.max(1, Number(url.searchParams.get('pageNumber') ?? 1) || 1);
  const offset = paging === 'cursor' ? Number(cursor ?? 0) || 0 : (pageNumber - 1) * pageSize;
  const entities = ids.slice(offset, offset + pageSize).map((id) => {
    const entity = responder.build(table, itemSchema, `${concrete}/${id}`, { id, selfUri: `${concrete}/${encodeURIComponent(id)}` });
    return withChanges(responder, table, itemSchema, entity, changes.get(id));
  });
  const page = responder.build(table, responseSchema, `${concrete}?list`) as Record<string, unknown>;
  const pageCount = Math.max(1, Math.ceil(ids.length / pageSize));
  const uri = (set: Record<string, string>) => {
    const query = new URLSearchParams(url.searchParams);
    for (const [name, value] of Object.entries(set)) query.set(name, value);
    return `${concrete}?${query.toString()}`;
  };
  const more = offset + pageSize < ids.length;
  // Genesys Cloud's cursor listings take `after`; a listing with a `cursor` field names its query parameter so
  const cursorParameter = 'cursor' in declared ? 'cursor' : 'after';
  const offsetPage = (n: number) => uri({ pageSize: String(pageSize), pageNumber: String(n) });
  const fields: Record<string, unknown> =
    paging === 'offset'
      ? {
          entities, pageSize, pageNumber, total: ids.length, pageCount,
          firstUri: offsetPage(1), selfUri: offsetPage(pageNumber), lastUri: offsetPage(pageCount),
          nextUri: pageNumber < pageCount ? offsetPage(pageNumber + 1) : undefined,
          previousUri: pageNumber > 1 ? offsetPage(pageNumber - 1) : undefined,
        }
      : {
          entities, pageSize, total: ids.length,
          cursor: more ? String(offset + pageSize) : undefined,
          after: more ? String(offset + pageSize) : undefined,
          nextUri: more ? uri({ [cursorParameter]: String(offset + pageSize) }) : undefined,
          nextPage: more ? uri({ [cursorParameter]: String(offset + pageSize) }) : undefined,
          previousUri: undefined,
          selfUri: uri({}),
        };
  for (const [name, value] of Object.entries(fields)) {
    if (!(name in declared)) continue;
    if (value === undefined) delete page[name];
    else page[name] = value;
  }
  return page;
}

/**
 * MSW handlers answering every operation of the generated tables from their schemas (create-schema-responder.ts):
 * listings page as the platform does, a create returns an id that a later read finds, writes change what later reads
 * return, a delete makes later reads 404, an unknown id is a 404 and a body failing its schema a 400 naming the
 * field. `overrideHandler` answers operations a test overrode (put it before any curated handler).
 */
export function createOperationHandlers(options: OperationHandlersOptions) {
  const { responder, answer, fail } = options;
  const apiBaseUrl = options.apiBaseUrl.replace(/\/+$/, '');
  const basePath = new URL(apiBaseUrl).pathname.replace(/\/+$/, '');
  const router = createOperationRouter(options.source);
  const { listTemplates, itemTemplates } = router;
  const collections = createCollections(responder.seed, options.knownIds);
  const overrides: { method: string; pattern: RegExp; response: UntypedOperationOverride; remaining: number }[] = [];

  /** The first path id that names nothing (404), checked against its collection where the collection can be listed. */
  const unknownId = (segments: string[], values: string[]): string | undefined => {
    let valueIndex = 0;
    for (let position = 0; position < segments.length; position += 1) {
      if (!isParameter(segments[position] ?? '')) continue;
      const value = values[valueIndex] ?? '';
      valueIndex += 1;
      const listable = listTemplates.has(`/${segments.slice(0, position).join('/')}`);
      if (!listable && !itemTemplates.has(segments.slice(0, position).join('/'))) continue;
      // A collection that cannot be listed has no id a client could have learnt: any id names a resource until deleted.
      const collection = collections.at(concretePath(segments.slice(0, position), values), listable);
      const exists = listable ? collections.members(collection).includes(value) : !collection.deleted.has(value);
      if (!exists) return `${segments[position]?.slice(1, -1)} ${value}`;
    }
    return undefined;
  };

  const readBody = async (request: Request, table: MockOperationTable, operation: MockOperation): Promise<{ body?: unknown } | { error: string }> => {
    const [, , , , requestSchema, required] = operation;
    const text = await request.text().catch(() => '');
    if (text.trim() === '') return required && requestSchema ? { error: 'the request body is required' } : {};
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return { error: 'the request body is not JSON' };
    }
    if (!requestSchema) return { body };
    const problem = responder.validate(table, requestSchema, body);
    return problem === undefined ? { body } : { error: `The request body is invalid: ${problem}.` };
  };

  /** A POST to a collection whose answer has an `id`: a new member, answered with what the body set. */
  const create = (table: MockOperationTable, responseSchema: string, concrete: string, listable: boolean, body: unknown) => {
    const target = collections.at(concrete, listable);
    const idType = declaredProperties(table, schemaRef(responseSchema)).id?.type;
    const createdKey = `${concrete}#created${target.created.length}`;
    // numeric ids where the model says so (NICE CXone's), UUIDs otherwise (Genesys Cloud's)
    const numeric = idType === 'integer' || idType === 'number';
    const createdId = numeric ? String(100_000 + (hashString(`${responder.seed}:${createdKey}`) % 900_000)) : stableUuid(responder.seed, createdKey);
    target.created.push(createdId);
    if (isRecord(body)) target.changes.set(createdId, body);
    const value = responder.build(table, responseSchema, `${concrete}/${createdId}`, { id: createdId, selfUri: `${concrete}/${encodeURIComponent(createdId)}` });
    return withChanges(responder, table, responseSchema, value, target.changes.get(createdId));
  };

  const handle = async (request: Request): Promise<Response | undefined> => {
    const url = new URL(request.url);
    const found = await router.route(request.method, url.pathname.slice(basePath.length) || '/');
    if (found === undefined) return undefined;
    const { route: { operation, table, segments }, values } = found;
    const [method, template, status, responseSchema, , , paging] = operation;
    const missing = unknownId(segments, values);
    if (missing !== undefined) return fail(request, 404, `The resource ${missing} was not found.`);
    const read = await readBody(request, table, operation);
    if ('error' in read) return fail(request, 400, read.error);
    const concrete = concretePath(segments, values);

    if (method === 'GET' && (paging === 'offset' || paging === 'cursor')) {
      const collection = collections.at(concrete, true);
      return answer(request, listingPage(responder, { table, operation, url, concrete, ids: collections.members(collection), changes: collection.changes }), status);
    }
    if (method === 'POST' && responseSchema && itemTemplates.has(segments.join('/')) && 'id' in declaredProperties(table, schemaRef(responseSchema))) {
      return answer(request, create(table, responseSchema, concrete, listTemplates.has(template), read.body), status);
    }
    const isItem = isParameter(segments.at(-1) ?? '');
    const parent = concretePath(segments.slice(0, -1), values);
    const collection = isItem ? collections.at(parent, listTemplates.has(`/${segments.slice(0, -1).join('/')}`)) : undefined;
    const id = values.at(-1) ?? '';
    if (collection !== undefined && (method === 'PUT' || method === 'PATCH') && isRecord(read.body)) {
      collection.changes.set(id, { ...collection.changes.get(id), ...read.body });
    }
    if (collection !== undefined && method === 'DELETE') {
      collection.deleted.add(id);
      collection.changes.delete(id);
    }
    if (!responseSchema) return answer(request, undefined, status);
    const key = collection !== undefined ? `${parent}/${id}` : `${method} ${concrete}`;
    const value = responder.build(table, responseSchema, key, collection !== undefined ? { id, selfUri: `${parent}/${encodeURIComponent(id)}` } : {});
    const body = collection !== undefined ? withChanges(responder, table, responseSchema, value, collection.changes.get(id)) : value;
    return answer(request, paging === 'analytics' ? analyticsPage(responder, table, responseSchema, body, key, read.body) : body, status);
  };

  const overrideHandler: HttpHandler = http.all(`${apiBaseUrl}/*`, ({ request }) => {
    const path = new URL(request.url).pathname.slice(basePath.length);
    const entry = overrides.find((o) => o.remaining > 0 && o.method === request.method && o.pattern.test(path));
    if (entry === undefined) return undefined;
    entry.remaining -= 1;
    return answer(request, entry.response.body, entry.response.status, entry.response.headers);
  });

  return {
    /** Answers the operations a test overrode; goes before the curated handlers. */
    overrideHandler,
    /** Answers every operation of the tables from their schemas; goes after the curated handlers. */
    operationHandler: http.all(`${apiBaseUrl}/*`, ({ request }) => handle(request)) as HttpHandler,
    /** Answers `"METHOD /path/{param}"` with `response` (every time, or `times` times), ahead of everything but faults. */
    override(key: string, response: UntypedOperationOverride): void {
      const [method, path] = key.split(' ');
      if (!method || !path?.startsWith('/') || !Number.isInteger(response.status)) {
        throw new TypeError(`[@ccaas/mocks] override needs "METHOD /path" and a status, got ${JSON.stringify(key)} ${JSON.stringify(response.status)}`);
      }
      overrides.unshift({ method: method.toUpperCase(), pattern: compileTemplate(path), response, remaining: response.times ?? Number.POSITIVE_INFINITY });
    },
    /** Drops every override. */
    resetOverrides(): void {
      overrides.length = 0;
    },
    /** Whether the path (or template) is under a path stem of the tables, without loading any. */
    serves: router.serves,
    /** The template of the operation a request is for (`"/agents/{agentId}"`), or undefined when no table has it. */
    async operationFor(request: Request): Promise<string | undefined> {
      const found = await router.route(request.method, new URL(request.url).pathname.slice(basePath.length) || '/');
      return found?.route.operation[1];
    },
    /** Every table a request has loaded so far (all of them with given tables). */
    loadedTables: router.loadedTables,
  };
}

/** Options of {@link createCxoneOperationHandlers}. */
export interface CxoneOperationHandlersOptions extends Omit<OperationHandlersOptions, 'source' | 'responder'> {
  /** Value seed; default 1. */
  seed?: number;
  /** The family tables to answer (`@ccaas/mocks/nice-cxone/<family>`); default every family, each loaded on first use. */
  families?: readonly MockOperationTable[];
  /**
   * Only the families this host serves (their spec's `x-ccaas-host`): `api` (the API facade) or `digital`
   * (`api-de-{area}.{domain}`); default every family given.
   */
  host?: 'api' | 'digital';
}

/** The tables (or the generated index narrowed to the tables) a host serves. */
function tablesOfHost(source: MockTableSource, host: string | undefined): MockTableSource {
  if (host === undefined) return source;
  if ('tables' in source) return { tables: source.tables.filter((table) => (table.host ?? 'api') === host) };
  const onHost = (name: string) => (source.hosts?.[name] ?? 'api') === host;
  const stems = Object.fromEntries(
    Object.entries(source.stems)
      .map(([stem, names]) => [stem, names.filter(onHost)] as const)
      .filter(([, names]) => names.length > 0),
  );
  return { ...source, stems };
}

/**
 * Every NICE CXone operation of one host answered from its schema; the CXone mock puts one set per host after its
 * curated handlers and before its 501. `apiBaseUrl` is the origin the family paths start at (the tenant's API facade,
 * or its digital host with `host: 'digital'`).
 */
export function createCxoneOperationHandlers(options: CxoneOperationHandlersOptions) {
  const { seed, families, host, ...rest } = options;
  return createOperationHandlers({
    ...rest,
    source: tablesOfHost(families ? { tables: families } : generatedTables['nice-cxone'], host),
    responder: createSchemaResponder({ seed }),
  });
}


export type OperationHandlers = ReturnType<typeof createOperationHandlers>;
