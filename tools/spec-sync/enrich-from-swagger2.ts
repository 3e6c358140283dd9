// Enrichment: refines a document built from the vendor's SDK (genesys-sdk-source.ts) with what an older vendor
// Swagger 2.0 document says about the *same* items: operations matched by method + path (parameter names ignored),
// parameters by location + name, schemas by name, properties by name. Only what the SDK cannot say is taken:
//   parameters/properties  integer instead of number (+ int32/int64), string formats (date-time, uri), descriptions
//                          the SDK lacks, readOnly, enums (parameters only where the SDK marks the parameter as an
//                          enum and its SDK default is one of the values)
//   responses              the exact success status instead of `2XX`, the vendor's error statuses with ErrorBody
//                          (operations the older document does not have get its standard `#/responses` set, which
//                          it declares on every one of its operations)
// Types never change shape: a property the SDK types as a model stays that model even if the older document had
// another one. Everything taken is recorded in the provenance (source.json).
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { escapePointer } from './collect-refs.js';
import { httpMethods } from './filter-document.js';
import type { Provenance } from './genesys-sdk-source.js';
import { SpecSyncError } from './spec-sync-error.js';

export interface EnrichmentSummary {
  /** Document label for source.json. */
  input: string;
  operationsMatched: number;
  operationsUnmatched: number;
  parametersEnriched: number;
  schemasMatched: number;
  propertiesEnriched: number;
  enumsApplied: number;
  /** Parameter enums left out because the SDK no longer marks the parameter as an enum or its default is not a value. */
  enumsSkipped: number;
  successStatusesNamed: number;
}


