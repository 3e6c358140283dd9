import type { ErrorDescription } from '@ccaas/auth-core';

/**
 * Reads a Genesys Cloud `ErrorBody` (`{message, code, status, contextId, messageParams, ...}`) for auth-core.
 * Missing permissions come from `messageParams` values and from the message text
 * ("You are missing the following permission(s): routing:queue:view").
 */
export function describeGenesysError(response: Response, body: unknown): ErrorDescription | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const errorBody = body as { code?: unknown; message?: unknown; contextId?: unknown; messageParams?: unknown };
  const permissions = new Set<string>();
  const collect = (text: unknown) => {
    if (typeof text !== 'string') return;
    for (const match of text.matchAll(/\b[a-zA-Z][\w-]*:[\w*-]+:[\w*-]+\b/g)) permissions.add(match[0]);
  };
  if (errorBody.messageParams && typeof errorBody.messageParams === 'object') {
    for (const value of Object.values(errorBody.messageParams)) collect(value);
  }
  collect(errorBody.message);
  return {
    code: typeof errorBody.code === 'string' ? errorBody.code : undefined,
    message: typeof errorBody.message === 'string' ? errorBody.message : undefined,
    correlationId:
      (typeof errorBody.contextId === 'string' ? errorBody.contextId : undefined) ??
      response.headers.get('ININ-Correlation-Id') ??
      undefined,
    missingPermissions: permissions.size > 0 ? [...permissions] : undefined,
  };
}
