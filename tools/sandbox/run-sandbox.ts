// `npm run sandbox`: serves the simulated Genesys Cloud and NICE CXone on 127.0.0.1 until Ctrl-C (SIGINT/SIGTERM),
// for running the examples or your own code without credentials from another terminal:
//   npm run sandbox -- --port 4010 [--genesys-token-lifetime 60] [--cxone-token-lifetime 60] [--log] [--help]
// then paste the `export ...` lines it prints into another shell and run `npx tsx examples/genesys-users.ts`.
// The same settings come as JSON from `GET http://127.0.0.1:4010/__sandbox`. Outside this repository the same
// command line is `npx @ccaas/mocks sandbox` (the package's bin).
import { runSandboxCli } from '@ccaas/mocks/sandbox';

await runSandboxCli(process.argv.slice(2));
