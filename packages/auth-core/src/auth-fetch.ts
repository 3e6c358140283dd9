/**
 * authFetch: the auth middleware as a fetch (for `createClient({ fetch })`), the `through` variant for a call's own
 * fetch, and `authorizeCallFetch`, which makes a client's per-call `fetch` option go through the auth as well.
 */
import { authMiddleware, type AuthMiddleware, type MiddlewareParams } from './auth-middleware.js';
import type { AuthMiddlewareOptions, TokenSource } from './middleware-options.js';
import { withRequestInitExt } from './options.js';
import type { FetchLike } from './token-endpoint-types.js';

/** {@link authMiddleware}'s options plus the fetch that sends. */
export interface AuthFetchOptions extends AuthMiddlewareOptions {
  /** Sends the requests (first sends, replays, retries); default `globalThis.fetch`, looked up per call. */
  fetch?: FetchLike;
}

/** A fetch with the auth applied; `init` is for extra fetch fields (`requestInitExt`, e.g. `{ dispatcher }`). */
export interface AuthorizedFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  /**
   * Marks a fetch that already carries an auth: `through` and `authorizeCallFetch` leave it as it is. A
   * property, not a module-level set, so a fetch from the other build (CommonJS next to ESM) is recognised too.
   */
  readonly carriesAuth: true;
}

/** What {@link authFetch} returns: a fetch for openapi-fetch's `createClient({ fetch })`, plus `through`. */
export interface AuthFetch extends AuthorizedFetch {
  /** Ends the subscription made for `onAttempt`/`tracer` now (see {@link AuthMiddleware.dispose}). */
  dispose(): void;
  /**
   * The same auth (token manager, rate limiter, 401 fail-fast state) sending through `fetch` instead: what a call's
   * own `fetch` option (`client.GET(path, { fetch })`) must become, since openapi-fetch sends with it in place of the
   * client's fetch. `requestInitExt` applies as well.
   */
  through(fetch: FetchLike): AuthorizedFetch;
}

/**
 * The auth middleware as a fetch, for `createClient({ fetch: authFetch(tokenManager) })`: the same token, 401 replay,
 * 403, retry, pacing and deadline rules, applied below openapi-fetch's middleware instead of inside it. Middleware
 * added with `use` runs around it: its onRequest sees the request before the Authorization header is set, its
 * onResponse the final response (after a 401 replay or retries), its onError the typed error. openapi-fetch does its
 * per-call middleware work (an id, a frozen options object, awaits) only when middleware is installed, so with no
 * other middleware this costs less per request than `use(authMiddleware(...))`.
 * `init` of a Request (openapi-fetch's `requestInitExt`, e.g. `{ dispatcher }`) is kept for the call's replays and
 * retries; it must not carry `headers` or `body`, which would replace the request's own. A URL is sent as
 * `new Request(input, init)`, keeping `init.dispatcher`.
 */
