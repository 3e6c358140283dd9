// Canonical form of an imported document: vendor extensions dropped (unless kept on purpose), keys sorted, `required`
// lists sorted, top-level keys in the conventional OpenAPI order. Pure: same input -> same output, byte for byte
// once serialised.
import { isPlainObject, type JsonObject } from './is-plain-object.js';

export interface NormaliseOptions {
  /** `x-` extensions to keep (exact names); every other `x-*` key in OpenAPI structure is removed. Default []. */
  keepExtensions?: readonly string[];
}

const topLevelOrder = ['openapi', 'info', 'jsonSchemaDialect', 'servers', 'security', 'tags', 'externalDocs', 'paths', 'webhooks', 'components'];
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const']);
const nameMapKeys = new Set(['properties', 'patternProperties', 'schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'paths', 'content', 'encoding', 'variables', 'scopes', 'mapping', 'webhooks']);

export function normaliseDocument(document: JsonObject, options: NormaliseOptions = {}): JsonObject {
  const keep = new Set(options.keepExtensions ?? []);
  const body = normaliseNode(document, false, keep) as JsonObject;
  const ordered: JsonObject = {};
  for (const key of topLevelOrder) if (key in body) ordered[key] = body[key];
  for (const key of Object.keys(body)) if (!(key in ordered)) ordered[key] = body[key];
  return ordered;
}

function normaliseNode(node: unknown, inNameMap: boolean, keep: ReadonlySet<string>): unknown {
  if (Array.isArray(node)) return node.map((item) => normaliseNode(item, false, keep));
  if (!isPlainObject(node)) return node;
  const out: JsonObject = {};
  for (const key of Object.keys(node).sort()) {
    const value = node[key];
    if (!inNameMap && key.startsWith('x-') && !keep.has(key)) continue;
    if (!inNameMap && (dataKeys.has(key) || key.startsWith('x-'))) out[key] = sortData(value);
    else if (!inNameMap && key === 'required' && Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = [...value].sort();
    else out[key] = normaliseNode(value, !inNameMap && nameMapKeys.has(key) && isPlainObject(value), keep);
  }
  return out;
}

function sortData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortData);
  if (!isPlainObject(value)) return value;
  const out: JsonObject = {};
  for (const key of Object.keys(value).sort()) out[key] = sortData(value[key]);
  return out;
}
