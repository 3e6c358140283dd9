// A large OpenAPI 3.1 document shaped like Genesys Cloud's Platform API v2, generated deterministically from a seed.
// Each resource gives 2 paths (collection + item), 5 schemas (entity, EntityListing, create request, settings,
// rule) and 3 to 5 operations: 1,000 resources = 2,000 paths and about 5,000 schemas, the size of Genesys' full spec.
import { createSeededRandom, type SeededRandom } from './create-seeded-random.js';
import {
  createGenesysSharedComponents,
  entityListingSchema,
  errorResponseRefs,
  jsonContent,
  okResponse,
  type ErrorStatus,
} from './genesys-shared-components.js';
import { apiGroups, enumWords, expandWords, fieldNames, modelNouns, modelQualifiers, ruleOperators } from './large-spec-vocabulary.js';

export interface LargeSpecOptions {
  seed: number;
  /** Resources to generate; paths = 2 x resources, schemas = 5 x resources + 5 shared. */
  resourceCount: number;
}

/** Paths and values of the first resource, for a consumer that makes typed calls against the generated types. */
export interface LargeSpecSample {
  listPath: string;
  itemPath: string;
  itemPathParam: string;
  expandValue: string;
}

export interface LargeSpec {
  document: Record<string, unknown>;
  sample: LargeSpecSample;
  counts: { paths: number; operations: number; schemas: number };
}

type Schema = Record<string, unknown>;

const listErrors: ErrorStatus[] = ['400', '401', '403', '404', '408', '413', '415', '429', '500', '503', '504'];
const text = { type: 'string' };
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function enumOf(random: SeededRandom, count: number): Schema {
  return { type: 'string', enum: random.sample(enumWords, count) };
}

/** One field of a model: a scalar, an enum, an array, a map, an entity ref or a nested model of an earlier resource. */
function randomField(random: SeededRandom, earlierModels: readonly string[]): Schema {
  const kind = random.int(0, 11);
  if (kind === 0) return { type: 'integer', format: 'int32' };
  if (kind === 1) return { type: 'integer', format: 'int64' };
  if (kind === 2) return { type: 'number', format: 'double' };
  if (kind === 3) return { type: 'boolean' };
  if (kind === 4) return { type: 'string', format: 'date-time', description: 'ISO-8601 date and time.' };
  if (kind === 5) return enumOf(random, random.int(2, 6));
  if (kind === 6) return { type: 'array', items: text };
  if (kind === 7) return { type: 'object', additionalProperties: text };
  if (kind === 8) return ref('DomainEntityRef');
  if (kind === 9) return { type: 'array', items: ref('DomainEntityRef') };
  if (kind === 10 && earlierModels.length > 0) return ref(random.pick(earlierModels));
  return text;
}

function randomFields(random: SeededRandom, count: number, earlierModels: readonly string[]): Record<string, Schema> {
  return Object.fromEntries(random.sample(fieldNames, count).map((name) => [name, randomField(random, earlierModels)]));
}

function uniqueModelName(random: SeededRandom, taken: Set<string>): string {
  const base = `${random.pick(modelQualifiers)}${random.pick(modelNouns)}`;
  const name = taken.has(base) ? `${base}${taken.size}` : base;
  taken.add(name);
  return name;
}

