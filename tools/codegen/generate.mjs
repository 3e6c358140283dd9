#!/usr/bin/env node
// Generates packages/<platform>/src/generated/schema.gen.ts from specs/<platform>/openapi.yaml with openapi-typescript.
//   node tools/codegen/generate.mjs <platform> [--check]
// --check regenerates in memory and exits 1 when the committed file differs (the drift check in `npm test`).
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

export const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const platforms = ['genesys-cloud', 'nice-cxone'];

/** Options shared by every client so the generated shapes are consistent across platforms. */
export const codegenOptions = {
  alphabetize: true,
  rootTypes: true,
  rootTypesNoSchemaPrefix: false,
  exportType: false,
  defaultNonNullable: true,
  propertiesRequiredByDefault: false,
};

export function specPath(platform) {
  return join(workspaceRoot, 'specs', platform, 'openapi.yaml');
}

export function outputPath(platform) {
  return join(workspaceRoot, 'packages', platform, 'src', 'generated', 'schema.gen.ts');
}

/** Generates the TypeScript source for one spec file; pure function of the spec bytes and the options. */
export async function generateSchemaSource(specFile, { label = relative(workspaceRoot, specFile) } = {}) {
  const specText = await readFile(specFile, 'utf8');
  const sha256 = createHash('sha256').update(specText).digest('hex');
  const ast = await openapiTS(pathToFileURL(specFile), codegenOptions);
  const header = [
    '// ---------------------------------------------------------------------------------------------',
    `// GENERATED FILE - DO NOT EDIT. Source: ${label.split('\\').join('/')} (sha256 ${sha256.slice(0, 16)})`,
    '// Produced by `npm run generate` (tools/codegen/generate.mjs, openapi-typescript 7).',
    '// ---------------------------------------------------------------------------------------------',
    '',
  ].join('\n');
  return header + astToString(ast);
}

async function main(argv) {
  const check = argv.includes('--check');
  const requested = argv.filter((a) => !a.startsWith('--'));
  const targets = requested.length > 0 ? requested : platforms;
  let stale = 0;
  for (const platform of targets) {
    if (!platforms.includes(platform)) throw new Error(`[codegen] unknown platform "${platform}" (known: ${platforms.join(', ')})`);
    const out = outputPath(platform);
    const source = await generateSchemaSource(specPath(platform));
    if (check) {
      const committed = await readFile(out, 'utf8').catch(() => '');
      if (committed !== source) {
        stale += 1;
        console.error(
          `[codegen] ${relative(workspaceRoot, out)} is out of date with specs/${platform}/openapi.yaml.\n` +
            `          Run \`npm run generate\` and commit the result.`,
        );
      } else {
        console.log(`[codegen] ${relative(workspaceRoot, out)} is up to date`);
      }
      continue;
    }
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, source);
    console.log(`[codegen] wrote ${relative(workspaceRoot, out)} (${source.length} bytes)`);
  }
  if (stale > 0) process.exitCode = 1;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
