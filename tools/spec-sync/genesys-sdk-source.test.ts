// The Genesys SDK source adapter and the enrichment from an older Swagger 2.0 document: a small package written in
// the SDK's shapes for the rules, then the real purecloud-platform-client-v2 + 2017 document, which must reproduce
// the committed specs/genesys-cloud byte for byte (nothing in it is hand-edited).
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enrichFromSwagger2 } from './enrich-from-swagger2.js';
import { fixturePaths } from './fixture-paths.js';
import { readGenesysSdk } from './genesys-sdk-source.js';
import { importSpec, workspaceRoot } from './import-spec.js';

type Loose = any;

const apiJs = `import ApiClient from '../ApiClient.js';

class QueuesApi {
	/**
	 * Queues service.
	 */
	constructor(apiClient) {
		this.apiClient = apiClient || ApiClient.instance;
	}

	/**
	 * Get a queue's members.
	 * Paged; at most 100 per page.
	 * @param {String} queueId Queue ID
	 * @param {Object} opts Optional parameters
	 * @param {Number} opts.pageSize Page size (default to 25)
	 * @param {Object} opts.sortOrder Sort order (default to asc)
	 * @param {Array.<String>} opts.expand Which fields to expand
	 * @param {Array.<String>} opts.id Member ids
	 * @param {String} opts.ifMatch ETag
	 * @param {Object.<string, string>} opts.customHeaders Per-request HTTP headers
	 */
	getQueueMembers(queueId, opts) { 
		opts = opts || {};
		return this.apiClient.callApi(
			'/api/v2/queues/{queueId}/members', 
			'GET', 
			{ 'queueId': queueId },
			{ 'pageSize': opts['pageSize'],'sortOrder': opts['sortOrder'],'expand': this.apiClient.buildCollectionParam(opts['expand'], 'multi'),'id': opts['id'] },
			{ 'If-Match': opts['ifMatch'] },
			{  },
			null, 
			['PureCloud OAuth'], 
			['application/json'],
			['application/json'],
			opts['customHeaders']
		);
	}

	/**
	 * Create a queue.
	 * 
	 * @param {Object} body Queue
	 * @deprecated
	 */
	postQueues(body, opts) { 
		opts = opts || {};
		return this.apiClient.callApi(
			'/api/v2/queues', 
			'POST', 
			{  },
			{  },
			{  },
			{  },
			body, 
			['PureCloud OAuth'], 
			['application/json'],
			['application/json'],
			opts['customHeaders']
		);
	}
}
export default QueuesApi;
`;
const alsoJs = apiJs.replace(/QueuesApi/g, 'RoutingApi').replace(/\tpostQueues[\s\S]*?\n\t\}\n/, '');

const indexDts = `declare class QueuesApi {
  	getQueueMembers(queueId: string, opts?: QueuesApi.getQueueMembersOptions): Promise<Models.QueueMemberListing>;
  	postQueues(body: Models.Queue, opts?: QueuesApi.postQueuesOptions): Promise<void>;
}
declare namespace QueuesApi { 
	export interface getQueueMembersOptions { 
		"pageSize"?: number;
		"sortOrder"?: string;
		"expand"?: Array<string>;
		"id"?: Array<string>;
		"ifMatch"?: string;
		"customHeaders"?: Record<string, string>;
	}
	export interface postQueuesOptions { 
		"customHeaders"?: Record<string, string>;
	}
}
declare class RoutingApi {
  	getQueueMembers(queueId: string, opts?: RoutingApi.getQueueMembersOptions): Promise<Models.QueueMemberListing>;
}
declare namespace RoutingApi { 
	export interface getQueueMembersOptions { 
		"pageSize"?: number;
	}
}
declare namespace Models { 
	export interface Queue { 
		"id"?: string;
		"name": string;
		"state"?: string;
		"memberCount"?: number;
		"division"?: Models.Division;
		"labels"?: { [key: string]: string; };
		"settings"?: object;
	}
	export interface QueueMemberListing { 
		"entities"?: Array<Models.Queue>;
		"pageNumber"?: number;
	}
	export interface Division { 
		"id"?: string;
	}
	export interface ErrorBody { 
		"code"?: string;
		"status"?: number;
	}
	export interface Unused { 
		"x"?: string;
	}
}
`;
const apiClientJs = `class ApiClient {
	constructor() {
		this.authentications = {
			'PureCloud OAuth': {type: 'oauth2'}
		};
	}
	loginClientCredentialsGrant() { return \`\${loginBasePath}/oauth/token\` + 'grant_type=client_credentials'; }
	loginImplicitGrant() { return this._buildAuthUrl('oauth/authorize', {}); }
}`;

