#!/usr/bin/env node
// The sandbox (@ccaas/mocks/sandbox, the built dist/) in a process of its own, so the runtime suites' clients do not
// share an event loop with the server they measure. Once it listens it prints one JSON line
// {"url","env","pid","sandboxModule"} on stdout (sandboxModule: the file @ccaas/mocks/sandbox resolved to), then
// serves until stdin closes (the bench closes it, or dies) or SIGTERM/SIGINT arrives.
//   node tools/bench/sandbox-process/serve-sandbox.mjs
import { startSandbox } from '@ccaas/mocks/sandbox';

const sandbox = await startSandbox({ port: 0 });
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
process.stdout.write(`${JSON.stringify({ url: sandbox.url, env: sandbox.env, pid: process.pid, sandboxModule })}\n`);
