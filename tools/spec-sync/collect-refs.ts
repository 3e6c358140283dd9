// Every internal reference a node makes: `$ref` values and discriminator mapping targets, in document order.
import { isPlainObject } from './is-plain-object.js';

/** Keys whose values map user-chosen names to objects: a property called "example" or "default" is still structure. */
const nameMapKeys = new Set(['properties', 'patternProperties', 'schemas', 'parameters', 'responses', 'requestBodies', 'headers', 'securitySchemes', 'links', 'callbacks', 'paths', 'content', 'encoding', 'definitions']);
/** Keys whose values are payload data (examples, defaults), never references to follow. */
const dataKeys = new Set(['example', 'examples', 'default']);

export function collectRefs(node: unknown): string[] {
  const refs: string[] = [];
  const stack: Array<{ node: unknown; inNameMap: boolean }> = [{ node, inNameMap: false }];
  while (stack.length > 0) {
    const { node: current, inNameMap } = stack.pop()!;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ node: current[i], inNameMap: false });
    } else if (isPlainObject(current)) {
      const ref = inNameMap ? undefined : current['$ref'];
      if (typeof ref === 'string') refs.push(ref);
      const discriminator = inNameMap ? undefined : current['discriminator'];
      if (isPlainObject(discriminator) && isPlainObject(discriminator['mapping'])) {
        for (const target of Object.values(discriminator['mapping'])) if (typeof target === 'string' && target.startsWith('#')) refs.push(target);
      }
      const values = Object.entries(current).filter(([key]) => inNameMap || (key !== '$ref' && !dataKeys.has(key)));
      for (let i = values.length - 1; i >= 0; i -= 1) {
        const [key, value] = values[i]!;
        stack.push({ node: value, inNameMap: !inNameMap && nameMapKeys.has(key) && isPlainObject(value) });
      }
    }
  }
  return refs;
}

export interface ComponentRef {
  type: string;
  name: string;
}

/** Parses "#/components/<type>/<name>" (JSON-pointer escaped); undefined for anything else. */
export function parseComponentRef(ref: string): ComponentRef | undefined {
  const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
  if (match === null) return undefined;
  const unescape = (part: string) => decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~');
  return { type: unescape(match[1]!), name: unescape(match[2]!) };
}

/** A JSON-pointer segment: `~` -> `~0`, `/` -> `~1` (a path or a component name inside a `$ref`). */
export function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