let sdkDir: string;
beforeAll(async () => {
  sdkDir = await mkdtemp(join(tmpdir(), 'spec-sync-sdk-'));
  const src = join(sdkDir, 'src', 'purecloud-platform-client-v2');
  await mkdir(join(src, 'api'), { recursive: true });
  await writeFile(join(sdkDir, 'package.json'), JSON.stringify({ name: 'purecloud-platform-client-v2', version: '1.2.3' }));
  await writeFile(join(sdkDir, 'index.d.ts'), indexDts);
  await writeFile(join(src, 'api', 'QueuesApi.js'), apiJs);
  await writeFile(join(src, 'api', 'RoutingApi.js'), alsoJs);
  await writeFile(join(src, 'ApiClient.js'), apiClientJs);
  await writeFile(join(src, 'configuration.js'), "this.environment = this.host ? this.host : 'mypurecloud.com';");
  await writeFile(join(src, 'logger.js'), "correlationId: headers['inin-correlation-id']");
});
afterAll(async () => {
  await rm(sdkDir, { recursive: true, force: true });
});

describe('readGenesysSdk', () => {
  it('turns each callApi into an operation: path, method, parameters by location, required-ness, body and response model', async () => {
    const { document, label, warnings } = await readGenesysSdk(sdkDir);
    expect(label).toBe('purecloud-platform-client-v2@1.2.3');
    expect(warnings).toEqual([]);
    const members: Loose = (document as Loose).paths['/api/v2/queues/{queueId}/members'].get;
    expect(members).toMatchObject({ operationId: 'getQueueMembers', summary: "Get a queue's members.", description: 'Paged; at most 100 per page.' });
    const byName = Object.fromEntries(members.parameters.map((p: Loose) => [p.name, p]));
    expect(byName.queueId).toMatchObject({ in: 'path', required: true, schema: { type: 'string' } });
    expect(byName.pageSize).toMatchObject({ in: 'query', required: false, description: 'Page size', schema: { type: 'number', default: 25 } });
    expect(byName.sortOrder.schema).toEqual({ type: 'string', default: 'asc', 'x-sdk-enum': true });
    expect(byName.expand).toMatchObject({ style: 'form', explode: true, schema: { type: 'array', items: { type: 'string' } } });
    expect(byName.id).toMatchObject({ style: 'form', explode: false }); // no 'multi': Swagger 2.0's csv default
    expect(byName['If-Match']).toMatchObject({ in: 'header', required: false, description: 'ETag' });
    expect(members.responses).toEqual({ '2XX': { description: 'Success.', content: { 'application/json': { schema: { $ref: '#/components/schemas/QueueMemberListing' } } } } });
    expect(members.security).toEqual([{ PureCloud_OAuth: [] }]);
    const create: Loose = (document as Loose).paths['/api/v2/queues'].post;
    expect(create).toMatchObject({ deprecated: true, requestBody: { required: true, description: 'Queue', content: { 'application/json': { schema: { $ref: '#/components/schemas/Queue' } } } } });
    expect(create.responses['2XX']).toEqual({ description: 'Success; the SDK returns no body.' });
  });

  it('lists an operation of several SDK classes once, with each class as a tag (area)', async () => {
    const { document, provenance } = await readGenesysSdk(sdkDir, ['Routing']);
    expect((document as Loose).paths['/api/v2/queues/{queueId}/members'].get.tags).toEqual(['Queues', 'Routing']);
    expect(provenance.operations['GET /api/v2/queues/{queueId}/members']?.sdk).toEqual(['api/QueuesApi.js QueuesApi.getQueueMembers', 'api/RoutingApi.js RoutingApi.getQueueMembers']);
  });

  it('declares every model with its required properties, maps and untyped objects, plus schemes and the correlation header', async () => {
    const { document, provenance } = await readGenesysSdk(sdkDir);
    const components = (document as Loose).components;
    expect(components.schemas.Queue).toEqual({
      type: 'object',
      required: ['name'],
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        state: { type: 'string' },
        memberCount: { type: 'number' },
        division: { $ref: '#/components/schemas/Division' },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        settings: { type: 'object', additionalProperties: true },
      },
    });
    expect(Object.keys(components.schemas)).toContain('Unused'); // the filter step drops what nothing reaches
    expect(provenance.schemas['Queue']).toEqual({ sdk: 'index.d.ts Models.Queue', properties: Object.fromEntries(['id', 'name', 'state', 'memberCount', 'division', 'labels', 'settings'].map((p) => [p, 'sdk'])) });
    expect(components.securitySchemes.PureCloud_OAuth.flows.clientCredentials.tokenUrl).toBe('https://login.mypurecloud.com/oauth/token');
    expect(Object.keys(components.headers)).toEqual(['ININ-Correlation-Id']);
    expect((document as Loose).servers).toEqual([{ url: 'https://api.mypurecloud.com' }]);
  });

  it('rejects a directory that is not the SDK package, naming it', async () => {
    await expect(readGenesysSdk(workspaceRoot)).rejects.toMatchObject({ code: 'UNKNOWN_DOCUMENT_FORMAT' });
  });
});

