import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { importCxoneExtract, type CxoneExtractSource } from './cxone-extract.js';
import { fixturePaths } from './fixture-paths.js';
import { importSpec, workspaceRoot } from './import-spec.js';
import { SpecSyncError } from './spec-sync-error.js';

const specDir = join(workspaceRoot, 'specs', 'nice-cxone');
type Json = Record<string, any>;

const committed = async () => ({
  spec: parseYaml(await readFile(join(specDir, 'openapi.yaml'), 'utf8')) as Json,
  source: JSON.parse(await readFile(join(specDir, 'source.json'), 'utf8')) as CxoneExtractSource,
});
const queryNames = (operation: Json) => (operation['parameters'] as Json[]).filter((p) => p['in'] === 'query').map((p) => p['name'] as string);
const schemaName = (ref: string) => ref.replace('#/components/schemas/', '');

const temps: string[] = [];
afterEach(async () => {
  await Promise.all(temps.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
/** A copy of specs/nice-cxone (selection + extract) in a temp dir, to import into without touching the repo. */
async function specCopy(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'cxone-extract-'));
  temps.push(dir);
  await cp(join(specDir, 'selection.yaml'), join(dir, 'selection.yaml'));
  await cp(join(specDir, 'extract'), join(dir, 'extract'), { recursive: true });
  return dir;
}

describe('CXone source extract -> openapi.yaml + source.json', () => {
  it('the committed spec and source.json are exactly what the committed extract produces (drift check)', async () => {
    const result = await importCxoneExtract({ check: true });
    expect(result.status, 'run `npm run spec:cxone-extract` and commit specs/nice-cxone').toBe('unchanged');
    expect(result.warnings).toEqual([]);
  });

  it('produces byte-identical output from the same extract, and writes nothing when nothing changed', async () => {
    const dir = await specCopy();
    const first = await importCxoneExtract({ specDir: dir });
    expect(first.status).toBe('written');
    const second = await importCxoneExtract({ specDir: dir });
    expect(second.status).toBe('unchanged');
    expect(second.spec).toBe(first.spec);
    expect(await readFile(join(dir, 'openapi.yaml'), 'utf8')).toBe(await readFile(join(specDir, 'openapi.yaml'), 'utf8'));
  });

  it('covers the admin, real-time and reporting areas and cites a public artifact for every operation, parameter and property', async () => {
    const { spec, source } = await committed();
    expect(Object.keys(source.areas)).toEqual(['admin', 'realtime', 'reporting']);
    const operations = Object.entries(spec['paths'] as Json).flatMap(([path, item]) =>
      Object.entries(item as Json).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op: op as Json })),
    );
    expect(operations.length).toBe(source.output.operations);
    expect(operations.length).toBeGreaterThan(200);
    for (const { key, op } of operations) {
      const record = source.operations[key];
      expect(record, key).toBeDefined();
      expect(source.artifacts[record!.source.artifact], key).toBeDefined();
      for (const parameter of (op['parameters'] ?? []) as Json[]) {
        const citation = record!.parameters[`${parameter['in']} ${parameter['name']}`];
        expect(citation, `${key} ${parameter['in']} ${parameter['name']}`).toBeDefined();
        expect(source.artifacts[citation!.artifact]).toBeDefined();
      }
    }
    for (const [name, schema] of Object.entries((spec['components'] as Json)['schemas'] as Json)) {
      if (name === 'ErrorResponse' || name === 'Links') continue;
      const record = source.schemas[name];
      expect(record, name).toBeDefined();
      expect(record!.properties.sort()).toEqual(Object.keys((schema as Json)['properties']).sort());
    }
    for (const artifact of Object.values(source.artifacts)) {
      expect('commit' in artifact ? artifact.commit : artifact.package).toMatch(/^[0-9a-f]{40}$|@\d+\.\d+\.\d+$/);
    }
  });

  it('GET /agents polls with updateSince (not updatedSince); GET /teams with updatedSince', async () => {
    const { spec, source } = await committed();
    const agents = queryNames(spec['paths']['/agents']['get']);
    expect(agents).toContain('updateSince');
    expect(agents).not.toContain('updatedSince');
    expect(spec['paths']['/agents']['get']['responses']['304']).toBeDefined();
    expect(queryNames(spec['paths']['/teams']['get'])).toContain('updatedSince');
    expect(source.operations['GET /teams']!.parameters['query updatedSince']).toEqual({ artifact: 'sdk-agent-directory', symbol: 'startPolling' });
    expect(source.operations['GET /teams']!.disagreements?.join(' ')).toMatch(/updateSince/);
  });

  it('GET /skills/{skillId} returns the skill object itself (skillId at the top), not a skills wrapper', async () => {
    const { spec, source } = await committed();
    const ref = spec['paths']['/skills/{skillId}']['get']['responses']['200']['content']['application/json']['schema']['$ref'] as string;
    const skill = spec['components']['schemas'][schemaName(ref)] as Json;
    expect(Object.keys(skill['properties'])).toContain('skillId');
    expect(Object.keys(skill['properties'])).not.toContain('skills');
    expect(source.schemas[schemaName(ref)]!.also).toContainEqual({ artifact: 'sdk-agent-skill-parser', symbol: 'parseSkillDetails' });
  });

  it('PUT /agents/{agentId} body has no isSupervisor (it appears only in responses)', async () => {
    const { spec } = await committed();
    const bodyRef = spec['paths']['/agents/{agentId}']['put']['requestBody']['content']['application/json']['schema']['$ref'] as string;
    const request = spec['components']['schemas'][schemaName(bodyRef)] as Json;
    const agent = spec['components']['schemas'][schemaName(request['properties']['agent']['$ref'])] as Json;
    expect(Object.keys(agent['properties'])).not.toContain('isSupervisor');
    expect(Object.keys(spec['components']['schemas']['Agent']['properties'])).toContain('isSupervisor');
  });

  it('GET /contacts/{contactId} has no contactEndDate (no source has it)', async () => {
    const text = await readFile(join(specDir, 'openapi.yaml'), 'utf8');
    expect(text).not.toContain('contactEndDate');
    const { spec } = await committed();
    expect(spec['paths']['/contacts/{contactId}']['get']['responses']['200']).toBeDefined();
  });

  it('names a {a|b} segment after its first id and records the source path', async () => {
    const { spec, source } = await committed();
    const parameter = (spec['paths']['/agents/{agentId}']['get']['parameters'] as Json[]).find((p) => p['in'] === 'path');
    expect(parameter).toMatchObject({ name: 'agentId', required: true, schema: { type: 'string' } });
    expect(parameter!['description']).toMatch(/agentId, userId/);
    expect(source.operations['GET /agents/{agentId}']!.sourcePath).toBe('/agents/{agentId|userId}');
  });

  it('keeps the production path: spec:import of NICE area documents with the same selection keeps every operation', async () => {
    const dir = await specCopy();
    const areaDocuments = [fixturePaths.cxoneAdmin, fixturePaths.cxoneRealtime];
    const result = await importSpec({ platform: 'nice-cxone', from: areaDocuments, specDir: dir, strictSelection: true, now: new Date(0) });
    const inFixtures = (await Promise.all(areaDocuments.map(async (file) => parseYaml(await readFile(file, 'utf8')) as Json))).flatMap((doc) =>
      Object.entries(doc['paths'] as Json).flatMap(([path, item]) => Object.keys(item as Json).filter((k) => k !== 'parameters').map((m) => `${m.toUpperCase()} ${path}`)),
    );
    expect(result.operations.sort()).toEqual([...new Set(inFixtures)].sort());
  });

  it.each([
    ['an operation without a citation', (text: string) => text.replace('    source: cj-agents#getAgents\n    doc: Updated in v34.0 Get Agents List', '    doc: Updated in v34.0 Get Agents List'), /operation "GET \/agents".source: a citation/],
    ['a citation of an undeclared artifact', (text: string) => text.replace('source: cj-agents#getAgents\n    doc:', 'source: nowhere#getAgents\n    doc:'), /"nowhere#getAgents" must be artifact#symbol/],
    ['an unknown type', (text: string) => text.replace('isLocked?: boolean, searchString', 'isLocked?: bool, searchString'), /unknown type "bool"/],
    ['a path parameter without a type', (text: string) => text.replace("    path: { agentId: string }\n    query: { fields?: string }\n    response: AgentDetails", "    query: { fields?: string }\n    response: AgentDetails"), /path parameter agentId needs a type/],
  ])('rejects %s, naming the file, and leaves the spec untouched', async (_name, edit, message) => {
    const dir = await specCopy();
    await importCxoneExtract({ specDir: dir });
    const before = await readFile(join(dir, 'openapi.yaml'), 'utf8');
    const file = join(dir, 'extract', 'admin-agents.yaml');
    const original = await readFile(file, 'utf8');
    const changed = edit(original);
    expect(changed).not.toBe(original);
    await writeFile(file, changed);
    const error = await importCxoneExtract({ specDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecSyncError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('admin-agents.yaml');
    expect(await readFile(join(dir, 'openapi.yaml'), 'utf8')).toBe(before);
  });
});
