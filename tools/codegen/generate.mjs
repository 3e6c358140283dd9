#!/usr/bin/env node
// Generates a client's types from its spec with openapi-typescript.
//   node tools/codegen/generate.mjs [platform...] [--area <area>]... [--check]
// nice-cxone: one document per API family, specs/nice-cxone/families/<family>/openapi.yaml (paths from the host root)
//   -> packages/nice-cxone/src/generated/<family>.d.ts + <family>.js (`<family>Api(client)`; the digital family's
//   accessor returns the client's view on the digital host, from the spec's `x-ccaas-host`), the same way as the areas.
// genesys-cloud: one document per API area, specs/genesys-cloud/areas/<area>/openapi.yaml ->
//   packages/genesys-cloud/src/generated/<area>.d.ts (the area's types + its accessor's declaration, types only, so a
//   build copies it instead of compiling it) and <area>.js (the accessor, `<area>Api(client)`), on up to two worker
//   threads. `--area` limits a run to the named areas (the per-area Nx `generate` targets use it). The package.json's
//   `typesVersions` (one entry per area, for TypeScript's node10 resolution) is kept in step with the areas.
// --check regenerates in memory and exits 1 when a committed file differs or is missing, or a generated file has no
// spec any more (the drift check in `npm test`).
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { parse as parseYaml } from 'yaml';

export const workspaceRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const platforms = ['genesys-cloud', 'nice-cxone'];
/** Platforms whose spec is split into API areas (specs/<platform>/areas/<area>/openapi.yaml; CXone: families/<family>). */
export const areaPlatforms = ['genesys-cloud', 'nice-cxone'];
/** The folder of specs/<platform> that holds one folder per area. */
const areaFolders = { 'genesys-cloud': 'areas', 'nice-cxone': 'families' };

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

export function areaSpecPath(platform, area) {
  return join(workspaceRoot, 'specs', platform, areaFolders[platform], area, 'openapi.yaml');
}

export function areaOutputPaths(platform, area) {
  const dir = join(workspaceRoot, 'packages', platform, 'src', 'generated');
  const paths = { types: join(dir, `${area}.d.ts`), accessor: join(dir, `${area}.js`) };
  if (!areaFlavours[platform].policies) return paths;
  return { ...paths, permissions: join(dir, 'permissions', `${area}.js`), permissionTypes: join(dir, 'permissions', `${area}.d.ts`) };
}

/** The areas of a platform: the folders of specs/<platform>/areas holding an openapi.yaml, sorted. */
export async function listAreas(platform) {
  const dir = join(workspaceRoot, 'specs', platform, areaFolders[platform]);
  const names = await readdir(dir).catch(() => []);
  const areas = [];
  for (const name of names.sort()) {
    if (await readFile(join(dir, name, 'openapi.yaml')).then(() => true, () => false)) areas.push(name);
  }
  return areas;
}

/** "telephony-providers-edge" -> "telephonyProvidersEdgeApi": the accessor an area module exports. */
export function accessorName(area) {
  return `${area.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}Api`;
}

function header(label, sha256, command) {
  return [
    '// ---------------------------------------------------------------------------------------------',
    `// GENERATED FILE - DO NOT EDIT. Source: ${label.split('\\').join('/')} (sha256 ${sha256.slice(0, 16)})`,
    `// Produced by \`${command}\` (tools/codegen/generate.mjs, openapi-typescript 7).`,
    '// ---------------------------------------------------------------------------------------------',
    '',
  ].join('\n');
}

/**
 * Genesys string enums become open unions, `'active' | 'deleted' | (string & {})`: editors still offer the listed
 * values, but a value the vendor added later (the enums come from its 2017 document until a live import) compiles.
 */
function openStringEnums(type) {
  // openapi-typescript prints enum values as identifiers holding the quoted JSON text (`"active"`).
  const isStringLiteral = (member) =>
    (ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal)) || (ts.isIdentifier(member) && member.text.startsWith('"'));
  const members = ts.isUnionTypeNode(type) ? [...type.types] : [type];
  if (!members.every(isStringLiteral)) return undefined;
  const anyString = ts.factory.createIntersectionTypeNode([
    ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword),
    ts.factory.createTypeLiteralNode([]),
  ]);
  return ts.factory.createUnionTypeNode([...members, anyString]);
}

