// Splits one OpenAPI document into one document per tag (an API area: "Routing", "Users", ...), each with the
// operations carrying that tag and only the components they reach. An operation with several tags is in each of
// its areas. Used for Genesys Cloud, whose whole API is too large to type-check as one `paths` type: a consumer
// imports only the areas it uses (see packages/genesys-cloud).
import { httpMethods, reachableComponents } from './filter-document.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';

export interface AreaDocument {
  /** The tag as the vendor names it ("Telephony Providers Edge"). */
  tag: string;
  /** File-system and import name: lower case, words joined by "-" ("telephony-providers-edge"). */
  slug: string;
  document: JsonObject;
  operations: string[];
}

/** "Telephony Providers Edge" -> "telephony-providers-edge", "AI Studio" -> "ai-studio", "OAuth" -> "oauth". */
export function areaSlug(tag: string): string {
  return tag
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function splitByTag(document: JsonObject, input: string): AreaDocument[] {
  const byTag = new Map<string, { paths: Record<string, JsonObject>; operations: string[] }>();
  const sourcePaths = isPlainObject(document['paths']) ? document['paths'] : {};
  for (const [path, item] of Object.entries(sourcePaths)) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      const tags = Array.isArray(operation['tags']) && operation['tags'].length > 0 ? operation['tags'].map(String) : ['Untagged'];
      for (const tag of tags) {
        const area = byTag.get(tag) ?? { paths: {}, operations: [] };
        byTag.set(tag, area);
        const kept = (area.paths[path] ??= {});
        for (const key of ['summary', 'description', 'servers', 'parameters'] as const) if (key in item) kept[key] = item[key];
        kept[method] = operation;
        area.operations.push(`${method.toUpperCase()} ${path}`);
      }
    }
  }
  const slugs = new Map<string, string>();
  const areas: AreaDocument[] = [];
  for (const [tag, { paths, operations }] of [...byTag].sort(([a], [b]) => areaSlug(a).localeCompare(areaSlug(b)))) {
    const slug = areaSlug(tag) || 'untagged';
    const clash = slugs.get(slug);
    if (clash !== undefined) throw new Error(`[@ccaas/tools spec-sync] ${input}: tags "${clash}" and "${tag}" both become the area "${slug}"`);
    slugs.set(slug, tag);
    const out: JsonObject = {};
    for (const key of ['openapi', 'info', 'servers', 'security', 'externalDocs'] as const) if (key in document) out[key] = document[key];
    if (isPlainObject(out['info'])) out['info'] = { ...out['info'], title: `${String(out['info']['title'] ?? 'API')}: ${tag}` };
    const tagObject = Array.isArray(document['tags']) ? document['tags'].find((t) => isPlainObject(t) && t['name'] === tag) : undefined;
    out['tags'] = [tagObject ?? { name: tag }];
    out['paths'] = paths;
    const components = reachableComponents(document, out, input);
    if (Object.keys(components).length > 0) out['components'] = components;
    areas.push({ tag, slug, document: out, operations: operations.sort() });
  }
  return areas;
}