/** Mutates `document` (OpenAPI 3.0 from the SDK) and `provenance`; `swagger` is read only. */
export function enrichFromSwagger2(document: JsonObject, swagger: JsonObject, provenance: Provenance, input: string, artifactId = '2017'): EnrichmentSummary {
  if (swagger['swagger'] !== '2.0') {
    throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${input}: enrichment reads a Swagger 2.0 document (got ${JSON.stringify(swagger['swagger'] ?? swagger['openapi'])})`, { input });
  }
  const summary: EnrichmentSummary = {
    input,
    operationsMatched: 0,
    operationsUnmatched: 0,
    parametersEnriched: 0,
    schemasMatched: 0,
    propertiesEnriched: 0,
    enumsApplied: 0,
    enumsSkipped: 0,
    successStatusesNamed: 0,
  };
  const definitions = isPlainObject(swagger['definitions']) ? swagger['definitions'] : {};
  const components = (document['components'] ??= {}) as JsonObject;
  const schemas = (components['schemas'] ??= {}) as JsonObject;
  const vendorOperations = indexOperations(swagger);

  // Standard error responses: `#/responses` of the older document, with the SDK's ErrorBody.
  const standardResponses = isPlainObject(swagger['responses']) ? swagger['responses'] : {};
  const componentResponses = (components['responses'] ??= {}) as JsonObject;
  const hasErrorBody = isPlainObject(schemas['ErrorBody']);
  const headers = isPlainObject(components['headers']) ? Object.keys(components['headers']) : [];
  const errorResponse = (description: string): JsonObject => ({
    description,
    ...(headers.length === 0 ? {} : { headers: Object.fromEntries(headers.map((name) => [name, { $ref: `#/components/headers/${name}` }])) }),
    ...(hasErrorBody ? { content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } } : {}),
  });
  for (const [status, response] of Object.entries(standardResponses)) {
    if (isPlainObject(response) && typeof response['description'] === 'string') componentResponses[status] = errorResponse(response['description']);
  }

  for (const [path, item] of Object.entries(isPlainObject(document['paths']) ? document['paths'] : {})) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      const key = `${method.toUpperCase()} ${path}`;
      const record = (provenance.operations[key] ??= { parameters: {}, bodies: {} });
      const match = vendorOperations.get(operationKey(method, path));
      const responses = (operation['responses'] ??= {}) as JsonObject;
      if (match === undefined) {
        summary.operationsUnmatched += 1;
        for (const status of Object.keys(componentResponses)) responses[status] = { $ref: `#/components/responses/${status}` };
        if (Object.keys(componentResponses).length > 0) record.bodies['errors'] = `${artifactId} #/responses/{${Object.keys(componentResponses).join(',')}} (standard error responses)`;
        continue;
      }
      summary.operationsMatched += 1;
      record.pointer = match.pointer;
      const vendorParameters = Array.isArray(match.operation['parameters']) ? match.operation['parameters'] : [];
      for (const parameter of Array.isArray(operation['parameters']) ? operation['parameters'] : []) {
        if (!isPlainObject(parameter)) continue;
        const index = vendorParameters.findIndex((p) => isPlainObject(p) && p['in'] === parameter['in'] && p['name'] === parameter['name']);
        if (index === -1) continue;
        const vendor = vendorParameters[index] as JsonObject;
        const schema = parameter['schema'] as JsonObject;
        const taken = refineSchema(schema, vendor, { enumAllowed: 'marker', summary });
        if (typeof parameter['description'] !== 'string' && typeof vendor['description'] === 'string' && vendor['description'] !== '') {
          parameter['description'] = vendor['description'];
          taken.push('description');
        }
        if (taken.length > 0) {
          summary.parametersEnriched += 1;
          const recordKey = `${String(parameter['in'])} ${String(parameter['name'])}`;
          record.parameters[recordKey] = `${record.parameters[recordKey] ?? 'sdk'}+${artifactId} parameters/${index} (${taken.join(',')})`;
        }
      }
      nameSuccessStatus(responses, match.operation, record, artifactId, summary);
      const vendorResponses = isPlainObject(match.operation['responses']) ? match.operation['responses'] : {};
      const errorStatuses: string[] = [];
      for (const [status, vendor] of Object.entries(vendorResponses)) {
        if (!/^[45]\d\d$/.test(status) || !isPlainObject(vendor)) continue;
        const standard = standardResponses[status];
        const same = isPlainObject(standard) && standard['description'] === vendor['description'] && status in componentResponses;
        responses[status] = same ? { $ref: `#/components/responses/${status}` } : errorResponse(typeof vendor['description'] === 'string' ? vendor['description'] : `HTTP ${status}`);
        errorStatuses.push(status);
      }
      if (errorStatuses.length > 0) record.bodies['errors'] = `${artifactId} responses/{${errorStatuses.join(',')}}`;
    }
  }

  // Tags: the older document's description of an area the SDK has too ("Routing": "Queues, wrapup codes, skills...").
  const vendorTags = Array.isArray(swagger['tags']) ? swagger['tags'].filter(isPlainObject) : [];
  const usedTags = new Set(Object.values(isPlainObject(document['paths']) ? document['paths'] : {}).flatMap((item) =>
    httpMethods.flatMap((method) => {
      const operation = isPlainObject(item) ? item[method] : undefined;
      return isPlainObject(operation) && Array.isArray(operation['tags']) ? operation['tags'].map(String) : [];
    }),
  ));
  const tags = vendorTags.filter((tag) => usedTags.has(String(tag['name'])) && typeof tag['description'] === 'string' && tag['description'] !== '');
  if (tags.length > 0) document['tags'] = tags.map((tag) => ({ name: tag['name'], description: tag['description'] }));

  for (const [name, schema] of Object.entries(schemas)) {
    const vendor = definitions[name];
    if (!isPlainObject(schema) || !isPlainObject(vendor)) continue;
    const record = (provenance.schemas[name] ??= { properties: {} });
    summary.schemasMatched += 1;
    record.pointer = `#/definitions/${escapePointer(name)}`;
    if (typeof schema['description'] !== 'string' && typeof vendor['description'] === 'string' && vendor['description'] !== '') schema['description'] = vendor['description'];
    const properties = isPlainObject(schema['properties']) ? schema['properties'] : {};
    const vendorProperties = isPlainObject(vendor['properties']) ? vendor['properties'] : {};
    for (const [property, propertySchema] of Object.entries(properties)) {
      const vendorProperty = vendorProperties[property];
      if (!isPlainObject(propertySchema) || !isPlainObject(vendorProperty)) continue;
      const taken = refineSchema(propertySchema, vendorProperty, { enumAllowed: 'always', summary });
      // A `$ref` takes no sibling keywords in OpenAPI 3.0: a referenced property keeps the model's own description.
      if (propertySchema['$ref'] === undefined && typeof propertySchema['description'] !== 'string' && typeof vendorProperty['description'] === 'string' && vendorProperty['description'] !== '') {
        propertySchema['description'] = vendorProperty['description'];
        taken.push('description');
      }
      if (vendorProperty['readOnly'] === true && propertySchema['$ref'] === undefined) {
        propertySchema['readOnly'] = true;
        taken.push('readOnly');
      }
      if (taken.length > 0) {
        summary.propertiesEnriched += 1;
        record.properties[property] = `${record.properties[property] ?? 'sdk'}+${artifactId}(${taken.join(',')})`;
      }
    }
  }
  return summary;
}