/** Generates the TypeScript source for one spec file; pure function of the spec bytes and the options. */
export async function generateSchemaSource(specFile, { label = relative(workspaceRoot, specFile), openEnums = false, command = 'npm run generate' } = {}) {
  const specText = await readFile(specFile, 'utf8');
  const sha256 = createHash('sha256').update(specText).digest('hex');
  const ast = await openapiTS(pathToFileURL(specFile), { ...codegenOptions, ...(openEnums ? { postTransform: openStringEnums } : {}) });
  return header(label, sha256, command) + astToString(ast);
}

const httpMethods = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/**
 * Each operation's policy as the spec states it with the vendor's extensions: `x-inin-requires-permissions`
 * ({type: ANY|ALL, permissions}; absent = none required), `x-genesys-preview`, `deprecated` (+ the description's
 * sentence naming the replacement). Keyed by operationId, plus "METHOD /path" for the run-time table.
 */
export function readOperationPolicies(specText) {
  const spec = parseYaml(specText, { maxAliasCount: -1 });
  const policies = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = item?.[method];
      if (typeof operation?.operationId !== 'string') continue;
      const required = operation['x-inin-requires-permissions'];
      const description = typeof operation.description === 'string' ? operation.description : '';
      const sentences = description.split(/(?<=[.!])\s+|\n+/).filter((sentence) => /deprecat/i.test(sentence));
      policies.push({
        operationId: operation.operationId,
        key: `${method.toUpperCase()} ${path}`,
        permissions: Array.isArray(required?.permissions) && required.permissions.length > 0 ? { type: required.type === 'ALL' ? 'ALL' : 'ANY', list: required.permissions } : null,
        undocumented: description.includes(undocumentedPermissionsNote),
        preview: operation['x-genesys-preview'] === true,
        deprecated: operation.deprecated === true ? (sentences.find((s) => /\b(use|see)\b/i.test(s)) ?? sentences[0] ?? '').replace(/^\[|\]$/g, '').replace(/^Deprecated: use /, 'Use ').trim() : undefined,
      });
    }
  }
  return policies;
}

/** The note spec:import appends to an operation whose permissions no vendor artifact documents. */
const undocumentedPermissionsNote = 'Required permissions: not documented';

/** The policy lines of an operation's doc comment (the editor's hover text, tags read by tools). */
function policyDocLines(policy) {
  const lines = [];
  if (policy.deprecated !== undefined) lines.push(`@deprecated ${policy.deprecated || 'The vendor deprecated this operation.'}`);
  if (policy.preview) lines.push('@preview Genesys Cloud preview operation: subject to breaking and non-breaking changes at any time without notice.');
  if (policy.permissions !== null) {
    const list = policy.permissions.list.map((permission) => `\`${permission}\``).join(', ');
    lines.push(`@permissions ${policy.permissions.type}: ${policy.permissions.list.length === 1 ? list : `${policy.permissions.type === 'ANY' ? 'any one of' : 'all of'} ${list}`}`);
  } else if (!policy.undocumented) {
    lines.push('@permissions none required');
  }
  return lines;
}

/**
 * openapi-typescript writes an operation's doc comment above its `get: operations["x"]` member (summary, `@deprecated`
 * without text, `@description`): the `@deprecated` gets the sentence naming the replacement, and the preview and
 * permission tags are added, so editors strike deprecated calls through and show who may call each operation.
 */
