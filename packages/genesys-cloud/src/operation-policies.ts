// Required permissions in 403 errors: the matching and the message. Each generated API area's table of the permissions
// its operations require (from the vendor's `x-inin-requires-permissions`, in `src/generated/permissions/<area>.js`)
// is registered with the client when the consumer calls `<area>Api(client)` (permission-tables.ts): an application
// ships only the tables of the areas it imports. This module and the tables are loaded by dynamic import on the first
// 403 of a registered area: the client's fetch then adds what the operation requires and where to grant it to the
// `ForbiddenError`, next to what the body says.
// Also the package's `./operation-policies` entry, for matching without a client (the sandbox's 403 answers). Type
// imports only: a module loaded by dynamic import that imported auth-core at run time would make a bundler without
// code splitting wrap auth-core's modules in lazy initialisers (about 0.9 KB of gzip in the one-call bundle).
import type { ForbiddenError } from '@ccaas/auth-core';
import type { GenesysForbiddenError, OperationPermissionTable, PermissionTables, RequiredPermissions } from './permission-tables.js';

export type { OperationPermissionTable, RequiredPermissions } from './permission-tables.js';

interface CompiledTemplate {
  pattern: RegExp;
  /** Literal segments: the most specific template wins (`/users/me` over `/users/{userId}`). */
  literals: number;
  operation: string;
  permissions: string;
}

/** The tables registered with one client, matched against a failed request's method and path. */
export class OperationPolicies {
  readonly #tables = new Set<OperationPermissionTable>();
  #compiled: Map<string, CompiledTemplate[]> | undefined;

  constructor(readonly grant: 'client-credentials' | 'user') {}

  add(table: OperationPermissionTable): void {
    if (this.#tables.has(table)) return;
    this.#tables.add(table);
    this.#compiled = undefined;
  }

  /** The permissions `method path` requires, or undefined when no registered area has the operation. */
  lookup(method: string, path: string): RequiredPermissions | undefined {
    const candidates = this.#compile().get(method.toUpperCase()) ?? [];
    let best: CompiledTemplate | undefined;
    for (const candidate of candidates) {
      if (candidate.pattern.test(path) && (best === undefined || candidate.literals > best.literals)) best = candidate;
    }
    if (best === undefined) return undefined;
    const [type, ...permissions] = best.permissions.split(' ');
    return { operation: best.operation, type: type === 'ALL' ? 'ALL' : 'ANY', permissions };
  }

  // Compiled on the first 403 only: registering a table costs nothing on the request path.
  #compile(): Map<string, CompiledTemplate[]> {
    if (this.#compiled !== undefined) return this.#compiled;
    const compiled = new Map<string, CompiledTemplate[]>();
    for (const table of this.#tables) {
      for (const [operation, permissions] of Object.entries(table)) {
        const space = operation.indexOf(' ');
        const method = operation.slice(0, space);
        const segments = operation.slice(space + 1).split('/');
        const source = segments.map((segment) => (/^\{[^}]+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))).join('/');
        const list = compiled.get(method) ?? [];
        list.push({ pattern: new RegExp(`^${source}/?$`), literals: segments.filter((s) => !s.startsWith('{')).length, operation, permissions });
        compiled.set(method, list);
      }
    }
    return (this.#compiled = compiled);
  }
}

/**
 * What `method path` requires according to the given area tables (`operationPermissions` of
 * `@ccaas/genesys-cloud/permissions/<area>`), without a client: the sandbox's 403 answers with it.
 */
export function findRequiredPermissions(tables: readonly OperationPermissionTable[], method: string, url: string): RequiredPermissions | undefined {
  const policies = new OperationPolicies('client-credentials');
  for (const table of tables) policies.add(table);
  return policies.lookup(method, pathOf(url));
}

/** The client's matcher, holding every table registered so far (an area registered after the last 403 is added). */
export async function matcherOf(tables: PermissionTables): Promise<OperationPolicies> {
  const loaded = await Promise.all([...tables.areas.values()].map(async (load) => (await load()).operationPermissions));
  // Built by this module, from this build: a matcher left by the other build (ESM vs CJS) is not reused.
  if (!(tables.matcher instanceof OperationPolicies)) tables.matcher = new OperationPolicies(tables.grant);
  const matcher = tables.matcher as OperationPolicies;
  for (const table of loaded) matcher.add(table);
  return matcher;
}

export function pathOf(url: string): string {
  try {
    return new URL(url, 'http://localhost').pathname;
  } catch {
    return url.split('?')[0]!;
  }
}

/** The sentence a 403 gets: what the operation requires and where to grant it. */
export function describeRequiredPermissions(required: RequiredPermissions, grant: OperationPolicies['grant']): string {
  const list = required.permissions.join(', ');
  const what = required.permissions.length === 1 ? `the permission ${list}` : required.type === 'ANY' ? `any one of the permissions ${list}` : `all of the permissions ${list}`;
  const where =
    grant === 'client-credentials'
      ? "grant it to a role of this OAuth client (Admin > Integrations > OAuth > the client > Roles)"
      : "grant it to a role of the signed-in user (Admin > People & Permissions > the user > Roles); with a user grant the token carries the user's permissions";
  return `${required.operation} requires ${what} (Genesys Cloud API docs): ${where.replace(' it ', required.permissions.length === 1 ? ' it ' : ' them ')}`;
}

/**
 * A `ForbiddenError` for an operation of a registered area as a `GenesysForbiddenError` (the calling build's class)
 * naming the permissions the operation requires (permission-tables.ts calls it on a 403); any other error, or an
 * operation no table has, as it is.
 */
export async function explainForbidden(
  error: ForbiddenError,
  tables: PermissionTables,
  GenesysForbidden: typeof GenesysForbiddenError,
): Promise<ForbiddenError> {
  return error instanceof GenesysForbidden ? error : explainWith(error, await matcherOf(tables), GenesysForbidden);
}

function explainWith(error: ForbiddenError, policies: OperationPolicies, GenesysForbidden: typeof GenesysForbiddenError): ForbiddenError {
  const required = policies.lookup(error.method, pathOf(error.url));
  if (required === undefined) return error;
  const details = {
    status: error.status ?? 403,
    code: error.code,
    method: error.method,
    url: error.url,
    missingPermissions: error.missingPermissions,
    requiredPermissions: required,
    ...(error.correlationId === undefined ? {} : { correlationId: error.correlationId }),
    ...(error.serverMessage === undefined ? {} : { serverMessage: error.serverMessage }),
  };
  const explained = new GenesysForbidden(`${error.message.replace(/^\[@ccaas\/auth-core\] /, '')}. ${describeRequiredPermissions(required, policies.grant)}`, details);
  if (error.stack !== undefined) explained.stack = `${explained.name}: ${explained.message}\n${error.stack.slice(error.stack.indexOf('\n') + 1)}`;
  return explained;
}
