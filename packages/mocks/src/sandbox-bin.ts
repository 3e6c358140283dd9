#!/usr/bin/env node
// The package's bin: `npx @ccaas/mocks sandbox [--port 4010] [--genesys-token-lifetime 60] [--help]` starts the
// loopback sandbox from any repository (sandbox-cli.ts has the flags).
import { runSandboxCli } from './sandbox-cli.js';

runSandboxCli(process.argv.slice(2)).catch((error: unknown) => {
  console.error(`[sandbox] could not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
