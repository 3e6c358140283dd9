#!/usr/bin/env node
// Runs a Node script inside this process and, when the process exits (also through process.exit), writes one JSON
// line {"maxRssBytes","userCpuMs","systemCpuMs"} to file descriptor 3, which the parent opens as a pipe.
//   node tools/bench/report-resource-usage.mjs <script> [args...]
// maxRssBytes is getrusage(2) ru_maxrss (process.resourceUsage().maxRSS, kilobytes on Linux) of this whole process:
// the peak resident memory of the script, Node included, exactly as if the script had been started directly.
import { writeSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
if (!script) {
  console.error('usage: node report-resource-usage.mjs <script> [args...]');
  process.exit(2);
}
const scriptPath = resolve(script);
process.argv = [process.argv[0] ?? 'node', scriptPath, ...args];
process.on('exit', () => {
  const usage = process.resourceUsage();
  const report = {
    maxRssBytes: usage.maxRSS * 1024,
    userCpuMs: usage.userCPUTime / 1000,
    systemCpuMs: usage.systemCPUTime / 1000,
  };
  writeSync(3, `${JSON.stringify(report)}\n`);
});
await import(pathToFileURL(scriptPath).href);
