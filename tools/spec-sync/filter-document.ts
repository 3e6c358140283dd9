// Keeps the operations a selection names and every component they reach (transitively), nothing else.
import { collectRefs, parseComponentRef } from './collect-refs.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { matchOperation } from './match-operation.js';
import type { Selection } from './read-selection.js';
import { SpecSyncError } from './spec-sync-error.js';

export const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export interface FilterResult {
  document: JsonObject;
  /** "METHOD /path" of every kept operation, sorted. */
  operations: string[];
  /** Include patterns/tags that matched no operation (stale selection entries). */
  unmatched: string[];
}

export function filterDocument(document: JsonObject, selection: Selection, input: string): FilterResult {
  const includes = selection.includeOperations.map((pattern) => ({ pattern, test: matchOperation(pattern) }));
  const excludes = selection.excludeOperations.map(matchOperation);
  const tags = new Set(selection.includeTags);
  const used = new Set<string>();
  const paths: JsonObject = {};
  const operations: string[] = [];
  const sourcePaths = isPlainObject(document['paths']) ? document['paths'] : {};

  for (const [path, item] of Object.entries(sourcePaths)) {
    if (!isPlainObject(item)) continue;
    const kept: JsonObject = {};
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      const opTags = Array.isArray(operation['tags']) ? operation['tags'].filter((t): t is string => typeof t === 'string') : [];
      let selected = false;
      for (const include of includes) {
        if (include.test(method, path)) {
          used.add(include.pattern);
          selected = true;
        }
      }
      for (const tag of opTags) {
        if (tags.has(tag)) {
          used.add(`tag:${tag}`);
          selected = true;
        }
      }
      if (!selected || excludes.some((exclude) => exclude(method, path))) continue;
      kept[method] = operation;
      operations.push(`${method.toUpperCase()} ${path}`);
    }
    if (Object.keys(kept).length === 0) continue;
    for (const key of ['summary', 'description', 'servers', 'parameters'] as const) if (key in item) kept[key] = item[key];
    paths[path] = kept;
  }

  const unmatched = [...selection.includeOperations.filter((p) => !used.has(p)), ...selection.includeTags.filter((t) => !used.has(`tag:${t}`)).map((t) => `tag ${t}`)];
  if (operations.length === 0) {
    throw new SpecSyncError('SELECTION_MATCHES_NOTHING', `selection ${selection.source} matches no operation in ${input} (${Object.keys(sourcePaths).length} paths searched)`, {
      input: selection.source,
    });
  }

  const out: JsonObject = {};
  for (const key of ['openapi', 'info', 'servers', 'security', 'externalDocs'] as const) if (key in document) out[key] = document[key];
  out['paths'] = paths;
  const keptTags = new Set(Object.values(paths).flatMap((item) => httpMethods.flatMap((m) => {
    const operation = (item as JsonObject)[m];
    return isPlainObject(operation) && Array.isArray(operation['tags']) ? operation['tags'] : [];
  })));
  if (Array.isArray(document['tags'])) {
    const list = document['tags'].filter((tag) => isPlainObject(tag) && keptTags.has(tag['name']));
    if (list.length > 0) out['tags'] = list;
  }
  const components = reachableComponents(document, out, input);
  if (Object.keys(components).length > 0) out['components'] = components;
  return { document: out, operations: operations.sort(), unmatched };
}

/** The components of `source` that `kept` (its paths and security) reaches through `$ref`s, transitively. */
export function reachableComponents(source: JsonObject, kept: JsonObject, input: string): JsonObject {
  const sourceComponents = isPlainObject(source['components']) ? source['components'] : {};
  const out: Record<string, JsonObject> = {};
  const queue: Array<{ ref: string; from: string }> = [];
  const seen = new Set<string>();

  const enqueueFrom = (node: unknown, from: string) => {
    for (const ref of collectRefs(node)) queue.push({ ref, from });
  };
  for (const [path, item] of Object.entries(kept['paths'] as JsonObject)) {
    for (const [method, operation] of Object.entries(item as JsonObject)) {
      const label = (httpMethods as readonly string[]).includes(method) ? `${method.toUpperCase()} ${path}` : path;
      enqueueFrom(operation, label);
      const security = isPlainObject(operation) && Array.isArray(operation['security']) ? operation['security'] : [];
      for (const requirement of security) enqueueSchemes(requirement, label);
    }
  }
  for (const requirement of Array.isArray(kept['security']) ? kept['security'] : []) enqueueSchemes(requirement, 'global security');

  function enqueueSchemes(requirement: unknown, from: string) {
    if (!isPlainObject(requirement)) return;
    for (const name of Object.keys(requirement)) queue.push({ ref: `#/components/securitySchemes/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`, from });
  }

  while (queue.length > 0) {
    const { ref, from } = queue.shift()!;
    if (seen.has(ref)) continue;
    seen.add(ref);
    const target = parseComponentRef(ref);
    const group = target === undefined ? undefined : sourceComponents[target.type];
    const value = target !== undefined && isPlainObject(group) && Object.hasOwn(group, target.name) ? group[target.name] : undefined;
    if (target === undefined || value === undefined) {
      const why = target === undefined ? 'is not a local "#/components/<type>/<name>" reference' : 'points to nothing';
      throw new SpecSyncError('REF_UNRESOLVABLE', `${input}: $ref "${ref}" (reached from ${from}) ${why}`, { input });
    }
    (out[target.type] ??= {})[target.name] = value;
    enqueueFrom(value, ref);
  }
  return out;
}
