import type { ErrorDescription } from '@ccaas/auth-core';

/**
 * Adds what a Genesys Cloud `ErrorBody` says beyond the fields auth-core always reads (`code`, `message`, `contextId`
 * and the `ININ-Correlation-Id` header: `readErrorFields`): the missing permissions, from `messageParams` values and
 * from the message text ("You are missing the following permission(s): routing:queue:view").
 */
export function describeGenesysError(_response: Response, body: unknown): ErrorDescription | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const { message, messageParams } = body as { message?: unknown; messageParams?: unknown };
  const permissions = new Set<string>();
  for (const text of [...(messageParams && typeof messageParams === 'object' ? Object.values(messageParams) : []), message]) {
    if (typeof text === 'string') for (const match of text.matchAll(/\b[a-zA-Z][\w-]*:[\w*-]+:[\w*-]+\b/g)) permissions.add(match[0]);
  }
  return permissions.size > 0 ? { missingPermissions: [...permissions] } : undefined;
}
