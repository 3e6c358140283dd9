// CPU time (user + system) another process has used so far, from /proc/<pid>/stat (Linux). Resolution: one clock
// tick (10 ms), enough for batches that last seconds. undefined where /proc is not available.
import { readFile } from 'node:fs/promises';

/** /proc reports CPU times in USER_HZ ticks, 100 per second on Linux. */
const ticksPerSecond = 100;

export async function readProcessCpuMs(pid: number): Promise<number | undefined> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // Field 2 (the command) is in parentheses and may hold spaces: split what follows the last ')'. fields[0] is
  // field 3 (state), so utime (field 14) and stime (field 15) are fields[11] and fields[12].
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return Number.isFinite(ticks) ? (ticks * 1000) / ticksPerSecond : undefined;
}
