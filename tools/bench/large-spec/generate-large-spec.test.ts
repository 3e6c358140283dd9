import { describe, expect, it } from 'vitest';
import { createSeededRandom } from './create-seeded-random.js';
import { generateLargeSpec } from './generate-large-spec.js';
import { largeSpecResources, largeSpecSeed } from './prepare-large-spec.js';

type Operation = { parameters?: { name?: string; $ref?: string }[]; responses: Record<string, unknown> };

describe('createSeededRandom', () => {
  it('repeats its sequence for a seed and differs for another seed', () => {
    const draw = (seed: number) => {
      const random = createSeededRandom(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    expect(draw(7).every((value) => value >= 0 && value < 1)).toBe(true);
  });

  it('samples distinct items and never more than the list holds', () => {
    const random = createSeededRandom(1);
    const picked = random.sample(['a', 'b', 'c', 'd'], 3);
    expect(new Set(picked).size).toBe(3);
    expect(random.sample(['a', 'b'], 5).sort()).toEqual(['a', 'b']);
  });
});

describe('generateLargeSpec', () => {
  const full = generateLargeSpec({ seed: largeSpecSeed, resourceCount: largeSpecResources.full });

  it('has the size the issue asks for: 2,000 paths and about 5,000 schemas', () => {
    expect(full.counts.paths).toBe(2_000);
    expect(full.counts.schemas).toBeGreaterThanOrEqual(5_000);
    expect(full.counts.schemas).toBeLessThan(5_100);
    expect(full.counts.operations).toBeGreaterThan(full.counts.paths);
  });

  it('is a pure function of the seed', () => {
    const again = generateLargeSpec({ seed: largeSpecSeed, resourceCount: 50 });
    expect(JSON.stringify(again.document)).toBe(JSON.stringify(generateLargeSpec({ seed: largeSpecSeed, resourceCount: 50 }).document));
    expect(JSON.stringify(again.document)).not.toBe(JSON.stringify(generateLargeSpec({ seed: largeSpecSeed + 1, resourceCount: 50 }).document));
  });

  it('is shaped like Genesys: offset pages, ErrorBody errors, array and enum query parameters', () => {
    const document = full.document as {
      paths: Record<string, Record<string, Operation>>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }>; responses: Record<string, unknown> };
    };
    const list = document.paths[full.sample.listPath]!.get!;
    expect(list.parameters?.map((parameter) => parameter.name ?? parameter.$ref)).toEqual(
      expect.arrayContaining(['#/components/parameters/pageSize', '#/components/parameters/pageNumber', 'expand', 'id', 'sortOrder']),
    );
    expect(Object.keys(list.responses)).toEqual(expect.arrayContaining(['200', '400', '401', '403', '429', '503']));
    const listing = Object.entries(document.components.schemas).find(([name]) => name.endsWith('EntityListing'))![1];
    expect(Object.keys(listing.properties!)).toEqual(
      expect.arrayContaining(['entities', 'pageSize', 'pageNumber', 'total', 'pageCount', 'nextUri']),
    );
    expect(document.components.schemas.ErrorBody).toBeDefined();
    expect(document.paths[full.sample.itemPath]!.get!.parameters?.[0]?.name).toBe(full.sample.itemPathParam);
  });
});
