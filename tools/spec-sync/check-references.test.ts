import { describe, expect, it } from 'vitest';
import { checkReferences } from './check-references.js';

const doc = (schemas: Record<string, unknown>) => ({ openapi: '3.0.3', paths: {}, components: { schemas } });
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

describe('checkReferences: recursive schemas pass, pathological cycles fail', () => {
  it('accepts recursion through properties, items and additionalProperties', () => {
    expect(() => checkReferences(doc({
      ErrorBody: { type: 'object', properties: { errors: { type: 'array', items: ref('ErrorBody') }, cause: ref('ErrorBody') } },
      Tree: { type: 'object', additionalProperties: ref('Tree') },
      Node: { allOf: [ref('Base'), { type: 'object', properties: { children: { type: 'array', items: ref('Node') } } }] },
      Base: { type: 'object', properties: { id: { type: 'string' } } },
    }), 'in.json')).not.toThrow();
  });

  it('rejects a schema that is a $ref to itself', () => {
    expect(() => checkReferences(doc({ A: ref('A') }), 'in.json')).toThrow(/in\.json: \$ref cycle .*#\/components\/schemas\/A -> #\/components\/schemas\/A/);
  });

  it('rejects aliases that point at each other, and oneOf self-composition', () => {
    expect(() => checkReferences(doc({ A: ref('B'), B: ref('A') }), 'in.json')).toThrow(/A -> #\/components\/schemas\/B -> #\/components\/schemas\/A/);
    expect(() => checkReferences(doc({ A: { oneOf: [ref('A'), { type: 'string' }] } }), 'in.json')).toThrow(/schemas\/A -> #\/components\/schemas\/A \(/);
  });

  it('rejects a parameter component that references itself', () => {
    expect(() => checkReferences({ components: { parameters: { p: { $ref: '#/components/parameters/p' } } } }, 'in.json')).toThrow(/#\/components\/parameters\/p -> #\/components\/parameters\/p/);
  });
});