describe('enrichFromSwagger2', () => {
  const swagger = {
    swagger: '2.0',
    tags: [{ name: 'Queues', description: 'ACD queues' }],
    responses: { '401': { description: 'No token.', schema: { $ref: '#/definitions/ErrorBody' } }, '429': { description: 'Slow down.', schema: { $ref: '#/definitions/ErrorBody' } } },
    paths: {
      '/api/v2/queues/{id}/members': {
        get: {
          parameters: [
            { name: 'pageSize', in: 'query', type: 'integer', format: 'int32' },
            { name: 'sortOrder', in: 'query', type: 'string', enum: ['ascending', 'descending'] },
          ],
          responses: { '200': { description: 'ok', schema: { $ref: '#/definitions/QueueMemberListing' } }, '401': { description: 'No token.' }, '409': { description: 'Conflict.' } },
        },
      },
    },
    definitions: {
      Queue: {
        description: 'A queue.',
        properties: {
          id: { type: 'string', readOnly: true, description: 'Its id.' },
          state: { type: 'string', enum: ['active', 'inactive'] },
          memberCount: { type: 'integer', format: 'int32' },
          division: { $ref: '#/definitions/Division', description: 'Never next to a $ref.' },
          name: { type: 'integer' },
        },
      },
    },
  };

  it('takes integer, formats, descriptions, readOnly and model enums for the same items, never changing a shape', async () => {
    const { document, provenance } = await readGenesysSdk(sdkDir);
    const summary = enrichFromSwagger2(document, swagger, provenance, 'old.json', 'enrich');
    const queue = (document as Loose).components.schemas.Queue;
    expect(queue.description).toBe('A queue.');
    expect(queue.properties.id).toEqual({ type: 'string', readOnly: true, description: 'Its id.' });
    expect(queue.properties.state).toEqual({ type: 'string', enum: ['active', 'inactive'] });
    expect(queue.properties.memberCount).toEqual({ type: 'integer', format: 'int32' });
    expect(queue.properties.division).toEqual({ $ref: '#/components/schemas/Division' });
    expect(queue.properties.name).toEqual({ type: 'string' }); // the SDK says string: a different type is not taken
    expect(provenance.schemas['Queue']?.properties['state']).toBe('sdk+enrich(enum)');
    expect(summary).toMatchObject({ operationsMatched: 1, operationsUnmatched: 1, schemasMatched: 1 });
    expect((document as Loose).tags).toEqual([{ name: 'Queues', description: 'ACD queues' }]);
  });

  it('names the success status and the error responses of a matched operation; unmatched ones get the standard errors', async () => {
    const { document, provenance } = await readGenesysSdk(sdkDir);
    const summary = enrichFromSwagger2(document, swagger, provenance, 'old.json', 'enrich');
    const members: Loose = (document as Loose).paths['/api/v2/queues/{queueId}/members'].get;
    expect(Object.keys(members.responses).sort()).toEqual(['200', '401', '409']);
    expect(members.responses['401']).toEqual({ $ref: '#/components/responses/401' });
    expect(members.responses['409']).toMatchObject({ description: 'Conflict.', headers: { 'ININ-Correlation-Id': { $ref: '#/components/headers/ININ-Correlation-Id' } }, content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } });
    const byName = Object.fromEntries(members.parameters.map((p: Loose) => [p.name, p]));
    expect(byName.pageSize.schema).toEqual({ type: 'integer', format: 'int32', default: 25 });
    // the SDK's default "asc" is not one of the old values: the enum is stale and left out
    expect(byName.sortOrder.schema).toEqual({ type: 'string', default: 'asc' });
    expect(summary.enumsSkipped).toBe(1);
    expect(provenance.operations['GET /api/v2/queues/{queueId}/members']).toMatchObject({
      pointer: '#/paths/~1api~1v2~1queues~1{id}~1members/get',
      parameters: { 'query pageSize': 'sdk+enrich parameters/0 (integer,format)' },
      bodies: { '200': 'sdk+enrich responses/200 (status)', errors: 'enrich responses/{401,409}' },
    });
    const create: Loose = (document as Loose).paths['/api/v2/queues'].post;
    expect(Object.keys(create.responses).sort()).toEqual(['2XX', '401', '429']);
    expect((document as Loose).components.responses['429']).toMatchObject({ description: 'Slow down.' });
  });
});

