import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const reporterPath = fileURLToPath(new URL('./report-resource-usage.mjs', import.meta.url));
const childReporterPath = fileURLToPath(new URL('./report-child-usage.mjs', import.meta.url));
const outputCapChars = 200_000;

export interface MeasuredRun {
  /** From spawn to exit, as seen by the parent: Node start-up, module loading and the work itself. */
  wallMs: number;
  /** Peak resident set size of the child (getrusage ru_maxrss, see report-resource-usage.mjs). */
  maxRssBytes: number;
  cpuMs: number;
  stdout: string;
  stderr: string;
}

export interface MeasuredRunOptions {
  cwd: string;
  /** The child is killed (SIGKILL, by its pid) and the promise rejects after this long. */
  timeoutMs: number;
}

/**
 * Runs `node <script> ...args` as a child process and measures its wall time and peak memory. Rejects when the
 * script exits non-zero (with the tail of its output), so a measurement of a failing run is never recorded.
 */
export function runMeasuredNodeScript(script: string, args: readonly string[], options: MeasuredRunOptions): Promise<MeasuredRun> {
  return runMeasured(reporterPath, script, args, options);
}

/**
 * The same for a native executable (TypeScript 7's Go `tsc`), run as the only child of report-child-usage.mjs:
 * CPU from the kernel's account of that child, peak RSS sampled from /proc every 5 ms.
 */
export function runMeasuredExecutable(executable: string, args: readonly string[], options: MeasuredRunOptions): Promise<MeasuredRun> {
  return runMeasured(childReporterPath, executable, args, options);
}

function runMeasured(reporter: string, script: string, args: readonly string[], options: MeasuredRunOptions): Promise<MeasuredRun> {
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    const child = spawn(process.execPath, [reporter, script, ...args], {
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    let usageLine = '';
    const append = (current: string, chunk: Buffer) => (current.length < outputCapChars ? current + chunk.toString('utf8') : current);
    child.stdout?.on('data', (chunk: Buffer) => (stdout = append(stdout, chunk)));
    child.stderr?.on('data', (chunk: Buffer) => (stderr = append(stderr, chunk)));
    child.stdio[3]?.on('data', (chunk: Buffer) => (usageLine += chunk.toString('utf8')));
    let wallMs = 0;
    child.on('exit', () => (wallMs = performance.now() - startedAt));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`[bench] ${script} ${args.join(' ')} did not finish within ${options.timeoutMs} ms (killed pid ${child.pid})`));
    }, options.timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        const output = `${stdout}\n${stderr}`.trim().slice(-4000);
        reject(new Error(`[bench] ${script} ${args.join(' ')} exited with ${code ?? signal}:\n${output}`));
        return;
      }
      const usage = JSON.parse(usageLine) as { maxRssBytes: number; userCpuMs: number; systemCpuMs: number };
      resolve({ wallMs, maxRssBytes: usage.maxRssBytes, cpuMs: usage.userCpuMs + usage.systemCpuMs, stdout, stderr });
    });
  });
}
