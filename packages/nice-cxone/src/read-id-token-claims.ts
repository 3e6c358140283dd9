/**
 * Decodes the payload of an id_token without verifying it. Used only to read the `tenantId` claim for tenant
 * discovery over the same TLS connection that issued it; never use these claims for authorisation decisions.
 */
export function readIdTokenClaims(idToken: string | undefined): Record<string, unknown> | undefined {
  const payload = idToken?.split('.')[1];
  if (!payload) return undefined;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(payload.length / 4) * 4, '=');
    const json = new TextDecoder().decode(Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)));
    const claims: unknown = JSON.parse(json);
    return claims !== null && typeof claims === 'object' ? (claims as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