describe('spec:import from the real SDK package, the vendor\'s 2017 document and the SDK docs\' policy extract', () => {
  it('reproduces the committed specs/genesys-cloud byte for byte (areas and source.json)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'spec-sync-genesys-'));
    try {
      const committed = JSON.parse(await readFile(join(workspaceRoot, 'specs/genesys-cloud/source.json'), 'utf8')) as { retrieved: string };
      const sdk = dirname(createRequire(import.meta.url).resolve('purecloud-platform-client-v2/package.json'));
      const result = await importSpec({
        platform: 'genesys-cloud',
        from: [sdk],
        enrich: fixturePaths.genesysSwagger2017,
        policy: join(workspaceRoot, 'specs/genesys-cloud/extract/permissions.json'),
        specDir: join(workspaceRoot, 'specs/genesys-cloud'),
        outDir: out,
        now: new Date(committed.retrieved),
      });
      expect(result.operations.length).toBeGreaterThan(3000);
      const areas = await readdir(join(out, 'areas'));
      expect(areas).toEqual(await readdir(join(workspaceRoot, 'specs/genesys-cloud/areas')));
      for (const area of areas) {
        const file = `areas/${area}/openapi.yaml`;
        expect(await readFile(join(out, file), 'utf8'), `${file} differs from what spec:import writes`).toBe(await readFile(join(workspaceRoot, 'specs/genesys-cloud', file), 'utf8'));
      }
      const source = JSON.parse(await readFile(join(out, 'source.json'), 'utf8')) as Loose;
      const expected = JSON.parse(await readFile(join(workspaceRoot, 'specs/genesys-cloud/source.json'), 'utf8')) as Loose;
      // Paths of the inputs are recorded relative to the workspace; only the output folder differs.
      expect({ ...source, selection: undefined }).toEqual({ ...expected, selection: undefined });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 180_000);
});
