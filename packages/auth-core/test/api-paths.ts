/** A tiny hand-written openapi-typescript style `paths` type for middleware tests. */
export interface paths {
  '/api/v2/users/me': {
    get: {
      responses: {
        200: { content: { 'application/json': { id: string; token: string } } };
        404: { content: { 'application/json': { message: string; code: string } } };
      };
    };
  };
  '/api/v2/routing/queues': {
    get: { responses: { 200: { content: { 'application/json': { entities: unknown[] } } } } };
  };
  '/api/v2/notes': {
    post: {
      parameters: { header?: { 'Idempotency-Key'?: string } };
      requestBody: { content: { 'application/json': { text: string; tags: string[] } } };
      responses: { 201: { content: { 'application/json': { echoed: unknown; token: string } } } };
    };
  };
  '/api/v2/uploads': {
    post: {
      requestBody: { content: { 'multipart/form-data': Record<string, unknown> } };
      responses: { 201: { content: { 'application/json': { fields: Record<string, string>; token: string } } } };
    };
  };
  '/api/v2/texts': {
    put: {
      requestBody: { content: { 'text/plain': string } };
      responses: { 200: { content: { 'application/json': { text: string; token: string } } } };
    };
  };
}
