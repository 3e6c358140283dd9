// Policy enrichment: per operation, what the vendor documents about who may call it and how stable it is, from the
// committed extract of the official Python SDK's docs (genesys-policy-extract.ts), written with the vendor's own
// Swagger extension names so a later import of the live Swagger (which carries them itself) gives the same fields:
//   x-inin-requires-permissions  {type: ANY|ALL, permissions: [...]}; absent when the vendor says "Requires no
//                                permissions" (the live Swagger omits it then too)
//   x-genesys-preview            not taken from the extract: the SDK package the operations come from marks its own
//                                preview methods (genesys-sdk-source.ts), and it is newer than the docs (257.1.0 and
//                                259.0.0 disagree on 107 operations' preview flag; operations leave preview over time)
//   deprecated                   true, and the replacement the notice names appended to the description when the
//                                description does not name it yet
// Operations are matched by method + path with parameter names ignored (as enrich-from-swagger2.ts does). An operation
// the extract does not have keeps what the older Swagger 2.0 document said about its permissions (a positive list
// only: its silence is not a statement for today's API); the rest stays without policy and is counted as uncovered.
import { escapePointer } from './collect-refs.js';
import { httpMethods } from './filter-document.js';
import type { Provenance } from './genesys-sdk-source.js';
import type { OperationPolicy, PolicyExtract } from './genesys-policy-extract.js';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';

export const permissionsExtension = 'x-inin-requires-permissions';
export const previewExtension = 'x-genesys-preview';
/** Starts the description note of an operation no artifact documents (tools/codegen/generate.mjs reads it). */
export const undocumentedPermissionsNote = 'Required permissions: not documented';

export interface PolicySummary {
  /** The extract's artifacts: repository, commit, version. */
  artifacts: PolicyExtract['artifacts'];
  operations: number;
  withPermissions: number;
  noneRequired: number;
  /** Permissions taken from the older Swagger 2.0 document (the extract lacks the operation). */
  fromEnrichDocument: number;
  uncovered: number;
  /** (withPermissions + noneRequired) / operations, in percent, one decimal. */
  coveragePercent: number;
  /** Operations the SDK marks as preview (`x-genesys-preview`). */
  preview: number;
  deprecated: number;
  replacementsNamed: number;
}

/** Parses and checks a policy extract (specs/genesys-cloud/extract/permissions.json). */
export function readPolicyExtract(text: string, input: string): PolicyExtract {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${input}: not JSON (${(error as Error).message})`, { input });
  }
  const artifacts = isPlainObject(parsed) ? parsed['artifacts'] : undefined;
  const operations = isPlainObject(parsed) ? parsed['operations'] : undefined;
  const validArtifact = (a: unknown) => isPlainObject(a) && ['id', 'repo', 'commit', 'version', 'files'].every((key) => typeof a[key] === 'string');
  if (!Array.isArray(artifacts) || artifacts.length === 0 || !artifacts.every(validArtifact) || !isPlainObject(operations)) {
    throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${input}: a policy extract has "artifacts" [{id, repo, commit, version, files}] and "operations"`, { input });
  }
  for (const [key, policy] of Object.entries(operations)) {
    const permissions = isPlainObject(policy) ? policy['permissions'] : undefined;
    const valid =
      /^[A-Z]+ \/\S+$/.test(key) &&
      (permissions === null ||
        (isPlainObject(permissions) && (permissions['type'] === 'ANY' || permissions['type'] === 'ALL') && Array.isArray(permissions['list']) && permissions['list'].length > 0));
    if (!valid) throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${input}: operation "${key}" has no valid "permissions" ({type: ANY|ALL, list: [...]} or null)`, { input });
  }
  return parsed as unknown as PolicyExtract;
}

/** Mutates `document` (OpenAPI 3.0) and `provenance`; `enrichDocument` (Swagger 2.0, optional) is read only. */
export function enrichFromPolicyExtract(document: JsonObject, extract: PolicyExtract, provenance: Provenance, artifactId = 'policy', enrichDocument?: JsonObject, enrichId = 'enrich'): PolicySummary {
  const versions = extract.artifacts.map((a) => `${a.repo.replace(/^MyPureCloud\//, '')} ${a.version}`).join(' or ');
  const byKey = new Map(Object.entries(extract.operations).map(([key, policy]) => [matchKey(key), policy]));
  const older = olderPermissions(enrichDocument);
  const summary: PolicySummary = {
    artifacts: extract.artifacts,
    operations: 0,
    withPermissions: 0,
    noneRequired: 0,
    fromEnrichDocument: 0,
    uncovered: 0,
    coveragePercent: 0,
    preview: 0,
    deprecated: 0,
    replacementsNamed: 0,
  };
  for (const [path, item] of Object.entries(isPlainObject(document['paths']) ? document['paths'] : {})) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const operation = item[method];
      if (!isPlainObject(operation)) continue;
      summary.operations += 1;
      const key = `${method.toUpperCase()} ${path}`;
      const record = (provenance.operations[key] ??= { parameters: {}, bodies: {} });
      const policy = byKey.get(matchKey(key));
      if (policy === undefined) {
        const fallback = older.get(matchKey(key));
        if (fallback === undefined) {
          summary.uncovered += 1;
          record.policy = 'none found';
          // Said in the description, so the generated doc comment does not read as "none required".
          const description = typeof operation['description'] === 'string' ? `${operation['description']}\n\n` : '';
          operation['description'] = `${description}${undocumentedPermissionsNote} in ${versions}.`;
        } else {
          operation[permissionsExtension] = { type: fallback.type, permissions: fallback.permissions };
          summary.fromEnrichDocument += 1;
          summary.withPermissions += 1;
          record.policy = `${enrichId} ${fallback.pointer}/${permissionsExtension}`;
        }
        continue;
      }
      applyPolicy(operation, policy, summary);
      if (operation[previewExtension] === true) summary.preview += 1;
      record.policy = `${artifactId} ${policy.doc}${policy.permissions === null ? ' (requires no permissions)' : ''}`;
    }
  }
  summary.coveragePercent = summary.operations === 0 ? 0 : Math.floor(((summary.withPermissions + summary.noneRequired) / summary.operations) * 1000) / 10;
  return summary;
}