export function addPolicyDocs(text, policies) {
  const byId = new Map(policies.map((policy) => [policy.operationId, policy]));
  const lines = text.split('\n');
  const out = [];
  for (const line of lines) {
    const member = /^(\s*)(?:get|put|post|delete|options|head|patch|trace): operations\["([^"]+)"\];$/.exec(line);
    const policy = member === null ? undefined : byId.get(member[2]);
    if (policy !== undefined) {
      const indent = member[1];
      const tags = policyDocLines(policy);
      // openapi-typescript writes a one-line comment (`/** Get user. */`) when the summary is all there is.
      const oneLine = out.at(-1)?.startsWith(`${indent}/** `) && out.at(-1).endsWith(' */') ? out.pop().slice(indent.length + 4, -3) : undefined;
      const hasComment = oneLine === undefined && out.at(-1) === `${indent} */`;
      if (hasComment) out.pop();
      else out.push(`${indent}/**`, ...(oneLine === undefined ? [] : [`${indent} * ${oneLine}`]));
      if (hasComment && policy.deprecated !== undefined) {
        const at = out.lastIndexOf(`${indent} * @deprecated`);
        if (at !== -1) out.splice(at, 1);
      }
      for (const tag of tags) out.push(`${indent} * ${tag}`);
      out.push(`${indent} */`);
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * The area's run-time permission table: "METHOD /path" -> "ANY perm perm" for every operation that requires
 * permissions. The accessor registers it with the client, so a 403 names what the operation requires and a consumer
 * ships only the tables of the areas it imports.
 */
function permissionTable(policies) {
  const entries = policies
    .filter((policy) => policy.permissions !== null)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((policy) => `  ${JSON.stringify(policy.key)}: ${JSON.stringify(`${policy.permissions.type} ${policy.permissions.list.join(' ')}`)},`);
  return entries.length === 0 ? '{}' : `{\n${entries.join('\n')}\n}`;
}

const permissionTableDoc =
  '/** Permissions each operation of the area requires (the vendor\'s `x-inin-requires-permissions`): "METHOD /path" -> "ANY|ALL permission ...". */';

/**
 * What differs per platform in an area module: the client types it imports, the usage example, whether string enums
 * are open (Genesys: enums of its 2017 document), and the accessor's body (CXone: the digital family's host view).
 */
const areaFlavours = {
  'genesys-cloud': {
    openEnums: true,
    imports: "import type { GenesysCloudApi, GenesysCloudClient } from '../create-genesys-cloud-client.js';",
    clientType: 'GenesysCloudClient',
    apiType: 'GenesysCloudApi',
    example: 'createGenesysCloudClient({ clientId, clientSecret })',
    viewDoc: '`paths` (the same object as `client.withPaths<paths>()`: one token manager, one rate-limit state).',
    // Genesys documents each operation's permissions, preview and deprecation (x-inin-requires-permissions, ...).
    policies: true,
    // The table is its own module, loaded by dynamic import on the client's first 403 of the area (permission-tables.ts).
    body: (spec, area) => `  registerOperationPolicies(client, '${area}', () => import('./permissions/${area}.js'));\n  return client;`,
  },
  'nice-cxone': {
    openEnums: false,
    imports: "import type { CxoneApi, CxoneClient } from '../create-cxone-client.js';",
    clientType: 'CxoneClient',
    apiType: 'CxoneApi',
    example: 'createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret })',
    viewDoc: '`paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.',
    policies: false,
    body: (spec) => (/^x-ccaas-host: digital$/m.test(spec) ? "  return client.withPaths('digital');" : '  return client;'),
  },
};

/** The two files of one API area: types + accessor declaration (.d.ts) and the accessor (.js). */
export async function generateAreaSources(platform, area) {
  const flavour = areaFlavours[platform];
  const specFile = areaSpecPath(platform, area);
  const label = relative(workspaceRoot, specFile);
  const command = `node tools/codegen/generate.mjs ${platform} --area ${area}`;
  const spec = await readFile(specFile, 'utf8');
  const policies = flavour.policies ? readOperationPolicies(spec) : [];
  const schema = await generateSchemaSource(specFile, { label, openEnums: flavour.openEnums, command });
  const text = flavour.policies ? addPolicyDocs(schema, policies) : schema;
  const body = text.slice(text.indexOf('export '));
  const accessor = accessorName(area);
  const sha256 = createHash('sha256').update(spec).digest('hex');
  const title = /^  title: (.*)$/m.exec(spec.slice(0, 3000))?.[1]?.replace(/^["']|["']$/g, '') ?? area;
  const operations = (spec.match(/\n {6}operationId: /g) ?? []).length;
  const doc = [
    '/**',
    ` * ${title.replace(/^.*?: /, '')} (${operations} operations): the client's one openapi-fetch instance, typed with this area's`,
    ` * ${flavour.viewDoc}`,
    ' * @example',
    ` * const ${accessor.replace(/Api$/, '')} = ${accessor}(${flavour.example});`,
    ' */',
  ].join('\n');
  const types = [
    header(label, sha256, command),
    flavour.imports,
    '',
    doc,
    `export declare function ${accessor}(client: ${flavour.clientType}): ${flavour.apiType}<paths>;`,
    '',
    body,
  ].join('\n');
  // The accessor is a typed view: at run time it hands back the client itself (what `withPaths` does too); a Genesys
  // accessor first registers the loader of the area's permission table for the client's 403 errors. The table is its
  // own entry, `@ccaas/genesys-cloud/permissions/<area>` (the sandbox answers with it), and nothing imports it
  // statically: a bundler that splits code keeps it out of the startup chunk.
  const policyJs = flavour.policies ? ["import { registerOperationPolicies } from '../permission-tables.js';", ''] : [];
  const js = [header(label, sha256, command), ...policyJs, doc, `export function ${accessor}(client) {`, flavour.body(spec, area), '}', ''].join('\n');
  const outputs = areaOutputPaths(platform, area);
  const tableFiles = flavour.policies
    ? [
        { path: outputs.permissionTypes, content: [header(label, sha256, command), permissionTableDoc, 'export declare const operationPermissions: Readonly<Record<string, string>>;', ''].join('\n') },
        { path: outputs.permissions, content: [header(label, sha256, command), permissionTableDoc, `export const operationPermissions = ${permissionTable(policies)};`, ''].join('\n') },
      ]
    : [];
  return [{ path: outputs.types, content: types }, { path: outputs.accessor, content: js }, ...tableFiles];
}

/** Generates the given areas on up to two worker threads (codegen is CPU-bound: one openapi-typescript per thread). */
async function generateAreasInParallel(platform, areas) {
  const threads = Math.max(1, Math.min(2, availableParallelism(), areas.length));
  if (threads === 1) {
    const files = [];
    for (const area of areas) files.push(...(await generateAreaSources(platform, area)));
    return files;
  }
  // Largest specs first, alternating, so both threads finish at about the same time.
  const sizes = await Promise.all(areas.map(async (area) => [area, (await readFile(areaSpecPath(platform, area))).length]));
  const ordered = sizes.sort((a, b) => b[1] - a[1]).map(([area]) => area);
  const shares = Array.from({ length: threads }, (_, index) => ordered.filter((__, position) => position % threads === index));
  const results = await Promise.all(
    shares.map(
      (share) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { platform, areas: share } });
          worker.once('message', resolve);
          worker.once('error', reject);
          worker.once('exit', (code) => code !== 0 && reject(new Error(`[codegen] worker exited with ${code}`)));
        }),
    ),
  );
  return results.flat().sort((a, b) => a.path.localeCompare(b.path));
}

