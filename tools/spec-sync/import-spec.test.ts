import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { fixturePaths } from './fixture-paths.js';
import { importSpec } from './import-spec.js';
import { startLoopbackServer } from './start-loopback-server.js';

const curatedGenesys = [
  'DELETE /api/v2/tokens/me',
  'GET /api/v2/conversations/{conversationId}',
  'GET /api/v2/routing/queues',
  'GET /api/v2/routing/queues/{queueId}/members',
  'GET /api/v2/tokens/me',
  'GET /api/v2/users',
  'GET /api/v2/users/me',
  'GET /api/v2/users/{userId}',
  'POST /api/v2/analytics/conversations/details/query',
  'POST /api/v2/notifications/channels',
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'spec-sync-import-'));
  await copyFile(fixturePaths.genesysSelection, join(dir, 'selection.yaml'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const fixedTime = new Date('2026-01-02T03:04:05.000Z');
const importGenesys = (from: string, outDir = dir) =>
  importSpec({ platform: 'genesys-cloud', from: [from], specDir: dir, outDir, now: fixedTime });

type Loose = any;

describe('spec:import from a file', () => {
  it('converts the Genesys-style Swagger 2.0 fixture to OpenAPI 3 keeping only the selected operations', async () => {
    const result = await importGenesys(fixturePaths.genesysSwagger);
    expect(result.status).toBe('written');
    expect(result.operations).toEqual(curatedGenesys);
    const spec: Loose = parseYaml(await readFile(join(dir, 'openapi.yaml'), 'utf8'));
    expect(spec.openapi).toMatch(/^3\.0\./);
    expect(spec.swagger).toBeUndefined();
    expect(Object.keys(spec.paths['/api/v2/users'])).toEqual(['get']); // POST /api/v2/users is not selected
    expect(Object.keys(spec.paths['/api/v2/tokens/me'])).toEqual(['delete', 'get']); // HEAD is not selected
    expect(spec.paths['/api/v2/groups']).toBeUndefined();
    expect(spec.tags.map((t: Loose) => t.name)).not.toContain('Groups');
  });

  it('keeps every schema the selected operations reach (through allOf and recursion) and nothing else', async () => {
    await importGenesys(fixturePaths.genesysSwagger);
    const spec: Loose = parseYaml(await readFile(join(dir, 'openapi.yaml'), 'utf8'));
    const schemas = Object.keys(spec.components.schemas);
    // reached: UserMe allOf -> User -> manager (self) / ServerDate / TokenInfo -> OrgOAuthClient; ErrorBody.errors[] -> ErrorBody
    for (const name of ['UserMe', 'User', 'ServerDate', 'TokenInfo', 'OrgOAuthClient', 'ErrorBody', 'Detail', 'Limit', 'QueueMemberEntityListing', 'PagingSpec']) {
      expect(schemas).toContain(name);
    }
    // not reached from the selection: only used by unselected operations, or by nothing at all
    for (const name of ['Group', 'GroupEntityListing', 'CreateUser', 'UpdateUser', 'LocationDefinition', 'WrapupCode', 'ChannelTopic']) {
      expect(schemas).not.toContain(name);
    }
    expect(spec.components.schemas.UserMe.allOf[0]).toEqual({ $ref: '#/components/schemas/User' });
    expect(spec.components.schemas.ErrorBody.properties.errors.items).toEqual({ $ref: '#/components/schemas/ErrorBody' });
    expect(Object.keys(spec.components.securitySchemes)).toEqual(['PureCloud_OAuth']); // "Guest Chat JWT" is unused
  });

  it('turns multi-format array query parameters into exploded form arrays with their enums', async () => {
    await importGenesys(fixturePaths.genesysSwagger);
    const spec: Loose = parseYaml(await readFile(join(dir, 'openapi.yaml'), 'utf8'));
    const expand = spec.paths['/api/v2/users'].get.parameters.find((p: Loose) => p.name === 'expand');
    expect(expand).toMatchObject({ in: 'query', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    expect(expand.schema.items.enum).toContain('routingStatus');
    expect(expand.collectionFormat).toBeUndefined();
  });

  it('drops vendor x- extensions and applies the documented patches, listing them in source.json', async () => {
    const result = await importGenesys(fixturePaths.genesysSwagger);
    const text = await readFile(join(dir, 'openapi.yaml'), 'utf8');
    expect(text).not.toMatch(/^\s*x-[\w-]+:/m);
    expect(text).not.toMatch(/required: \[\]/);
    const spec: Loose = parseYaml(text);
    expect(spec.servers).toEqual([{ url: 'https://api.{region}', variables: { region: { default: 'mypurecloud.com', description: expect.any(String) } } }]);
    expect(result.source.patches.map((p) => p.id)).toEqual(['empty-required-array', 'empty-description', 'genesys-region-server']);
  });

  it('keeps the vendor extensions the selection names in keepExtensions', async () => {
    const selection = await readFile(join(dir, 'selection.yaml'), 'utf8');
    await writeFile(join(dir, 'selection.yaml'), `${selection}keepExtensions: [x-inin-requires-permissions]\n`);
    await importGenesys(fixturePaths.genesysSwagger);
    const spec: Loose = parseYaml(await readFile(join(dir, 'openapi.yaml'), 'utf8'));
    expect(spec.paths['/api/v2/routing/queues'].get['x-inin-requires-permissions']).toEqual({ permissions: ['routing:queue:view'], type: 'ANY' });
    expect(spec.paths['/api/v2/routing/queues'].get['x-purecloud-method-name']).toBeUndefined();
  });

  it('records url, retrieval date and the sha256 of the input bytes in source.json', async () => {
    await importGenesys(fixturePaths.genesysSwagger);
    const source = JSON.parse(await readFile(join(dir, 'source.json'), 'utf8'));
    const inputHash = createHash('sha256').update(await readFile(fixturePaths.genesysSwagger)).digest('hex');
    expect(source).toMatchObject({
      platform: 'genesys-cloud',
      url: 'tools/spec-sync/fixtures/genesys-cloud/swagger.json',
      retrieved: '2026-01-02T03:04:05.000Z',
      sha256: inputHash,
      converter: expect.stringMatching(/^swagger2openapi \d/),
      output: { file: 'openapi.yaml', operations: 10 },
    });
    const specHash = createHash('sha256').update(await readFile(join(dir, 'openapi.yaml'))).digest('hex');
    expect(source.output.sha256).toBe(specHash);
  });

  it('merges CXone per-area OpenAPI documents and keeps the curated operations', async () => {
    await copyFile(fixturePaths.cxoneSelection, join(dir, 'selection.yaml'));
    const result = await importSpec({ platform: 'nice-cxone', from: [fixturePaths.cxoneAdmin, fixturePaths.cxoneRealtime], specDir: dir, now: fixedTime });
    expect(result.operations).toHaveLength(11);
    expect(result.operations).toContain('GET /agents/states');
    expect(result.operations).not.toContain('PUT /agents');
    expect(result.operations).not.toContain('GET /report-jobs');
    const spec: Loose = parseYaml(result.spec);
    expect(Object.keys(spec.components.schemas).sort()).toEqual(['ActiveContact', 'Agent', 'AgentList', 'AgentState', 'AuthError', 'CompletedContact', 'Links', 'Skill', 'Team']);
    expect(Object.keys(spec.components.parameters).sort()).toEqual(['fields', 'skip', 'top', 'updatedSince']);
    expect(spec.paths['/agents/{agentId}'].parameters[0].name).toBe('agentId');
    expect(result.source.inputs.map((i) => i.format)).toEqual(['openapi-3.0', 'openapi-3.0']);
    expect(result.source.url).toBeUndefined();
  });

  it('warns about a selection entry that matches nothing, and fails on it with strictSelection', async () => {
    const selection = await readFile(join(dir, 'selection.yaml'), 'utf8');
    await writeFile(join(dir, 'selection.yaml'), selection.replace('    - GET /api/v2/users\n', '    - GET /api/v2/users\n    - GET /api/v2/no/such/thing\n'));
    const result = await importGenesys(fixturePaths.genesysSwagger);
    expect(result.warnings).toEqual([expect.stringContaining('"GET /api/v2/no/such/thing"')]);
    await expect(importSpec({ platform: 'genesys-cloud', from: [fixturePaths.genesysSwagger], specDir: dir, strictSelection: true })).rejects.toMatchObject({
      code: 'SELECTION_ENTRY_UNMATCHED',
    });
  });
});

describe('spec:import from a loopback URL', () => {
  it('fetches the document over HTTP and produces the same spec as the file import', async () => {
    const server = await startLoopbackServer({ '/api/v2/docs/swagger': { body: await readFile(fixturePaths.genesysSwagger) } });
    try {
      const fromUrl = await importGenesys(`${server.url}/api/v2/docs/swagger`, join(dir, 'url'));
      const fromFile = await importGenesys(fixturePaths.genesysSwagger, join(dir, 'file'));
      expect(server.requests).toEqual(['/api/v2/docs/swagger']);
      expect(fromUrl.spec).toBe(fromFile.spec);
      expect(fromUrl.source.url).toBe(`${server.url}/api/v2/docs/swagger`);
      expect(fromUrl.source.sha256).toBe(fromFile.source.sha256);
    } finally {
      await server.close();
    }
  });
});

describe('spec:import determinism', () => {
  it('writes byte-identical openapi.yaml and source.json for the same input and time', async () => {
    await importGenesys(fixturePaths.genesysSwagger, join(dir, 'a'));
    await importGenesys(fixturePaths.genesysSwagger, join(dir, 'b'));
    for (const file of ['openapi.yaml', 'source.json']) {
      expect(await readFile(join(dir, 'a', file))).toEqual(await readFile(join(dir, 'b', file)));
    }
  });

  it('writes the same openapi.yaml when the vendor reorders keys and paths', async () => {
    const original = JSON.parse(await readFile(fixturePaths.genesysSwagger, 'utf8'));
    const reversed = reverseKeys(original);
    await writeFile(join(dir, 'reordered.json'), JSON.stringify(reversed));
    const a = await importGenesys(fixturePaths.genesysSwagger, join(dir, 'a'));
    const b = await importGenesys(join(dir, 'reordered.json'), join(dir, 'b'));
    expect(b.spec).toBe(a.spec);
  });

  it('leaves openapi.yaml and source.json untouched when the selected API did not change', async () => {
    await importGenesys(fixturePaths.genesysSwagger);
    const before = await stat(join(dir, 'source.json'));
    const again = await importSpec({ platform: 'genesys-cloud', from: [fixturePaths.genesysSwagger], specDir: dir, now: new Date('2027-01-01T00:00:00Z') });
    expect(again.status).toBe('unchanged');
    expect(JSON.parse(await readFile(join(dir, 'source.json'), 'utf8')).retrieved).toBe('2026-01-02T03:04:05.000Z');
    expect((await stat(join(dir, 'source.json'))).mtimeMs).toBe(before.mtimeMs);
    expect((await readdir(dir)).sort()).toEqual(['openapi.yaml', 'selection.yaml', 'source.json']);
  });
});

function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reverseKeys(v)]));
}
