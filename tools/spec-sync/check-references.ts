// Rejects reference cycles that can never resolve to a shape, while allowing legitimate recursive schemas.
//
// Recursive is fine: ErrorBody.errors[] -> ErrorBody, User.manager -> User. The cycle passes through a property,
// `items` or `additionalProperties`, so every value is finite and `type ErrorBody = { errors?: ErrorBody[] }` is valid.
// Pathological is rejected: a cycle made only of "identity" edges, i.e. a component that *is* a `$ref`
// (A: {$ref: A}, or A -> B -> A aliases) or composes itself through allOf/oneOf/anyOf (A: {allOf: [B]}, B: {allOf:
// [A]}). Such a schema has no definition to reach: resolvers loop and TypeScript reports "circularly references itself".
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';

export function checkReferences(document: JsonObject, input: string): void {
  const components = isPlainObject(document['components']) ? document['components'] : {};
  const edges = new Map<string, string[]>();
  for (const [type, group] of Object.entries(components)) {
    if (!isPlainObject(group)) continue;
    for (const [name, value] of Object.entries(group)) {
      edges.set(pointer(type, name), identityRefs(value, type === 'schemas'));
    }
  }
  const state = new Map<string, 'active' | 'done'>();
  const trail: string[] = [];
  const visit = (node: string): void => {
    state.set(node, 'active');
    trail.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 'active') {
        const cycle = [...trail.slice(trail.indexOf(next)), next];
        throw new SpecSyncError(
          'REF_CYCLE',
          `${input}: $ref cycle with no structure in between: ${cycle.join(' -> ')} ` +
            '(a schema that is only a reference to, or a composition of, itself never resolves; recursion through properties or items is fine)',
          { input },
        );
      }
      if (state.get(next) === undefined && edges.has(next)) visit(next);
    }
    trail.pop();
    state.set(node, 'done');
  };
  for (const node of [...edges.keys()].sort()) if (state.get(node) === undefined) visit(node);
}

function identityRefs(node: unknown, isSchema: boolean): string[] {
  if (!isPlainObject(node)) return [];
  if (typeof node['$ref'] === 'string') return [node['$ref']];
  if (!isSchema) return [];
  const refs: string[] = [];
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const members = node[keyword];
    if (Array.isArray(members)) for (const member of members) refs.push(...identityRefs(member, true));
  }
  return refs;
}

function pointer(type: string, name: string): string {
  return `#/components/${type}/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;
}

