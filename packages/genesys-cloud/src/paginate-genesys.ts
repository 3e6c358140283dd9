import { CcaasError, checkPositiveIntegerOptions, ConfigurationError } from '@ccaas/auth-core/platform';
import type { GenesysCloudRequests } from './genesys-cloud-api.js';

/** The JSON body of an operation's success response (`200`, or `2XX` where the vendor's sources name no status). */
type JsonOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } }
  ? Body
  : Op extends { responses: { '2XX': { content: { 'application/json': infer Body } } } }
    ? Body
    : never;
type GetOf<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Op } ? Op : never;

/** GET paths of `Paths` (an area's `paths`) whose success response is a page envelope (`entities` + paging). */
export type GenesysPagedPath<Paths> = {
  [P in keyof Paths]: JsonOf<GetOf<Paths, P>> extends { entities?: unknown[] } ? P : never;
}[keyof Paths];

export type GenesysPage<Paths, P extends GenesysPagedPath<Paths>> = JsonOf<GetOf<Paths, P>>;
export type GenesysEntity<Paths, P extends GenesysPagedPath<Paths>> = GenesysPage<Paths, P> extends { entities?: (infer Entity)[] } ? Entity : never;

type QueryOf<Paths, P extends GenesysPagedPath<Paths>> = GetOf<Paths, P> extends { parameters: { query?: infer Q } } ? Q : never;
type PathParamsOf<Paths, P extends GenesysPagedPath<Paths>> = GetOf<Paths, P> extends { parameters: { path?: infer Q } } ? Q : never;

/**
 * The options of `paginateGenesys` / `paginateGenesysPages`, the same shape as `paginateCxone`'s: `params` as in
 * `client.GET` (an area's, e.g. `usersApi(genesys)`), `pageSize`, `maxPages`, `signal`.
 */
export interface PaginateGenesysOptions<Paths, P extends GenesysPagedPath<Paths>> {
  params?: { query?: QueryOf<Paths, P>; path?: PathParamsOf<Paths, P> };
  /** Entities per request (the `pageSize` query parameter); default: the platform's (25), or `params.query.pageSize`. */
  pageSize?: number;
  /** Stop after this many pages even if the platform says there are more; default 1000. */
  maxPages?: number;
  signal?: AbortSignal;
}

interface PageEnvelope {
  entities?: unknown[];
  pageNumber?: number;
  pageCount?: number;
  nextUri?: string | null;
  cursors?: { after?: string | null };
}

/**
 * Iterates the pages of a Genesys Cloud listing: offset pages (`pageNumber` until `pageCount`, or until `nextUri`
 * is absent — QueueMemberEntityListing has no pageCount) and cursor pages (`cursor` from `nextUri`/`cursors.after`).
 */
export async function* paginateGenesysPages<Paths extends {}, P extends GenesysPagedPath<Paths> & string>(
  client: GenesysCloudRequests<Paths>,
  path: P,
  options: PaginateGenesysOptions<Paths, P> = {},
): AsyncGenerator<GenesysPage<Paths, P>, void, undefined> {
  if (options === null || typeof options !== 'object') {
    throw new ConfigurationError('options must be an object: paginateGenesys(client, path, { params, pageSize, maxPages, signal })', {
      code: 'invalid_option',
      option: 'options',
      packageName: '@ccaas/genesys-cloud',
    });
  }
  checkPositiveIntegerOptions(options as Record<string, unknown>, ['pageSize', 'maxPages'], { packageName: '@ccaas/genesys-cloud', factory: 'paginateGenesys' });
  const maxPages = options.maxPages ?? 1000;
  const baseQuery = {
    ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
    ...(options.params?.query as Record<string, unknown> | undefined),
  };
  let query: Record<string, unknown> = { ...baseQuery };
  for (let pageIndex = 0; pageIndex < maxPages; pageIndex += 1) {
    const get = client.GET as unknown as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
    const { data, error, response } = await get(path, {
      params: { ...options.params, query },
      signal: options.signal,
    });
    if (error !== undefined || data === undefined) {
      throw new CcaasError(`[@ccaas/genesys-cloud] GET ${path} page ${pageIndex + 1} failed with ${response.status}`, {
        code: (error as { code?: string } | undefined)?.code ?? 'page_request_failed',
        status: response.status,
        correlationId: response.headers.get('ININ-Correlation-Id') ?? undefined,
      });
    }
    const page = data as PageEnvelope;
    yield data as GenesysPage<Paths, P>;
    const next = nextQuery(page, query);
    if (!next) return;
    query = next;
  }
}

/** Iterates the entities of every page (see `paginateGenesysPages`). */
export async function* paginateGenesys<Paths extends {}, P extends GenesysPagedPath<Paths> & string>(
  client: GenesysCloudRequests<Paths>,
  path: P,
  options: PaginateGenesysOptions<Paths, P> = {},
): AsyncGenerator<GenesysEntity<Paths, P>, void, undefined> {
  for await (const page of paginateGenesysPages(client, path, options)) {
    for (const entity of ((page as PageEnvelope).entities ?? []) as GenesysEntity<Paths, P>[]) yield entity;
  }
}

function nextQuery(page: PageEnvelope, query: Record<string, unknown>): Record<string, unknown> | undefined {
  if (!page.entities || page.entities.length === 0) return undefined;
  const nextUri = page.nextUri ? new URL(page.nextUri, 'https://api.invalid') : undefined;
  const cursor = nextUri?.searchParams.get('cursor') ?? page.cursors?.after ?? undefined;
  if (cursor && (nextUri || page.cursors)) return { ...query, cursor };
  const current = typeof page.pageNumber === 'number' ? page.pageNumber : Number(query.pageNumber ?? 1);
  if (typeof page.pageCount === 'number') {
    return current < page.pageCount ? { ...query, pageNumber: current + 1 } : undefined;
  }
  return nextUri ? { ...query, pageNumber: Number(nextUri.searchParams.get('pageNumber') ?? current + 1) } : undefined;
}
