// The typed view of the client: `GET`/`POST`/... for the paths of one API area (or your own openapi-typescript
// `paths`). At run time it is openapi-fetch's client, unchanged; only the types are ours. Why our own types instead
// of openapi-fetch's `Client<paths>`: with `skipLibCheck: false` (TypeScript's strict default), importing openapi-fetch's
// declarations costs a consumer about as much type-checking as the official SDK's whole package (measured in
// tools/bench, type-check-cost), and its `Readable<T>` turns open enums (`'a' | (string & {})`) into objects.
// The semantics follow openapi-fetch 0.17: a required `params`/`body` makes the second argument required; `data` is
// the success body (2xx), `error` the error body (4xx/5xx/default), `parseAs` changes how `data` is read.

type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch';

/** The paths of `Paths` that have an operation for `Method` (openapi-typescript writes `get?: never` otherwise). */
export type PathsWithMethod<Paths, Method extends HttpMethod> = {
  [P in keyof Paths]: Paths[P] extends { [M in Method]: object } ? P : never;
}[keyof Paths] &
  string;

type SuccessStatus = 200 | 201 | 202 | 203 | 204 | 206 | 207 | '2XX';
// Indexed access rather than `infer`: it also resolves `paths` types that intersect several areas' (`A & B`).
type ContentOf<Response> = Response extends { content: object } ? Response['content'][keyof Response['content']] : undefined;
/** The body of each listed status of an operation, as one union (`undefined` for a response without content). */
type BodyOf<Operation, Statuses> = Operation extends { responses: object }
  ? { [S in keyof Operation['responses']]: S extends Statuses ? ContentOf<Operation['responses'][S]> : never }[keyof Operation['responses']]
  : never;
type ErrorBodyOf<Operation> = Operation extends { responses: object }
  ? { [S in keyof Operation['responses']]: S extends SuccessStatus ? never : ContentOf<Operation['responses'][S]> }[keyof Operation['responses']]
  : never;

/** How `parseAs` reads the response (openapi-fetch's option; default `json`). */
export type ParseAs = 'json' | 'text' | 'blob' | 'arrayBuffer' | 'stream';
type Parsed<Data, As> = As extends 'text' ? string : As extends 'blob' ? Blob : As extends 'arrayBuffer' ? ArrayBuffer : As extends 'stream' ? ReadableStream<Uint8Array> | null : Data;

/** `{ data, response }` on a 2xx, `{ error, response }` otherwise (4xx/5xx that the auth middleware does not throw for). */
export type GenesysCloudResult<Operation, As = 'json'> =
  | { data: Parsed<BodyOf<Operation, SuccessStatus>, As>; error?: never; response: Response }
  | { data?: never; error: ErrorBodyOf<Operation>; response: Response };

// Plain assignability checks (`{} extends Parameters`) rather than mapped "required keys" types, and no distribution
// over unions (`[Operation] extends [...]`): the call signatures below are generic in the path, and TypeScript
// evaluates the second argument's type with the path's constraint (every path of the area) to count the arguments;
// distributive forms there multiply out to thousands of types per call (measured: 7,700 types for one call, 700 now).
type ParamsOption<Operation> = [Operation] extends [{ parameters: object }]
  ? {} extends Operation['parameters']
    ? { params?: Operation['parameters'] }
    : { params: Operation['parameters'] }
  : { params?: { query?: Record<string, unknown> } };
type RequestContent<Operation> = [Operation] extends [{ requestBody?: { content: object } }]
  ? NonNullable<Operation['requestBody']>['content'][keyof NonNullable<Operation['requestBody']>['content']]
  : never;
// `0 extends 1 & Operation` is true only for `any` (a signature compared with a non-generic one): optional then.
type BodyOption<Operation> = 0 extends 1 & Operation
  ? { body?: unknown }
  : [RequestContent<Operation>] extends [never]
    ? { body?: never }
    : [Operation] extends [{ requestBody: object }]
      ? { body: RequestContent<Operation> }
      : { body?: RequestContent<Operation> };

