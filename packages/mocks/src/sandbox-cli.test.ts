import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseSandboxArgs, runSandboxCli, sandboxUsage, SandboxUsageError } from './sandbox-cli.js';

describe('the sandbox command line', () => {
  it('starts with defaults, takes the bin command `sandbox` and every flag in its documented form', () => {
    expect(parseSandboxArgs([])).toEqual({ help: false, log: false, options: { port: 0 } });
    expect(parseSandboxArgs(['sandbox', '--port', '4010', '--genesys-token-lifetime', '10', '--cxone-token-lifetime=60', '--log'])).toEqual({
      help: false,
      log: true,
      options: { port: 4010, genesysCloud: { tokenLifetimeSeconds: 10 }, cxone: { tokenLifetimeSeconds: 60 } },
    });
  });

  it('--help and -h ask for the usage instead of crashing on an unknown option', () => {
    expect(parseSandboxArgs(['--help'])).toEqual({ help: true });
    expect(parseSandboxArgs(['sandbox', '-h'])).toEqual({ help: true });
    expect(sandboxUsage).toMatch(/--genesys-token-lifetime <s>\s+lifetime of Genesys Cloud tokens in whole seconds/);
  });

  it.each([
    [['--genesys-token-lifetime', '10s'], '--genesys-token-lifetime must be a whole number from 1 to 31536000, e.g. --genesys-token-lifetime 60 (got "10s")'],
    [['--cxone-token-lifetime', '0'], '--cxone-token-lifetime must be a whole number from 1 to 31536000, e.g. --cxone-token-lifetime 60 (got "0")'],
    [['--cxone-token-lifetime', '1.5'], '--cxone-token-lifetime must be a whole number'],
    [['--port', '70000'], '--port must be a whole number from 0 to 65535, e.g. --port 4010 (got "70000")'],
    [['--port', ''], '--port must be a whole number'],
    [['--prot', '4010'], "Unknown option '--prot'; the sandbox takes --port, --genesys-token-lifetime, --cxone-token-lifetime, --log, --help"],
    [['--port'], "Option '--port <value>' argument missing"],
    [['start'], 'unexpected argument "start": the only command is `sandbox`'],
  ])('refuses %j with a message naming the flag', (argv, message) => {
    expect(() => parseSandboxArgs(argv)).toThrow(SandboxUsageError);
    expect(() => parseSandboxArgs(argv)).toThrow(message);
  });

  describe('runSandboxCli', () => {
    afterEach(() => {
      vi.restoreAllMocks();
      process.exitCode = undefined;
    });

    it('prints the usage for --help and starts nothing', async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
      expect(await runSandboxCli(['--help'])).toBeUndefined();
      expect(log).toHaveBeenCalledWith(sandboxUsage);
    });

    it('a bad flag: the message and the usage on stderr, exit code 2, nothing listening', async () => {
      const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      expect(await runSandboxCli(['--genesys-token-lifetime', '10s'])).toBeUndefined();
      expect(process.exitCode).toBe(2);
      expect(String(error.mock.calls[0]?.[0])).toMatch(/^\[sandbox\] --genesys-token-lifetime must be a whole number[\s\S]*Usage: npx @ccaas\/mocks sandbox/);
    });
  });
});

describe('the @ccaas/mocks bin (npx @ccaas/mocks sandbox)', () => {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { bin?: Record<string, string> };
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const bin = fileURLToPath(new URL('./sandbox-bin.ts', import.meta.url));

  it('is declared as the only bin, pointing at the build of src/sandbox-bin.ts, which starts with a shebang', () => {
    expect(manifest.bin).toEqual({ 'ccaas-mocks': './dist/sandbox-bin.js' });
    expect(readFileSync(bin, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('answers `sandbox --help` and refuses `sandbox --genesys-token-lifetime 10s` with exit code 2', () => {
    const help = spawnSync(process.execPath, [tsx, bin, 'sandbox', '--help'], { encoding: 'utf8' });
    expect({ status: help.status, stdout: help.stdout.split('\n')[0] }).toEqual({ status: 0, stdout: 'Usage: npx @ccaas/mocks sandbox [options]' });
    const bad = spawnSync(process.execPath, [tsx, bin, 'sandbox', '--genesys-token-lifetime', '10s'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--genesys-token-lifetime must be a whole number');
  });
});