export function generateLargeSpec({ seed, resourceCount }: LargeSpecOptions): LargeSpec {
  if (!Number.isInteger(resourceCount) || resourceCount < 1) throw new Error(`[bench] resourceCount must be >= 1, got ${resourceCount}`);
  const random = createSeededRandom(seed);
  const shared = createGenesysSharedComponents();
  const schemas: Record<string, Schema> = { ...shared.schemas };
  const paths: Record<string, Record<string, unknown>> = {};
  const takenNames = new Set<string>();
  const nestedModels: string[] = [];
  let operations = 0;
  let sample: LargeSpecSample | undefined;

  for (let index = 0; index < resourceCount; index += 1) {
    const group = random.pick(apiGroups);
    const name = uniqueModelName(random, takenNames);
    const tag = group[0]!.toUpperCase() + group.slice(1);
    const camel = name[0]!.toLowerCase() + name.slice(1);
    const listPath = `/api/v2/${group}/${name.toLowerCase()}s`;
    const itemPathParam = `${camel}Id`;
    const itemPath = `${listPath}/{${itemPathParam}}`;
    if (paths[listPath] || paths[itemPath]) throw new Error(`[bench] generated path ${listPath} twice`);
    const expandValues = random.sample(expandWords, random.int(2, 5));
    const earlier = nestedModels.slice(-200);

    schemas[`${name}Rule`] = {
      type: 'object',
      required: ['type'],
      properties: {
        type: enumOf(random, random.int(2, 5)),
        operator: { type: 'string', enum: random.sample(ruleOperators, random.int(2, ruleOperators.length)) },
        value: text,
        values: { type: 'array', items: text },
        priority: { type: 'integer', format: 'int32' },
        target: ref('DomainEntityRef'),
        ...randomFields(random, random.int(0, 3), earlier),
      },
    };
    schemas[`${name}Settings`] = {
      type: 'object',
      description: `Settings of a ${name}.`,
      properties: {
        enabled: { type: 'boolean' },
        mode: enumOf(random, random.int(2, 4)),
        rules: { type: 'array', items: ref(`${name}Rule`) },
        ...randomFields(random, random.int(2, 5), earlier),
      },
    };
    schemas[name] = {
      type: 'object',
      description: `A ${name} of the ${group} API.`,
      properties: {
        id: { type: 'string', readOnly: true, description: 'The globally unique identifier for the object.' },
        name: text,
        description: text,
        division: ref('Division'),
        state: { type: 'string', enum: ['active', 'inactive', 'deleted'] },
        version: { type: 'integer', format: 'int32' },
        dateCreated: { type: 'string', format: 'date-time' },
        dateModified: { type: 'string', format: 'date-time' },
        createdBy: ref('DomainEntityRef'),
        settings: ref(`${name}Settings`),
        ...randomFields(random, random.int(3, 9), earlier),
        selfUri: { type: 'string', format: 'uri', readOnly: true },
      },
    };
    schemas[`${name}EntityListing`] = entityListingSchema(name, `An offset page of ${name} entities.`);
    schemas[`Create${name}Request`] = {
      type: 'object',
      required: ['name'],
      properties: {
        name: text,
        description: text,
        divisionId: text,
        settings: ref(`${name}Settings`),
        ...randomFields(random, random.int(1, 4), earlier),
      },
    };
    nestedModels.push(`${name}Settings`, `${name}Rule`);

    const expandParameter = {
      name: 'expand',
      in: 'query',
      description: 'Which fields, if any, to expand.',
      schema: { type: 'array', items: { type: 'string', enum: expandValues } },
    };
    const operation = (verb: string, singular: boolean, summary: string, extra: Record<string, unknown>) => {
      operations += 1;
      return { tags: [tag], operationId: `${verb}${tag}${name}${singular ? '' : 's'}`, summary, ...extra };
    };
    const itemParameter = { name: itemPathParam, in: 'path', required: true, description: `${name} ID`, schema: text };
    const itemErrors = errorResponseRefs(listErrors);

    paths[listPath] = {
      get: operation('get', false, `Get a list of ${name} entities`, {
        parameters: [
          { $ref: '#/components/parameters/pageSize' },
          { $ref: '#/components/parameters/pageNumber' },
          { name: 'sortOrder', in: 'query', schema: { type: 'string', enum: ['ascending', 'descending'], default: 'ascending' } },
          expandParameter,
          { name: 'id', in: 'query', description: 'Fetch these by id.', schema: { type: 'array', maxItems: 100, items: text } },
          { name: 'name', in: 'query', description: 'Filter by name.', schema: text },
          { name: 'state', in: 'query', schema: { type: 'string', enum: ['active', 'inactive', 'deleted', 'any'] } },
        ],
        responses: { '200': okResponse('successful operation', `${name}EntityListing`), ...itemErrors },
      }),
      post: operation('post', false, `Create a ${name}`, {
        requestBody: { required: true, content: jsonContent(`Create${name}Request`) },
        responses: { '200': okResponse('successful operation', name), ...itemErrors },
      }),
    };
    const item: Record<string, unknown> = {
      get: operation('get', true, `Get a ${name}`, {
        parameters: [itemParameter, expandParameter],
        responses: { '200': okResponse('successful operation', name), ...itemErrors },
      }),
    };
    if (random.chance(0.6)) {
      item.put = operation('put', true, `Update a ${name}`, {
        parameters: [itemParameter],
        requestBody: { required: true, content: jsonContent(name) },
        responses: { '200': okResponse('successful operation', name), ...itemErrors },
      });
    }
    if (random.chance(0.2)) {
      item.patch = operation('patch', true, `Patch a ${name}`, {
        parameters: [itemParameter],
        requestBody: { required: true, content: jsonContent(`Create${name}Request`) },
        responses: { '200': okResponse('successful operation', name), ...itemErrors },
      });
    }
    if (random.chance(0.6)) {
      item.delete = operation('delete', true, `Delete a ${name}`, {
        parameters: [itemParameter],
        responses: { '204': { description: 'Deleted' }, ...itemErrors },
      });
    }
    paths[itemPath] = item;
    sample ??= { listPath, itemPath, itemPathParam, expandValue: expandValues[0]! };
  }

  const document = {
    openapi: '3.1.0',
    info: {
      title: 'Synthetic Genesys-shaped Platform API (bench)',
      version: `seed-${seed}`,
      description: `Generated by tools/bench/large-spec/generate-large-spec.ts: seed ${seed}, ${resourceCount} resources.`,
    },
    servers: [{ url: 'https://api.mypurecloud.com' }],
    security: [{ genesysOAuth: [] }],
    paths,
    components: { ...shared, schemas },
  };
  return {
    document,
    sample: sample!,
    counts: { paths: Object.keys(paths).length, operations, schemas: Object.keys(schemas).length },
  };
}
