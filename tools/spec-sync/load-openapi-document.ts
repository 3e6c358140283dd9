// Reads a spec for `spec:diff` / `spec:changeset`: file or URL, JSON or YAML, Swagger 2.0 converted on the way.
import { convertToOpenApi3 } from './convert-to-openapi3.js';
import type { JsonObject } from './is-plain-object.js';
import { parseApiDocument } from './parse-api-document.js';
import { readInput } from './read-input.js';

export async function loadOpenApiDocument(from: string): Promise<{ document: JsonObject; text: string }> {
  const input = await readInput(from);
  const parsed = parseApiDocument(input.text, input.location, input.contentType);
  const document = parsed.format === 'swagger-2.0' ? await convertToOpenApi3(parsed.document, input.location) : parsed.document;
  return { document, text: input.text };
}