/** Per-request options openapi-fetch accepts besides `params` and `body`. */
export interface GenesysCloudRequestOptions extends Omit<RequestInit, 'body' | 'headers' | 'method'> {
  headers?: HeadersInit | Record<string, string | number | boolean | (string | number | boolean)[] | null | undefined>;
  parseAs?: ParseAs;
  baseUrl?: string;
  querySerializer?: ((query: Record<string, unknown>) => string) | { array?: { style: 'form' | 'spaceDelimited' | 'pipeDelimited'; explode: boolean }; object?: { style: 'form' | 'deepObject'; explode: boolean }; allowReserved?: boolean };
  bodySerializer?: (body: unknown) => unknown;
  fetch?: (input: Request) => Promise<Response>;
  middleware?: GenesysCloudMiddleware[];
}

/** The second argument of a call: required when the operation has required parameters or a required body. */
export type GenesysCloudInit<Operation> = ParamsOption<Operation> & BodyOption<Operation> & GenesysCloudRequestOptions;
type InitRequired<Operation> = 0 extends 1 & Operation
  ? false
  : [Operation] extends [{ requestBody: object }]
    ? true
    : [Operation] extends [{ parameters: object }]
      ? {} extends Operation['parameters']
        ? false
        : true
      : false;
type InitArgs<Operation, Init> = InitRequired<Operation> extends true ? [init: Init] : [init?: Init];
type OperationOf<Paths, P extends keyof Paths, M extends HttpMethod> = Paths[P][M & keyof Paths[P]];

/**
 * One request method. Two call signatures: the usual JSON call, and a call with `parseAs` other than `json`, typed
 * per openapi-fetch (`text` -> string, ...). A generic `Init` for `parseAs` in the first would make every call cost
 * about ten times as much to type-check.
 */
interface Method<Paths, M extends HttpMethod> {
  <P extends PathsWithMethod<Paths, M>>(
    path: P,
    ...init: InitArgs<OperationOf<Paths, P, M>, GenesysCloudInit<OperationOf<Paths, P, M>> & { parseAs?: 'json' }>
  ): Promise<GenesysCloudResult<OperationOf<Paths, P, M>>>;
  <P extends PathsWithMethod<Paths, M>, As extends Exclude<ParseAs, 'json'>>(
    path: P,
    init: GenesysCloudInit<OperationOf<Paths, P, M>> & { parseAs: As },
  ): Promise<GenesysCloudResult<OperationOf<Paths, P, M>, As>>;
}

/** What openapi-fetch passes to a middleware callback (the subset our middleware and most others read). */
export interface GenesysCloudMiddlewareParams {
  request: Request;
  readonly schemaPath: string;
  readonly params: { query?: Record<string, unknown>; header?: Record<string, unknown>; path?: Record<string, unknown>; cookie?: Record<string, unknown> };
  readonly id: string;
  readonly options: { baseUrl: string; parseAs: ParseAs; fetch: typeof globalThis.fetch };
}

/** Middleware callbacks, as openapi-fetch calls them. */
export interface GenesysCloudMiddlewareCallbacks {
  onRequest?: (params: GenesysCloudMiddlewareParams) => void | Request | Response | undefined | Promise<Request | Response | undefined | void>;
  onResponse?: (params: GenesysCloudMiddlewareParams & { response: Response }) => void | Response | undefined | Promise<Response | undefined | void>;
  onError?: (params: GenesysCloudMiddlewareParams & { error: unknown }) => void | Response | Error | Promise<void | Response | Error>;
}

/** An openapi-fetch middleware (`genesys.use(...)`, at least one callback): runs for every area's requests. */
export type GenesysCloudMiddleware =
  | (GenesysCloudMiddlewareCallbacks & Required<Pick<GenesysCloudMiddlewareCallbacks, 'onRequest'>>)
  | (GenesysCloudMiddlewareCallbacks & Required<Pick<GenesysCloudMiddlewareCallbacks, 'onResponse'>>)
  | (GenesysCloudMiddlewareCallbacks & Required<Pick<GenesysCloudMiddlewareCallbacks, 'onError'>>);

/** The request methods for `Paths`: `GET(path, { params, body, ... })` and so on, as openapi-fetch's client has them. */
export interface GenesysCloudRequests<Paths> {
  GET: Method<Paths, 'get'>;
  PUT: Method<Paths, 'put'>;
  POST: Method<Paths, 'post'>;
  DELETE: Method<Paths, 'delete'>;
  OPTIONS: Method<Paths, 'options'>;
  HEAD: Method<Paths, 'head'>;
  PATCH: Method<Paths, 'patch'>;
}
