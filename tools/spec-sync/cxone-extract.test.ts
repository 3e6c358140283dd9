import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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

const V34 = '/inContactAPI/services/v34.0';
const familyNames = async () => (await readdir(join(specDir, 'families'))).sort();
const familySpec = async (dir: string, family: string) => parseYaml(await readFile(join(dir, 'families', family, 'openapi.yaml'), 'utf8')) as Json;
/** Every family document, and one view of all of them (paths never collide: they start at the host root). */
const committed = async () => {
  const families: Record<string, Json> = {};
  for (const family of await familyNames()) families[family] = await familySpec(specDir, family);
  const spec = {
    paths: Object.assign({}, ...Object.values(families).map((doc) => doc['paths'])) as Json,
    components: { schemas: Object.assign({}, ...Object.values(families).map((doc) => doc['components']['schemas'])) as Json },
  };
  return { families, spec, source: JSON.parse(await readFile(join(specDir, 'source.json'), 'utf8')) as CxoneExtractSource };
};
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

describe('CXone source extract -> families/<family>/openapi.yaml + source.json', () => {
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
    expect(second.specs).toEqual(first.specs);
    for (const family of await familyNames()) {
      expect(await readFile(join(dir, 'families', family, 'openapi.yaml'), 'utf8'), family).toBe(await readFile(join(specDir, 'families', family, 'openapi.yaml'), 'utf8'));
    }
  });

  it('writes one spec per family, every path from the host root, and says which discovered host serves it', async () => {
    const { families, source } = await committed();
    expect(Object.keys(families)).toEqual(Object.keys(source.output.families));
    expect(Object.keys(families).length).toBe(17);
    for (const [family, doc] of Object.entries(families)) {
      const { host, base } = source.output.families[family]!;
      expect(doc['x-ccaas-host'], family).toBe(host);
      expect(doc['servers'][0]['url'], family).toBe(host === 'digital' ? 'https://{digitalHost}' : 'https://{apiHost}');
      for (const path of Object.keys(doc['paths'])) {
        expect(path.startsWith(/^\/inContactAPI\/services\/v\d/.test(base) ? '/inContactAPI/services/v' : base), `${family} ${path}`).toBe(true);
      }
    }
    expect(source.output.families['digital']).toMatchObject({ host: 'digital', base: '/dfo/3.0' });
    expect(families['digital']!['paths']['/dfo/3.0/contacts']['get']).toBeDefined();
    expect(families['reporting']!['paths'][`${V34}/contacts/completed`]['get']).toBeDefined();
    expect(families['user-hub']!['paths']['/user-management/v1/users']['get']).toBeDefined();
  });

  it('takes the version of an agent operation from NICE agent SDK and records it; others stay on the family base', async () => {
    const { families, source } = await committed();
    const agent = families['agent']!['paths'];
    expect(agent['/inContactAPI/services/v33.0/agent-sessions']['post']).toBeDefined();
    expect(agent['/inContactAPI/services/v23.0/agent-sessions/{sessionId}/get-next-event']['get']).toBeDefined();
    expect(agent[`${V34}/agent-sessions/{sessionId}/monitor`]['post']).toBeDefined();
    expect(source.operations['POST /inContactAPI/services/v33.0/agent-sessions']!.version).toEqual({
      value: 'v33.0',
      source: { artifact: 'agent-sdk-uris', symbol: 'AGENT_SESSION_URI_TS' },
    });
    expect(source.operations[`POST ${V34}/agent-sessions/{sessionId}/monitor`]!.version).toBeUndefined();
    expect(source.artifacts['agent-sdk-uris']).toMatchObject({ repo: 'nice-devone/nice-cxone-agent-sdk', commit: 'abf046da283c2007a6d206e3cf92ecbd63f013e0' });
  });

  it('covers every family and cites a public artifact for every operation, parameter and property', async () => {
    const { spec, source } = await committed();
    expect(Object.keys(source.areas)).toEqual([
      'admin', 'agent', 'business-data', 'data-extraction', 'data-policies', 'digital', 'feedback', 'interaction-analytics',
      'media-playback', 'patron', 'privacy', 'realtime', 'recording', 'reporting', 'user-hub', 'voice-biometrics', 'wfm',
    ]);
    const operations = Object.entries(spec['paths'] as Json).flatMap(([path, item]) =>
      Object.entries(item as Json).map(([method, op]) => ({ key: `${method.toUpperCase()} ${path}`, op: op as Json })),
    );
    expect(operations.length).toBe(source.output.operations);
    expect(operations.length).toBeGreaterThan(590);
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
    const agents = queryNames(spec['paths'][`${V34}/agents`]['get']);
    expect(agents).toContain('updateSince');
    expect(agents).not.toContain('updatedSince');
    expect(spec['paths'][`${V34}/agents`]['get']['responses']['304']).toBeDefined();
    expect(queryNames(spec['paths'][`${V34}/teams`]['get'])).toContain('updatedSince');
    expect(source.operations[`GET ${V34}/teams`]!.parameters['query updatedSince']).toEqual({ artifact: 'sdk-agent-directory', symbol: 'startPolling' });
    expect(source.operations[`GET ${V34}/teams`]!.disagreements?.join(' ')).toMatch(/updateSince/);
  });

  it('GET /skills/{skillId} returns the skill object itself (skillId at the top), not a skills wrapper', async () => {
    const { spec, source } = await committed();
    const ref = spec['paths'][`${V34}/skills/{skillId}`]['get']['responses']['200']['content']['application/json']['schema']['$ref'] as string;
    const skill = spec['components']['schemas'][schemaName(ref)] as Json;
    expect(Object.keys(skill['properties'])).toContain('skillId');
    expect(Object.keys(skill['properties'])).not.toContain('skills');
    expect(source.schemas[schemaName(ref)]!.also).toContainEqual({ artifact: 'sdk-agent-skill-parser', symbol: 'parseSkillDetails' });
  });

  it('PUT /agents/{agentId} body has no isSupervisor (it appears only in responses)', async () => {
    const { spec } = await committed();
    const bodyRef = spec['paths'][`${V34}/agents/{agentId}`]['put']['requestBody']['content']['application/json']['schema']['$ref'] as string;
    const request = spec['components']['schemas'][schemaName(bodyRef)] as Json;
    const agent = spec['components']['schemas'][schemaName(request['properties']['agent']['$ref'])] as Json;
    expect(Object.keys(agent['properties'])).not.toContain('isSupervisor');
    expect(Object.keys(spec['components']['schemas']['Agent']['properties'])).toContain('isSupervisor');
  });

  it('GET /contacts/{contactId} has no contactEndDate (no source has it)', async () => {
    const text = await readFile(join(specDir, 'families', 'reporting', 'openapi.yaml'), 'utf8');
    expect(text).not.toContain('contactEndDate');
    const { spec } = await committed();
    expect(spec['paths'][`${V34}/contacts/{contactId}`]['get']['responses']['200']).toBeDefined();
  });

  it('names a {a|b} segment after its first id and records the source path', async () => {
    const { spec, source } = await committed();
    const parameter = (spec['paths'][`${V34}/agents/{agentId}`]['get']['parameters'] as Json[]).find((p) => p['in'] === 'path');
    expect(parameter).toMatchObject({ name: 'agentId', required: true, schema: { type: 'string' } });
    expect(parameter!['description']).toMatch(/agentId, userId/);
    expect(source.operations[`GET ${V34}/agents/{agentId}`]!.sourcePath).toBe('/agents/{agentId|userId}');
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
    const before = await readFile(join(dir, 'families', 'admin', 'openapi.yaml'), 'utf8');
    const file = join(dir, 'extract', 'admin-agents.yaml');
    const original = await readFile(file, 'utf8');
    const changed = edit(original);
    expect(changed).not.toBe(original);
    await writeFile(file, changed);
    const error = await importCxoneExtract({ specDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SpecSyncError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).toContain('admin-agents.yaml');
    expect(await readFile(join(dir, 'families', 'admin', 'openapi.yaml'), 'utf8')).toBe(before);
  });
});
