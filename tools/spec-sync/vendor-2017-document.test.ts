// The vendor's real Genesys Cloud (then PureCloud) Swagger 2.0 document of 2017, all of it, through the production
// path: spec:import (convert, filter, check references, patch, normalise, split by tag) -> codegen (openapi-typescript,
// as tools/codegen runs it) -> TypeScript type-check of every generated area with skipLibCheck false.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateSchemaSource } from '../codegen/generate.mjs';
import { fixturePaths } from './fixture-paths.js';
import { importSpec, type ImportSpecResult } from './import-spec.js';

let dir: string;
let result: ImportSpecResult;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spec-sync-2017-'));
  await writeFile(join(dir, 'selection.yaml'), "include:\n  operations: ['* /**']\nsplit: tags\n");
  result = await importSpec({ platform: 'genesys-cloud', from: [fixturePaths.genesysSwagger2017], specDir: dir, now: new Date('2017-09-01T00:00:00Z') });
}, 120_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the vendor\'s 2017 Swagger 2.0 document (841 operations)', () => {
  it('imports every operation, split into one document per tag, and records where each one came from', async () => {
    expect(result.status).toBe('written');
    expect(result.operations).toHaveLength(841);
    const areas = await readdir(join(dir, 'areas'));
    expect(areas).toContain('routing');
    expect(areas).toContain('telephony-providers-edge');
    expect(result.source.output.areas?.reduce((sum, area) => sum + area.operations, 0)).toBeGreaterThanOrEqual(841);
    expect(Object.keys(result.source.provenance.operations)).toHaveLength(841);
    expect(result.source.provenance.operations['GET /api/v2/users']?.pointer).toBe('#/paths/~1api~1v2~1users/get');
    expect(result.source.provenance.schemas['User']?.pointer).toBe('#/definitions/User');
    const routing = parseYaml(await readFile(join(dir, 'areas', 'routing', 'openapi.yaml'), 'utf8')) as { servers: unknown; paths: Record<string, unknown> };
    expect(routing.servers).toEqual([expect.objectContaining({ url: 'https://api.{region}' })]);
    expect(Object.keys(routing.paths)).toContain('/api/v2/routing/queues');
  });

  it('generates types for every area that type-check with skipLibCheck false', async () => {
    const outDir = join(dir, 'generated');
    await mkdir(outDir);
    const files: string[] = [];
    for (const area of await readdir(join(dir, 'areas'))) {
      const file = join(outDir, `${area}.d.ts`);
      await writeFile(file, await generateSchemaSource(join(dir, 'areas', area, 'openapi.yaml'), { label: `2017/${area}`, openEnums: true }));
      files.push(file);
    }
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: [],
    });
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics.slice(0, 10)).toEqual([]);
    expect(files).toHaveLength(result.source.output.areas?.length ?? -1);
  }, 180_000);
});
