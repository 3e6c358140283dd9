// Classifies the differences between two OpenAPI 3 documents for the consumers of the generated client:
//   breaking  - code compiled against the old types can fail: removed operation/parameter/response/property/schema,
//               property renamed, new required parameter or request property, narrowed enum, type change,
//               response property made optional (or nullable), request property made required;
//   additive  - new operation, optional parameter, response code, media type, property or schema; widened enum;
//               loosened request requirement; deprecation; format change (openapi-typescript ignores formats);
//   docs      - summaries, descriptions, titles, examples, info, servers, tags: no effect on generated types.
// Schemas shared through `$ref` are compared once per direction (request/response) and reported as "schema X".
import { parseComponentRef } from './collect-refs.js';
import { httpMethods } from './filter-document.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { stableStringify } from './stable-stringify.js';

export type ChangeClass = 'breaking' | 'additive' | 'docs';
export type Bump = 'major' | 'minor' | 'patch' | 'none';

export interface SpecChange {
  class: ChangeClass;
  /** "GET /api/v2/users", "schema User", "document". */
  location: string;
  message: string;
}

export interface SpecDiff {
  changes: SpecChange[];
  bump: Bump;
}

type Direction = 'request' | 'response';

export function diffSpecs(oldDoc: JsonObject, newDoc: JsonObject): SpecDiff {
  const changes: SpecChange[] = [];
  const add = (cls: ChangeClass, location: string, message: string) => changes.push({ class: cls, location, message });
  const usages: Array<{ ref: string; direction: Direction }> = [];
  const ctx: Context = { oldDoc, newDoc, add, usages };

  for (const key of ['info', 'servers', 'tags', 'externalDocs'] as const) {
    if (stableStringify(oldDoc[key]) !== stableStringify(newDoc[key])) add('docs', 'document', `${key} changed`);
  }

  const oldOps = operationsOf(oldDoc);
  const newOps = operationsOf(newDoc);
  for (const [key, before] of oldOps) {
    const after = newOps.get(key);
    if (after === undefined) add('breaking', before.label, 'operation removed');
    else compareOperation(ctx, before, after);
  }
  for (const [key, after] of newOps) if (!oldOps.has(key)) add('additive', after.label, 'operation added');

  const compared = new Set<string>();
  for (let i = 0; i < usages.length; i += 1) {
    const { ref, direction } = usages[i]!;
    if (compared.has(`${direction} ${ref}`)) continue;
    compared.add(`${direction} ${ref}`);
    const name = parseComponentRef(ref)?.name ?? ref;
    const before = resolve(oldDoc, ref);
    const after = resolve(newDoc, ref);
    if (before === undefined || after === undefined) continue; // reported below as a removed/added schema
    compareSchema(ctx, before, after, direction, `schema ${name}`, '');
  }

  const oldSchemas = schemasOf(oldDoc);
  const newSchemas = schemasOf(newDoc);
  for (const name of Object.keys(oldSchemas)) if (!(name in newSchemas)) add('breaking', `schema ${name}`, 'schema removed (its exported type is gone)');
  for (const name of Object.keys(newSchemas)) if (!(name in oldSchemas)) add('additive', `schema ${name}`, 'schema added');
  for (const name of Object.keys(oldSchemas)) {
    const ref = `#/components/schemas/${name}`;
    const used = compared.has(`request ${ref}`) || compared.has(`response ${ref}`);
    if (!used && name in newSchemas) compareSchema(ctx, oldSchemas[name], newSchemas[name], 'response', `schema ${name}`, '');
  }

  const unique = dedupe(changes);
  if (unique.length === 0 && stableStringify(oldDoc) !== stableStringify(newDoc)) {
    unique.push({ class: 'docs', location: 'document', message: 'other changes that do not affect the generated types' });
  }
  return { changes: unique, bump: bumpFor(unique) };
}

export function bumpFor(changes: readonly SpecChange[]): Bump {
  if (changes.some((c) => c.class === 'breaking')) return 'major';
  if (changes.some((c) => c.class === 'additive')) return 'minor';
  return changes.length > 0 ? 'patch' : 'none';
}

