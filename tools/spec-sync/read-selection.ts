// Reads and validates specs/<platform>/selection.yaml: which vendor operations our client exposes.
//
//   include:
//     tags: [Tokens]                      # every operation carrying one of these tags
//     operations:                         # "<METHOD[|METHOD]|*> <path glob>"
//       - GET /api/v2/users
//       - GET|DELETE /api/v2/tokens/me
//       - GET /api/v2/routing/queues/*/members   # * = one path segment, ** = any number of segments
//   exclude:
//     operations: [HEAD /**]              # removed after include (optional)
//   keepExtensions: [x-inin-requires-permissions]   # vendor x- keys to keep (optional; default none)
//   split: tags                         # optional: one document per tag, areas/<tag slug>/openapi.yaml
//
// A `{param}` segment in a pattern matches any `{...}` segment, so a vendor renaming a path parameter still matches.
import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';
import { isPlainObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';

export interface Selection {
  includeTags: string[];
  includeOperations: string[];
  excludeOperations: string[];
  keepExtensions: string[];
  /** `tags`: write one document per tag (API area) instead of one openapi.yaml. Default: one document. */
  split: 'tags' | undefined;
  /** Where it was read from (for messages). */
  source: string;
}

export async function readSelection(file: string): Promise<{ selection: Selection; text: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (cause) {
    throw new SpecSyncError('INPUT_UNREADABLE', `cannot read selection file ${file} (${(cause as NodeJS.ErrnoException).code ?? 'read error'})`, { input: file, cause });
  }
  return { selection: parseSelection(text, file), text };
}

export function parseSelection(text: string, source: string): Selection {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (cause) {
    throw new SpecSyncError('SELECTION_INVALID', `${source} is not valid YAML (${(cause as Error).message.split('\n')[0]})`, { input: source, cause });
  }
  if (!isPlainObject(raw)) throw new SpecSyncError('SELECTION_INVALID', `${source} must be a mapping with "include"`, { input: source });
  const include = raw['include'];
  const exclude = raw['exclude'] ?? {};
  if (!isPlainObject(include) || !isPlainObject(exclude)) {
    throw new SpecSyncError('SELECTION_INVALID', `${source}: "include" (and "exclude" when present) must be mappings`, { input: source });
  }
  const selection: Selection = {
    includeTags: stringList(include['tags'], 'include.tags', source),
    includeOperations: stringList(include['operations'], 'include.operations', source),
    excludeOperations: stringList(exclude['operations'], 'exclude.operations', source),
    keepExtensions: stringList(raw['keepExtensions'], 'keepExtensions', source),
    split: undefined,
    source,
  };
  const split = raw['split'];
  if (split !== undefined && split !== null) {
    if (split !== 'tags') throw new SpecSyncError('SELECTION_INVALID', `${source}: split must be "tags" (got ${JSON.stringify(split)})`, { input: source });
    selection.split = 'tags';
  }
  if (selection.includeTags.length === 0 && selection.includeOperations.length === 0) {
    throw new SpecSyncError('SELECTION_INVALID', `${source} selects nothing: list include.tags and/or include.operations`, { input: source });
  }
  for (const pattern of [...selection.includeOperations, ...selection.excludeOperations]) {
    if (!/^(\*|[A-Za-z]+(\|[A-Za-z]+)*)\s+\/\S*$/.test(pattern)) {
      throw new SpecSyncError('SELECTION_INVALID', `${source}: "${pattern}" is not "<METHOD> /path" (e.g. "GET /api/v2/users/*")`, { input: source });
    }
  }
  return selection;
}

function stringList(value: unknown, field: string, source: string): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new SpecSyncError('SELECTION_INVALID', `${source}: ${field} must be a list of strings`, { input: source });
  }
  return value.map((v) => v.trim());
}
