#!/usr/bin/env node
// The sandbox (@ccaas/mocks/sandbox, the built dist/) in a process of its own, so the runtime suites' clients do not
// share an event loop with the server they measure. Once it listens it prints one JSON line
// {"url","env","pid","sandboxModule"} on stdout (sandboxModule: the file @ccaas/mocks/sandbox resolved to), then
// serves until stdin closes (the bench closes it, or dies) or SIGTERM/SIGINT arrives. Besides the sandbox's own
// Genesys OAuth client (GENESYS_CLIENT_ID/SECRET) it accepts a second one (GENESYS_BASELINE_CLIENT_ID/SECRET) for the
// runtime suite's baselines: the sandbox counts `inin-ratelimit-*` per OAuth client, as Genesys does, so the baselines'
// requests must not count in the window the @ccaas client paces itself by.
//   node tools/bench/sandbox-process/serve-sandbox.mjs
import { genesysCloudSandboxCredentials } from '@ccaas/mocks';
import { startSandbox } from '@ccaas/mocks/sandbox';

const baselineClient = { clientId: 'bench-baseline-client', clientSecret: 'bench-baseline-secret' };
const sandbox = await startSandbox({ port: 0, genesysCloud: { clients: [{ ...genesysCloudSandboxCredentials }, baselineClient] } });
const env = { ...sandbox.env, GENESYS_BASELINE_CLIENT_ID: baselineClient.clientId, GENESYS_BASELINE_CLIENT_SECRET: baselineClient.clientSecret };
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  // A hung close must not keep the process alive: exit after 2 s whatever happens.
  setTimeout(() => process.exit(0), 2_000).unref();
  sandbox.stop().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
process.stdin.on('end', stop);
process.stdin.on('error', stop);
process.stdin.resume();
const sandboxModule = import.meta.resolve('@ccaas/mocks/sandbox');
process.stdout.write(`${JSON.stringify({ url: sandbox.url, env, pid: process.pid, sandboxModule })}\n`);