interface Context {
  oldDoc: JsonObject;
  newDoc: JsonObject;
  add(cls: ChangeClass, location: string, message: string): void;
  usages: Array<{ ref: string; direction: Direction }>;
}

interface OperationEntry {
  label: string;
  path: string;
  operation: JsonObject;
  pathItem: JsonObject;
}

function operationsOf(doc: JsonObject): Map<string, OperationEntry> {
  const out = new Map<string, OperationEntry>();
  const paths = isPlainObject(doc['paths']) ? doc['paths'] : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      // path parameter names do not matter for matching: /users/{id} and /users/{userId} are the same operation
      if (isPlainObject(operation)) out.set(`${method} ${path.replace(/\{[^}]*\}/g, '{}')}`, { label: `${method.toUpperCase()} ${path}`, path, operation, pathItem: item });
    }
  }
  return out;
}

function schemasOf(doc: JsonObject): JsonObject {
  const components = doc['components'];
  return isPlainObject(components) && isPlainObject(components['schemas']) ? components['schemas'] : {};
}

function resolve(doc: JsonObject, ref: string): unknown {
  const target = parseComponentRef(ref);
  if (target === undefined) return undefined;
  const components = doc['components'];
  const group = isPlainObject(components) ? components[target.type] : undefined;
  return isPlainObject(group) ? group[target.name] : undefined;
}

/** Follows `$ref`s of non-schema components (parameters, responses, request bodies) to their definition. */
function deref(doc: JsonObject, node: unknown): JsonObject | undefined {
  let current = node;
  for (let hops = 0; hops < 16 && isPlainObject(current) && typeof current['$ref'] === 'string'; hops += 1) current = resolve(doc, current['$ref']);
  return isPlainObject(current) ? current : undefined;
}

function docsChanged(ctx: Context, before: JsonObject, after: JsonObject, location: string, what: string) {
  for (const key of ['summary', 'description', 'title', 'example', 'examples', 'externalDocs'] as const) {
    if (stableStringify(before[key]) !== stableStringify(after[key])) ctx.add('docs', location, `${what}${what ? ' ' : ''}${key} changed`.trim());
  }
}

function compareOperation(ctx: Context, before: OperationEntry, after: OperationEntry) {
  const location = after.label;
  docsChanged(ctx, before.operation, after.operation, location, '');
  if (before.operation['deprecated'] !== true && after.operation['deprecated'] === true) ctx.add('additive', location, 'operation deprecated');

  const oldParams = parametersOf(ctx.oldDoc, before);
  const newParams = parametersOf(ctx.newDoc, after);
  for (const [key, param] of oldParams) {
    const next = newParams.get(key);
    const label = `${String(param['in'])} parameter "${String(param['name'])}"`;
    if (next === undefined) {
      ctx.add('breaking', location, `${label} removed`);
      continue;
    }
    const wasRequired = param['required'] === true;
    const isRequired = next['required'] === true;
    if (!wasRequired && isRequired) ctx.add('breaking', location, `${label} is now required`);
    if (wasRequired && !isRequired) ctx.add('additive', location, `${label} is now optional`);
    if (param['name'] !== next['name']) ctx.add('docs', location, `${label} renamed to "${String(next['name'])}" (path parameter: same URL)`);
    docsChanged(ctx, param, next, location, label);
    compareSchema(ctx, param['schema'], next['schema'], 'request', location, `${label}`);
  }
  for (const [key, param] of newParams) {
    if (oldParams.has(key)) continue;
    const label = `${String(param['in'])} parameter "${String(param['name'])}"`;
    if (param['required'] === true) ctx.add('breaking', location, `new required ${label}`);
    else ctx.add('additive', location, `new optional ${label}`);
  }

  const oldBody = deref(ctx.oldDoc, before.operation['requestBody']);
  const newBody = deref(ctx.newDoc, after.operation['requestBody']);
  if (oldBody !== undefined && newBody === undefined) ctx.add('breaking', location, 'request body removed');
  if (oldBody === undefined && newBody !== undefined) ctx.add(newBody['required'] === true ? 'breaking' : 'additive', location, `${newBody['required'] === true ? 'required' : 'optional'} request body added`);
  if (oldBody !== undefined && newBody !== undefined) {
    if (oldBody['required'] !== true && newBody['required'] === true) ctx.add('breaking', location, 'request body is now required');
    if (oldBody['required'] === true && newBody['required'] !== true) ctx.add('additive', location, 'request body is now optional');
    docsChanged(ctx, oldBody, newBody, location, 'request body');
    compareContent(ctx, oldBody['content'], newBody['content'], 'request', location, 'request body');
  }

  const oldResponses = isPlainObject(before.operation['responses']) ? before.operation['responses'] : {};
  const newResponses = isPlainObject(after.operation['responses']) ? after.operation['responses'] : {};
  for (const [code, rawResponse] of Object.entries(oldResponses)) {
    if (!(code in newResponses)) {
      ctx.add('breaking', location, `response ${code} removed`);
      continue;
    }
    const oldResponse = deref(ctx.oldDoc, rawResponse);
    const newResponse = deref(ctx.newDoc, newResponses[code]);
    if (oldResponse === undefined || newResponse === undefined) continue;
    docsChanged(ctx, oldResponse, newResponse, location, `response ${code}`);
    compareContent(ctx, oldResponse['content'], newResponse['content'], 'response', location, `response ${code}`);
  }
  for (const code of Object.keys(newResponses)) if (!(code in oldResponses)) ctx.add('additive', location, `response ${code} added`);
}

