// One of N processes of one service in the rate-limit suite: @ccaas/genesys-cloud (built dist/) with its token in a
// Redis token store shared by all N, and with SHARED_BUDGET=1 a Redis rate budget on the same connection. Protocol
// (one JSON object per line): prints {"type":"ready"} after two warm-up GETs; on stdin {"type":"run","total",
// "concurrency","timeoutMs"} sends that many GETs and prints {"type":"done",...}; exits when stdin closes.
//   node --import tsx tools/bench/runtime/rate-limited-worker.ts   (env: GENESYS_*, REDIS_URL, KEY_PREFIX, SHARED_BUDGET)
import { createInterface } from 'node:readline';
import { createGenesysCloudClient } from '@ccaas/genesys-cloud';
import { usersApi } from '@ccaas/genesys-cloud/users';
import { createRedisRateBudget, createRedisTokenStore } from '@ccaas/token-store-redis';
import { runConcurrentRequests } from './run-concurrent-requests.js';
import { getUsersPageWithOpenapiFetch } from './users-page-request.js';

export interface WorkerRun {
  type: 'run';
  total: number;
  concurrency: number;
  timeoutMs: number;
}

export interface WorkerDone {
  type: 'done';
  succeeded: number;
  failed: number;
  timedOut: boolean;
  failureSamples: string[];
  retries: number;
  /** Redis budget mode at the end ('redis' unless Redis failed), or 'none' without a shared budget. */
  budgetMode: string;
}

const required = (name: string) => {
  const value = process.env[name];
  if (!value) throw new Error(`[bench worker] ${name} is not set`);
  return value;
};

for (const name of ['@ccaas/genesys-cloud', '@ccaas/token-store-redis']) {
  const resolved = import.meta.resolve(name);
  if (!resolved.includes('/dist/')) throw new Error(`[bench worker] ${name} resolved to ${resolved}, not to its built dist/`);
}

const store = createRedisTokenStore({ url: required('REDIS_URL'), keyPrefix: required('KEY_PREFIX') });
const budget =
  process.env.SHARED_BUDGET === '1' ? createRedisRateBudget({ store, keyPrefix: `${required('KEY_PREFIX')}rate:` }) : undefined;
const client = usersApi(
  createGenesysCloudClient({
    clientId: required('GENESYS_CLIENT_ID'),
    clientSecret: required('GENESYS_CLIENT_SECRET'),
    apiBaseUrl: required('GENESYS_API_BASE_URL'),
    loginBaseUrl: required('GENESYS_LOGIN_BASE_URL'),
    store,
    ...(budget ? { rateLimit: { budget } } : {}),
  }),
);
let retries = 0;
client.tokenManager.on('retry', () => {
  retries += 1;
});
const say = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);

// two warm-up GETs: the first gets the token, and the client reads the org's published limits once it is answered;
// the second waits for that read, so the run starts paced from the limit the sandbox counts the warm-ups with
await getUsersPageWithOpenapiFetch(client, AbortSignal.timeout(30_000));
await getUsersPageWithOpenapiFetch(client, AbortSignal.timeout(30_000));
say({ type: 'ready' });

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const command = JSON.parse(line) as WorkerRun;
  if (command.type !== 'run') continue;
  retries = 0;
  const result = await runConcurrentRequests({ ...command, send: () => getUsersPageWithOpenapiFetch(client) });
  const done: WorkerDone = {
    type: 'done',
    succeeded: result.succeeded,
    failed: result.failed,
    timedOut: result.timedOut,
    failureSamples: result.failureSamples,
    retries,
    budgetMode: budget?.mode ?? 'none',
  };
  say(done);
}
await store.close();
