// Swagger 2.0 -> OpenAPI 3.0 with swagger2openapi (Mermade oas-kit): the converter openapi-typescript's docs point
// to; it maps `collectionFormat: multi` to `style: form, explode: true`, body params to requestBody, definitions to
// components.schemas, and sanitises component names OpenAPI 3 forbids (e.g. "PureCloud OAuth" -> "PureCloud_OAuth").
import swagger2openapi from 'swagger2openapi';
import type { JsonObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';

export async function convertToOpenApi3(swagger: JsonObject, input: string): Promise<JsonObject> {
  try {
    // patch: fix small spec violations instead of failing; warnOnly: report the rest as warnings.
    // resolveInternal stays off so $refs are kept as references (and cycles are ours to judge, see check-references).
    const result = await swagger2openapi.convertObj(structuredClone(swagger), { patch: true, warnOnly: true, resolveInternal: false });
    return result.openapi;
  } catch (cause) {
    throw new SpecSyncError('CONVERSION_FAILED', `${input}: Swagger 2.0 -> OpenAPI 3 conversion failed (${(cause as Error).message})`, { input, cause });
  }
}
