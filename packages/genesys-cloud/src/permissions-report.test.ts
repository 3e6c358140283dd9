// The permissions report reads code with the TypeScript compiler API. Each report builds a TypeScript program over
// the package's generated declarations, so the tests get a generous timeout (no timing is asserted).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPermissionsReport, formatPermissionsReport } from './permissions-report.js';

const workspace = fileURLToPath(new URL('../../../', import.meta.url));
const packageDir = fileURLToPath(new URL('../', import.meta.url));
const generous = 600_000;

describe('createPermissionsReport', () => {
  it('finds typed calls whose path is a literal-typed constant or a union, with ANY/ALL, preview and deprecated', async () => {
    const report = await createPermissionsReport({ paths: ['test/permissions-report-fixture.ts'], cwd: packageDir });
    expect(report.operations.map((entry) => [entry.operation, entry.permissions?.type ?? entry.permissions, entry.calls])).toEqual([
      ['DELETE /api/v2/analytics/users/aggregates/jobs/{jobId}', 'ANY', ['test/permissions-report-fixture.ts:19']],
      ['DELETE /api/v2/routing/predictors/{predictorId}', 'ALL', ['test/permissions-report-fixture.ts:18']],
      // null: the vendor documents "Requires no permissions".
      ['GET /api/v2/presencedefinitions', null, ['test/permissions-report-fixture.ts:20']],
      ['GET /api/v2/routing/languages', null, ['test/permissions-report-fixture.ts:17']],
      ['GET /api/v2/routing/queues', 'ANY', ['test/permissions-report-fixture.ts:16']],
      ['GET /api/v2/routing/skills', 'ANY', ['test/permissions-report-fixture.ts:17']],
      ['POST /api/v2/users/search/conversation/target', 'ANY', ['test/permissions-report-fixture.ts:21']],
    ]);
    expect(report.permissions.find((entry) => entry.permission === 'routing:queue:edit')?.operations).toEqual([{ operation: 'DELETE /api/v2/routing/predictors/{predictorId}', type: 'ALL' }]);
    expect(report.preview.map((entry) => entry.operation)).toEqual(['POST /api/v2/users/search/conversation/target']);
    expect(report.deprecated.map((entry) => [entry.operation, entry.deprecated])).toEqual([['GET /api/v2/presencedefinitions', expect.stringContaining('/api/v2/presence/definitions')]]);
    expect(report.undocumented).toEqual([]);
    const text = formatPermissionsReport(report);
    expect(text).toContain('| `DELETE /api/v2/routing/predictors/{predictorId}` | ALL of `routing:predictor:delete`, `routing:queue:edit` |');
    expect(text).toContain('Deprecated operations used:\n- `GET /api/v2/presencedefinitions` (test/permissions-report-fixture.ts:20)');
  }, generous);

  it('the report of examples/genesys-users.ts is what the root README lists for the examples', async () => {
    const report = await createPermissionsReport({ paths: ['examples/genesys-users.ts'], cwd: workspace });
    const readme = readFileSync(new URL('README.md', `file://${workspace}`), 'utf8');
    const listed = /<!-- permissions-report examples\/genesys-users\.ts -->\n([\s\S]*?)<!-- \/permissions-report -->/.exec(readme)?.[1];
    expect(listed, 'README.md has no permissions-report block for examples/genesys-users.ts').toBeDefined();
    expect(listed).toBe(formatPermissionsReport(report));
  }, generous);

  it('says what is wrong with a path that does not exist', async () => {
    await expect(createPermissionsReport({ paths: ['no/such/dir'], cwd: packageDir })).rejects.toThrow(/no\/such\/dir does not exist/);
  });
});
