// Ajv at run time (a dependency, not only a dev one): request bodies are checked against the vendor's JSON Schemas
// by the validator the conformance tests already trust; a hand-written one would cover less and drift.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { createSeededRandom, seededUuid } from './seeded-random.js';

/** A JSON Schema of a vendor spec, as the codegen emits it (documentation keywords dropped). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: boolean | JsonSchema;
  items?: JsonSchema;
  allOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  format?: string;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;
  default?: unknown;
  [keyword: string]: unknown;
}

/** How a listing pages: Genesys offset pages, cursor pages, analytics query answers (`totalHits`), or not a listing. */
export type PagingStyle = 'offset' | 'cursor' | 'analytics' | '';

/**
 * One operation of a generated table: method, path template, the success status to answer, the response schema's
 * name in the table ('' = no body), the request body schema's name ('' = none), whether the body is required (1),
 * and the paging style of the response.
 */
export type MockOperation = [method: string, path: string, status: number, response: string, request: string, bodyRequired: 0 | 1, paging: PagingStyle];

/**
 * The generated table of one Genesys Cloud API area or NICE CXone family (packages/mocks/src/generated/): its
 * operations and the schemas they reach. `Paths` is the client package's `paths` type of the same spec (types only),
 * which types the overrides of a mock built from the table.
 */
export interface MockOperationTable<Paths = unknown> {
  name: string;
  /** The host that serves the document, where its spec names one (NICE CXone's `x-ccaas-host`: `api` or `digital`). */
  host?: string;
  operations: MockOperation[];
  schemas: Record<string, JsonSchema>;
  /** Type-only: the `paths` of the area's client types. Never present at run time. */
  readonly __paths?: Paths;
}

const schemaPrefix = '#/components/schemas/';
/** Optional properties and array items are generated down to this object depth; below it only required ones. */
const optionalDepth = 3;
/** The fixed instant generated date-times are spread around (deterministic answers need no clock). */
const epochMs = Date.UTC(2026, 0, 1);

/** FNV-1a: a stable 32-bit hash of a string (seeds per resource, so a resource reads the same on every call). */
export function hashString(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A UUID that is the same for the same seed and key. */
export function stableUuid(seed: number, key: string): string {
  return seededUuid(createSeededRandom(hashString(`${seed}:${key}`)));
}

interface BuildContext {
  table: MockOperationTable;
  random: () => number;
  /** Schema names being built (a recursive model stops at its second visit). */
  stack: string[];
  /** Values for well-known properties of the top-level object (`id`, `selfUri`). */
  identity: Record<string, unknown>;
}

/** A string for a property, honouring format, enum-free length limits. */
function stringValue(schema: JsonSchema, name: string, context: BuildContext): string {
  const { random } = context;
  switch (schema.format) {
    case 'date-time':
      return new Date(epochMs + Math.floor(random() * 30 * 86_400_000)).toISOString();
    case 'date':
      return new Date(epochMs + Math.floor(random() * 30) * 86_400_000).toISOString().slice(0, 10);
    case 'uri':
    case 'url':
      return name === 'selfUri' && typeof context.identity.selfUri === 'string' ? context.identity.selfUri : `https://example.com/${name}/${Math.floor(random() * 1000)}`;
    case 'uuid':
      return seededUuid(random);
    case 'email':
      return `user${Math.floor(random() * 1000)}@example.com`;
    default:
      break;
  }
  let text =
    name === 'id' || /Id$/.test(name)
      ? seededUuid(random)
      : /Uri$/.test(name)
        ? `/api/v2/${name.slice(0, -3).toLowerCase() || 'resource'}/${seededUuid(random)}`
        : `${name || 'value'} ${Math.floor(random() * 1000)}`;
  if (schema.minLength !== undefined && text.length < schema.minLength) text = text.padEnd(schema.minLength, 'x');
  if (schema.maxLength !== undefined && text.length > schema.maxLength) text = text.slice(0, schema.maxLength);
  return text;
}

function numberValue(schema: JsonSchema, integer: boolean, random: () => number): number {
  const low = schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : 0);
  const high = schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : Math.max(low, 0) + 100);
  const value = low + random() * Math.max(0, high - low);
  return integer ? Math.min(Math.floor(high), Math.max(Math.ceil(low), Math.round(value))) : Math.round(value * 100) / 100;
}

