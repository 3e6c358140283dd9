import { ConfigurationError } from './errors.js';
import type { ClientAuthenticationMethod } from './token-endpoint-client.js';
import { parseTokenEndpointUrl, type TokenEndpoint } from './token-endpoint-url.js';

/** Throws a {@link ConfigurationError} naming (never echoing) the option when it is not a non-empty string. */
export function requireOption(value: unknown, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new ConfigurationError(`${name} is required (a non-empty string)`);
  }
  return value;
}

/** Optional string option: undefined or a non-empty string. */
export function optionalOption(value: unknown, name: string): string | undefined {
  if (value === undefined) return undefined;
  return requireOption(value, name);
}

/** Validates a static endpoint now; a function endpoint is validated when it is resolved. */
export function requireEndpoint(value: unknown, name: string): TokenEndpoint {
  if (typeof value === 'function') return value as TokenEndpoint;
  if (typeof value === 'string' || value instanceof URL) {
    parseTokenEndpointUrl(value, name);
    return value;
  }
  throw new ConfigurationError(`${name} is required (a URL string, URL, or a function resolving one)`);
}

export function optionalEndpoint(value: unknown, name: string): TokenEndpoint | undefined {
  return value === undefined ? undefined : requireEndpoint(value, name);
}

/** `scope` given as a space-separated string or an array of scopes. */
export function normalizeScope(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.length ? value.join(' ') : undefined;
  }
  if (typeof value === 'string') return value.trim() || undefined;
  throw new ConfigurationError('scope must be a string or an array of strings');
}

export function clientAuthenticationOption(value: unknown): ClientAuthenticationMethod {
  if (value === undefined) return 'client_secret_basic';
  if (value === 'client_secret_basic' || value === 'client_secret_post' || value === 'client_secret_basic_form_encoded') {
    return value;
  }
  throw new ConfigurationError(
    "clientAuthentication must be 'client_secret_basic', 'client_secret_post' or 'client_secret_basic_form_encoded'",
  );
}
