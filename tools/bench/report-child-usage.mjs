#!/usr/bin/env node
// Runs a native executable (TypeScript 7's `tsc`, a Go binary) as this process's only child and, when it has exited,
// writes one JSON line {"maxRssBytes","userCpuMs","systemCpuMs","exitCode"} to file descriptor 3 (like
// report-resource-usage.mjs does for Node scripts).
//   node tools/bench/report-child-usage.mjs <executable> [args...]
// CPU: cutime + cstime of this process from /proc/self/stat once the child is reaped (the kernel's exact account of
// its only child, in clock ticks of 10 ms). Peak RSS: the child's VmHWM from /proc/<pid>/status, read every 5 ms
// while it runs (Node exposes no RUSAGE_CHILDREN; the high-water mark only grows, so the last read is at most the
// final few milliseconds short of it). Linux only.
import { spawn } from 'node:child_process';
import { readFileSync, writeSync } from 'node:fs';

const [executable, ...args] = process.argv.slice(2);
if (!executable) {
  console.error('usage: node report-child-usage.mjs <executable> [args...]');
  process.exit(2);
}
const ticksPerSecond = 100;
const child = spawn(executable, args, { stdio: 'inherit' });
let maxRssBytes = 0;
const sample = () => {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
    if (kb !== undefined) maxRssBytes = Math.max(maxRssBytes, Number(kb) * 1024);
  } catch {
    // exited between two samples
  }
};
const timer = setInterval(sample, 5);
child.on('error', (error) => {
  clearInterval(timer);
  console.error(error.message);
  process.exit(127);
});
child.on('exit', (code, signal) => {
  clearInterval(timer);
  // /proc/self/stat: fields after the command name; cutime and cstime are fields 16 and 17 (1-based).
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const toMs = (ticks) => (Number(ticks) * 1000) / ticksPerSecond;
  const report = { maxRssBytes, userCpuMs: toMs(fields[13]), systemCpuMs: toMs(fields[14]), exitCode: code ?? signal };
  writeSync(3, `${JSON.stringify(report)}\n`);
  process.exitCode = code ?? 1;
});
