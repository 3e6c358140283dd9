#!/usr/bin/env node
// Lints one published package after its build (run from its directory by its `lint-package` script): publint
// --strict, then @arethetypeswrong/cli's default profile (node10, node16 from CJS and ESM, bundler) on the packed
// tarball. attw reports a pattern subpath such as `"./*"` as "(wildcard)" and checks nothing behind it, so every
// module a pattern serves (each Genesys Cloud API area, `@ccaas/genesys-cloud/<area>`) is passed to it as an entry
// point of its own.
import { spawnSync } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = process.cwd();
const binDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'node_modules', '.bin');
const label = `[lint-package ${relative(join(binDir, '..', '..'), packageDir)}]`;

/** `./<prefix><module>` for every module in the directory of each `./<prefix>*` pattern of `exports`. */
async function patternEntryPoints(manifest) {
  const entryPoints = [];
  for (const [subpath, entry] of Object.entries(manifest.exports ?? {})) {
    const prefix = /^\.\/([^*]*)\*$/.exec(subpath)?.[1];
    const dir = /^\.\/(.+)\/\*\.js$/.exec(entry?.import?.default ?? '')?.[1];
    if (prefix === undefined || dir === undefined) continue;
    const files = await readdir(join(packageDir, dir)).catch(() => []);
    if (files.length === 0) throw new Error(`${label} exports["${subpath}"]: ${dir}/ is empty or missing (build first)`);
    for (const file of files.filter((name) => name.endsWith('.js')).sort()) entryPoints.push(`./${prefix}${file.slice(0, -'.js'.length)}`);
  }
  return entryPoints;
}

function run(command, args) {
  const result = spawnSync(join(binDir, command), args, { cwd: packageDir, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`${label} ${command} failed (exit ${result.status ?? result.signal ?? result.error?.message})`);
    process.exit(1);
  }
}

const manifest = JSON.parse(await readFile(join(packageDir, 'package.json'), 'utf8'));
const entryPoints = await patternEntryPoints(manifest);
run('publint', ['--strict']);
run('attw', ['--pack', '.', ...(entryPoints.length > 0 ? ['--include-entrypoints', ...entryPoints] : [])]);
if (entryPoints.length > 0) console.log(`${label} attw checked ${entryPoints.length} entry points behind export patterns as well`);