function typeOf(schema: JsonSchema): string | undefined {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type !== undefined) return type;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined) return 'array';
  return undefined;
}

/**
 * A value valid against `schema`: required properties always, optional ones down to a depth, arrays of one or two
 * items near the top; the first `oneOf`/`anyOf` branch; `allOf` parts merged. Returns `undefined` for a recursive
 * reference that is not required (the caller leaves the property out).
 */
function buildValue(schema: JsonSchema, name: string, depth: number, context: BuildContext): unknown {
  if (schema.$ref !== undefined) {
    const ref = schema.$ref.startsWith(schemaPrefix) ? schema.$ref.slice(schemaPrefix.length) : schema.$ref;
    const target = context.table.schemas[ref];
    if (target === undefined) return {};
    // A recursive model is entered twice at most: deep enough for required properties that name their own kind
    // (below the optional depth arrays are empty, so it ends), shallow enough to stay small.
    if (context.stack.filter((name) => name === ref).length >= 2 || depth > 12) return undefined;
    context.stack.push(ref);
    try {
      return buildValue(target, name, depth, context);
    } finally {
      context.stack.pop();
    }
  }
  if (schema.const !== undefined) return schema.const;
  if (schema.enum !== undefined && schema.enum.length > 0) return schema.enum[Math.floor(context.random() * schema.enum.length)];
  if (schema.allOf !== undefined) {
    const parts = schema.allOf.map((part) => buildValue(part, name, depth, context));
    const objects = parts.filter((part): part is Record<string, unknown> => typeof part === 'object' && part !== null && !Array.isArray(part));
    return objects.length > 0 ? Object.assign({}, ...objects) : parts[0];
  }
  const branches = schema.oneOf ?? schema.anyOf;
  if (branches !== undefined && branches.length > 0) return buildValue(branches[0] as JsonSchema, name, depth, context);
  switch (typeOf(schema)) {
    case 'string':
      return stringValue(schema, name, context);
    case 'integer':
      return numberValue(schema, true, context.random);
    case 'number':
      return numberValue(schema, false, context.random);
    case 'boolean':
      return context.random() < 0.5;
    case 'array':
      return arrayValue(schema, name, depth, context);
    case 'object':
      return objectValue(schema, depth, context);
    default:
      return {};
  }
}

function arrayValue(schema: JsonSchema, name: string, depth: number, context: BuildContext): unknown[] {
  const wanted = depth < optionalDepth ? 1 + Math.floor(context.random() * 2) : 0;
  const count = Math.min(Math.max(wanted, schema.minItems ?? 0), schema.maxItems ?? Number.POSITIVE_INFINITY);
  const items: unknown[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < count + 3 && items.length < count; index += 1) {
    const item = buildValue(schema.items ?? {}, name.replace(/s$/, ''), depth + 1, context);
    if (item === undefined) break;
    const key = JSON.stringify(item);
    if (schema.uniqueItems && seen.has(key)) continue;
    seen.add(key);
    items.push(item);
  }
  return items;
}

function objectValue(schema: JsonSchema, depth: number, context: BuildContext): Record<string, unknown> {
  const value: Record<string, unknown> = {};
  const required = new Set(schema.required ?? []);
  for (const [property, propertySchema] of Object.entries(schema.properties ?? {})) {
    if (!required.has(property) && depth >= optionalDepth) continue;
    const fixed = depth === 0 ? context.identity[property] : undefined;
    const kind = typeOf(propertySchema);
    if (typeof fixed === 'string' && kind === 'string') {
      value[property] = fixed;
      continue;
    }
    // a numeric id (NICE CXone's agentId, ...) is sent as digits in the path
    if (typeof fixed === 'string' && (kind === 'integer' || kind === 'number') && /^\d{1,15}$/.test(fixed)) {
      value[property] = Number(fixed);
      continue;
    }
    const item = buildValue(propertySchema, property, depth + 1, context);
    if (item !== undefined) value[property] = item;
    else if (required.has(property)) value[property] = buildValue({ ...propertySchema, $ref: undefined, type: 'object' }, property, optionalDepth + 1, context);
  }
  if (schema.properties === undefined && typeof schema.additionalProperties === 'object' && depth < optionalDepth) {
    const item = buildValue(schema.additionalProperties, 'key', depth + 1, context);
    if (item !== undefined) value.key = item;
  }
  return value;
}

