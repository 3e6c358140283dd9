// ---------------------------------------------------------------------------------------------
// GENERATED FILE - DO NOT EDIT. Source: specs/nice-cxone/families/voice-biometrics/openapi.yaml (sha256 d71129f4c3711963)
// Produced by `node tools/codegen/generate.mjs nice-cxone --area voice-biometrics` (tools/codegen/generate.mjs, openapi-typescript 7).
// ---------------------------------------------------------------------------------------------

/**
 * voice-biometrics (4 operations): the client's one openapi-fetch instance, typed with this area's
 * `paths` (what `client.withPaths<paths>()` gives: one token manager, one rate-limit state), paths from the host root.
 * @example
 * const voiceBiometrics = voiceBiometricsApi(createCxoneClient({ accessKeyId, accessKeySecret, clientId, clientSecret }));
 */
export function voiceBiometricsApi(client) {
  return client;
}
