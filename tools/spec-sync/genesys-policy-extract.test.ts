// The policy extract (permissions, preview, deprecation from the vendor SDKs' docs) and its enrichment into the spec.
// The markdown below is copied from the vendor's pages (Python UsersApi.md, JavaScript UsersApi.md), shortened to the
// lines the parser reads.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { enrichFromPolicyExtract, readPolicyExtract } from './enrich-from-policy-extract.js';
import { fixturePaths } from './fixture-paths.js';
import { findReplacement, parseApiDoc, type PolicyExtract } from './genesys-policy-extract.js';
import type { Provenance } from './genesys-sdk-source.js';
import { importSpec, workspaceRoot } from './import-spec.js';
import { SpecSyncError } from './spec-sync-error.js';

const pythonPage = `# UsersApi

## PureCloudPlatformClientV2.UsersApi

|Method | Description|
|[**get_user**](#get_user) | Get user.|

## delete_analytics_users_aggregates_job

>  delete_analytics_users_aggregates_job(job_id)


Delete/cancel an async request for user aggregates

delete_analytics_users_aggregates_job is a preview method and is subject to both breaking and non-breaking changes at any time without notice

Wraps DELETE /api/v2/analytics/users/aggregates/jobs/{jobId} 

Requires ANY permissions: 

* analytics:userAggregate:view

### Example

## get_authorization_divisionspermitted_me

> [**list[AuthzDivision]**](AuthzDivision) get_authorization_divisionspermitted_me(permission, name=name)

:::{"alert":"warning","title":"Deprecated","collapsible":false,"autoCollapse":false}
This resource has been deprecated
:::

Returns which divisions the current user has the given permission in.

This route is deprecated, use authorization/divisionspermitted/paged/me instead.

Wraps GET /api/v2/authorization/divisionspermitted/me 

Requires no permissions


### Example

## post_authorization_subject_bulkadd

Wraps POST /api/v2/authorization/subjects/{subjectId}/bulkadd 

Requires ALL permissions: 

* authorization:grant:add

### Example
`;

const javascriptPage = `## getUser

> User getUser(userId, opts)


GET /api/v2/users/{userId}

Get user.

Requires NO permissions:

### Example Usage
`;

