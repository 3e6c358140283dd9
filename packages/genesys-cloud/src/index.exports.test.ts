// One import per platform: every error class auth-core has (and so every one this README's errors table names) comes
// from `@ccaas/genesys-cloud` itself, as the very same class object, so `instanceof` holds whichever import a
// consumer (or a library it uses) took; the types the README documents come from here too.
import { readFileSync } from 'node:fs';
import * as core from '@ccaas/auth-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as genesys from './index.js';

const coreErrorClasses = Object.entries(core).filter(
  ([, value]) => typeof value === 'function' && (value === core.CcaasError || value.prototype instanceof core.CcaasError),
);
const readmeErrors = [...readFileSync(new URL('../README.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z]\w*Error)` \|/gm)].map((m) => m[1]!);

describe('@ccaas/genesys-cloud exports what its README documents', () => {
  it('re-exports every auth-core error class as the same class object', () => {
    expect(coreErrorClasses.map(([name]) => name)).toEqual(expect.arrayContaining(['CcaasError', 'NetworkError', 'RequestTimeoutError', 'InsecureTransportError']));
    for (const [name, errorClass] of coreErrorClasses) expect((genesys as Record<string, unknown>)[name], name).toBe(errorClass);
  });

  it('exports every error of the README errors table', () => {
    expect(readmeErrors.length).toBeGreaterThanOrEqual(9);
    for (const name of readmeErrors) expect(typeof (genesys as Record<string, unknown>)[name], name).toBe('function');
  });

  it('an error thrown by the client is an instance of the class from either import', () => {
    let thrown: unknown;
    try {
      genesys.createGenesysCloudClient({ clientId: 'id', clientSecret: 'secret', region: 'mars-1' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(genesys.ConfigurationError);
    expect(thrown).toBeInstanceOf(core.ConfigurationError);
    expect(thrown).toBeInstanceOf(genesys.CcaasError);
  });

  it('exports the event and option types of the README', () => {
    expectTypeOf<genesys.AttemptEvent>().toEqualTypeOf<core.AttemptEvent>();
    expectTypeOf<genesys.RetryOptions>().toEqualTypeOf<core.RetryOptions>();
    expectTypeOf<genesys.RateLimitOptions>().toEqualTypeOf<core.RateLimitOptions>();
    expectTypeOf<genesys.TokenStore>().toEqualTypeOf<core.TokenStore>();
    expect(genesys.openTelemetrySpans).toBe(core.openTelemetrySpans);
    expect(genesys.createPkcePair).toBe(core.createPkcePair);
  });
});
