// Parses vendor text (JSON or YAML) and tells which API description format it is, rejecting what we cannot import.
import { parse as parseYaml } from 'yaml';
import { isPlainObject, type JsonObject } from './is-plain-object.js';
import { SpecSyncError } from './spec-sync-error.js';

export interface ParsedApiDocument {
  format: 'swagger-2.0' | 'openapi-3.0' | 'openapi-3.1';
  document: JsonObject;
}

export function parseApiDocument(text: string, input: string, contentType?: string): ParsedApiDocument {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || (head.startsWith('<') && (contentType ?? '').includes('html'))) {
    throw new SpecSyncError('INPUT_HTML', `${input} is an HTML page, not an API document (an error or login page instead of JSON?)`, { input });
  }
  if (head.startsWith('<')) {
    throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${input} looks like XML/HTML, not a JSON or YAML API document`, { input });
  }
  let document: unknown;
  try {
    document = head.startsWith('{') || head.startsWith('[') ? JSON.parse(text) : parseYaml(text, { maxAliasCount: -1 });
  } catch (cause) {
    throw new SpecSyncError('INPUT_NOT_PARSEABLE', `${input} is not valid JSON or YAML (${(cause as Error).message.split('\n')[0]})`, { input, cause });
  }
  if (!isPlainObject(document)) {
    throw new SpecSyncError('UNKNOWN_DOCUMENT_FORMAT', `${input} is not an API document (top level is not an object)`, { input });
  }
  const swagger = document['swagger'];
  const swaggerVersion = document['swaggerVersion'];
  if (swaggerVersion !== undefined || (typeof swagger === 'string' && swagger.startsWith('1.'))) {
    const version = String(swaggerVersion ?? swagger);
    throw new SpecSyncError('SWAGGER_1_UNSUPPORTED', `${input} is Swagger ${version}; only Swagger 2.0 and OpenAPI 3.x can be imported`, { input });
  }
  if (swagger === '2.0') return { format: 'swagger-2.0', document };
  const openapi = document['openapi'];
  if (typeof openapi === 'string' && /^3\.0\.\d+$/.test(openapi)) return { format: 'openapi-3.0', document };
  if (typeof openapi === 'string' && /^3\.1\.\d+$/.test(openapi)) return { format: 'openapi-3.1', document };
  const declared = swagger ?? openapi;
  throw new SpecSyncError(
    'UNKNOWN_DOCUMENT_FORMAT',
    `${input} is not Swagger 2.0 or OpenAPI 3.x (${declared === undefined ? 'no "swagger"/"openapi" field' : `declares ${JSON.stringify(declared)}`})`,
    { input },
  );
}
