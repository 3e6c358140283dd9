// Runs one child process with a hard time limit and captured output; never leaves it running.
import { spawn } from 'node:child_process';

export interface RunCommandOptions {
  /** Working directory of the child. */
  cwd: string;
  /** Full environment of the child (use `isolatedEnv()` to build one). */
  env: NodeJS.ProcessEnv;
  /** The child (and its process group) is killed after this many milliseconds. */
  timeoutMs: number;
  /** When false (default) a non-zero exit rejects with the tail of the output. */
  allowFailure?: boolean;
}

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

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
    }, options.timeoutMs);
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
        rejectPromise(new Error(`[registry-e2e] timed out after ${options.timeoutMs} ms: ${label}\n${tail(stdout)}\n${tail(stderr)}`));
      } else if (code !== 0 && options.allowFailure !== true) {
        rejectPromise(new Error(`[registry-e2e] exit ${code}: ${label}\n--- stdout\n${tail(stdout)}\n--- stderr\n${tail(stderr)}`));
      } else {
        resolvePromise(result);
      }
    });
  });
}
