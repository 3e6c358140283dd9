import { describe, expect, it } from 'vitest';
import { exampleFor, generateCxoneMockResponses, writeCxoneMockResponses } from './cxone-mock-responses.js';

describe('CXone mock responses generated from the family specs', () => {
  it('the committed packages/mocks/src/cxone-fixtures.responses.ts is what the family specs produce (drift check)', async () => {
    expect(await writeCxoneMockResponses(true), 'run `npx tsx tools/spec-sync/cxone-mock-responses.ts` and commit').toBe('unchanged');
  });

  it('answers every operation of every family once, on the family host, and the digital family on the digital host', async () => {
    const responses = await generateCxoneMockResponses();
    const keys = responses.map((r) => `${r.method} ${r.path}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(600);
    expect(responses.filter((r) => r.path.startsWith('/dfo/')).every((r) => r.host === 'digital')).toBe(true);
    expect(responses.filter((r) => !r.path.startsWith('/dfo/')).every((r) => r.host === 'api')).toBe(true);
  });

  it('fills a schema: first enum value, required properties below the depth limit, and stops inside a recursive model', () => {
    const document = {
      components: {
        schemas: {
          Node: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['a', 'b'] }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
        },
      },
    };
    const value = exampleFor(document, { $ref: '#/components/schemas/Node' }) as Record<string, unknown>;
    expect(value).toMatchObject({ id: 'string', kind: 'a' });
    expect(JSON.stringify(value).length).toBeLessThan(400);
    expect(exampleFor(document, { type: 'string', format: 'date-time' })).toBe('2026-01-01T00:00:00.000Z');
    expect(exampleFor(document, { type: 'integer' })).toBe(1);
  });
});