interface RefineOptions {
  /** `marker`: only where the SDK marked the item as an enum (`x-sdk-enum`); `always`: wherever the types agree. */
  enumAllowed: 'marker' | 'always';
  summary: EnrichmentSummary;
}

/**
 * Takes integer/format/enum from a Swagger 2.0 parameter or property (`type`, `format`, `enum`, `items`) into an
 * OpenAPI schema of the same base type; returns the names of what it took. `$ref`s and differing types are left alone.
 */
function refineSchema(schema: JsonObject, vendor: JsonObject, options: RefineOptions): string[] {
  const taken: string[] = [];
  const marker = schema['x-sdk-enum'] === true;
  delete schema['x-sdk-enum'];
  if (schema['$ref'] !== undefined || vendor['$ref'] !== undefined) return taken;
  const vendorType = vendor['type'];
  const type = schema['type'];
  if (type === 'number' && vendorType === 'integer') {
    schema['type'] = 'integer';
    taken.push('integer');
  } else if (type !== vendorType && !(type === 'number' && vendorType === 'number')) {
    return taken;
  }
  if (typeof vendor['format'] === 'string' && schema['format'] === undefined) {
    schema['format'] = vendor['format'];
    taken.push('format');
  }
  if (Array.isArray(vendor['enum']) && schema['enum'] === undefined && schema['type'] === 'string') {
    const values = vendor['enum'].filter((value): value is string => typeof value === 'string');
    const defaultValue = schema['default'];
    const allowed = options.enumAllowed === 'always' || (marker && (defaultValue === undefined || values.includes(defaultValue as string)));
    if (allowed && values.length > 0) {
      schema['enum'] = values;
      taken.push('enum');
      options.summary.enumsApplied += 1;
    } else {
      options.summary.enumsSkipped += 1;
    }
  }
  if (schema['type'] === 'array' && isPlainObject(schema['items']) && isPlainObject(vendor['items'])) {
    const inner = refineSchema(schema['items'], vendor['items'], options);
    taken.push(...inner.map((what) => `items.${what}`));
  }
  return taken;
}

/** Replaces the SDK's `2XX` by the older document's success status when it names exactly one. */
function nameSuccessStatus(responses: JsonObject, vendorOperation: JsonObject, record: Provenance['operations'][string], artifactId: string, summary: EnrichmentSummary): void {
  const range = responses['2XX'];
  if (!isPlainObject(range)) return;
  const vendorResponses = isPlainObject(vendorOperation['responses']) ? vendorOperation['responses'] : {};
  const success = Object.keys(vendorResponses).filter((status) => /^2\d\d$/.test(status));
  if (success.length !== 1) return;
  const status = success[0]!;
  const vendor = vendorResponses[status] as JsonObject;
  const hasContent = isPlainObject(range['content']);
  // The SDK says whether a body comes back today; a status whose old response had a body while the SDK returns none
  // (or the reverse) may have changed, so `2XX` stays.
  if (hasContent !== isPlainObject(vendor['schema'])) return;
  delete responses['2XX'];
  responses[status] = { ...range, ...(typeof vendor['description'] === 'string' && vendor['description'] !== '' ? { description: vendor['description'] } : {}) };
  record.bodies[status] = `${record.bodies['2XX'] ?? 'sdk'}+${artifactId} responses/${status} (status)`;
  delete record.bodies['2XX'];
  summary.successStatusesNamed += 1;
}

function indexOperations(swagger: JsonObject): Map<string, { operation: JsonObject; pointer: string }> {
  const index = new Map<string, { operation: JsonObject; pointer: string }>();
  for (const [path, item] of Object.entries(isPlainObject(swagger['paths']) ? swagger['paths'] : {})) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (isPlainObject(operation)) index.set(operationKey(method, path), { operation, pointer: `#/paths/${escapePointer(path)}/${method}` });
    }
  }
  return index;
}

/** Method + path with every `{param}` reduced to `{}`, so a renamed path parameter still matches. */
function operationKey(method: string, path: string): string {
  return `${method.toLowerCase()} ${path.replace(/\{[^}]*\}/g, '{}')}`;
}

