// Merges several OpenAPI 3 documents (CXone publishes one per API area) into one before filtering.
// Paths and components are united; the same operation or component appearing twice must be identical, otherwise the
// merge fails naming both inputs. A document whose servers differ from the first one's keeps them on its path items.
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';
import { stableStringify } from './stable-stringify.js';

export interface NamedDocument {
  input: string;
  document: JsonObject;
}

export function mergeDocuments(documents: readonly NamedDocument[]): JsonObject {
  const [first, ...rest] = documents;
  if (first === undefined) throw new SpecSyncError('USAGE', 'no input document to merge');
  if (rest.length === 0) return first.document;
  const merged: JsonObject = structuredClone(first.document);
  const paths = (merged['paths'] = isPlainObject(merged['paths']) ? merged['paths'] : {}) as JsonObject;
  const components = (merged['components'] = isPlainObject(merged['components']) ? merged['components'] : {}) as Record<string, JsonObject>;
  const pathOwner = new Map(Object.keys(paths).map((p) => [p, first.input]));
  const componentOwner = new Map<string, string>();
  for (const [type, group] of Object.entries(components)) for (const name of Object.keys(group)) componentOwner.set(`${type}/${name}`, first.input);
  const tags = Array.isArray(merged['tags']) ? (merged['tags'] as unknown[]) : [];
  const firstServers = stableStringify(first.document['servers'] ?? null);

  for (const { input, document } of rest) {
    const ownServers = stableStringify(document['servers'] ?? null) !== firstServers ? document['servers'] : undefined;
    for (const [path, rawItem] of Object.entries(isPlainObject(document['paths']) ? document['paths'] : {})) {
      if (!isPlainObject(rawItem)) continue;
      const item: JsonObject = ownServers === undefined || 'servers' in rawItem ? rawItem : { ...rawItem, servers: ownServers };
      const existing = paths[path];
      if (!isPlainObject(existing)) {
        paths[path] = item;
        pathOwner.set(path, input);
        continue;
      }
      for (const [key, value] of Object.entries(item)) {
        if (key in existing && stableStringify(existing[key]) !== stableStringify(value)) {
          throw new SpecSyncError('MERGE_CONFLICT', `${input} and ${pathOwner.get(path)} both define "${key}" of ${path} differently`, { input });
        }
        existing[key] = value;
      }
    }
    for (const [type, group] of Object.entries(isPlainObject(document['components']) ? document['components'] : {})) {
      if (!isPlainObject(group)) continue;
      const target = (components[type] ??= {});
      for (const [name, value] of Object.entries(group)) {
        if (name in target && stableStringify(target[name]) !== stableStringify(value)) {
          throw new SpecSyncError('MERGE_CONFLICT', `${input} and ${componentOwner.get(`${type}/${name}`)} both define components.${type}.${name} differently`, { input });
        }
        target[name] = value;
        if (!componentOwner.has(`${type}/${name}`)) componentOwner.set(`${type}/${name}`, input);
      }
    }
    for (const tag of Array.isArray(document['tags']) ? document['tags'] : []) {
      if (isPlainObject(tag) && !tags.some((t) => isPlainObject(t) && t['name'] === tag['name'])) tags.push(tag);
    }
  }
  if (tags.length > 0) merged['tags'] = tags;
  return merged;
}