function parametersOf(doc: JsonObject, entry: OperationEntry): Map<string, JsonObject> {
  const out = new Map<string, JsonObject>();
  const template = [...entry.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]);
  const all = [...(Array.isArray(entry.pathItem['parameters']) ? entry.pathItem['parameters'] : []), ...(Array.isArray(entry.operation['parameters']) ? entry.operation['parameters'] : [])];
  for (const raw of all) {
    const param = deref(doc, raw);
    if (param === undefined) continue;
    // path parameters are matched by position in the template, so renaming {userId} to {id} is not a removal
    const key = param['in'] === 'path' ? `path #${template.indexOf(String(param['name']))}` : `${String(param['in'])} ${String(param['name'])}`;
    out.set(key, param);
  }
  return out;
}

function compareContent(ctx: Context, before: unknown, after: unknown, direction: Direction, location: string, what: string) {
  const oldContent = isPlainObject(before) ? before : {};
  const newContent = isPlainObject(after) ? after : {};
  for (const [type, media] of Object.entries(oldContent)) {
    const next = newContent[type];
    if (!isPlainObject(next)) {
      ctx.add('breaking', location, `${what} media type ${type} removed`);
      continue;
    }
    if (isPlainObject(media)) compareSchema(ctx, media['schema'], next['schema'], direction, location, `${what} body`);
  }
  for (const type of Object.keys(newContent)) if (!(type in oldContent)) ctx.add('additive', location, `${what} media type ${type} added`);
}

