// One import per platform: every error class auth-core has (and so every one this README's errors table names) comes
// from `@ccaas/nice-cxone` itself, as the very same class object, so `instanceof` holds whichever import a
// consumer (or a library it uses) took; the types the README documents come from here too.
import { readFileSync } from 'node:fs';
import * as core from '@ccaas/auth-core';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as cxone from './index.js';

const coreErrorClasses = Object.entries(core).filter(
  ([, value]) => typeof value === 'function' && (value === core.CcaasError || value.prototype instanceof core.CcaasError),
);
const readmeErrors = [...readFileSync(new URL('../README.md', import.meta.url), 'utf8').matchAll(/^\| `([A-Z]\w*Error)` \|/gm)].map((m) => m[1]!);

describe('@ccaas/nice-cxone exports what its README documents', () => {
  it('re-exports every auth-core error class as the same class object', () => {
    expect(coreErrorClasses.map(([name]) => name)).toEqual(expect.arrayContaining(['CcaasError', 'NetworkError', 'RequestTimeoutError', 'InsecureTransportError']));
    for (const [name, errorClass] of coreErrorClasses) expect((cxone as Record<string, unknown>)[name], name).toBe(errorClass);
  });

  it('exports every error of the README errors table (DiscoveryError is its own)', () => {
    expect(readmeErrors).toContain('DiscoveryError');
    expect(readmeErrors.length).toBeGreaterThanOrEqual(11);
    for (const name of readmeErrors) expect(typeof (cxone as Record<string, unknown>)[name], name).toBe('function');
  });

  it('an error thrown by the client is an instance of the class from either import', () => {
    let thrown: unknown;
    try {
      // CXone has no region: the option is refused with a ConfigurationError naming what to use.
      cxone.createCxoneClient({ accessKeyId: 'key', accessKeySecret: 'secret', clientId: 'app', region: 'na1' } as never);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(cxone.ConfigurationError);
    expect(thrown).toBeInstanceOf(core.ConfigurationError);
    expect(thrown).toBeInstanceOf(cxone.CcaasError);
  });

  it('exports the event and option types of the README', () => {
    expectTypeOf<cxone.AttemptEvent>().toEqualTypeOf<core.AttemptEvent>();
    expectTypeOf<cxone.RetryOptions>().toEqualTypeOf<core.RetryOptions>();
    expectTypeOf<cxone.RateLimitOptions>().toEqualTypeOf<core.RateLimitOptions>();
    expectTypeOf<cxone.TokenStore>().toEqualTypeOf<core.TokenStore>();
    expect(cxone.openTelemetrySpans).toBe(core.openTelemetrySpans);
  });
});
