import { describe, expect, it } from 'vitest';
import { collectRefs } from './collect-refs.js';

describe('collectRefs', () => {
  it('follows $refs under properties named like data keywords (a model with an "examples" or "default" property)', () => {
    const schema = {
      type: 'object',
      properties: {
        examples: { type: 'array', items: { $ref: '#/components/schemas/Example' } },
        default: { $ref: '#/components/schemas/Fallback' },
      },
    };
    expect(collectRefs(schema)).toEqual(['#/components/schemas/Example', '#/components/schemas/Fallback']);
  });

  it('skips payload data: an example or default value that happens to hold a $ref key is not a reference', () => {
    const schema = { type: 'object', example: { $ref: '#/not/a/ref' }, default: { $ref: '#/nor/this' }, properties: { a: { $ref: '#/components/schemas/A' } } };
    expect(collectRefs(schema)).toEqual(['#/components/schemas/A']);
  });
});
