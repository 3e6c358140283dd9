// Every bad input fails with an error naming the input, and the spec already on disk stays exactly as it was.
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePaths } from './fixture-paths.js';
import { importSpec } from './import-spec.js';
import { SpecSyncError } from './spec-sync-error.js';
import { startLoopbackServer } from './start-loopback-server.js';

const existingSpec = 'openapi: 3.1.0\n# the curated spec that must survive a failed import\n';
const existingSource = '{"keep": true}\n';
let root: string;
let dir: string; // the spec folder (selection.yaml, openapi.yaml, source.json)
let inputs: string; // vendor inputs written by the tests

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'spec-sync-bad-'));
  dir = join(root, 'spec');
  inputs = join(root, 'in');
  await mkdir(dir);
  await mkdir(inputs);
  await copyFile(fixturePaths.genesysSelection, join(dir, 'selection.yaml'));
  await writeFile(join(dir, 'openapi.yaml'), existingSpec);
  await writeFile(join(dir, 'source.json'), existingSource);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function expectRejected(from: string, code: string, mentions: RegExp | string): Promise<SpecSyncError> {
  const error = await importSpec({ platform: 'genesys-cloud', from: [from], specDir: dir }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpecSyncError);
  const specSyncError = error as SpecSyncError;
  expect(specSyncError.code).toBe(code);
  expect(specSyncError.message).toMatch(/^\[@ccaas\/tools spec-sync\] /);
  expect(specSyncError.message).toMatch(mentions);
  // the existing spec is untouched and no temp file is left behind
  expect(await readFile(join(dir, 'openapi.yaml'), 'utf8')).toBe(existingSpec);
  expect(await readFile(join(dir, 'source.json'), 'utf8')).toBe(existingSource);
  expect((await readdir(dir)).sort()).toEqual(['openapi.yaml', 'selection.yaml', 'source.json']);
  return specSyncError;
}

async function writeMutatedFixture(mutate: (doc: { definitions: Record<string, unknown>; paths: Record<string, Record<string, unknown>> }) => void): Promise<string> {
  const doc = JSON.parse(await readFile(fixturePaths.genesysSwagger, 'utf8'));
  mutate(doc);
  const file = join(inputs, 'vendor.json');
  await writeFile(file, JSON.stringify(doc));
  return file;
}

