// `npm run demo`: the seed's job for both platforms, end to end, with no credentials. Starts the sandbox (both
// simulated platforms on 127.0.0.1), runs examples/genesys-users.ts and examples/cxone-agents.ts against it with
// fault scenarios (platform-side expiry -> 401, 403, 429 burst), checks what the sandbox saw, prints a report and
// exits 1 on any failure. With GENESYS_CLIENT_ID / CXONE_ACCESS_KEY_ID set, that platform is the real one instead.
// Then both event streams follow through forced faults (sandbox only: they need its control API): Genesys
// notifications through socket_closings and token expiries (genesys-notifications.ts), CXone agent events through
// token expiries (cxone-agent-events.ts); each reports published = received + inside reported gaps.
import { startSandbox, type Sandbox } from '@ccaas/mocks/sandbox';
import { agentEventsControlOf, runCxoneAgentEventsExample } from './cxone-agent-events.js';
import { cxoneConfigFromEnv, runCxoneExample } from './cxone-agents.js';
import { createDemoReport, isEntryPoint, type DemoReport, type DemoScenarios, type StreamCounts } from './demo-report.js';
import { genesysStreamConfigOf, runGenesysNotificationsExample } from './genesys-notifications.js';
import { genesysConfigFromEnv, runGenesysExample } from './genesys-users.js';

type SandboxPlatform = Sandbox['genesysCloud'] | Sandbox['cxone'];

interface PlatformRun {
  name: string;
  target: string;
  report: DemoReport;
  platform?: SandboxPlatform;
}

function scenariosOf(sandbox: Sandbox, platform: SandboxPlatform): DemoScenarios {
  return {
    expireTokens: () => platform.expireTokens(),
    forbidden: (path) => sandbox.use(platform.scenarios.forbidden({ path })),
    rateLimited: (times, retryAfterSeconds) => sandbox.use(platform.scenarios.rateLimited({ times, retryAfterSeconds })),
  };
}

/** What the sandbox must have seen for the run to count as the seed's job done right. */
function checkAgainstSandbox(run: PlatformRun): void {
  const { report, platform } = run;
  if (!platform) return;
  const { stats } = platform;
  const expect = (ok: boolean, message: string) => {
    if (!ok) report.failures.push(message);
  };
  // initial token + client-side expiry + platform-side expiry (401) = 3 tokens, each from exactly one token request
  expect(report.refreshes === 3, `expected 3 tokens (initial, expired, after 401), got ${report.refreshes}`);
  expect(stats.tokenRequests === report.refreshes, `token requests ${stats.tokenRequests} != tokens obtained ${report.refreshes}`);
  expect((stats.apiResponsesByStatus[401] ?? 0) === 1, `expected exactly one 401, saw ${stats.apiResponsesByStatus[401] ?? 0}`);
  expect(report.forbidden === 1, 'the 403 was not reported as ForbiddenError');
  expect((stats.apiResponsesByStatus[429] ?? 0) === 2 && report.retries >= 2, 'the 429 burst was not retried twice');
  // A first-time reader: a sandbox URL such as /genesys-cloud/api/api/v2/users looks like a bug unless the report
  // says why (the API host is served under a path), and two counts of one thing must be comparable.
  const doubled = report.lines.some((line) => line.includes('/api/api/v2/'));
  expect(!doubled || report.lines.some((line) => line.includes('the sandbox serves the API host under')), 'a /api/api/v2/ URL is printed without the line that explains it');
  expect(!report.lines.some((line) => /\bafter expiry\b.*\btotal \d/.test(line)), 'a count after expiry is printed without saying what it counts');
}

