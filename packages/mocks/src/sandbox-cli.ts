// The sandbox from a terminal: `npx @ccaas/mocks sandbox [flags]` (the package's bin) and `npm run sandbox` in this
// repository. Flags are checked strictly: a value the sandbox would misread (`--genesys-token-lifetime 10s`) or an
// unknown flag stops it with a message naming the flag and the expected form, before anything listens.
import { parseArgs } from 'node:util';
import { startSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';

export const sandboxUsage = `Usage: npx @ccaas/mocks sandbox [options]

Serves the simulated Genesys Cloud and NICE CXone on 127.0.0.1 until Ctrl-C, and prints the environment variables
that point the clients (and the examples) at it.

Options:
  --port <n>                      port on 127.0.0.1, 0-65535 (default 0: a free port)
  --genesys-token-lifetime <s>    lifetime of Genesys Cloud tokens in whole seconds, e.g. 60 (default 86400)
  --cxone-token-lifetime <s>      lifetime of NICE CXone tokens in whole seconds, e.g. 60 (default 3600)
  --log                           print one line per request
  -h, --help                      show this help

Control API (from another terminal, JSON bodies):
  POST /__sandbox/<genesys-cloud|nice-cxone>/scenarios/<name>   e.g. -d '{"times":3,"retryAfterSeconds":2}'
  POST /__sandbox/<genesys-cloud|nice-cxone>/expire-tokens
  GET  /__sandbox/stats      DELETE /__sandbox/scenarios`;

/** A command line the sandbox refuses; the message names the flag and what to pass. */
export class SandboxUsageError extends Error {
  override readonly name = 'SandboxUsageError';
}

export type SandboxCommand = { help: true } | { help: false; options: SandboxOptions & { port: number }; log: boolean };

const flags = {
  port: { type: 'string' },
  'genesys-token-lifetime': { type: 'string' },
  'cxone-token-lifetime': { type: 'string' },
  log: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** `value` as a whole number in [min, max]; anything else (`10s`, `1.5`, `-1`, ``) is a usage error naming `flag`. */
function wholeNumber(flag: string, value: string | undefined, min: number, max: number, example: string): number | undefined {
  if (value === undefined) return undefined;
  const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    throw new SandboxUsageError(`--${flag} must be a whole number from ${min} to ${max}, e.g. --${flag} ${example} (got ${JSON.stringify(value)})`);
  }
  return number;
}

/** Reads the command line (without node and the script); an optional leading `sandbox` is the bin's command. */
export function parseSandboxArgs(argv: readonly string[]): SandboxCommand {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: flags, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util's message ("Unknown option '--prot'...") names the flag; add what the sandbox does take.
    throw new SandboxUsageError(`${(error as Error).message.split('. ')[0]}; the sandbox takes --port, --genesys-token-lifetime, --cxone-token-lifetime, --log, --help`);
  }
  const { values, positionals } = parsed;
  const extra = positionals[0] === 'sandbox' ? positionals.slice(1) : positionals;
  if (extra.length > 0) throw new SandboxUsageError(`unexpected argument ${JSON.stringify(extra[0])}: the only command is \`sandbox\``);
  if (values.help === true) return { help: true };
  const genesysLifetime = wholeNumber('genesys-token-lifetime', values['genesys-token-lifetime'], 1, 31_536_000, '60');
  const cxoneLifetime = wholeNumber('cxone-token-lifetime', values['cxone-token-lifetime'], 1, 31_536_000, '60');
  return {
    help: false,
    log: values.log === true,
    options: {
      port: wholeNumber('port', values.port, 0, 65_535, '4010') ?? 0,
      ...(genesysLifetime === undefined ? {} : { genesysCloud: { tokenLifetimeSeconds: genesysLifetime } }),
      ...(cxoneLifetime === undefined ? {} : { cxone: { tokenLifetimeSeconds: cxoneLifetime } }),
    },
  };
}

/**
 * Runs the command line: help, a usage error (exit code 2, the message and the usage on stderr), or a sandbox that
 * serves until SIGINT/SIGTERM. Resolves with the started sandbox (undefined for help and usage errors).
 */
export async function runSandboxCli(argv: readonly string[]): Promise<Sandbox | undefined> {
  let command: SandboxCommand;
  try {
    command = parseSandboxArgs(argv);
  } catch (error) {
    if (!(error instanceof SandboxUsageError)) throw error;
    console.error(`[sandbox] ${error.message}\n\n${sandboxUsage}`);
    process.exitCode = 2;
    return undefined;
  }
  if (command.help) {
    console.log(sandboxUsage);
    return undefined;
  }
  const sandbox = await startSandbox({ ...command.options, ...(command.log ? { onRequest: (line: string) => console.log(`[sandbox] ${line}`) } : {}) });
  console.log(`[sandbox] listening on ${sandbox.url} (pid ${process.pid}); Ctrl-C stops it`);
  console.log('[sandbox] point the clients (or the examples) at it with:');
  for (const [name, value] of Object.entries(sandbox.env)) console.log(`export ${name}=${value}`);
  console.log(`[sandbox] control API: ${sandbox.url}/__sandbox (stats, scenarios, expire-tokens; see the @ccaas/mocks README)`);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[sandbox] ${signal}: stopping`);
    void sandbox.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  return sandbox;
}
