// Adds one GET operation to an OpenAPI document in place (comments and layout of the rest are kept): the
// "spec changed" step of the release rehearsal. Returns the path it added.
import { readFile, writeFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';

export interface RehearsalOperation {
  path: string;
  operationId: string;
}

export async function addRehearsalOperation(specFile: string): Promise<RehearsalOperation> {
  const document = parseDocument(await readFile(specFile, 'utf8'));
  const paths = document.get('paths') as { has(key: string): boolean } | undefined;
  if (paths === undefined) throw new Error(`[registry-e2e] ${specFile} has no paths`);
  let n = 1;
  while (paths.has(`/ccaas-rehearsal/v${n}/status`)) n += 1;
  const path = `/ccaas-rehearsal/v${n}/status`;
  const operationId = `getRehearsalStatusV${n}`;
  document.setIn(['paths', path], {
    get: {
      operationId,
      summary: 'Rehearsal operation added by the registry e2e (never committed)',
      responses: {
        '200': {
          description: 'Status of the rehearsal',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['ok'], properties: { ok: { type: 'boolean' } } },
            },
          },
        },
        '404': { description: 'Not found' },
      },
    },
  });
  await writeFile(specFile, document.toString());
  return { path, operationId };
}
