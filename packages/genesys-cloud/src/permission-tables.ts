// Which areas' permission tables a client has, and the 403 hook that explains a ForbiddenError with them. This is the
// part every client ships. The tables (`src/generated/permissions/<area>.js`) and the code that matches and explains
// (operation-policies.ts) are loaded by dynamic import on the first 403 of a registered area only: a call that never
// answers 403 never loads them, and a bundler that splits code (esbuild `splitting`, webpack, Rollup, Vite) keeps
// them out of the application's startup chunk.
import type { HttpErrorDetails } from '@ccaas/auth-core';
import { ForbiddenError } from '@ccaas/auth-core/platform';

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

/** Loads one area's table module (`() => import('./permissions/<area>.js')`, written by tools/codegen). */
export type LoadPermissionTable = () => Promise<{ operationPermissions: OperationPermissionTable }>;

/** A client's registered areas and its grant (the 403 message says where to grant a permission by grant). */
export interface PermissionTables {
  readonly grant: 'client-credentials' | 'user';
  /** Area name -> its table's loader: registering an area twice (an accessor per call) keeps one entry. */
  readonly areas: Map<string, LoadPermissionTable>;
  /** The matcher over the loaded tables (operation-policies.ts), built on the first 403. */
  matcher?: unknown;
}

// A global-registry symbol on the client, not a module-level map: the ESM and CJS builds of this package share the
// key, so an area module loaded from one build reaches a client created by the other.
const tablesKey = Symbol.for('@ccaas/genesys-cloud/operation-policies');
type WithTables = { [tablesKey]?: PermissionTables };

/** A client's tables (createGenesysCloudClient attaches them, once). */
export function createPermissionTables(grant: PermissionTables['grant']): PermissionTables {
  return { grant, areas: new Map() };
}

/** Links a client to its tables (createGenesysCloudClient does, once). */
export function attachPermissionTables(client: object, tables: PermissionTables): void {
  Object.defineProperty(client, tablesKey, { value: tables });
}

/** The tables attached to `client`, or undefined for an object that is not a Genesys Cloud client (a test double). */
export function permissionTablesOf(client: object): PermissionTables | undefined {
  return (client as WithTables)[tablesKey];
}

/**
 * Registers an area's permission table with the client (the generated `<area>Api(client)` calls it). A client that
 * is not a Genesys Cloud client (a test double) is left alone.
 */
export function registerOperationPolicies(client: object, area: string, load: LoadPermissionTable): void {
  permissionTablesOf(client)?.areas.set(area, load);
}

/** The matching and explaining code, loaded on the first 403 or lookup (a bundler splits it out of the startup chunk). */
const operationPolicies = () => import('./operation-policies.js');

/**
 * The permissions a client's registered areas say `method url` requires (the 403 message uses it; so can you). It
 * loads the areas' tables on first use, hence a promise.
 */
export async function requiredPermissionsOf(client: object, method: string, url: string): Promise<RequiredPermissions | undefined> {
  const tables = permissionTablesOf(client);
  if (tables === undefined) return undefined;
  const { matcherOf, pathOf } = await operationPolicies();
  return (await matcherOf(tables)).lookup(method, pathOf(url));
}

type FetchWithThrough = ((input: Request | string | URL, init?: RequestInit) => Promise<Response>) & {
  through: (fetch: (input: Request | string | URL, init?: RequestInit) => Promise<Response>) => unknown;
};

/**
 * Wraps the client's auth fetch: a `ForbiddenError` for an operation of a registered area becomes a
 * `GenesysForbiddenError` naming the permissions the operation requires. Everything else passes through untouched,
 * and so does the 403 itself when the explanation cannot be loaded: the caller always gets the server's error.
 */
export function withRequiredPermissions<Fetch extends FetchWithThrough>(auth: Fetch, tables: PermissionTables): Fetch {
  const wrap = <F extends (input: Request | string | URL, init?: RequestInit) => Promise<Response>>(fetch: F): F =>
    (async (input: Request | string | URL, init?: RequestInit) => {
      try {
        return await fetch(input, init);
      } catch (error) {
        if (!(error instanceof ForbiddenError) || tables.areas.size === 0) throw error;
        throw await operationPolicies()
          .then((policies) => policies.explainForbidden(error, tables, GenesysForbiddenError))
          .catch(() => error);
      }
    }) as F;
  const wrapped = wrap(auth);
  return Object.assign(wrapped, { through: (fetch: Parameters<Fetch['through']>[0]) => wrap(auth.through(fetch) as typeof fetch) }) as Fetch;
}
