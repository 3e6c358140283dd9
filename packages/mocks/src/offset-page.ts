/** A Genesys Cloud offset page envelope (`UserEntityListing`, `QueueEntityListing`, ...). */
export interface OffsetPage<T> {
  entities: T[];
  pageSize: number;
  pageNumber: number;
  total: number;
  pageCount: number;
  firstUri: string;
  selfUri: string;
  lastUri: string;
  nextUri?: string;
  previousUri?: string;
}

export interface OffsetPageOptions {
  /** The API base's path prefix (a sandbox mounts the API under one); stripped from the page URIs. */
  basePath?: string;
  /** Largest `pageSize` accepted; default 500. */
  maxPageSize?: number;
}

/**
 * Slices `items` by the request's `pageSize` (default 25) and `pageNumber` (default 1) and builds the envelope with
 * the platform's relative URIs (`/api/v2/users?pageSize=25&pageNumber=2`, other query parameters kept).
 */
export function offsetPage<T>(url: URL, items: T[], options: OffsetPageOptions = {}): { page: OffsetPage<T> } | { error: string } {
  const pageSize = Number(url.searchParams.get('pageSize') ?? 25);
  const pageNumber = Number(url.searchParams.get('pageNumber') ?? 1);
  const maxPageSize = options.maxPageSize ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > maxPageSize) {
    return { error: `pageSize must be an integer from 1 to ${maxPageSize}` };
  }
  if (!Number.isInteger(pageNumber) || pageNumber < 1) return { error: 'pageNumber must be an integer >= 1' };
  const pageCount = Math.max(1, Math.ceil(items.length / pageSize));
  const basePath = options.basePath ?? '';
  const path = url.pathname.startsWith(basePath) ? url.pathname.slice(basePath.length) : url.pathname;
  const uri = (n: number) => {
    const query = new URLSearchParams(url.searchParams);
    query.set('pageSize', String(pageSize));
    query.set('pageNumber', String(n));
    return `${path}?${query.toString()}`;
  };
  return {
    page: {
      entities: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      pageSize,
      pageNumber,
      total: items.length,
      pageCount,
      firstUri: uri(1),
      selfUri: uri(pageNumber),
      lastUri: uri(pageCount),
      ...(pageNumber < pageCount ? { nextUri: uri(pageNumber + 1) } : {}),
      ...(pageNumber > 1 ? { previousUri: uri(pageNumber - 1) } : {}),
    },
  };
}
