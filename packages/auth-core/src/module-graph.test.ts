import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const sourceDir = fileURLToPath(new URL('.', import.meta.url));
const modules = readdirSync(sourceDir).filter((name) => name.endsWith('.ts') && !/\.test(-d)?\.ts$/.test(name));

/** The package modules a module imports, type-only imports and re-exports included (a circle of types still ties). */
function importsOf(name: string): string[] {
  const text = readFileSync(`${sourceDir}/${name}`, 'utf8');
  return [...text.matchAll(/\bfrom\s+'\.\/([\w-]+)\.js'/g)].map((match) => `${match[1]}.ts`);
}

/** Every import circle, each as the modules along it, starting at its first module in file order. */
function importCircles(): string[][] {
  const graph = new Map(modules.map((name) => [name, importsOf(name)]));
  const circles: string[][] = [];
  const done = new Set<string>();
  const walk = (name: string, path: string[]) => {
    const at = path.indexOf(name);
    if (at >= 0) {
      circles.push(path.slice(at));
      return;
    }
    if (done.has(name)) return;
    for (const next of graph.get(name) ?? []) walk(next, [...path, name]);
    done.add(name);
  };
  for (const name of modules) walk(name, []);
  return circles;
}

describe('module graph', () => {
  it('auth-core has no import circle (each concept can be read, and loaded, on its own)', () => {
    expect(modules.length).toBeGreaterThan(10);
    expect(importCircles()).toEqual([]);
  });
});
