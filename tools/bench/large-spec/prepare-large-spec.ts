import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchContext } from '../bench-suite.js';
import { generateLargeSpec, type LargeSpec } from './generate-large-spec.js';

/** Seed of the large spec: change it and every large-spec figure changes with it. */
export const largeSpecSeed = 20_240_611;
/** 1,000 resources = 2,000 paths / 5,005 schemas; the smoke run uses 20 (40 paths / 105 schemas). */
export const largeSpecResources = { full: 1_000, smoke: 20 } as const;
export const codegenScript = join('tools', 'bench', 'generate-schema-files.mjs');
export const codegenTimeoutMs = 300_000;

export interface PreparedLargeSpec extends LargeSpec {
  seed: number;
  specFile: string;
  specBytes: number;
}

/** Writes the seeded large spec (JSON) into the work dir, once per bench run. */
export function prepareLargeSpec(context: BenchContext): Promise<PreparedLargeSpec> {
  return context.once('large-spec', async () => {
    const resourceCount = context.smoke ? largeSpecResources.smoke : largeSpecResources.full;
    const spec = generateLargeSpec({ seed: largeSpecSeed, resourceCount });
    const dir = join(context.workDir, 'large-spec');
    await mkdir(dir, { recursive: true });
    const specFile = join(dir, 'openapi.json');
    const text = JSON.stringify(spec.document);
    await writeFile(specFile, text);
    context.log(`large spec: ${spec.counts.paths} paths, ${spec.counts.operations} operations, ${spec.counts.schemas} schemas (seed ${largeSpecSeed})`);
    return { ...spec, seed: largeSpecSeed, specFile, specBytes: Buffer.byteLength(text) };
  });
}
