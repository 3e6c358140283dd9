/**
 * The User-Agent the @ccaas clients send: `<app> ccaas-genesys-cloud/1.2.3 node/22.12.0 linux-x64`, so platform
 * support can tell which SDK and runtime made a request. Browsers are left alone: there `User-Agent` is the
 * browser's own (Chromium drops the header; where it is allowed it forces a CORS preflight).
 */
import type { FetchLike } from './grants.js';

interface RuntimeGlobals {
  process?: { versions?: { node?: string }; platform?: string; arch?: string };
  Bun?: { version?: string };
  Deno?: { version?: { deno?: string } };
}

/** `name/version` of the runtime (Node, Bun, Deno) with its platform, or undefined in browsers and workers. */
function runtimeToken(): string | undefined {
  const globals = globalThis as RuntimeGlobals;
  const node = globals.process?.versions?.node;
  if (node === undefined) return undefined;
  const runtime = globals.Bun?.version ? `bun/${globals.Bun.version}` : globals.Deno?.version?.deno ? `deno/${globals.Deno.version.deno}` : `node/${node}`;
  const platform = globals.process?.platform && globals.process.arch ? ` ${globals.process.platform}-${globals.process.arch}` : '';
  return runtime + platform;
}

/**
 * The User-Agent value for a package (`@scope/name` becomes the product token `scope-name`, as `@` and `/` are not
 * allowed there) and version, after the application's own `appUserAgent`; undefined in browsers.
 */
export function createUserAgent(packageName: string, version: string, appUserAgent?: string): string | undefined {
  const runtime = runtimeToken();
  if (runtime === undefined) return undefined;
  const product = `${packageName.replace(/^@/, '').replace(/\//g, '-')}/${version}`;
  return [appUserAgent?.trim(), product, runtime].filter(Boolean).join(' ');
}

function mergeUserAgent(headers: Headers, userAgent: string): void {
  if (!headers.get('user-agent')) headers.set('user-agent', userAgent);
}

/**
 * Wraps a fetch so every request carries `userAgent` unless the application set a User-Agent itself (one set in
 * `headers` wins). Works for `fetch(request)`
 * (openapi-fetch) and `fetch(url, init)` (token and discovery requests).
 */
export function withUserAgent(fetchImpl: FetchLike, userAgent: string | undefined): FetchLike {
  if (userAgent === undefined) return fetchImpl;
  return (input, init) => {
    if (input instanceof Request && init === undefined) {
      mergeUserAgent(input.headers, userAgent);
      return fetchImpl(input);
    }
    const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
    mergeUserAgent(headers, userAgent);
    return fetchImpl(input, { ...init, headers });
  };
}
