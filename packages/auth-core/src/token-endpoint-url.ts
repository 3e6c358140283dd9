import { ConfigurationError } from './errors.js';

/** A token endpoint given directly or resolved lazily (e.g. after OpenID discovery). */
export type TokenEndpoint = string | URL | (() => string | URL | Promise<string | URL>);

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]']);

/** True for `localhost`, `*.localhost`, `127.0.0.0/8` and `[::1]`. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return LOOPBACK_HOSTS.has(host) || host.endsWith('.localhost') || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Validates a token endpoint URL: https, or http only on a loopback host (tests, sandboxes).
 * Throws {@link ConfigurationError}; the message never echoes query strings or user info.
 */
export function parseTokenEndpointUrl(value: string | URL, label = 'tokenEndpoint'): URL {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigurationError(`${label} must be an absolute URL`);
  }
  if (url.username || url.password) throw new ConfigurationError(`${label} must not contain credentials`);
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return url;
  throw new ConfigurationError(
    `${label} must use https (http is allowed only for loopback hosts), got ${url.protocol}//${url.host}`,
  );
}

/** Resolves a {@link TokenEndpoint} at request time and validates it. */
export async function resolveTokenEndpoint(endpoint: TokenEndpoint, label = 'tokenEndpoint'): Promise<URL> {
  const value = typeof endpoint === 'function' ? await endpoint() : endpoint;
  return parseTokenEndpointUrl(value, label);
}
