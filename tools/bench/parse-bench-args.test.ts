import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from './parse-bench-args.js';

describe('parseBenchArgs', () => {
  it('defaults to 5 runs of every suite, and 1 run in smoke mode', () => {
    expect(parseBenchArgs([])).toEqual({ runs: 5, only: null, smoke: false, build: true, out: null, help: false });
    expect(parseBenchArgs(['--smoke']).runs).toBe(1);
    expect(parseBenchArgs(['--smoke', '--runs', '2']).runs).toBe(2);
  });

  it('reads --only, --skip-build and --out', () => {
    expect(parseBenchArgs(['--only', 'bundle-size, codegen-time', '--skip-build', '--out', 'x'])).toMatchObject({
      only: ['bundle-size', 'codegen-time'],
      build: false,
      out: 'x',
    });
  });

  it('rejects bad run counts and unknown flags', () => {
    expect(() => parseBenchArgs(['--runs', '0'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--runs', 'many'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--runs', '1000'])).toThrow(/--runs/);
    expect(() => parseBenchArgs(['--fast'])).toThrow();
  });
});
