import { describe, expect, it } from 'vitest';
import { readProcessCpuMs } from './read-process-cpu-ms.js';

describe('readProcessCpuMs', () => {
  it.runIf(process.platform === 'linux')('reads a running process\'s CPU time, growing as it works', async () => {
    const before = await readProcessCpuMs(process.pid);
    // Busy until this process has used 150 ms more CPU (by its own account), giving up after 5 s of wall time.
    const cpuBefore = process.cpuUsage();
    const giveUpAt = performance.now() + 5_000;
    while (process.cpuUsage(cpuBefore).user < 150_000 && performance.now() < giveUpAt);
    const after = await readProcessCpuMs(process.pid);
    expect(before).toBeGreaterThanOrEqual(0);
    expect(after! - before!).toBeGreaterThanOrEqual(100);
  });

  it('answers undefined for a process that does not exist', async () => {
    expect(await readProcessCpuMs(2 ** 30)).toBeUndefined();
  });
});
