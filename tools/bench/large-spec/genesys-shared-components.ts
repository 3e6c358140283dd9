// The parts of the large synthetic spec that every operation shares, shaped like Genesys Cloud's Platform API v2:
// offset paging parameters, the ININ-Correlation-Id header, one ErrorBody for every error status, entity refs.

const errorResponses = {
  '400': ['BadRequest', 'The request could not be understood by the server due to malformed syntax.'],
  '401': ['Unauthorized', 'No authentication bearer token specified in authorization header.'],
  '403': ['Forbidden', 'You are not authorized to perform the requested action.'],
  '404': ['NotFound', 'The requested resource was not found.'],
  '408': ['RequestTimeout', 'The client did not produce a request within the server timeout limit.'],
  '413': ['RequestEntityTooLarge', 'The request is over the size limit.'],
  '415': ['UnsupportedMediaType', 'Unsupported Media Type - Unsupported or incorrect media type.'],
  '429': ['TooManyRequests', 'Rate limit exceeded the maximum. Retry the request in [%s] seconds.'],
  '500': ['InternalServerError', 'The server encountered an unexpected condition.'],
  '503': ['ServiceUnavailable', 'Service Unavailable - The server is currently unavailable.'],
  '504': ['GatewayTimeout', 'The request timed out.'],
} as const;

export type ErrorStatus = keyof typeof errorResponses;

/** `responses` entries (status -> $ref) for the error statuses an operation declares, as Genesys lists them. */
export function errorResponseRefs(statuses: readonly ErrorStatus[]): Record<string, { $ref: string }> {
  return Object.fromEntries(statuses.map((status) => [status, { $ref: `#/components/responses/${errorResponses[status][0]}` }]));
}

const correlationHeader = { 'ININ-Correlation-Id': { $ref: '#/components/headers/CorrelationId' } };

export function jsonContent(schemaName: string) {
  return { 'application/json': { schema: { $ref: `#/components/schemas/${schemaName}` } } };
}

/** A 2xx response with a JSON body and the correlation header. */
export function okResponse(description: string, schemaName: string) {
  return { description, headers: correlationHeader, content: jsonContent(schemaName) };
}

const int32 = { type: 'integer', format: 'int32' };
const text = { type: 'string' };
const uri = { type: 'string', format: 'uri' };

/** The paging envelope every Genesys list response has around `entities`. */
export function entityListingSchema(entityName: string, description: string) {
  return {
    type: 'object',
    description,
    properties: {
      entities: { type: 'array', items: { $ref: `#/components/schemas/${entityName}` } },
      pageSize: int32,
      pageNumber: int32,
      total: { type: 'integer', format: 'int64' },
      pageCount: int32,
      firstUri: uri,
      selfUri: uri,
      nextUri: uri,
      previousUri: uri,
      lastUri: uri,
    },
  };
}

export function createGenesysSharedComponents() {
  const responses = Object.fromEntries(
    Object.values(errorResponses).map(([name, description]) => [
      name,
      {
        description,
        headers:
          name === 'TooManyRequests' || name === 'ServiceUnavailable'
            ? { 'Retry-After': { $ref: '#/components/headers/RetryAfter' }, ...correlationHeader }
            : correlationHeader,
        content: jsonContent('ErrorBody'),
      },
    ]),
  );
  return {
    securitySchemes: {
      genesysOAuth: {
        type: 'oauth2',
        flows: { clientCredentials: { tokenUrl: 'https://login.mypurecloud.com/oauth/token', scopes: {} } },
      },
    },
    parameters: {
      pageSize: { name: 'pageSize', in: 'query', description: 'Page size.', schema: { ...int32, minimum: 1, default: 25 } },
      pageNumber: { name: 'pageNumber', in: 'query', description: 'Page number.', schema: { ...int32, minimum: 1, default: 1 } },
    },
    headers: {
      CorrelationId: { description: 'Identifies the request in Genesys logs.', schema: text },
      RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
    },
    responses,
    schemas: {
      ErrorBody: {
        type: 'object',
        properties: {
          message: text,
          code: text,
          status: int32,
          entityId: text,
          entityName: text,
          messageWithParams: text,
          messageParams: { type: 'object', additionalProperties: text },
          contextId: text,
          details: { type: 'array', items: { $ref: '#/components/schemas/Detail' } },
          errors: { type: 'array', items: { $ref: '#/components/schemas/ErrorBody' } },
          limit: { $ref: '#/components/schemas/Limit' },
        },
      },
      Detail: { type: 'object', properties: { errorCode: text, fieldName: text, entityId: text, entityName: text } },
      Limit: { type: 'object', properties: { key: text, namespace: text, value: { type: 'integer', format: 'int64' } } },
      DomainEntityRef: { type: 'object', properties: { id: text, name: text, selfUri: uri } },
      Division: {
        type: 'object',
        properties: { id: text, name: text, selfUri: uri, homeDivision: { type: 'boolean' } },
      },
    },
  };
}
