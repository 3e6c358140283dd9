// Starts Debian's headless Chromium (/usr/bin/chromium, installed by tools/chromium/ensure-chromium.sh) with a fresh
// profile and the DevTools protocol on a free 127.0.0.1 port, and returns its endpoint and a stop() that ends that
// process group by PID (Chromium starts zygote/renderer/utility children) and removes the profile.
import { spawn } from 'node:child_process';
import { access, constants, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/** Headless, no sandbox (root in CI), and nothing that reaches the network on its own. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

export interface ChromiumHandle {
  pid: number;
  /** `ws://127.0.0.1:<port>/devtools/browser/<id>` for playwright-core's `chromium.connectOverCDP`. */
  wsEndpoint: string;
  /** stderr so far (for diagnostics). */
  output(): string;
  /** SIGTERM to the process group, SIGKILL after `graceMs`; removes the profile. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

export interface StartChromiumOptions {
  /** A temp directory owned by the caller; the profile is created inside it. */
  workDir: string;
  /** Upper bound for Chromium to print its DevTools endpoint (a hang guard, generous on purpose). */
  startTimeoutMs?: number;
}

export async function startChromium({ workDir, startTimeoutMs = 120_000 }: StartChromiumOptions): Promise<ChromiumHandle> {
  try {
    await access(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`[browser-e2e] ${CHROMIUM_PATH} is missing: run \`bash tools/chromium/ensure-chromium.sh\` (npm test's pretest does)`);
  }
  const userDataDir = await mkdtemp(join(workDir, 'chromium-profile-'));
  const child = spawn(
    CHROMIUM_PATH,
    [...CHROMIUM_FLAGS, `--user-data-dir=${userDataDir}`, '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0', 'about:blank'],
    // detached: Chromium leads its own process group, so stop() ends its helpers too.
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const pid = child.pid;
  if (pid === undefined) throw new Error(`[browser-e2e] could not start ${CHROMIUM_PATH}`);
  let stderr = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopped = false;
  const stop = async (graceMs = 5_000) => {
    if (!stopped) {
      stopped = true;
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          // exited meanwhile
        }
        const timer = setTimeout(() => {
          try {
            process.kill(-pid, 'SIGKILL');
          } catch {
            // exited meanwhile
          }
        }, graceMs);
        await exited;
        clearTimeout(timer);
      }
      await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    }
  };
  const wsEndpoint = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop().finally(() =>
        reject(new Error(`[browser-e2e] chromium printed no DevTools endpoint within ${startTimeoutMs} ms:\n${stderr}`)),
      );
    }, startTimeoutMs);
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(stderr);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`[browser-e2e] chromium exited (${code ?? signal}) before printing its DevTools endpoint:\n${stderr}`));
    });
  });
  return { pid, wsEndpoint, output: () => stderr, stop };
}
