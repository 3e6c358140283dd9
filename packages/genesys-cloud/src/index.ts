/**
 * Typed Genesys Cloud Platform API client: `createGenesysCloudClient`, regions, pagination and the typed view,
 * {@link GenesysCloudApi}, that every API area and `genesys.withPaths<P>()` return.
 *
 * ## API areas: `@ccaas/genesys-cloud/<area>`
 *
 * The whole API is 87 entry points of one shape, one per area of the vendor's API (`users`, `routing`,
 * `conversations`, `analytics`, `telephony-providers-edge`, ...; every area with its accessor and operation count is
 * in the package's `src/generated/areas.json`), for `import` and `require` alike. Each exports
 *
 * - `<area>Api(client: GenesysCloudClient): GenesysCloudApi<paths>` (`usersApi`, `telephonyProvidersEdgeApi`, ...):
 *   the client itself, typed with the area's paths (one token manager and one rate-limit state for every area);
 * - the area's openapi-typescript types: `paths`, `components`, `operations` and a `Schema<Name>` alias per model.
 *
 * The areas are generated from the vendor's API description and not repeated in this reference (tens of thousands of
 * declarations): editors show them from the package's declarations. For an operation no area has, type the client
 * with your own openapi-typescript `paths`: {@link GenesysCloudClient.withPaths}.
 *
 * @packageDocumentation
 * @module @ccaas/genesys-cloud
 */
export { authorizationCode, createGenesysCloudClient, refreshToken } from './create-genesys-cloud-client.js';
export type {
  GenesysCloudApi,
  GenesysCloudClient,
  GenesysCloudClientOptions,
  GenesysCloudGrant,
  GenesysCloudGrantClient,
  GenesysCloudRootClient,
  ImportAnApiArea,
} from './create-genesys-cloud-client.js';
export { describeGenesysError } from './describe-genesys-error.js';
// Not operation-policies.js (the 403 explanation): the client loads it by dynamic import on the first 403, and a
// static re-export here would put it in every application's startup chunk (`@ccaas/genesys-cloud/operation-policies`).
export { GenesysForbiddenError, requiredPermissionsOf } from './permission-tables.js';
export type { OperationPermissionTable, RequiredPermissions } from './permission-tables.js';
export type {
  GenesysCloudInit,
  GenesysCloudMiddleware,
  GenesysCloudMiddlewareParams,
  GenesysCloudRequestOptions,
  GenesysCloudRequests,
  GenesysCloudResult,
  ParseAs,
  PathsWithMethod,
} from './genesys-cloud-api.js';
export { genesysCloudRegions, normalizeGenesysCloudRegion, resolveGenesysCloudHosts } from './regions.js';
export type { GenesysCloudHosts, GenesysCloudRegion } from './regions.js';
export { paginateGenesys, paginateGenesysPages } from './paginate-genesys.js';
export type { GenesysEntity, GenesysPage, GenesysPagedPath, PaginateGenesysOptions } from './paginate-genesys.js';
// What this package's README documents from auth-core, re-exported so that the install line is the whole install
// (nothing is imported from a package npm may not hoist): the same objects, so `instanceof` holds across both. The
// values come through auth-core's platform entry (it says why), the types from its public index.
export {
  buildAuthorizationUrl,
  CcaasError,
  ConfigurationError,
  ForbiddenError,
  HttpError,
  InsecureTransportError,
  InvalidClientCredentialsError,
  NetworkError,
  RateLimitError,
  ReauthenticationRequiredError,
  RequestTimeoutError,
  TokenRequestError,
  UnauthorizedError,
  createPkcePair,
  generateState,
  loadDeferredModules,
  openTelemetrySpans,
} from '@ccaas/auth-core/platform';
export type {
  AttemptEvent,
  ConfigurationErrorCode,
  HttpErrorDetails,
  RateBudget,
  RateLimitOptions,
  RateLimitReason,
  RequestAttemptEvent,
  RequestErrorDetails,
  RetryOptions,
  SpanLike,
  StoredToken,
  StreamAttemptEvent,
  StreamCause,
  StreamPhase,
  TokenAttemptEvent,
  TokenManager,
  TokenManagerEvents,
  TokenRequestErrorCode,
  TokenStore,
  TracerLike,
} from '@ccaas/auth-core';
