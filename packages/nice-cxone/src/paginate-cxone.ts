import type { Client } from 'openapi-fetch';
import { CcaasError } from '@ccaas/auth-core';
import type { paths } from './generated/schema.gen.js';

type JsonOf<Op> = Op extends { responses: { 200: { content: { 'application/json': infer Body } } } } ? Body : never;
type GetOf<P extends keyof paths> = paths[P] extends { get: infer Op } ? Op : never;
type QueryOf<P extends keyof paths> = GetOf<P> extends { parameters: { query?: infer Q } } ? Q : never;

/** GET paths that page with `skip`/`top`. */
export type CxonePagedPath = {
  [P in keyof paths]: QueryOf<P> extends { skip?: unknown; top?: unknown } ? P : never;
}[keyof paths];

export type CxonePage<P extends CxonePagedPath> = JsonOf<GetOf<P>>;

/** The array-valued properties of a page (`agents`, `activeContacts`, `teams`, ...). */
export type CxoneItemsKey<P extends CxonePagedPath> = {
  [K in keyof CxonePage<P>]-?: NonNullable<CxonePage<P>[K]> extends unknown[] ? K : never;
}[keyof CxonePage<P>];

export interface PaginateCxoneOptions<P extends CxonePagedPath> {
  query?: Omit<NonNullable<QueryOf<P>>, 'skip' | 'top'>;
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
export async function* paginateCxonePages<P extends CxonePagedPath>(
  client: Client<paths>,
  path: P,
  options: PaginateCxoneOptions<P> = {},
): AsyncGenerator<CxonePage<P>, void, undefined> {
  const pageSize = options.pageSize ?? 100;
  const maxPages = options.maxPages ?? 1000;
  const get = client.GET as (path: string, init: unknown) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  for (let pageIndex = 0, skip = 0; pageIndex < maxPages; pageIndex += 1, skip += pageSize) {
    const { data, error, response } = await get(path, {
      params: { query: { ...options.query, skip, top: pageSize } },
      signal: options.signal,
    });
    if (response.status === 204 || response.status === 304) return;
    if (error !== undefined || data === undefined) {
      throw new CcaasError(`[@ccaas/nice-cxone] GET ${path} page ${pageIndex + 1} failed with ${response.status}`, {
        code: (error as { error?: string } | undefined)?.error ?? 'page_request_failed',
        status: response.status,
      });
    }
    yield data as CxonePage<P>;
    const page = data as PageEnvelope & Record<string, unknown>;
    const items = Object.values(page).find(Array.isArray) as unknown[] | undefined;
    const received = skip + (items?.length ?? 0);
    if (!page._links?.next || !items || items.length < pageSize) return;
    if (typeof page.totalRecords === 'number' && received >= page.totalRecords) return;
  }
}

/** Iterates the items under `key` of every page, e.g. `paginateCxone(client, '/agents', 'agents')`. */
export async function* paginateCxone<P extends CxonePagedPath, K extends CxoneItemsKey<P>>(
  client: Client<paths>,
  path: P,
  key: K,
  options: PaginateCxoneOptions<P> = {},
): AsyncGenerator<NonNullable<CxonePage<P>[K]> extends (infer Item)[] ? Item : never, void, undefined> {
  for await (const page of paginateCxonePages(client, path, options)) {
    const items = (page as Record<PropertyKey, unknown>)[key as PropertyKey];
    if (Array.isArray(items)) yield* items;
  }
}
