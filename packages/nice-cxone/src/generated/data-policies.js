// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/data-policies/openapi.yaml (sha256 cb3589f35b8ba443)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area data-policies` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * data-policies (7 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const dataPolicies = dataPoliciesApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function dataPoliciesApi(client) {
  return client;
}