/** Fingerprint of the code generator itself: this file and the versions of openapi-typescript and TypeScript. */
async function codegenFingerprint() {
  const own = await readFile(fileURLToPath(import.meta.url), 'utf8');
  const version = async (name) => JSON.parse(await readFile(join(workspaceRoot, 'node_modules', name, 'package.json'), 'utf8')).version;
  return createHash('sha256').update(`${own}\n${await version('openapi-typescript')}\n${await version('typescript')}`).digest('hex').slice(0, 16);
}

/** `src/generated/areas.json`: every area with its tag, accessor, operation count and spec hash, and the codegen fingerprint. */
export function areaManifestPath(platform) {
  return join(workspaceRoot, 'packages', platform, 'src', 'generated', 'areas.json');
}

/**
 * The client's package.json with `typesVersions` naming every area's CommonJS declaration: TypeScript's node10
 * resolution does not read `exports` (whose `./*` pattern serves the areas), and tools/build checks the list.
 */
async function packageJsonWithAreas(platform, areas) {
  const path = join(workspaceRoot, 'packages', platform, 'package.json');
  const manifest = JSON.parse(await readFile(path, 'utf8'));
  const areaDeclaration = (area) => [`./dist/cjs/generated/${area}.d.ts`];
  const others = Object.entries(manifest.typesVersions?.['*'] ?? {}).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(areaDeclaration(key)));
  const typesVersions = { '*': Object.fromEntries([...others, ...areas.map((area) => [area, areaDeclaration(area)])]) };
  const entries = Object.entries(manifest).filter(([key]) => key !== 'typesVersions');
  entries.splice(entries.findIndex(([key]) => key === 'exports') + 1, 0, ['typesVersions', typesVersions]);
  return { path, content: `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n` };
}

