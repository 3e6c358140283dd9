// Loads tools/registry/consumer-fixture/: every file becomes a consumer-project file, minus its ".tpl" suffix
// (the suffix keeps the fixture out of the workspace's own type-check: it must compile against the *published*
// packages, and type-error.ts must not compile at all). `{{NAME}}` placeholders are filled from `values`.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const consumerFixtureDir = fileURLToPath(new URL('./consumer-fixture/', import.meta.url));
/** The strictest consumer (@tsconfig/strictest, skipLibCheck false, linked install). */
export const strictConsumerFixtureDir = fileURLToPath(new URL('./strict-consumer-fixture/', import.meta.url));

export async function readConsumerFixture(values: Record<string, string> = {}, fixtureDir = consumerFixtureDir): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  for (const entry of await readdir(fixtureDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const absolute = join(entry.parentPath, entry.name);
    const target = relative(fixtureDir, absolute).replace(/\.tpl$/, '');
    files[target] = (await readFile(absolute, 'utf8')).replace(/\{\{([A-Z_]+)\}\}/g, (match, key: string) => {
      const value = values[key];
      if (value === undefined) throw new Error(`[registry-e2e] no value for ${match} in ${target}`);
      return value;
    });
  }
  return files;
}

/** 1-based line numbers of the lines right after each `// registry-e2e: next line must not compile` marker. */
export function expectedErrorLines(source: string): number[] {
  const lines = source.split('\n');
  return lines.flatMap((line, index) => (line.includes('registry-e2e: next line must not compile') ? [index + 2] : []));
}
