// A real browser: headless Chromium (Debian's package, started with a fresh profile and stopped by PID) loads a
// single-page app bundled by esbuild from the built packages, on its own origin. The app runs the authorization-code
// + PKCE flow against the sandbox's Genesys Cloud login host (authorize redirect, state check, code exchange with the
// verifier), makes typed API calls across origins (CORS preflights with the bearer token), forces a refresh through
// the refresh token and calls again. The sandbox's counts prove each step happened once.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { genesysCloudSandboxCredentials } from '@ccaas/mocks';
import { startSandbox, type Sandbox } from '@ccaas/mocks/sandbox';
import type { BrowserAppConfig, BrowserAppResult } from './browser-app.js';
import { startChromium, type ChromiumHandle } from './start-chromium.js';

const workspaceRoot = fileURLToPath(new URL('../../', import.meta.url));
const browserClientId = 'ccaas-browser-e2e';

let workDir: string;
let sandbox: Sandbox | undefined;
let appServer: Server | undefined;
let appOrigin = '';
let chromiumProcess: ChromiumHandle | undefined;
let browser: Browser | undefined;
let bundleBytes = 0;
const timings: Record<string, number> = {};
const pageLog: string[] = [];

const killChromium = () => {
  if (chromiumProcess === undefined) return;
  try {
    process.kill(-chromiumProcess.pid, 'SIGKILL');
  } catch {
    // already stopped
  }
};

/** The app bundled the way a bundler user builds it: `@ccaas/*` resolved through package exports to dist/ (ESM). */
async function bundleApp(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./browser-app.ts', import.meta.url))],
    absWorkingDir: workspaceRoot,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'chrome120',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  bundleBytes = Buffer.byteLength(code);
  return code;
}

async function startAppServer(config: Omit<BrowserAppConfig, 'redirectUri'>, script: string): Promise<void> {
  const page = (redirectUri: string) =>
    [
      '<!doctype html><html><head><meta charset="utf-8"><title>@ccaas browser e2e</title></head><body>',
      `<script type="application/json" id="config">${JSON.stringify({ ...config, redirectUri } satisfies BrowserAppConfig)}</script>`,
      '<script type="module" src="/app.js"></script></body></html>',
    ].join('');
  appServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', appOrigin).pathname;
    if (path === '/app.js') {
      res.writeHead(200, { 'Content-Type': 'text/javascript; charset=utf-8' }).end(script);
    } else if (path === '/' || path === '/callback') {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(page(`${appOrigin}/callback`));
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    appServer!.once('error', reject);
    appServer!.listen(0, '127.0.0.1', () => resolve());
  });
  const address = appServer.address();
  appOrigin = `http://127.0.0.1:${typeof address === 'object' && address !== null ? address.port : 0}`;
}

beforeAll(async () => {
  process.on('exit', killChromium);
  workDir = await mkdtemp(join(tmpdir(), 'ccaas-browser-e2e-'));
  let started = performance.now();
  // A public client (no secret): the browser holds no secret, PKCE proves the code's origin.
  sandbox = await startSandbox({ genesysCloud: { clients: [{ ...genesysCloudSandboxCredentials }, { clientId: browserClientId }] } });
  const script = await bundleApp();
  await startAppServer({ loginBaseUrl: sandbox.genesysCloud.loginBaseUrl, apiBaseUrl: sandbox.genesysCloud.apiBaseUrl, clientId: browserClientId }, script);
  timings['sandbox + esbuild bundle + app server'] = Math.round(performance.now() - started);
  started = performance.now();
  chromiumProcess = await startChromium({ workDir });
  browser = await chromium.connectOverCDP(chromiumProcess.wsEndpoint);
  timings['chromium start + CDP connect'] = Math.round(performance.now() - started);
});

afterAll(async () => {
  try {
    await browser?.close().catch(() => undefined);
    await chromiumProcess?.stop();
  } finally {
    process.off('exit', killChromium);
    await new Promise<void>((resolve) => (appServer ? appServer.close(() => resolve()) : resolve()));
    appServer?.closeAllConnections();
    await sandbox?.stop();
    if (workDir !== undefined) await rm(workDir, { recursive: true, force: true, maxRetries: 3 });
    console.log(
      ['[browser-e2e] summary', `  app bundle (minified): ${bundleBytes} B`, ...Object.entries(timings).map(([step, ms]) => `  ${step}: ${ms} ms`)].join('\n'),
    );
  }
});

describe('headless Chromium: authorization code + PKCE against the sandbox', () => {
  it('logs in with PKCE, makes typed cross-origin calls, refreshes with the refresh token and calls again', async () => {
    const context = browser!.contexts()[0] ?? (await browser!.newContext());
    const page = await context.newPage();
    page.on('console', (message) => pageLog.push(`console.${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => pageLog.push(`pageerror: ${error.message}`));
    const requests: string[] = [];
    page.on('request', (request) => requests.push(`${request.method()} ${request.url()}`));
    sandbox!.genesysCloud.resetStats();

    const started = performance.now();
    await page.goto(`${appOrigin}/`);
    // The app navigates to the authorize page, is redirected to /callback and stores its outcome there.
    await page.waitForFunction(() => window.ccaasBrowserE2e !== undefined, undefined, { timeout: 20 * 60_000, polling: 100 });
    const result = (await page.evaluate(() => window.ccaasBrowserE2e)) as BrowserAppResult;
    timings['PKCE flow + 3 typed calls + refresh in the page'] = Math.round(performance.now() - started);
    expect(result, pageLog.join('\n')).toMatchObject({ ok: true, users: 5, usersAfterRefresh: 2, refreshed: true });
    // The mock's authorize page logs in its first fixture user; /users/me answers with that user.
    expect(result.me).toBe(sandbox!.genesysCloud.fixtures.users[0]?.name);
    expect(new URL(page.url()).pathname).toBe('/callback');

    // The browser really went to the authorize page with an S256 challenge and a state, and back to the app.
    const authorize = requests.find((line) => line.includes('/oauth/authorize?'));
    expect(authorize).toBeDefined();
    const authorizeUrl = new URL(authorize!.slice(authorize!.indexOf(' ') + 1));
    expect(Object.fromEntries(authorizeUrl.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: browserClientId,
      redirect_uri: `${appOrigin}/callback`,
      code_challenge_method: 'S256',
      code_challenge: expect.stringMatching(/^[\w-]{43}$/),
      state: expect.any(String),
    });
    // One code exchange, one refresh, three API calls plus the one read of the org's published rate limit that the
    // client makes after its first call (seedRateLimitFromPlatform); nothing else reached the token endpoint.
    expect(sandbox!.genesysCloud.stats).toMatchObject({
      tokenRequests: 2,
      tokenRequestsByGrant: { authorization_code: 1, refresh_token: 1 },
      apiRequests: 4,
    });
    await page.close();
  });
});
