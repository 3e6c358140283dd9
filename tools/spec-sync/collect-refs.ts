// Every internal reference a node makes: `$ref` values and discriminator mapping targets, in document order.
import { isPlainObject } from './is-plain-object.js';

export function collectRefs(node: unknown): string[] {
  const refs: string[] = [];
  const stack: unknown[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push(current[i]);
    } else if (isPlainObject(current)) {
      const ref = current['$ref'];
      if (typeof ref === 'string') refs.push(ref);
      const discriminator = current['discriminator'];
      if (isPlainObject(discriminator) && isPlainObject(discriminator['mapping'])) {
        for (const target of Object.values(discriminator['mapping'])) if (typeof target === 'string' && target.startsWith('#')) refs.push(target);
      }
      const values = Object.entries(current).filter(([key]) => key !== '$ref' && key !== 'example' && key !== 'examples' && key !== 'default');
      for (let i = values.length - 1; i >= 0; i -= 1) stack.push(values[i]![1]);
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
