// `npm run sandbox`: serves the simulated Genesys Cloud and NICE CXone on 127.0.0.1 until Ctrl-C (SIGINT/SIGTERM),
// for running the examples or your own code without credentials from another terminal:
//   npm run sandbox -- --port 4010 [--genesys-token-lifetime 60] [--cxone-token-lifetime 60] [--log]
// then paste the `export ...` lines it prints into another shell and run `npx tsx examples/genesys-users.ts`.
// The same settings come as JSON from `GET http://127.0.0.1:4010/__sandbox`.
import { parseArgs } from 'node:util';
import { startSandbox } from '@ccaas/mocks/sandbox';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    'genesys-token-lifetime': { type: 'string' },
    'cxone-token-lifetime': { type: 'string' },
    log: { type: 'boolean', default: false },
  },
});
const seconds = (value: string | undefined) => (value === undefined ? undefined : Number(value));

const sandbox = await startSandbox({
  port: Number(values.port),
  genesysCloud: { tokenLifetimeSeconds: seconds(values['genesys-token-lifetime']) },
  cxone: { tokenLifetimeSeconds: seconds(values['cxone-token-lifetime']) },
  onRequest: values.log ? (line) => console.log(`[sandbox] ${line}`) : undefined,
});
console.log(`[sandbox] listening on ${sandbox.url} (pid ${process.pid}); Ctrl-C stops it`);
console.log('[sandbox] point the examples at it with:');
for (const [name, value] of Object.entries(sandbox.env)) console.log(`export ${name}=${value}`);
console.log(`[sandbox] control API: ${sandbox.url}/__sandbox (stats, scenarios, expire-tokens; see packages/mocks/README.md)`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  console.log(`[sandbox] ${signal}: stopping`);
  await sandbox.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
