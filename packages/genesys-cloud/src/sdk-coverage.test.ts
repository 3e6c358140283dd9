// How much of the official Genesys Cloud SDK this package covers: every operation of `purecloud-platform-client-v2`
// (from its api/*.js, read here independently of tools/spec-sync) compared with the area specs the types are
// generated from, by method, path and query parameter names. Prints the figure; fails below 95%.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Operation {
  method: string;
  path: string;
  query: string[];
  /** Where it was found: `UsersApi.getUsers` (SDK) or the area (ours). */
  where: string;
}

const sdkDir = dirname(createRequire(import.meta.url).resolve('purecloud-platform-client-v2/package.json'));
const areasDir = fileURLToPath(new URL('../../../specs/genesys-cloud/areas/', import.meta.url));
const key = (op: Pick<Operation, 'method' | 'path'>) => `${op.method} ${op.path}`;

/** `callApi('<path>', '<METHOD>', {path params}, {query params}, ...)` of every method of every SDK `XxxApi` class. */
async function sdkOperations(): Promise<Map<string, Operation>> {
  const apiDir = join(sdkDir, 'src', 'purecloud-platform-client-v2', 'api');
  const operations = new Map<string, Operation>();
  for (const file of (await readdir(apiDir)).filter((name) => name.endsWith('Api.js'))) {
    const text = await readFile(join(apiDir, file), 'utf8');
    const calls = /\n\t(\w+)\([^)]*\) \{[^]*?this\.apiClient\.callApi\(\s*'([^']+)',\s*'(\w+)',\s*\{[^}]*\},\s*\{([^}]*)\}/g;
    for (const [, method, path, verb, query] of text.matchAll(calls)) {
      const names = [...(query ?? '').matchAll(/'([^']+)':/g)].map((match) => match[1]!);
      const op = { method: verb!.toUpperCase(), path: path!, query: names.sort(), where: `${file.replace('.js', '')}.${method}` };
      operations.set(key(op), op);
    }
  }
  return operations;
}

/** Every operation of the area specs (an operation in several areas counts once). */
async function ourOperations(): Promise<Map<string, Operation>> {
  const operations = new Map<string, Operation>();
  for (const area of await readdir(areasDir)) {
    const document = parse(await readFile(join(areasDir, area, 'openapi.yaml'), 'utf8')) as {
      paths: Record<string, Record<string, { parameters?: Array<{ in: string; name: string }> }>>;
    };
    for (const [path, item] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
        const query = (operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name).sort();
        const op = { method: method.toUpperCase(), path, query, where: area };
        operations.set(key(op), op);
      }
    }
  }
  return operations;
}

describe('coverage of the official SDK (purecloud-platform-client-v2)', () => {
  it('has at least 95% of its operations with the same method, path and query parameter names', async () => {
    const [sdk, ours] = await Promise.all([sdkOperations(), ourOperations()]);
    const missing: string[] = [];
    const differentQuery: string[] = [];
    for (const [id, op] of sdk) {
      const mine = ours.get(id);
      if (mine === undefined) missing.push(`${id} (${op.where})`);
      else if (mine.query.join(',') !== op.query.join(',')) differentQuery.push(`${id}: SDK [${op.query.join(', ')}], ours [${mine.query.join(', ')}]`);
    }
    const covered = sdk.size - missing.length - differentQuery.length;
    const percent = (100 * covered) / sdk.size;
    const version = (JSON.parse(await readFile(join(sdkDir, 'package.json'), 'utf8')) as { version: string }).version;
    console.log(
      `[coverage] purecloud-platform-client-v2@${version}: ${covered} of ${sdk.size} operations (${percent.toFixed(2)}%) ` +
        `with the same method, path and query parameter names; ${missing.length} missing, ${differentQuery.length} with other query parameters; ` +
        `${ours.size} operations in ${(await readdir(areasDir)).length} areas of @ccaas/genesys-cloud`,
    );
    for (const line of [...missing, ...differentQuery].slice(0, 20)) console.log(`[coverage]   ${line}`);
    expect(sdk.size, 'the SDK parse found its operations').toBeGreaterThan(3000);
    expect(percent).toBeGreaterThanOrEqual(95);
  });
});