function compareSchema(ctx: Context, before: unknown, after: unknown, direction: Direction, location: string, path: string): void {
  if (!isPlainObject(before) || !isPlainObject(after)) {
    if (isPlainObject(before) !== isPlainObject(after)) ctx.add(isPlainObject(before) ? 'breaking' : 'additive', location, `${label(path)}schema ${isPlainObject(before) ? 'removed' : 'added'}`);
    return;
  }
  const oldRef = before['$ref'];
  const newRef = after['$ref'];
  if (typeof oldRef === 'string' && oldRef === newRef) {
    ctx.usages.push({ ref: oldRef, direction }); // compared once, as "schema <Name>"
    return;
  }
  // allOf members that reference the same named schema on both sides are compared once as that schema, not inlined
  const shared = sharedAllOfRefs(before, after);
  for (const ref of shared) ctx.usages.push({ ref, direction });
  const oldSchema = flatten(ctx.oldDoc, before, shared);
  const newSchema = flatten(ctx.newDoc, after, shared);
  if (oldSchema === undefined || newSchema === undefined) return;
  const at = label(path);

  for (const key of ['description', 'title', 'example'] as const) {
    if (stableStringify(oldSchema[key]) !== stableStringify(newSchema[key])) ctx.add('docs', location, `${at}${key} changed`);
  }
  const oldType = typeOf(oldSchema);
  const newType = typeOf(newSchema);
  if (oldType !== undefined && newType !== undefined && oldType !== newType) {
    ctx.add('breaking', location, `${at}type changed from ${oldType} to ${newType}`);
    return;
  }
  if (oldType !== newType) ctx.add(oldType === undefined ? 'breaking' : 'additive', location, `${at}type ${oldType === undefined ? `narrowed to ${newType}` : `no longer restricted to ${oldType}`}`);
  if (oldSchema['format'] !== newSchema['format']) ctx.add('additive', location, `${at}format changed from ${String(oldSchema['format'] ?? 'none')} to ${String(newSchema['format'] ?? 'none')}`);
  const wasNullable = oldSchema['nullable'] === true;
  const isNullable = newSchema['nullable'] === true;
  if (wasNullable !== isNullable) {
    const breaking = direction === 'response' ? isNullable : !isNullable;
    ctx.add(breaking ? 'breaking' : 'additive', location, `${at}${isNullable ? 'now nullable' : 'no longer nullable'}${breaking ? ` (${direction})` : ''}`);
  }

  const oldEnum = Array.isArray(oldSchema['enum']) ? oldSchema['enum'] : undefined;
  const newEnum = Array.isArray(newSchema['enum']) ? newSchema['enum'] : undefined;
  if (oldEnum !== undefined || newEnum !== undefined) {
    const removed = (oldEnum ?? []).filter((v) => newEnum !== undefined && !newEnum.some((w) => stableStringify(w) === stableStringify(v)));
    const added = (newEnum ?? []).filter((v) => oldEnum !== undefined && !oldEnum.some((w) => stableStringify(w) === stableStringify(v)));
    if (oldEnum === undefined) ctx.add('breaking', location, `${at}enum narrowed to ${list(newEnum ?? [])}`);
    else if (newEnum === undefined) ctx.add('additive', location, `${at}enum restriction removed`);
    if (removed.length > 0) ctx.add('breaking', location, `${at}enum narrowed: removed ${list(removed)}`);
    if (added.length > 0) ctx.add('additive', location, `${at}enum widened: added ${list(added)}`);
  }

  const oldProps = isPlainObject(oldSchema['properties']) ? oldSchema['properties'] : {};
  const newProps = isPlainObject(newSchema['properties']) ? newSchema['properties'] : {};
  const oldRequired = new Set(Array.isArray(oldSchema['required']) ? oldSchema['required'] : []);
  const newRequired = new Set(Array.isArray(newSchema['required']) ? newSchema['required'] : []);
  const removedProps = Object.keys(oldProps).filter((name) => !(name in newProps));
  const addedProps = Object.keys(newProps).filter((name) => !(name in oldProps));
  // a rename = the only removed and the only added property with this exact schema in this object
  const renamedTo = new Map<string, string>();
  const shape = (props: JsonObject, name: string) => stableStringify(props[name]);
  for (const name of removedProps) {
    const sameShapeRemoved = removedProps.filter((other) => shape(oldProps, other) === shape(oldProps, name));
    const sameShapeAdded = addedProps.filter((candidate) => shape(newProps, candidate) === shape(oldProps, name));
    if (sameShapeRemoved.length === 1 && sameShapeAdded.length === 1) renamedTo.set(name, sameShapeAdded[0]!);
  }
  for (const name of removedProps) {
    const twin = renamedTo.get(name);
    ctx.add('breaking', location, twin === undefined ? `${direction} property ${join(path, name)} removed` : `${direction} property ${join(path, name)} renamed to ${twin}`);
  }
  for (const name of addedProps) {
    if ([...renamedTo.values()].includes(name)) continue;
    const required = newRequired.has(name);
    if (direction === 'request' && required) ctx.add('breaking', location, `new required request property ${join(path, name)}`);
    else ctx.add('additive', location, `new ${required ? 'required' : 'optional'} ${direction} property ${join(path, name)}`);
  }
  for (const name of Object.keys(oldProps)) {
    if (!(name in newProps)) continue;
    const was = oldRequired.has(name);
    const is = newRequired.has(name);
    if (was !== is) {
      const breaking = direction === 'request' ? is : !is;
      ctx.add(breaking ? 'breaking' : 'additive', location, `${direction} property ${join(path, name)} is now ${is ? 'required' : 'optional'}`);
    }
    compareSchema(ctx, oldProps[name], newProps[name], direction, location, join(path, name));
  }

  if (oldSchema['items'] !== undefined || newSchema['items'] !== undefined) compareSchema(ctx, oldSchema['items'], newSchema['items'], direction, location, `${path}[]`);
  if (isPlainObject(oldSchema['additionalProperties']) && isPlainObject(newSchema['additionalProperties'])) {
    compareSchema(ctx, oldSchema['additionalProperties'], newSchema['additionalProperties'], direction, location, `${path}{}`);
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const oldVariants = (Array.isArray(oldSchema[keyword]) ? oldSchema[keyword] : []).map((v) => stableStringify(v));
    const newVariants = (Array.isArray(newSchema[keyword]) ? newSchema[keyword] : []).map((v) => stableStringify(v));
    if (oldVariants.some((v) => !newVariants.includes(v))) ctx.add('breaking', location, `${at}${keyword} variant removed`);
    if (newVariants.some((v) => !oldVariants.includes(v))) ctx.add('additive', location, `${at}${keyword} variant added`);
  }
}