function printSummary(runs: PlatformRun[], print: (line: string) => void): void {
  const rows = [
    ['platform', 'target', 'API calls', 'token requests', 'tokens obtained', '401s', '403s', '429s', 'retries', 'result'],
    ...runs.map(({ name, target, report, platform }) => [
      name,
      target,
      platform ? String(platform.stats.apiRequests) : '-',
      platform ? String(platform.stats.tokenRequests) : '-',
      String(report.refreshes),
      platform ? String(platform.stats.apiResponsesByStatus[401] ?? 0) : '-',
      String(report.forbidden),
      platform ? String(platform.stats.apiResponsesByStatus[429] ?? 0) : '-',
      String(report.retries),
      report.failures.length === 0 ? 'ok' : `FAILED (${report.failures.length})`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  print('');
  print('== @ccaas demo report ==');
  for (const row of rows) print(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  for (const run of runs) for (const failure of run.report.failures) print(`FAILED [${run.name}] ${failure}`);
}

interface StreamRun {
  name: string;
  report: DemoReport;
  counts?: StreamCounts;
}

/** Both event streams through forced faults on the sandbox; a run fails on an event lost without a reported gap. */
async function runStreams(sandbox: Sandbox, print: (line: string) => void): Promise<StreamRun[]> {
  const genesys: StreamRun = { name: 'genesys notifications', report: createDemoReport('[genesys-stream]', print) };
  const cxone: StreamRun = { name: 'cxone agent events', report: createDemoReport('[cxone-stream]', print) };
  const attempt = async (run: StreamRun, follow: () => Promise<StreamCounts>) => {
    try {
      run.counts = await follow();
      const { published, received, inReportedGaps, lostUnflagged, deliveredTwice } = run.counts;
      if (lostUnflagged !== 0 || received + inReportedGaps !== published) run.report.failures.push(`${lostUnflagged} events lost without a reported gap`);
      if (deliveredTwice !== 0) run.report.failures.push(`${deliveredTwice} events delivered twice`);
    } catch (error) {
      run.report.failures.push(`unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
  };
  await attempt(genesys, () => runGenesysNotificationsExample(genesysStreamConfigOf(sandbox), genesys.report, { socketClosings: 3, tokenExpiries: 2 }));
  await attempt(cxone, () => runCxoneAgentEventsExample(cxoneConfigFromEnv(sandbox.env), agentEventsControlOf(sandbox), cxone.report, { tokenExpiries: 3 }));
  return [genesys, cxone];
}

function printStreamSummary(runs: StreamRun[], print: (line: string) => void): void {
  const rows = [
    ['stream', 'faults forced', 'published', 'received', 'in reported gaps', 'lost unflagged', 'result'],
    ...runs.map(({ name, report, counts }) => [
      name,
      counts?.faults ?? '-',
      String(counts?.published ?? '-'),
      String(counts?.received ?? '-'),
      String(counts?.inReportedGaps ?? '-'),
      String(counts?.lostUnflagged ?? '-'),
      report.failures.length === 0 ? 'ok' : `FAILED (${report.failures.length})`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  print('');
  print('== event streams: published = received + in reported gaps ==');
  for (const row of rows) print(row.map((cell, column) => cell.padEnd(widths[column]!)).join('  '));
  for (const { name, counts } of runs) {
    if (counts) print(`${name}: onAttempt saw ${Object.entries(counts.attempts).map(([step, count]) => `${step} x${count}`).join(', ')}`);
  }
  for (const run of runs) for (const failure of run.report.failures) print(`FAILED [${run.name}] ${failure}`);
}

/** Runs the demo; resolves with the number of failures (0 = success). */
export async function runDemo(env: NodeJS.ProcessEnv = process.env, print: (line: string) => void = console.log): Promise<number> {
  const realGenesys = Boolean(env.GENESYS_CLIENT_ID);
  const realCxone = Boolean(env.CXONE_ACCESS_KEY_ID);
  const sandbox = realGenesys && realCxone ? undefined : await startSandbox();
  const runs: PlatformRun[] = [];
  let streams: StreamRun[] = [];
  try {
    if (sandbox) print(`[demo] sandbox listening on ${sandbox.url} (Genesys Cloud and NICE CXone simulated; no credentials needed)`);

    /** Runs one platform's example: against the real platform when its env vars are set, else the sandbox's. */
    const runPlatform = async <Config>(
      name: string,
      prefix: string,
      real: boolean,
      simulated: SandboxPlatform | undefined,
      configFromEnv: (source: NodeJS.ProcessEnv) => Config,
      runExample: (config: Config, scenarios: DemoScenarios | undefined, report: DemoReport) => Promise<DemoReport>,
    ) => {
      const run: PlatformRun = { name, target: real ? 'real platform' : 'sandbox', report: createDemoReport(prefix, print) };
      runs.push(run);
      try {
        if (real || !sandbox || !simulated) await runExample(configFromEnv(env), undefined, run.report);
        else {
          run.platform = simulated;
          await runExample(configFromEnv(sandbox.env), scenariosOf(sandbox, simulated), run.report);
        }
      } catch (error) {
        run.report.failures.push(`unexpected ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
      }
    };
    await runPlatform('genesys-cloud', '[genesys]', realGenesys, sandbox?.genesysCloud, genesysConfigFromEnv, runGenesysExample);
    await runPlatform('nice-cxone', '[cxone]', realCxone, sandbox?.cxone, cxoneConfigFromEnv, runCxoneExample);
    // checked and printed before the streams run: the checks count the sandbox's token requests and 401s, which the
    // streams add to
    for (const run of runs) checkAgainstSandbox(run);
    printSummary(runs, print);
    if (sandbox) streams = await runStreams(sandbox, print);
    else print('[demo] event streams skipped: they force faults through the sandbox control API');
  } finally {
    await sandbox?.stop();
  }
  if (streams.length > 0) printStreamSummary(streams, print);
  return [...runs, ...streams].reduce((sum, run) => sum + run.report.failures.length, 0);
}

if (isEntryPoint(import.meta.url)) {
  const failures = await runDemo();
  process.exitCode = failures === 0 ? 0 : 1;
}