export function authFetch(tokenManager: TokenSource, options: AuthFetchOptions = {}): AuthFetch {
  const { fetch: fetchOption, requestInitExt, ...middlewareOptions } = options;
  const middleware = authMiddleware(tokenManager, middlewareOptions);
  const owner = { packageName: '@ccaas/auth-core', factory: 'authFetch' };
  const auth = authorizedFetch(fetchOption) as AuthFetch;
  // a fetch that already carries an auth is not wrapped again (a middleware sending with `options.fetch`, say)
  auth.through = (fetch) => ((fetch as Partial<AuthorizedFetch>).carriesAuth === true ? (fetch as AuthorizedFetch) : authorizedFetch(fetch));
  auth.dispose = () => middleware.dispose();
  return auth;

  function authorizedFetch(through: FetchLike | undefined): AuthorizedFetch {
    // requestInitExt goes with every send here, first sends included (as middleware, openapi-fetch adds it to those)
    const sendWith = withRequestInitExt(through, requestInitExt, owner);
    const fetch = (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      try {
        if (input instanceof Request) {
          if (init?.signal == null) return sendAuthorized(input, init, sendWith);
          return sendAuthorized(...followInitSignal(input, init), sendWith);
        }
        const dispatcher = (init as { dispatcher?: unknown } | undefined)?.dispatcher;
        return sendAuthorized(new Request(input, init), dispatcher === undefined ? undefined : ({ dispatcher } as RequestInit), sendWith);
      } catch (error) {
        // a fetch rejects, it never throws: a bad URL, an insecure one, a fetch that throws
        return Promise.reject(error);
      }
    };
    return Object.assign(fetch, { carriesAuth: true as const });
  }

  /** One call: the middleware's onRequest (token, pacing, header), the send, then its onResponse/onError. */
  function sendAuthorized(request: Request, init: RequestInit | undefined, sendWith: FetchLike): Promise<Response> {
    // one object per call: the middleware keys the call's bookkeeping by it, and replays send through its fetch
    const call: MiddlewareParams = {
      request,
      id: '',
      options: { fetch: init === undefined ? sendWith : (input, extra) => sendWith(input, { ...init, ...extra }) },
    };
    const ready = middleware.onRequest(call);
    return ready instanceof Promise
      ? ready.then((sent) => sendAndSettle(sent ?? request, init, call, sendWith))
      : sendAndSettle(ready ?? request, init, call, sendWith);
  }

  function sendAndSettle(request: Request, init: RequestInit | undefined, call: MiddlewareParams, sendWith: FetchLike): Promise<Response> {
    const { options: callOptions } = call;
    let sending: Promise<Response>;
    try {
      sending = init === undefined ? sendWith(request) : sendWith(request, init);
    } catch (error) {
      // a fetch that throws instead of rejecting is a failed send like any other (retried, counted by the limiter)
      sending = Promise.reject(error);
    }
    return sending.then(
      (response) => {
        const settled = middleware.onResponse({ request, response, id: '', options: callOptions });
        return settled instanceof Promise ? settled.then((final) => final ?? response) : (settled ?? response);
      },
      (error: unknown) =>
        middleware.onError({ request, error, id: '', options: callOptions }).then((outcome) => {
          if (outcome instanceof Response) return outcome;
          throw outcome ?? error;
        }),
    );
  }
}

/**
 * `fetch(request, { signal })` follows `init.signal`, not the request's: so must every wait, retry and replay of the
 * call, which all read the request's signal. The request is re-made on that signal (keeping a per-call `dispatcher`),
 * and the rest of `init` goes on with the sends.
 */
function followInitSignal(request: Request, init: RequestInit): [Request, RequestInit | undefined] {
  const { signal, ...rest } = init;
  const dispatcher = (request as { dispatcher?: unknown }).dispatcher;
  const followed = new Request(request, { signal });
  if (dispatcher !== undefined) Object.assign(followed, { dispatcher });
  return [followed, Object.keys(rest).length > 0 ? rest : undefined];
}

/**
 * Makes a call's own `fetch` option (`client.GET(path, { fetch })`) send through `auth` too: openapi-fetch sends a call
 * with its own fetch in place of the client's, which would skip the auth. Wraps the client's method functions in place.
 */
export function authorizeCallFetch<Client extends object>(client: Client, auth: AuthFetch): Client {
  const methods = client as unknown as Record<string, (...args: unknown[]) => unknown>;
  const withAuth = (init: unknown) => {
    const fetch = (init as { fetch?: unknown } | undefined)?.fetch;
    return typeof fetch === 'function' ? { ...(init as object), fetch: auth.through(fetch as FetchLike) } : init;
  };
  for (const method of ['GET', 'PUT', 'POST', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE']) {
    const send = methods[method]!;
    methods[method] = (url, init) => send(url, withAuth(init));
  }
  const request = methods.request!;
  methods.request = (method, url, init) => request(method, url, withAuth(init));
  return client;
}
