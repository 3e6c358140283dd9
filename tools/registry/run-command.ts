// Runs one child process with captured output; never leaves it running. The only time limit is a hang guard far above
// any run on a loaded machine: slowness is never a failure here, a child that stopped making progress is.
import { spawn } from 'node:child_process';

export interface RunCommandOptions {
  /** Working directory of the child. */
  cwd: string;
  /** Full environment of the child (use `isolatedEnv()` to build one). */
  env: NodeJS.ProcessEnv;
  /** Hang guard: the child (and its process group) is killed after this long; default {@link HANG_GUARD_MS}. */
  timeoutMs?: number;
  /** When false (default) a non-zero exit rejects with the tail of the output. */
  allowFailure?: boolean;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** 20 minutes: longer than the whole CI budget, so only a hung child ever reaches it. */
export const HANG_GUARD_MS = 20 * 60_000;

/** Children still running; killed by `killRunningCommands()` (the process 'exit' guard of the e2e). */
const running = new Set<number>();

export function killRunningCommands(): void {
  for (const pid of running) {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  running.clear();
}

const tail = (text: string, chars = 4_000) => (text.length > chars ? `...${text.slice(-chars)}` : text);

export function runCommand(command: string, args: readonly string[], options: RunCommandOptions): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((resolvePromise, rejectPromise) => {
    // detached: the child leads its own process group, so a timeout kills npm/nx and everything they started.
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const pid = child.pid;
    if (pid !== undefined) running.add(pid);
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      if (pid !== undefined) {
        try {
          process.kill(-pid, 'SIGKILL');
        } catch {
          // exited meanwhile
        }
      }
    }, options.timeoutMs ?? HANG_GUARD_MS);
    const label = `${command} ${args.join(' ')} (in ${options.cwd})`;
    child.on('error', (error) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      rejectPromise(new Error(`[registry-e2e] could not start ${label}: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (pid !== undefined) running.delete(pid);
      const result = { code, stdout, stderr, durationMs: Math.round(performance.now() - started) };
      if (timedOut) {
        rejectPromise(new Error(`[registry-e2e] was still running after the ${options.timeoutMs ?? HANG_GUARD_MS} ms hang guard: ${label}\n${tail(stdout)}\n${tail(stderr)}`));
      } else if (code !== 0 && options.allowFailure !== true) {
        rejectPromise(new Error(`[registry-e2e] exit ${code}: ${label}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`));
      } else {
        resolvePromise(result);
      }
    });
  });
}
