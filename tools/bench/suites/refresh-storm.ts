// Suite 4: C concurrent requests at token expiry must cause exactly one token request. A fresh client gets its token,
// the token is made to expire (client-side: tokenManager.expire() -> proactive refresh path; platform-side: the
// sandbox expires every token -> C 401s -> refresh -> replay path), then C GETs start at once; the sandbox counts
// the token requests. The official SDK runs the platform-side case for contrast.
import type { BenchSuite } from '../bench-suite.js';
import { createBenchRows, type RowSpec } from '../create-bench-rows.js';
import { measureSideBySide } from '../measure-side-by-side.js';
import { createSandboxGenesysClient } from '../runtime/create-sandbox-genesys-client.js';
import { loadBuiltClients } from '../runtime/load-built-clients.js';
import { createPurecloudSdkClient } from '../runtime/purecloud-sdk-client.js';
import { runConcurrentRequests } from '../runtime/run-concurrent-requests.js';
import { getUsersPageWithOpenapiFetch, usersPagePath } from '../runtime/users-page-request.js';
import { withSandboxProcess } from '../sandbox-process/with-sandbox-process.js';

const concurrencies = { full: [10, 100, 1_000], smoke: [10, 100] };
const stormTimeoutMs = 60_000;
const timeBudgetMs = 60_000;

type Expiry = 'client' | 'platform';
type Metric = 'tokenRequests' | 'errors';
const expiryNames: Record<Expiry, string> = {
  client: 'client-side expiry (proactive refresh)',
  platform: 'platform-side expiry (401 -> refresh -> replay)',
};
/** 401s the sandbox must answer in one storm of `size` for the case to have taken its path. */
const expected401s = (expiry: Expiry, size: number) => (expiry === 'client' ? 0 : size);
const ccaasName = '@ccaas/genesys-cloud';
const sdkName = 'purecloud-platform-client-v2 (official SDK)';

