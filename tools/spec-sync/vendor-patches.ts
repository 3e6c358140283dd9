// The documented list of fixes spec-sync applies to vendor documents after conversion to OpenAPI 3 and filtering.
// Each entry names the symptom it removes; the ids and counts land in source.json so a reviewer sees what changed.
// Add a patch here (with a test in vendor-patches.test.ts) rather than hand-editing an imported openapi.yaml.
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import type { Platform } from './platforms.js';

export interface VendorPatch {
  id: string;
  platforms: readonly Platform[];
  /** What goes wrong without the patch. */
  symptom: string;
  /** Mutates `document` in place; returns how many places it changed (0 = not applicable). */
  apply(document: JsonObject): number;
}

export interface AppliedPatch {
  id: string;
  count: number;
}

const allPlatforms: readonly Platform[] = ['genesys-cloud', 'nice-cxone'];

export const vendorPatches: readonly VendorPatch[] = [
  {
    id: 'empty-required-array',
    platforms: allPlatforms,
    symptom: 'Schemas declare `required: []`, which OpenAPI 3.0 forbids (minItems 1): redocly lint fails on the imported spec.',
    apply: (document) => visitObjects(document, (node) => {
      if (Array.isArray(node['required']) && node['required'].length === 0 && 'properties' in node) {
        delete node['required'];
        return 1;
      }
      return 0;
    }),
  },
  {
    id: 'empty-description',
    platforms: allPlatforms,
    symptom: 'Tags, operations and parameters carry `description: ""`: empty doc comments in generated code and diff noise.',
    apply: (document) => visitObjects(document, (node) => {
      const description = node['description'];
      if (typeof description === 'string' && description.trim() === '') {
        delete node['description'];
        return 1;
      }
      return 0;
    }),
  },
  {
    id: 'genesys-region-server',
    platforms: ['genesys-cloud'],
    symptom:
      'The Swagger `host` names one region (api.mypurecloud.com), so the converted `servers` pins every client to ' +
      'us-east-1; our clients pick the region at runtime, so the server becomes `https://api.{region}`.',
    apply: (document) => {
      const servers = document['servers'];
      const template = [{ url: 'https://api.{region}', variables: { region: { default: 'mypurecloud.com', description: 'Region domain (see @ccaas/genesys-cloud regions)' } } }];
      if (JSON.stringify(servers) === JSON.stringify(template)) return 0;
      document['servers'] = template;
      return 1;
    },
  },
];

/** Applies the patches for `platform` in list order and reports which ones changed something. */
export function applyVendorPatches(document: JsonObject, platform: Platform): AppliedPatch[] {
  const applied: AppliedPatch[] = [];
  for (const patch of vendorPatches) {
    if (!patch.platforms.includes(platform)) continue;
    const count = patch.apply(document);
    if (count > 0) applied.push({ id: patch.id, count });
  }
  return applied;
}

/** Keys whose values are instance data (payload examples, defaults), never OpenAPI structure: left untouched. */
const dataKeys = new Set(['example', 'examples', 'default', 'enum', 'const', 'x-examples']);
/** Keys whose values map user-chosen names (property names...) to objects: their keys are names, not keywords. */
const nameMapKeys = new Set(['properties', 'patternProperties', 'schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'paths', 'content', 'encoding', 'variables', 'scopes', 'mapping']);

/** Visits every OpenAPI object node (not data payloads) depth-first; sums what `visit` returns. */
export function visitObjects(root: unknown, visit: (node: JsonObject) => number): number {
  let count = 0;
  const stack: Array<{ node: unknown; inNameMap: boolean }> = [{ node: root, inNameMap: false }];
  while (stack.length > 0) {
    const { node, inNameMap } = stack.pop()!;
    if (Array.isArray(node)) {
      for (const item of node) stack.push({ node: item, inNameMap: false });
    } else if (isPlainObject(node)) {
      if (!inNameMap) count += visit(node);
      for (const [key, child] of Object.entries(node)) {
        if (!inNameMap && dataKeys.has(key)) continue;
        stack.push({ node: child, inNameMap: !inNameMap && nameMapKeys.has(key) && isPlainObject(child) });
      }
    }
  }
  return count;
}
