#!/usr/bin/env node
// Generates packages/genesys-cloud/src/generated/notification-topics/notification-topics.d.ts: every notification
// topic pattern of the vendor's catalogue (tools/codegen/notification-topics/notificationMappings.json, copied from
// the JS SDK repository, see source.json) typed with its payload model, and those models (from the pinned
// purecloud-platform-client-v2 devDependency's index.d.ts, `namespace Models`, transitively). Types only: no runtime.
// Why a subdirectory of src/generated: tools/codegen/generate.mjs removes files it did not write from src/generated,
// and every .js there is an API-area entry point; a types-only module in a folder is neither.
//   node tools/codegen/generate-notification-topics.mjs          write
//   node tools/codegen/generate-notification-topics.mjs --check  exit 1 when the checked-in file is out of step
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const fixtureDir = join(root, 'tools', 'codegen', 'notification-topics');
const outFile = join(root, 'packages', 'genesys-cloud', 'src', 'generated', 'notification-topics', 'notification-topics.d.ts');
const label = '[generate-notification-topics]';

/** `namespace Models` of the SDK's declarations: interface name -> its body lines, `Models.` prefixes dropped. */
function parseModels(declarations) {
  const start = declarations.indexOf('declare namespace Models {');
  if (start < 0) throw new Error(`${label} purecloud-platform-client-v2/index.d.ts has no "declare namespace Models"`);
  const end = declarations.indexOf('\n}', start);
  const models = new Map();
  const pattern = /\n\texport interface (\w+) \{ ?\n((?:\t\t.*\n)*)\t\}/g;
  pattern.lastIndex = start;
  for (let match = pattern.exec(declarations); match && match.index < end; match = pattern.exec(declarations)) {
    const body = match[2].split('\n').map((line) => line.trim()).filter(Boolean);
    models.set(match[1], body.map((line) => line.replace(/\bModels\./g, '')));
  }
  return models;
}

/** The models `classes` reference, transitively, in a stable (sorted) order. */
function closure(classes, models) {
  const seen = new Set();
  const pending = [...classes];
  while (pending.length > 0) {
    const name = pending.pop();
    if (seen.has(name)) continue;
    const body = models.get(name);
    if (!body) throw new Error(`${label} the SDK's Models namespace has no interface ${name} (renamed in a newer SDK? update the mappings fixture)`);
    seen.add(name);
    // quoted text (property names, enum values) names no model
    for (const line of body) for (const [, ref] of line.replace(/"[^"]*"/g, '').matchAll(/\b([A-Z]\w*)\b/g)) if (models.has(ref) && !seen.has(ref)) pending.push(ref);
  }
  return [...seen].sort();
}

/** `v2.users.{id}.presence` -> the template literal type `v2.users.${string}.presence`. */
const templateOf = (topic) => `\`${topic.replace(/[`\\]/g, '\\$&').replaceAll('{id}', '${string}')}\``;

async function render() {
  const source = JSON.parse(await readFile(join(fixtureDir, 'source.json'), 'utf8'));
  const mappings = JSON.parse(await readFile(join(fixtureDir, 'notificationMappings.json'), 'utf8')).notifications;
  if (!Array.isArray(mappings) || mappings.length === 0) throw new Error(`${label} notificationMappings.json has no "notifications" array`);
  const require = createRequire(join(root, 'package.json'));
  const sdkDir = dirname(require.resolve('purecloud-platform-client-v2/package.json'));
  const sdk = JSON.parse(await readFile(join(sdkDir, 'package.json'), 'utf8'));
  if (sdk.version !== source.models.version) {
    throw new Error(`${label} purecloud-platform-client-v2 is ${sdk.version}, source.json records ${source.models.version}: update source.json with the version you generate from`);
  }
  const models = parseModels(await readFile(join(sdkDir, 'index.d.ts'), 'utf8'));
  const topics = [...new Map(mappings.map((m) => [m.topic, m.class])).entries()].sort(([a], [b]) => a.localeCompare(b));
  const used = closure(new Set(topics.map(([, cls]) => cls)), models);

  const lines = [
    '// ---------------------------------------------------------------------------------------------',
    `// GENERATED FILE - DO NOT EDIT. Topics: ${source.mappings.repository} ${source.mappings.path}`,
    `// (commit ${source.mappings.commit}, SDK ${source.mappings.sdkVersion}; copy in tools/codegen/notification-topics/).`,
    `// Models: ${source.models.package}@${source.models.version} index.d.ts, namespace Models (${used.length} interfaces).`,
    '// Produced by `node tools/codegen/generate-notification-topics.mjs`.',
    '// ---------------------------------------------------------------------------------------------',
    '',
    `/** Every topic pattern of the catalogue (${topics.length}), \`{id}\` as the vendor writes it, with its payload model. */`,
    'export interface NotificationTopicPatterns {',
    ...topics.map(([topic, cls]) => `  ${JSON.stringify(topic)}: ${cls};`),
    '}',
    '',
    '/** A topic string the catalogue knows: a pattern with each `{id}` filled in (`v2.users.<userId>.presence`). */',
    'export type NotificationTopic =',
    ...topics.map(([topic]) => `  | ${templateOf(topic)}`),
    '  ;',
    '',
    '/** Each pattern as the template literal type its topic strings match. */',
    'export interface NotificationTopicTemplates {',
    ...topics.map(([topic]) => `  ${JSON.stringify(topic)}: ${templateOf(topic)};`),
    '}',
    '',
    '/**',
    ' * The payload (`eventBody`) of a topic string: the model of every pattern it matches (one, for real ids). A lookup',
    ' * over the patterns rather than a chain of conditionals, so a whole `NotificationTopic` union stays cheap to check.',
    ' */',
    'export type NotificationTopicPayload<Topic extends string> = {',
    '  [Pattern in keyof NotificationTopicPatterns]: Topic extends NotificationTopicTemplates[Pattern] ? NotificationTopicPatterns[Pattern] : never;',
    '}[keyof NotificationTopicPatterns];',
    '',
    ...used.flatMap((name) => [`export interface ${name} {`, ...models.get(name).map((line) => `  ${line}`), '}', '']),
  ];
  return `${lines.join('\n').trimEnd()}\n`;
}

const check = process.argv.includes('--check');
const content = await render();
const current = await readFile(outFile, 'utf8').catch(() => undefined);
if (check) {
  if (current !== content) {
    console.error(`${label} ${outFile} is out of step; run node tools/codegen/generate-notification-topics.mjs`);
    process.exit(1);
  }
  console.log(`${label} up to date`);
} else {
  await mkdir(dirname(outFile), { recursive: true });
  if (current !== content) await writeFile(outFile, content);
  console.log(`${label} ${current === content ? 'unchanged' : 'written'}: ${outFile}`);
}
