// Starts the sandbox (serve-sandbox.mjs, the built @ccaas/mocks) as a child process, hands its URL, env and control
// API to `use`, and stops the child by its pid on every path: normal end, error, and exit of the bench process.
import { spawn, type ChildProcess } from 'node:child_process';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from '../bench-suite.js';
import { ensurePublishedBuild } from '../ensure-published-build.js';
import { createSandboxControl, type SandboxControl } from './sandbox-control.js';

const serveScript = fileURLToPath(new URL('./serve-sandbox.mjs', import.meta.url));
const startTimeoutMs = 30_000;
const stopTimeoutMs = 5_000;
const stderrCapChars = 4_000;

export interface SandboxProcess {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** GENESYS_CLIENT_ID, GENESYS_CLIENT_SECRET, GENESYS_API_BASE_URL, GENESYS_LOGIN_BASE_URL, ... */
  env: Record<string, string>;
  pid: number;
  /** The file `@ccaas/mocks/sandbox` resolved to in the child, relative to the repository (its dist/). */
  sandboxModule: string;
  control: SandboxControl;
}

interface ReadyLine {
  url: string;
  env: Record<string, string>;
  sandboxModule: string;
}

function waitForReadyLine(child: ChildProcess, stderr: () => string): Promise<ReadyLine> {
  return new Promise((resolve, reject) => {
    let stdout = '';
    const fail = (why: string) => {
      clearTimeout(timer);
      reject(new Error(`[bench] sandbox process (pid ${child.pid}) ${why}\n${stderr()}`));
    };
    const timer = setTimeout(() => fail(`printed no ready line within ${startTimeoutMs} ms`), startTimeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const newline = stdout.indexOf('\n');
      if (newline < 0) return;
      clearTimeout(timer);
      try {
        resolve(JSON.parse(stdout.slice(0, newline)) as ReadyLine);
      } catch (error) {
        reject(new Error(`[bench] sandbox process printed an unreadable ready line: ${stdout.slice(0, 200)} (${String(error)})`));
      }
    });
    child.once('error', (error) => fail(`failed to start: ${error.message}`));
    child.once('exit', (code, signal) => fail(`exited early with ${code ?? signal}`));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.stdin?.end();
  const stopped = await Promise.race([exited.then(() => true), new Promise<boolean>((resolve) => setTimeout(() => resolve(false), stopTimeoutMs))]);
  if (!stopped && child.pid !== undefined) {
    process.kill(child.pid, 'SIGKILL');
    await exited;
  }
}

export async function withSandboxProcess<T>(context: BenchContext, use: (sandbox: SandboxProcess) => Promise<T>): Promise<T> {
  await ensurePublishedBuild(context);
  const child = spawn(process.execPath, [serveScript], { cwd: context.repoRoot, stdio: ['pipe', 'pipe', 'pipe'] });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`[bench] could not start ${serveScript}`);
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-stderrCapChars);
  });
  // If the bench process ends without reaching `finally` (process.exit, fatal error), the sandbox goes with it.
  const killOnExit = () => {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  };
  process.once('exit', killOnExit);
  try {
    const ready = await waitForReadyLine(child, () => stderr);
    const sandboxModule = relative(context.repoRoot, fileURLToPath(ready.sandboxModule));
    if (!sandboxModule.startsWith('packages/mocks/dist/')) throw new Error(`[bench] the sandbox process loaded ${sandboxModule}, not the built packages/mocks/dist/`);
    context.log(`sandbox process pid ${pid} listening on ${ready.url}`);
    return await use({ url: ready.url, env: ready.env, pid, sandboxModule, control: createSandboxControl(ready.url) });
  } finally {
    await stopChild(child);
    process.removeListener('exit', killOnExit);
  }
}
