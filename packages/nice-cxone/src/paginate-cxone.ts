import type { Client } from 'openapi-fetch';
import { CcaasError, checkPositiveIntegerOptions, ConfigurationError } from '@ccaas/auth-core/platform';

// Generic in the family's `paths` (`adminApi(cxone)`, `realtimeApi(cxone)`, ...): the client argument names them.
type JsonOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type GetOf<Paths, P extends keyof Paths> = Paths[P] extends { get: infer Op } ? Op : never;
type QueryOf<Paths, P extends keyof Paths> = GetOf<Paths, P> extends { parameters: { query?: infer Q } } ? Q : never;
type PathParamsOf<Paths, P extends keyof Paths> = GetOf<Paths, P> extends { parameters: { path?: infer Q } } ? Q : never;

/** GET paths of a family that page with `skip`/`top`. */
export type CxonePagedPath<Paths> = {
  [P in keyof Paths]: QueryOf<Paths, P> extends { skip?: unknown; top?: unknown } ? P : never;
}[keyof Paths] &
  string;

export type CxonePage<Paths, P extends CxonePagedPath<Paths>> = JsonOf<GetOf<Paths, P>>;

/** The array-valued properties of a page (`agents`, `activeContacts`, `teams`, ...). */
export type CxoneItemsKey<Paths, P extends CxonePagedPath<Paths>> = {
  [K in keyof CxonePage<Paths, P>]-?: NonNullable<CxonePage<Paths, P>[K]> extends unknown[] ? K : never;
}[keyof CxonePage<Paths, P>];

/** An item of the array `K` of a page. */
export type CxoneItem<Paths, P extends CxonePagedPath<Paths>, K extends CxoneItemsKey<Paths, P>> =
  NonNullable<CxonePage<Paths, P>[K]> extends (infer Item)[] ? Item : never;

/**
 * The options of `paginateCxone` / `paginateCxonePages`, the same shape as `paginateGenesys`'s: `params` as in
 * `client.GET` (without `skip`/`top`, which the paginator sets), `pageSize`, `maxPages`, `signal`.
 */
export interface PaginateCxoneOptions<Paths, P extends CxonePagedPath<Paths>, K extends CxoneItemsKey<Paths, P> = CxoneItemsKey<Paths, P>> {
  params?: { query?: Omit<NonNullable<QueryOf<Paths, P>>, 'skip' | 'top'>; path?: PathParamsOf<Paths, P> };
  /** The array property of each page to iterate (`agents`, `teams`, ...); default: the page's only array property. */
  items?: K;
  /** `top` per request; default 100. */
  pageSize?: number;
  /** Stop after this many pages even if `_links.next` says there are more; default 1000. */
  maxPages?: number;
  signal?: AbortSignal;
}

interface PageEnvelope {
  _links?: { next?: string | null } | null;
  totalRecords?: number;
}

/**
 * Iterates a CXone listing with `skip`/`top`, stopping when `_links.next` is null/absent, on a short page,
 * when `totalRecords` is reached, on 204/304 (nothing new for `updatedSince`), or after `maxPages`.
 */
export async function* paginateCxonePages<Paths extends {}, P extends CxonePagedPath<Paths>>(
  client: Client<Paths>,
  path: P,
  options: PaginateCxoneOptions<Paths, P> = {},
): AsyncGenerator<CxonePage<Paths, P>, void, undefined> {
  checkPagingOptions(options);
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 1000;
  const get = client.GET as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  for (let pageIndex = 0, skip = 0; pageIndex < maxPages; pageIndex += 1, skip += pageSize) {
    const { data, error, response } = await get(path, {
      params: { ...options.params, query: { ...options.params?.query, skip, top: pageSize } },
      signal: options.signal,
    });
    if (response.status === 204 || response.status === 304) return;
    if (error !== undefined || data === undefined) {
      throw new CcaasError(`[@ccaas/nice-cxone] GET ${path} page ${pageIndex + 1} failed with ${response.status}`, {
        code: (error as { error?: string } | undefined)?.error ?? 'page_request_failed',
        status: response.status,
      });
    }
    yield data as CxonePage<Paths, P>;
    const page = data as PageEnvelope & Record<string, unknown>;
    const items = Object.values(page).find(Array.isArray) as unknown[] | undefined;
    const received = skip + (items?.length ?? 0);
    if (!page._links?.next || !items || items.length < pageSize) return;
    if (typeof page.totalRecords === 'number' && received >= page.totalRecords) return;
  }
}

/**
 * Iterates the items of every page:
 * `paginateCxone(adminApi(cxone), '/inContactAPI/services/v34.0/agents', { params: { query: { isActive: true } } })`.
 * The items are the page's array property (`agents`); name it with `items` when a page has more than one.
 */
export async function* paginateCxone<Paths extends {}, P extends CxonePagedPath<Paths>, K extends CxoneItemsKey<Paths, P> = CxoneItemsKey<Paths, P>>(
  client: Client<Paths>,
  path: P,
  options: PaginateCxoneOptions<Paths, P, K> = {},
): AsyncGenerator<CxoneItem<Paths, P, K>, void, undefined> {
  for await (const page of paginateCxonePages(client, path, options as PaginateCxoneOptions<Paths, P>)) {
    const record = page as Record<PropertyKey, unknown>;
    let key: PropertyKey | undefined = options.items as PropertyKey | undefined;
    if (key === undefined) {
      const arrays = Object.keys(record).filter((name) => Array.isArray(record[name]));
      if (arrays.length > 1) {
        throw new ConfigurationError(`the pages of GET ${path} have several arrays (${arrays.join(', ')}): name one with \`items\``, {
          code: 'missing_option',
          option: 'items',
          packageName: owner.packageName,
        });
      }
      key = arrays[0];
    }
    const items = key === undefined ? undefined : record[key];
    if (Array.isArray(items)) yield* items as CxoneItem<Paths, P, K>[];
  }
}

const owner = { packageName: '@ccaas/nice-cxone', factory: 'paginateCxone' };

/** An options object (not the removed `itemsKey` argument), `params` instead of `query`, positive `pageSize`/`maxPages`. */
function checkPagingOptions(options: unknown): void {
  const fail = (option: string, problem: string) => {
    throw new ConfigurationError(`${option} ${problem}`, { code: 'invalid_option', option, packageName: owner.packageName });
  };
  if (options === null || typeof options !== 'object') {
    return fail('options', 'must be an object: paginateCxone(client, path, { params, items, pageSize, maxPages, signal })');
  }
  if ('query' in options) fail('query', 'moved into params: paginateCxone(client, path, { params: { query } })');
  checkPositiveIntegerOptions(options as Record<string, unknown>, ['pageSize', 'maxPages'], owner);
}
