/**
 * CPU time spent by one Chromium (the process started on `profileDir` and every
 * process under it), from Linux's /proc: on a busy machine the wall-clock time of
 * a step grows with the load, the work the browser does for it much less.
 */
import { readdirSync, readFileSync } from 'node:fs';

/** /proc/<pid>/stat counts in clock ticks; Linux reports 100 a second (`getconf CLK_TCK`). */
const TICK_MS = 10;

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined; // The process ended meanwhile.
  }
}

export function browserCpuMs(profileDir: string): number {
  const children = new Map<string, string[]>();
  const ticks = new Map<string, number>();
  const roots: string[] = [];
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = read(`/proc/${pid}/stat`);
    if (!stat) continue;
    // The command name, in parentheses, may hold spaces: fields are counted after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = fields[1]!;
    children.set(parent, [...(children.get(parent) ?? []), pid]);
    ticks.set(pid, Number(fields[11]) + Number(fields[12]));
    if (read(`/proc/${pid}/cmdline`)?.split('\0').includes(`--user-data-dir=${profileDir}`)) roots.push(pid);
  }
  const seen = new Set<string>();
  const visit = (pid: string) => {
    if (seen.has(pid)) return;
    seen.add(pid);
    for (const child of children.get(pid) ?? []) visit(child);
  };
  roots.forEach(visit);
  return [...seen].reduce((sum, pid) => sum + (ticks.get(pid) ?? 0), 0) * TICK_MS;
}