/** The top-level object properties a schema declares (through `$ref` and `allOf`). */
export function declaredProperties(table: MockOperationTable, schema: JsonSchema | undefined, depth = 0): Record<string, JsonSchema> {
  if (schema === undefined || depth > 8) return {};
  if (schema.$ref !== undefined) return declaredProperties(table, table.schemas[schema.$ref.replace(schemaPrefix, '')], depth + 1);
  const own = { ...(schema.properties ?? {}) };
  for (const part of schema.allOf ?? []) Object.assign(own, declaredProperties(table, part, depth + 1));
  return own;
}

/** Options of {@link createSchemaResponder}. */
export interface SchemaResponderOptions {
  /** Same seed and key, same value; default 1. */
  seed?: number;
}

/**
 * Builds deterministic, schema-valid values from generated tables, and validates request bodies against them. One
 * Ajv instance per responder; each table's schemas are added on first use and each schema compiled on first use,
 * so a mock that touches one area compiles only what that area's requests need.
 */
export function createSchemaResponder(options: SchemaResponderOptions = {}) {
  const seed = options.seed ?? 1;
  // Formats are annotations here: the vendor documents name formats Ajv does not know ("int32", "local-date-time"),
  // and a mock refusing a request over a format the real platform may accept would be worse than accepting it.
  const ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: false });
  const registered = new WeakMap<MockOperationTable, string>();
  const validators = new Map<string, ValidateFunction>();
  let tables = 0;
  const schemaId = (table: MockOperationTable) => {
    let id = registered.get(table);
    if (id === undefined) {
      tables += 1;
      id = `https://mocks.ccaas.dev/${tables}/${encodeURIComponent(table.name)}.json`;
      ajv.addSchema({ $id: id, components: { schemas: table.schemas } });
      registered.set(table, id);
    }
    return id;
  };

  return {
    seed,
    /**
     * A value of the schema (a name in the table, or a schema whose `$ref`s point into it); the same for the same
     * key. `identity` fixes top-level properties (`id`, `selfUri`).
     */
    build(table: MockOperationTable, schema: string | JsonSchema, key: string, identity: Record<string, unknown> = {}): unknown {
      const context: BuildContext = { table, random: createSeededRandom(hashString(`${seed}:${key}`)), stack: [], identity };
      return buildValue(typeof schema === 'string' ? { $ref: `${schemaPrefix}${schema}` } : schema, '', 0, context) ?? {};
    },
    /** Validates `value` against the named schema: undefined when valid, else a message naming the field. */
    validate(table: MockOperationTable, schemaName: string, value: unknown): string | undefined {
      const pointer = `${schemaId(table)}#/components/schemas/${schemaName.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      let validate = validators.get(pointer);
      if (validate === undefined) {
        validate = ajv.getSchema(pointer);
        if (validate === undefined) throw new Error(`[@ccaas/mocks] no schema ${schemaName} in ${table.name}`);
        validators.set(pointer, validate);
      }
      if (validate(value)) return undefined;
      const [error] = validate.errors ?? [];
      if (error === undefined) return 'the value does not match the schema';
      const field = error.keyword === 'required' ? `${error.instancePath}/${String(error.params.missingProperty)}` : error.instancePath;
      const where = field === '' ? 'the body' : field.slice(1).replace(/\//g, '.');
      return error.keyword === 'required' ? `${where} is required` : `${where} ${error.message ?? 'is invalid'}`;
    },
  };
}

export type SchemaResponder = ReturnType<typeof createSchemaResponder>;
