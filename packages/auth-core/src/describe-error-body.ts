/** What a platform's error body says about a failed request. */
export interface ErrorDescription {
  code?: string;
  message?: string;
  /** Permissions or scopes the server said are missing. */
  missingPermissions?: string[];
  correlationId?: string;
}

/** Reads a platform error body; plug in per platform via `authMiddleware(tm, { describeError })`. */
export type DescribeError = (response: Response, body: unknown) => ErrorDescription | undefined;

/** `domain:entity:action` style permissions (Genesys Cloud), wildcards allowed. */
const PERMISSION = /^[A-Za-z][\w-]*(?::[\w*-]+)+$/;
const PERMISSION_IN_TEXT = /\b[A-Za-z][\w-]*(?::[\w*-]+){2,}/g;

function field(body: unknown, ...names: string[]): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  for (const name of names) {
    const value = (body as Record<string, unknown>)[name];
    if (typeof value === 'string' && value.trim() !== '') return value;
    if (typeof value === 'number') return String(value);
  }
  return undefined;
}

function permissionsFrom(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') {
    for (const part of value.split(/[\s,[\]"']+/)) if (PERMISSION.test(part)) into.add(part);
  } else if (Array.isArray(value)) {
    for (const item of value) permissionsFrom(item, into);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) permissionsFrom(item, into);
  }
}

/** `WWW-Authenticate: Bearer error="insufficient_scope", scope="a b"` -> ['a', 'b']. */
function insufficientScopes(response: Response): string[] {
  const header = response.headers.get('www-authenticate');
  if (!header || !/error="?insufficient_scope"?/i.test(header)) return [];
  const scope = /scope="([^"]*)"/i.exec(header)?.[1];
  return scope ? scope.split(/\s+/).filter(Boolean) : [];
}

/**
 * What authMiddleware always reads from an error response, whatever the platform: `code` (`code`, `error`,
 * `errorCode`, `error_code`), `message` (`message`, `errorDescription`, `error_description`, `errorMessage`, `detail`,
 * `title`, or a plain-text body), `correlationId` (`contextId`, `correlationId`, `requestId`, `traceId`) and the scopes
 * of an RFC 6750 `WWW-Authenticate: Bearer error="insufficient_scope", scope="..."`. A platform's `describeError`
 * (or {@link describeErrorBody}) adds to it.
 */
export function readErrorFields(response: Response, body: unknown): ErrorDescription {
  const code = field(body, 'code', 'error', 'errorCode', 'error_code');
  const message =
    field(body, 'message', 'errorDescription', 'error_description', 'errorMessage', 'detail', 'title') ??
    (typeof body === 'string' && body.trim() !== '' ? body.trim() : undefined);
  const correlationId = field(body, 'contextId', 'correlationId', 'requestId', 'traceId');
  const scopes = insufficientScopes(response);
  return {
    ...(code ? { code } : {}),
    ...(message ? { message } : {}),
    ...(scopes.length ? { missingPermissions: scopes } : {}),
    ...(correlationId ? { correlationId } : {}),
  };
}

/**
 * A generic `describeError` for clients without a platform describer: {@link readErrorFields} plus missing
 * permissions from explicit `missingPermissions` arrays, Genesys-style `messageParams`, and permission lists in the
 * message ("missing the following permission(s): a:b:c"). The platform packages pass their own describer, so a bundle
 * contains this one only when it is imported: `authMiddleware(tokens, { describeError: describeErrorBody })`.
 */
export function describeErrorBody(response: Response, body: unknown): ErrorDescription {
  const described = readErrorFields(response, body);
  const missing = new Set<string>();
  if (body !== null && typeof body === 'object') {
    const record = body as Record<string, unknown>;
    permissionsFrom(record.missingPermissions, missing);
    permissionsFrom(record.messageParams, missing);
  }
  const { message } = described;
  if (missing.size === 0 && message && /permission|scope/i.test(message)) {
    for (const match of message.matchAll(PERMISSION_IN_TEXT)) missing.add(match[0]);
  }
  for (const scope of described.missingPermissions ?? []) missing.add(scope);
  return { ...described, ...(missing.size ? { missingPermissions: [...missing] } : {}) };
}