export const refreshStormSuite: BenchSuite = {
  name: 'refresh-storm',
  description: 'token requests and errors when C = 10, 100, 1,000 concurrent requests meet an expired token',
  async run(context) {
    const sizes = context.smoke ? concurrencies.smoke : concurrencies.full;
    const clients = await loadBuiltClients(context);
    return withSandboxProcess(context, async ({ env, control }) => {
      const firstFailures = new Map<string, string[]>();
      const wrongPaths: string[] = [];
      // Starts C requests at once (the token has just been expired); the sandbox counts what follows.
      const storm = async (key: string, expiry: Expiry, size: number, send: () => Promise<unknown>) => {
        await control.resetStats();
        const result = await runConcurrentRequests({ total: size, concurrency: size, timeoutMs: stormTimeoutMs, send });
        if (result.timedOut) throw new Error(`[bench] refresh storm ${key}: not settled within ${stormTimeoutMs} ms`);
        if (result.failureSamples.length > 0 && !firstFailures.has(key)) firstFailures.set(key, result.failureSamples);
        const stats = await control.genesysStats();
        const unauthorized = stats.apiResponsesByStatus['401'] ?? 0;
        if (unauthorized !== expected401s(expiry, size)) wrongPaths.push(`${key}: ${unauthorized} 401s, expected ${expected401s(expiry, size)}`);
        return { tokenRequests: stats.tokenRequests, errors: result.failed };
      };
      const variants = sizes.flatMap((size) => [
        ...(['client', 'platform'] as const).map((expiry) => ({
          key: `ccaas-${expiry}-${size}`,
          label: `${ccaasName}, C = ${size.toLocaleString('en-US')}, ${expiryNames[expiry]}`,
          measure: async (): Promise<Record<Metric, number>> => {
            const client = createSandboxGenesysClient(clients, env);
            await getUsersPageWithOpenapiFetch(client, AbortSignal.timeout(stormTimeoutMs));
            if (expiry === 'client') await client.tokenManager.expire();
            else await control.expireGenesysTokens();
            return storm(`ccaas-${expiry}-${size}`, expiry, size, () => getUsersPageWithOpenapiFetch(client));
          },
        })),
        {
          key: `sdk-platform-${size}`,
          label: `${sdkName}, C = ${size.toLocaleString('en-US')}, ${expiryNames.platform}`,
          measure: async (): Promise<Record<Metric, number>> => {
            const sdk = await createPurecloudSdkClient(clients.purecloudSdk, env);
            await sdk.getUsersPage();
            await control.expireGenesysTokens();
            return storm(`sdk-platform-${size}`, 'platform', size, () => sdk.getUsersPage());
          },
        },
      ]);
      const measured = await measureSideBySide<Metric>(variants, {
        runs: context.runs,
        timeBudgetMs,
        log: (message) => context.log(`refresh-storm: ${message}`),
      });
      const rows: RowSpec[] = variants.flatMap(({ key, label }) => [
        { label: `${label}: token requests`, samples: measured.samples.get(key)!.tokenRequests, unit: 'requests', better: 'lower' as const },
        { label: `${label}: errors`, samples: measured.samples.get(key)!.errors, unit: 'errors', better: 'lower' as const },
      ]);
      const ours = variants.filter(({ key }) => key.startsWith('ccaas-'));
      const offTarget = ours.flatMap(({ key, label }) => {
        const { tokenRequests, errors } = measured.samples.get(key)!;
        const problems = [
          ...(tokenRequests.some((count) => count !== 1) ? [`token requests ${tokenRequests.join(', ')} (must be 1 in every run)`] : []),
          ...(errors.some((count) => count !== 0) ? [`errors ${errors.join(', ')}: ${(firstFailures.get(key) ?? []).join(' | ')}`] : []),
        ];
        return problems.length === 0 ? [] : [`FAILURE: ${label}: ${problems.join('; ')}.`];
      });
      const sdkCases = variants.filter(({ key }) => key.startsWith('sdk-'));
      const sdkAllFailed = sdkCases.every(({ key }, index) => {
        const { tokenRequests, errors } = measured.samples.get(key)!;
        return tokenRequests.every((count) => count === 0) && errors.every((count) => count === sizes[index]);
      });
      const sdkFirstFailure = sdkCases.flatMap(({ key }) => firstFailures.get(key) ?? [])[0];
      const notes = [
        `Each run: a fresh client, one \`GET ${usersPagePath}\` (it obtains the token), the token made to expire, the sandbox's counters reset, then C GETs started at once (C in flight); token requests = the sandbox's count for that storm, errors = GETs that rejected or returned no data. ${measured.rounds} rounds; all ${variants.length} cases once per round, rotating start.`,
        ...(offTarget.length === 0
          ? [`${ccaasName}: exactly 1 token request and 0 errors in every run of every case (${ours.length} cases x ${measured.rounds} runs): concurrent callers share one refresh whether the client noticed the expiry itself or the platform answered 401 to all C requests.`]
          : offTarget),
        `${sdkName}: client credentials via loginClientCredentialsGrant; it re-authenticates after a 401 only when it holds a refresh token (code grant). ${sdkAllFailed ? 'Measured: every request of every platform-side storm failed and no token was requested' : 'Measured: see its rows (not every request failed, or a token was requested)'}${sdkFirstFailure === undefined ? '' : ` (first error: ${sdkFirstFailure})`}. It stores the token's expiry but never reads it, so it has no client-side expiry case (it keeps sending the token until the platform refuses it).`,
        wrongPaths.length === 0
          ? 'Path check (sandbox counts per storm): 0 401s in every client-side storm (the refresh happened before sending), C 401s in every platform-side storm (every request met the expired token).'
          : `FAILURE: some storms did not take their path: ${wrongPaths.join('; ')}.`,
        ...(measured.stoppedEarly ? [`Stopped after ${measured.rounds} rounds: the ${timeBudgetMs / 1000} s time budget ran out.`] : []),
      ];
      return { rows: createBenchRows(rows), notes };
    });
  },
};