/** Resolves a schema's own `$ref` chain and merges `allOf` members into one object view (properties, required). */
function flatten(doc: JsonObject, schema: JsonObject, skipRefs: ReadonlySet<string> = new Set(), depth = 0): JsonObject | undefined {
  if (depth > 32) return undefined;
  if (typeof schema['$ref'] === 'string') {
    if (skipRefs.has(schema['$ref'])) return {};
    const target = resolve(doc, schema['$ref']);
    return isPlainObject(target) ? flatten(doc, target, skipRefs, depth + 1) : undefined;
  }
  if (!Array.isArray(schema['allOf'])) return schema;
  const merged: JsonObject = { ...schema, properties: { ...(isPlainObject(schema['properties']) ? schema['properties'] : {}) } };
  const required = new Set(Array.isArray(schema['required']) ? schema['required'] : []);
  delete merged['allOf'];
  for (const member of schema['allOf']) {
    const part = isPlainObject(member) ? flatten(doc, member, skipRefs, depth + 1) : undefined;
    if (part === undefined) continue;
    Object.assign(merged['properties'] as JsonObject, isPlainObject(part['properties']) ? part['properties'] : {});
    for (const name of Array.isArray(part['required']) ? part['required'] : []) required.add(name);
    if (merged['type'] === undefined && part['type'] !== undefined) merged['type'] = part['type'];
  }
  if (required.size > 0) merged['required'] = [...required];
  return merged;
}

function sharedAllOfRefs(before: JsonObject, after: JsonObject): Set<string> {
  const refs = (schema: JsonObject) => (Array.isArray(schema['allOf']) ? schema['allOf'] : []).flatMap((m) => (isPlainObject(m) && typeof m['$ref'] === 'string' ? [m['$ref']] : []));
  const newRefs = new Set(refs(after));
  return new Set(refs(before).filter((ref) => newRefs.has(ref)));
}

function typeOf(schema: JsonObject): string | undefined {
  const type = schema['type'];
  if (Array.isArray(type)) return [...type].map(String).sort().join('|');
  if (typeof type === 'string') return type;
  return isPlainObject(schema['properties']) ? 'object' : undefined;
}

function label(path: string): string {
  return path === '' ? '' : `${path}: `;
}

function join(path: string, name: string): string {
  return path === '' ? name : `${path}.${name}`;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => JSON.stringify(v)).join(', ');
}

function dedupe(changes: readonly SpecChange[]): SpecChange[] {
  const seen = new Set<string>();
  return changes.filter((change) => {
    const key = `${change.class}\u0000${change.location}\u0000${change.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
