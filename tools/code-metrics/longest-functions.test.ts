import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const script = fileURLToPath(new URL('./longest-functions.mjs', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'longest-functions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A source folder holding one function of `lines` lines named `name`. */
function folderWith(name: string, lines: number): string {
  const dir = join(root, name);
  mkdirSync(dir);
  const body = Array.from({ length: lines - 2 }, (_, i) => `  const v${i} = ${i};`).join('\n');
  writeFileSync(join(dir, `${name}.ts`), `export function ${name}() {\n${body}\n}\n`);
  return dir;
}

const run = (...args: string[]) => execFileSync(process.execPath, [script, ...args], { cwd: root, encoding: 'utf8' });

describe('longest-functions.mjs', () => {
  const first = folderWith('inFirstFolder', 30);
  const second = folderWith('inSecondFolder', 20);

  it("measures the first folder named too when --top is absent (it was dropped as if it were --top's value)", () => {
    const out = run(first, second);
    expect(out).toMatch(/^\s+30\s+inFirstFolder\s/m);
    expect(out).toMatch(/^\s+20\s+inSecondFolder\s/m);
  });

  it('skips only the value after --top', () => {
    const out = run('--top', '1', first, second);
    expect(out.trim().split('\n')).toHaveLength(1);
    expect(out).toMatch(/^\s+30\s+inFirstFolder\s/m);
  });
});