async function generatePlatform(platform, requestedAreas, check) {
  if (!areaPlatforms.includes(platform)) {
    return { files: [{ path: outputPath(platform), content: await generateSchemaSource(specPath(platform)) }], stale: [], skipped: 0 };
  }
  const known = await listAreas(platform);
  for (const area of requestedAreas) {
    if (!known.includes(area)) throw new Error(`[codegen] ${platform} has no area "${area}" (specs/${platform}/areas/${area}/openapi.yaml)`);
  }
  const fingerprint = await codegenFingerprint();
  const manifestFile = areaManifestPath(platform);
  const previous = JSON.parse(await readFile(manifestFile, 'utf8').catch(() => '{}'));
  const specs = new Map();
  for (const area of known) {
    const spec = await readFile(areaSpecPath(platform, area), 'utf8');
    specs.set(area, { spec, sha256: createHash('sha256').update(spec).digest('hex').slice(0, 16) });
  }
  // Incremental: an area whose spec and generator are unchanged since the manifest was written is not regenerated
  // (editing one area's spec regenerates that area only). --check never skips: it compares every file.
  const upToDate = async (area) => {
    if (check || previous.codegen !== fingerprint || previous.areas?.[area]?.spec !== specs.get(area).sha256) return false;
    const paths = Object.values(areaOutputPaths(platform, area));
    return (await Promise.all(paths.map((path) => readFile(path).then(() => true, () => false)))).every(Boolean);
  };
  const candidates = requestedAreas.length > 0 ? requestedAreas : known;
  const areas = [];
  for (const area of candidates) if (!(await upToDate(area))) areas.push(area);
  const files = areas.length === 0 ? [] : await generateAreasInParallel(platform, areas);
  const manifest = {
    generatedBy: 'tools/codegen/generate.mjs (GENERATED FILE - DO NOT EDIT)',
    codegen: fingerprint,
    areas: Object.fromEntries(
      known.map((area) => {
        const { spec, sha256 } = specs.get(area);
        const tag = /^ {2}[- ] name: (.*)$/m.exec(spec.slice(spec.indexOf('\ntags:')))?.[1]?.replace(/^["']|["']$/g, '') ?? area;
        return [area, { tag, accessor: accessorName(area), operations: (spec.match(/\n {6}operationId: /g) ?? []).length, spec: sha256 }];
      }),
    ),
  };
  files.push({ path: manifestFile, content: `${JSON.stringify(manifest, null, 2)}\n` });
  files.push(await packageJsonWithAreas(platform, known));
  // Files of areas that no longer have a spec.
  const dir = join(workspaceRoot, 'packages', platform, 'src', 'generated');
  const expected = new Set([manifestFile, ...known.flatMap((area) => Object.values(areaOutputPaths(platform, area)))]);
  const present = (await readdir(dir).catch(() => [])).map((name) => join(dir, name));
  const stale = present.filter((path) => /\.(d\.ts|js|json)$/.test(path) && !expected.has(path));
  return { files, stale, skipped: candidates.length - areas.length };
}

async function main(argv) {
  const check = argv.includes('--check');
  const areas = argv.flatMap((arg, index) => (argv[index - 1] === '--area' ? [arg] : []));
  const requested = argv.filter((arg, index) => !arg.startsWith('--') && argv[index - 1] !== '--area');
  const targets = requested.length > 0 ? requested : platforms;
  const startedAt = performance.now();
  let problems = 0;
  for (const platform of targets) {
    if (!platforms.includes(platform)) throw new Error(`[codegen] unknown platform "${platform}" (known: ${platforms.join(', ')})`);
    const { files, stale, skipped } = await generatePlatform(platform, areas, check);
    let changed = 0;
    for (const file of files) {
      const committed = await readFile(file.path, 'utf8').catch(() => undefined);
      if (committed === file.content) continue;
      changed += 1;
      if (check) {
        problems += 1;
        console.error(`[codegen] ${relative(workspaceRoot, file.path)} is ${committed === undefined ? 'missing' : 'out of date'} (specs/${platform}).`);
      } else {
        await mkdir(dirname(file.path), { recursive: true });
        await writeFile(file.path, file.content);
      }
    }
    for (const path of stale) {
      if (check) {
        problems += 1;
        console.error(`[codegen] ${relative(workspaceRoot, path)} has no spec any more (its area was removed).`);
      } else {
        await rm(path);
      }
    }
    const what = check ? (changed === 0 && stale.length === 0 ? 'up to date' : `${changed + stale.length} stale`) : `${changed} written, ${stale.length} removed`;
    const skippedAreas = skipped > 0 ? ` (${skipped} areas unchanged since the last run, not regenerated)` : '';
    console.log(`[codegen] ${platform}: ${files.length} files ${what}${skippedAreas}`);
  }
  console.log(`[codegen] ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  if (problems > 0) {
    console.error('          Run `npm run generate` (or `node tools/codegen/generate.mjs <platform>`) and commit the result.');
    process.exitCode = 1;
  }
}

if (!isMainThread && workerData?.areas) {
  const files = [];
  for (const area of workerData.areas) files.push(...(await generateAreaSources(workerData.platform, area)));
  parentPort.postMessage(files);
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  await main(process.argv.slice(2));
}