function applyPolicy(operation: JsonObject, policy: OperationPolicy, summary: PolicySummary): void {
  if (policy.permissions === null) {
    delete operation[permissionsExtension];
    summary.noneRequired += 1;
  } else {
    operation[permissionsExtension] = { type: policy.permissions.type, permissions: [...policy.permissions.list] };
    summary.withPermissions += 1;
  }
  if (policy.deprecated === true) {
    operation['deprecated'] = true;
    summary.deprecated += 1;
  }
  if (policy.deprecated === true && policy.replacement !== undefined) {
    summary.replacementsNamed += 1;
    const description = typeof operation['description'] === 'string' ? operation['description'] : '';
    const named = description.includes(policy.replacement) || description.includes(policy.replacement.replace(/^[A-Z]+ /, '').replace(/^\/api\/v2\//, ''));
    if (!named) operation['description'] = `${description}${description === '' ? '' : '\n\n'}Deprecated: use ${policy.replacement} instead.`;
  }
}

/** "GET /api/v2/users/{userId}" -> "GET /api/v2/users/{}" (parameter names differ between artifacts). */
function matchKey(key: string): string {
  return key.replace(/\{[^}]*\}/g, '{}');
}

/** The older document's positive permission lists, by match key, with the operation's pointer in that document. */
function olderPermissions(swagger: JsonObject | undefined): Map<string, { type: 'ANY' | 'ALL'; permissions: string[]; pointer: string }> {
  const found = new Map<string, { type: 'ANY' | 'ALL'; permissions: string[]; pointer: string }>();
  for (const [path, item] of Object.entries(isPlainObject(swagger?.['paths']) ? (swagger['paths'] as JsonObject) : {})) {
    if (!isPlainObject(item)) continue;
    for (const method of httpMethods) {
      const value = isPlainObject(item[method]) ? (item[method] as JsonObject)[permissionsExtension] : undefined;
      if (!isPlainObject(value) || (value['type'] !== 'ANY' && value['type'] !== 'ALL') || !Array.isArray(value['permissions']) || value['permissions'].length === 0) continue;
      found.set(matchKey(`${method.toUpperCase()} ${path}`), { type: value['type'], permissions: value['permissions'].map(String), pointer: `#/paths/${escapePointer(path)}/${method}` });
    }
  }
  return found;
}