describe('parseApiDoc', () => {
  it('reads permissions (ANY/ALL/none), preview and deprecation with its replacement from a Python page', () => {
    expect(Object.fromEntries(parseApiDoc('UsersApi.md', pythonPage, 'python'))).toEqual({
      'DELETE /api/v2/analytics/users/aggregates/jobs/{jobId}': {
        permissions: { type: 'ANY', list: ['analytics:userAggregate:view'] },
        preview: true,
        doc: 'python UsersApi.md delete_analytics_users_aggregates_job',
      },
      'GET /api/v2/authorization/divisionspermitted/me': {
        permissions: null,
        deprecated: true,
        replacement: '/api/v2/authorization/divisionspermitted/paged/me',
        doc: 'python UsersApi.md get_authorization_divisionspermitted_me',
      },
      'POST /api/v2/authorization/subjects/{subjectId}/bulkadd': {
        permissions: { type: 'ALL', list: ['authorization:grant:add'] },
        doc: 'python UsersApi.md post_authorization_subject_bulkadd',
      },
    });
  });

  it('reads the JavaScript pages\' bare "<METHOD> <path>" line and "Requires NO permissions"', () => {
    expect(parseApiDoc('UsersApi.md', javascriptPage, 'javascript')).toEqual([['GET /api/v2/users/{userId}', { permissions: null, doc: 'javascript UsersApi.md getUser' }]]);
  });

  it('names the page and method when an entry has no permissions line (a changed page layout fails loudly)', () => {
    expect(() => parseApiDoc('UsersApi.md', '## get_user\n\nWraps GET /api/v2/users/{userId}\n\n### Example\n', 'python')).toThrow(/UsersApi\.md ## get_user: no "Requires/);
  });
});

describe('findReplacement', () => {
  it.each([
    ['This route is deprecated, please use /api/v2/organizations/authentication/settings instead', '/api/v2/organizations/authentication/settings'],
    ['[This API is deprecated. Use POST /api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup instead]', 'POST /api/v2/conversations/messaging/integrations/whatsapp/embeddedsignup'],
    ['This endpoint is deprecated. Please see the article https://help.genesys.cloud/articles/deprecation-removal-of-acd-web-chat-version-2/.', 'https://help.genesys.cloud/articles/deprecation-removal-of-acd-web-chat-version-2/'],
    ['Deprecated; will be revived with new contract', undefined],
  ])('%s -> %s', (text, expected) => {
    expect(findReplacement(text)).toBe(expected);
  });
});

describe('enrichFromPolicyExtract', () => {
  const extract: PolicyExtract = {
    artifacts: [{ id: 'python', repo: 'MyPureCloud/platform-client-sdk-python', commit: 'f'.repeat(40), version: '257.1.0', files: 'build/docs/*Api.md' }],
    operations: Object.fromEntries(parseApiDoc('UsersApi.md', pythonPage, 'python')),
  };

  it('writes permissions, deprecation and replacement, matches paths whatever the parameter names, counts coverage', () => {
    const document = {
      paths: {
        '/api/v2/analytics/users/aggregates/jobs/{id}': { delete: { summary: 'Delete' } },
        '/api/v2/authorization/divisionspermitted/me': { get: { description: 'Returns divisions.' } },
        // The SDK marks its own preview methods; the docs' older preview flag is not taken.
        '/api/v2/authorization/subjects/{subjectId}/bulkadd': { post: { 'x-genesys-preview': true } },
        '/api/v2/new/thing': { get: {} },
      },
    };
    const provenance: Provenance = { artifacts: {}, operations: {}, schemas: {} };
    const summary = enrichFromPolicyExtract(document, extract, provenance);
    expect(document.paths['/api/v2/analytics/users/aggregates/jobs/{id}'].delete).toEqual({
      summary: 'Delete',
      'x-inin-requires-permissions': { type: 'ANY', permissions: ['analytics:userAggregate:view'] },
    });
    // "Requires no permissions" is the extension's absence, as in the live Swagger.
    expect(document.paths['/api/v2/authorization/divisionspermitted/me'].get).toEqual({
      description: 'Returns divisions.\n\nDeprecated: use /api/v2/authorization/divisionspermitted/paged/me instead.',
      deprecated: true,
    });
    expect(document.paths['/api/v2/authorization/subjects/{subjectId}/bulkadd'].post).toEqual({
      'x-genesys-preview': true,
      'x-inin-requires-permissions': { type: 'ALL', permissions: ['authorization:grant:add'] },
    });
    expect(summary).toMatchObject({ operations: 4, withPermissions: 2, noneRequired: 1, uncovered: 1, coveragePercent: 75, preview: 1, deprecated: 1, replacementsNamed: 1 });
    expect(provenance.operations['GET /api/v2/authorization/divisionspermitted/me']?.policy).toBe('policy python UsersApi.md get_authorization_divisionspermitted_me (requires no permissions)');
    expect(provenance.operations['GET /api/v2/new/thing']?.policy).toBe('none found');
    expect(document.paths['/api/v2/new/thing'].get).toEqual({ description: 'Required permissions: not documented in platform-client-sdk-python 257.1.0.' });
  });

  it('falls back to a positive permission list of the older Swagger 2.0 document for an operation the extract lacks', () => {
    const document = { paths: { '/api/v2/new/thing': { get: {} } } };
    const swagger = { swagger: '2.0', paths: { '/api/v2/new/thing': { get: { 'x-inin-requires-permissions': { type: 'ANY', permissions: ['new:thing:view'] } } } } };
    const provenance: Provenance = { artifacts: {}, operations: {}, schemas: {} };
    const summary = enrichFromPolicyExtract(document, extract, provenance, 'policy', swagger);
    expect(document.paths['/api/v2/new/thing'].get).toEqual({ 'x-inin-requires-permissions': { type: 'ANY', permissions: ['new:thing:view'] } });
    expect(summary).toMatchObject({ withPermissions: 1, fromEnrichDocument: 1, uncovered: 0 });
  });

  it('rejects an extract entry without a valid permissions value, naming the operation', () => {
    const bad = JSON.stringify({ artifacts: extract.artifacts, operations: { 'GET /api/v2/users': { permissions: { type: 'SOME', list: [] }, doc: 'x' } } });
    expect(() => readPolicyExtract(bad, 'permissions.json')).toThrow(SpecSyncError);
    expect(() => readPolicyExtract(bad, 'permissions.json')).toThrow(/"GET \/api\/v2\/users"/);
  });

  it('the committed extract reads and documents at least 95% of the shipped operations (source.json records the coverage)', async () => {
    const text = await readFile(join(workspaceRoot, 'specs/genesys-cloud/extract/permissions.json'), 'utf8');
    expect(Object.keys(readPolicyExtract(text, 'permissions.json').operations).length).toBeGreaterThan(3000);
    const source = JSON.parse(await readFile(join(workspaceRoot, 'specs/genesys-cloud/source.json'), 'utf8')) as { policy: { coveragePercent: number; operations: number; artifacts: Array<{ version: string }> } };
    expect(source.policy.coveragePercent).toBeGreaterThanOrEqual(95);
    expect(source.policy.artifacts.map((a) => a.version)).toEqual(['257.1.0', '259.0.0']);
  });
});

describe('the live Swagger path', () => {
  it('keeps the vendor\'s own x-inin-requires-permissions with the committed Genesys selection (same fields as --policy)', async () => {
    const out = await mkdtemp(join(tmpdir(), 'spec-sync-policy-'));
    try {
      await importSpec({ platform: 'genesys-cloud', from: [fixturePaths.genesysSwagger], selectionFile: join(workspaceRoot, 'specs/genesys-cloud/selection.yaml'), outDir: out });
      const users = parseYaml(await readFile(join(out, 'areas/users/openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, Record<string, unknown>>> };
      expect(users.paths['/api/v2/users']?.['post']?.['x-inin-requires-permissions']).toEqual({ permissions: ['directory:user:add'], type: 'ANY' });
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