describe('spec:import rejects bad input and keeps the existing spec', () => {
  it('fails naming a file that cannot be read', async () => {
    const missing = join(inputs, 'no-such-swagger.json');
    const error = await expectRejected(missing, 'INPUT_UNREADABLE', 'no-such-swagger.json (ENOENT)');
    expect(error.input).toBe(missing);
  });

  it('fails on an HTML error page saved instead of JSON', async () => {
    await expectRejected(fixturePaths.htmlErrorPage, 'INPUT_HTML', /error-page\.html is an HTML page, not an API document/);
  });

  it('fails on an HTML login page served with status 200 from the URL', async () => {
    const server = await startLoopbackServer({ '/swagger': { contentType: 'text/html; charset=utf-8', body: await readFile(fixturePaths.htmlErrorPage) } });
    try {
      await expectRejected(`${server.url}/swagger`, 'INPUT_HTML', `${server.url}/swagger is an HTML page`);
    } finally {
      await server.close();
    }
  });

  it('fails on an HTTP error status from the URL, naming the status', async () => {
    const server = await startLoopbackServer({ '/swagger': { status: 502, contentType: 'text/html', body: await readFile(fixturePaths.htmlErrorPage) } });
    try {
      const error = await expectRejected(`${server.url}/swagger`, 'INPUT_HTTP_STATUS', 'answered HTTP 502');
      expect(error.status).toBe(502);
    } finally {
      await server.close();
    }
  });

  it('fails on a URL nobody listens on', async () => {
    const server = await startLoopbackServer({});
    const url = `${server.url}/swagger`;
    await server.close();
    await expectRejected(url, 'INPUT_UNREADABLE', `cannot fetch ${url}`);
  });

  it('fails on truncated JSON', async () => {
    const file = join(inputs, 'truncated.json');
    await writeFile(file, (await readFile(fixturePaths.genesysSwagger, 'utf8')).slice(0, 5000));
    await expectRejected(file, 'INPUT_NOT_PARSEABLE', 'truncated.json is not valid JSON or YAML');
  });

  it('fails on a Swagger 1.2 document', async () => {
    await expectRejected(fixturePaths.swagger12, 'SWAGGER_1_UNSUPPORTED', 'swagger-1.2.json is Swagger 1.2');
  });

  it('fails on a JSON document that is no API description', async () => {
    const file = join(inputs, 'package.json');
    await writeFile(file, '{"name": "not-an-api"}');
    await expectRejected(file, 'UNKNOWN_DOCUMENT_FORMAT', 'package.json is not Swagger 2.0 or OpenAPI 3.x (no "swagger"/"openapi" field)');
  });

  it('fails on a selection that asks for an unknown split, naming the value', async () => {
    await writeFile(join(dir, 'selection.yaml'), "include:\n  operations: ['* /**']\nsplit: paths\n");
    await expectRejected(fixturePaths.genesysSwagger, 'SELECTION_INVALID', 'split must be "tags" (got "paths")');
  });

  it('fails on a gzip file that does not unpack (a truncated .json.gz download)', async () => {
    const file = join(inputs, 'swagger.json.gz');
    await writeFile(file, (await readFile(fixturePaths.genesysSwagger2017)).subarray(0, 4000));
    await expectRejected(file, 'INPUT_NOT_PARSEABLE', 'looks gzip-compressed but does not unpack');
  });

  it('fails on a directory that is not the Genesys SDK package given as --from', async () => {
    await expectRejected(inputs, 'UNKNOWN_DOCUMENT_FORMAT', 'is a directory but not the purecloud-platform-client-v2 package');
  });

  it('fails when --enrich is given without an SDK source (it refines SDK-derived documents only)', async () => {
    await expect(importSpec({ platform: 'genesys-cloud', from: [fixturePaths.genesysSwagger], enrich: fixturePaths.genesysSwagger2017, specDir: dir })).rejects.toMatchObject({ code: 'USAGE' });
    expect((await readdir(dir)).sort()).toEqual(['openapi.yaml', 'selection.yaml', 'source.json']);
  });

  it('fails when the selection matches no operation, naming the selection file and the input', async () => {
    await writeFile(join(dir, 'selection.yaml'), 'include:\n  operations:\n    - GET /api/v3/nothing/here\n  tags: [NoSuchTag]\n');
    await expectRejected(fixturePaths.genesysSwagger, 'SELECTION_MATCHES_NOTHING', /selection .*selection\.yaml matches no operation in .*swagger\.json/);
  });

  it('fails on a schema whose $ref points directly to itself', async () => {
    const file = await writeMutatedFixture((doc) => {
      doc.definitions['Division'] = { $ref: '#/definitions/Division' };
    });
    await expectRejected(file, 'REF_CYCLE', /vendor\.json: \$ref cycle .*#\/components\/schemas\/Division -> #\/components\/schemas\/Division/);
  });

  it('fails on two schemas that are pure aliases of each other (A -> B -> A)', async () => {
    const file = await writeMutatedFixture((doc) => {
      doc.definitions['Division'] = { $ref: '#/definitions/DivisionAlias' };
      doc.definitions['DivisionAlias'] = { $ref: '#/definitions/Division' };
    });
    await expectRejected(file, 'REF_CYCLE', '#/components/schemas/Division -> #/components/schemas/DivisionAlias -> #/components/schemas/Division');
  });

  it('fails on schemas that compose each other through allOf', async () => {
    const file = await writeMutatedFixture((doc) => {
      doc.definitions['Chat'] = { allOf: [{ $ref: '#/definitions/ChatBase' }, { type: 'object' }] };
      doc.definitions['ChatBase'] = { allOf: [{ $ref: '#/definitions/Chat' }] };
    });
    await expectRejected(file, 'REF_CYCLE', '#/components/schemas/Chat -> #/components/schemas/ChatBase -> #/components/schemas/Chat');
  });

  it('fails on a $ref to a schema that does not exist, naming the operation that reaches it', async () => {
    const file = await writeMutatedFixture((doc) => {
      delete doc.definitions['Channel'];
    });
    await expectRejected(file, 'REF_UNRESOLVABLE', '$ref "#/components/schemas/Channel" (reached from POST /api/v2/notifications/channels) points to nothing');
  });

  it('imports a self-referencing schema reached through a property (a legitimate recursive type)', async () => {
    const file = await writeMutatedFixture((doc) => {
      const errorBody = doc.definitions['ErrorBody'] as { properties: Record<string, unknown> };
      errorBody.properties['cause'] = { $ref: '#/definitions/ErrorBody' };
    });
    const result = await importSpec({ platform: 'genesys-cloud', from: [file], specDir: dir });
    expect(result.status).toBe('written');
    expect(result.spec).toContain('cause:\n          $ref: "#/components/schemas/ErrorBody"');
  });
});
