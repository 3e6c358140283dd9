// Required permissions in 403 errors. Each generated API area module (`src/generated/<area>.js`) holds its area's
// table of the permissions every operation requires (from the vendor's `x-inin-requires-permissions`) and registers it
// with the client when the consumer calls `<area>Api(client)`: an application ships only the tables of the areas it
// imports. When a call answers 403, the client's fetch adds what the operation requires and where to grant it to the
// `ForbiddenError`, next to what the body says.
import { ForbiddenError, type HttpErrorDetails } from '@ccaas/auth-core';

/** "METHOD /api/v2/path/{param}" -> "ANY|ALL permission permission ..." (the generated areas' table format). */
export type OperationPermissionTable = Readonly<Record<string, string>>;

/** What an operation requires, as the vendor documents it. */
export interface RequiredPermissions {
  /** "GET /api/v2/users/{userId}": the operation the failed request called. */
  operation: string;
  /** ANY: one of the permissions is enough; ALL: every one is needed. */
  type: 'ANY' | 'ALL';
  permissions: string[];
}

/** A 403 from an operation whose required permissions are known: `requiredPermissions` says which, the message too. */
export class GenesysForbiddenError extends ForbiddenError {
  readonly requiredPermissions: RequiredPermissions;

  constructor(message: string, details: HttpErrorDetails & { missingPermissions: string[]; requiredPermissions: RequiredPermissions }) {
    super(message, details);
    this.requiredPermissions = details.requiredPermissions;
  }
}

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
 * What `method path` requires according to the given area tables (each area module's `operationPermissions`), without
 * a client: the sandbox's 403 answers with it.
 */
export function findRequiredPermissions(tables: readonly OperationPermissionTable[], method: string, url: string): RequiredPermissions | undefined {
  const policies = new OperationPolicies('client-credentials');
  for (const table of tables) policies.add(table);
  return policies.lookup(method, pathOf(url));
}

// A global-registry symbol on the client, not a module-level map: the ESM and CJS builds of this package share the
// key, so an area module loaded from one build reaches a client created by the other.
const policiesKey = Symbol.for('@ccaas/genesys-cloud/operation-policies');
type WithPolicies = { [policiesKey]?: OperationPolicies };

/** Links a client to its policies (createGenesysCloudClient does, once). */
export function attachOperationPolicies(client: object, policies: OperationPolicies): void {
  Object.defineProperty(client, policiesKey, { value: policies });
}

/**
 * Registers an area's permission table with the client (the generated `<area>Api(client)` calls it). A client that
 * is not a Genesys Cloud client (a test double) is left alone.
 */
export function registerOperationPolicies(client: object, table: OperationPermissionTable): void {
  (client as WithPolicies)[policiesKey]?.add(table);
}

/** The permissions a client's registered areas say `method url` requires (the 403 message uses it; so can you). */
export function requiredPermissionsOf(client: object, method: string, url: string): RequiredPermissions | undefined {
  return (client as WithPolicies)[policiesKey]?.lookup(method, pathOf(url));
}

function pathOf(url: string): string {
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

type FetchWithThrough = ((input: Request | string | URL, init?: RequestInit) => Promise<Response>) & {
  through: (fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>) => unknown;
};

/**
 * Wraps the client's auth fetch: a `ForbiddenError` for an operation of a registered area becomes a
 * `GenesysForbiddenError` naming the permissions the operation requires. Everything else passes through untouched.
 */
export function withRequiredPermissions<Fetch extends FetchWithThrough>(auth: Fetch, policies: OperationPolicies): Fetch {
  const wrap = <F extends (input: Request | string | URL, init?: RequestInit) => Promise<Response>>(fetch: F): F =>
    (async (input: Request | string | URL, init?: RequestInit) => {
      try {
        return await fetch(input, init);
      } catch (error) {
        throw error instanceof ForbiddenError && !(error instanceof GenesysForbiddenError) ? explainForbidden(error, policies) : error;
      }
    }) as F;
  const wrapped = wrap(auth);
  return Object.assign(wrapped, { through: (fetch: Parameters<Fetch['through']>[0]) => wrap(auth.through(fetch) as typeof fetch) }) as Fetch;
}

function explainForbidden(error: ForbiddenError, policies: OperationPolicies): ForbiddenError {
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
  const explained = new GenesysForbiddenError(`${error.message.replace(/^\[@ccaas\/auth-core\] /, '')}. ${describeRequiredPermissions(required, policies.grant)}`, details);
  if (error.stack !== undefined) explained.stack = `${explained.name}: ${explained.message}\n${error.stack.slice(error.stack.indexOf('\n') + 1)}`;
  return explained;
}
