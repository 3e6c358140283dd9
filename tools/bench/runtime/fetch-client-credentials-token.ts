// One access token from the sandbox's Genesys token endpoint (client credentials, Basic auth), for the variants
// that send a fixed Authorization header (raw fetch, bare openapi-fetch).
const tokenRequestTimeoutMs = 10_000;

export async function fetchClientCredentialsToken(env: Record<string, string>): Promise<string> {
  const basic = Buffer.from(`${env.GENESYS_CLIENT_ID ?? ''}:${env.GENESYS_CLIENT_SECRET ?? ''}`).toString('base64');
  const response = await fetch(`${env.GENESYS_LOGIN_BASE_URL ?? ''}/oauth/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${basic}`, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials',
    signal: AbortSignal.timeout(tokenRequestTimeoutMs),
  });
  const body = (await response.json()) as { access_token?: unknown };
  if (!response.ok || typeof body.access_token !== 'string') {
    throw new Error(`[bench] the sandbox token endpoint answered ${response.status} without an access_token`);
  }
  return body.access_token;
}
