// Starts the workspace's verdaccio (node_modules/.bin/verdaccio) on 127.0.0.1 with a generated config in a temp
// dir, waits for /-/ping, and returns a handle whose stop() ends exactly that process (by PID).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { freePort } from './free-port.js';
import { HANG_GUARD_MS } from './run-command.js';
import { renderVerdaccioConfig } from './verdaccio-config.js';

export interface StartVerdaccioOptions {
  /** Empty temp directory owned by the caller: config, storage and log go here. */
  workDir: string;
  /** Upper bound for the process to answer /-/ping. */
  startTimeoutMs?: number;
  env: NodeJS.ProcessEnv;
}

export interface VerdaccioHandle {
  /** Registry URL with a trailing slash, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  pid: number;
  /** Output of the process so far (JSON log lines, level warn and above). */
  output(): string;
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startVerdaccio({ workDir, startTimeoutMs = HANG_GUARD_MS, env }: StartVerdaccioOptions): Promise<VerdaccioHandle> {
  const storageDir = join(workDir, 'storage');
  await mkdir(storageDir, { recursive: true });
  const configFile = join(workDir, 'config.yaml');
  await writeFile(configFile, renderVerdaccioConfig({ storageDir, htpasswdFile: join(workDir, 'htpasswd') }));
  const port = await freePort();
  const bin = join(require.resolve('verdaccio/package.json'), '..', 'bin', 'verdaccio');
  const child = spawn(process.execPath, [bin, '--config', configFile, '--listen', `127.0.0.1:${port}`], {
    cwd: workDir,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('[registry-e2e] verdaccio did not start');
  const pid = child.pid;
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const exited = once(child, 'exit');
  let stopped = false;

  const stop = async (graceMs = 5_000) => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    if (!stopped) {
      stopped = true;
      process.kill(pid, 'SIGTERM');
    }
    const timer = setTimeout(() => {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // exited meanwhile
      }
    }, graceMs);
    await exited;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + startTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      throw new Error(`[registry-e2e] verdaccio exited with ${child.exitCode} before answering /-/ping:\n${output}`);
    }
    try {
      const response = await fetch(new URL('-/ping', url), { signal: AbortSignal.timeout(1_000) });
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`[registry-e2e] verdaccio did not answer /-/ping within ${startTimeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { url, port, pid, output: () => output, stop };
}
