// How much of the public CXone catalogue this package covers: every method of every service file of
// calljacob/nice-cxone-api (specs/nice-cxone/catalogue, committed) compared with the family specs the types are
// generated from, by family, HTTP method and path (path parameter names ignored; the family base and the
// `/inContactAPI/services/vNN.0` version prefix are the spec's, the catalogue writes paths without them). Prints the
// share per family; token and authentication endpoints (family `auth`, driven by the auth layer) are reported, not
// counted. Fails below 95% overall or 90% in any family.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const specsDir = fileURLToPath(new URL('../../../specs/nice-cxone/', import.meta.url));
const httpMethods = ['get', 'put', 'post', 'delete', 'patch'];

interface Catalogue {
  source: { repo: string; commit: string };
  files: Record<string, { family: string; operations: Array<{ method: string; op: string }> }>;
}

/** `GET /agents/{agentId}` -> `GET /agents/{}`. */
const shape = (method: string, path: string) => `${method.toUpperCase()} ${path.replace(/\{[^}]+\}/g, '{}')}`;

/** Every operation of every family spec, keyed by family, with the family base (and any version prefix) removed. */
async function familyOperations(): Promise<Map<string, Set<string>>> {
  const source = JSON.parse(await readFile(join(specsDir, 'source.json'), 'utf8')) as {
    output: { families: Record<string, { base: string }> };
  };
  const families = new Map<string, Set<string>>();
  for (const family of await readdir(join(specsDir, 'families'))) {
    const document = parse(await readFile(join(specsDir, 'families', family, 'openapi.yaml'), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const base = source.output.families[family]!.base;
    const own = new Set<string>();
    for (const [path, item] of Object.entries(document.paths)) {
      // The version of an /inContactAPI/services path may be the operation's own (NICE's agent SDK calls v23.0, v33.0, ...).
      const relative = /^\/inContactAPI\/services\/v\d+\.\d+\//.test(base + '/') ? path.replace(/^\/inContactAPI\/services\/v\d+\.\d+/, '') : path.slice(base.length);
      for (const method of Object.keys(item).filter((m) => httpMethods.includes(m))) own.add(shape(method, relative));
    }
    families.set(family, own);
  }
  return families;
}

describe('coverage of the public CXone catalogue (calljacob/nice-cxone-api)', () => {
  it('ships at least 95% of the catalogue operations, and at least 90% of every family', async () => {
    const catalogue = parse(await readFile(join(specsDir, 'catalogue', 'calljacob-nice-cxone-api.yaml'), 'utf8')) as Catalogue;
    const ours = await familyOperations();
    // Endpoints, not methods: the catalogue lists an endpoint once per service that wraps it (accept, end, hold, ...).
    const endpoints = new Map<string, { family: string; where: string }>();
    for (const [file, { family, operations }] of Object.entries(catalogue.files)) {
      for (const { method, op } of operations) {
        const [verb, path] = op.split(' ') as [string, string];
        endpoints.set(`${family} ${shape(verb, path)}`, { family, where: `${file.replace(/^src\/services\//, '')}#${method}` });
      }
    }
    const perFamily = new Map<string, { total: number; covered: number; missing: string[] }>();
    for (const [id, { family, where }] of endpoints) {
      const row = perFamily.get(family) ?? { total: 0, covered: 0, missing: [] };
      perFamily.set(family, row);
      row.total += 1;
      if (ours.get(family)?.has(id.slice(family.length + 1))) row.covered += 1;
      else row.missing.push(`${id} (${where})`);
    }
    const counted = [...perFamily].filter(([family]) => family !== 'auth');
    const total = counted.reduce((n, [, row]) => n + row.total, 0);
    const covered = counted.reduce((n, [, row]) => n + row.covered, 0);
    const percent = (row: { total: number; covered: number }) => (100 * row.covered) / row.total;
    console.log(
      `[coverage] ${catalogue.source.repo}@${catalogue.source.commit.slice(0, 7)}: ${covered} of ${total} endpoints ` +
        `(${((100 * covered) / total).toFixed(2)}%) in ${counted.length} families; auth endpoints reported, not counted`,
    );
    for (const [family, row] of [...perFamily].sort(([a], [b]) => a.localeCompare(b))) {
      const note = family === 'auth' ? ' (token/authentication endpoints: the auth layer drives them; not counted)' : '';
      console.log(`[coverage]   ${family.padEnd(22)} ${String(row.covered).padStart(3)} / ${String(row.total).padEnd(3)} ${percent(row).toFixed(1).padStart(5)}%${note}`);
      for (const line of family === 'auth' ? [] : row.missing) console.log(`[coverage]     missing ${line}`);
    }
    expect(total, 'the catalogue parse found its operations').toBeGreaterThan(500);
    expect((100 * covered) / total).toBeGreaterThanOrEqual(95);
    for (const [family, row] of counted) expect(percent(row), `family ${family}`).toBeGreaterThanOrEqual(90);
    // Every family of the catalogue is a family of the package, and the other way round.
    expect(counted.map(([family]) => family).sort()).toEqual([...ours.keys()].sort());
  });
});
