// What makes a lock holder unique: its pid, and where the system tells them, the process's
// start time and the boot it runs in (Linux: /proc). A pid alone outlives its process: after a
// reboot or a pid's reuse another process has it, and a killed process that its parent has
// not reaped yet still answers kill(pid, 0).
import { readFileSync } from 'node:fs';
import { alive } from '../write/write-post.js';

export interface ProcessIdentity {
  pid: number;
  /** Start time in clock ticks since boot (/proc/<pid>/stat, field 22). */
  start?: string;
  /** The kernel's id of this boot (/proc/sys/kernel/random/boot_id). */
  boot?: string;
}

const read = (path: string): string | undefined => {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
};

/** The process's state letter and start time, from /proc; undefined when there is no such process (or no /proc). */
function procStat(pid: number): { state: string; start: string } | undefined {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return undefined;
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { state: fields[0]!, start: fields[19]! };
}

const bootId = (): string | undefined => read('/proc/sys/kernel/random/boot_id')?.trim() || undefined;

const hasProc = (): boolean => read('/proc/self/stat') !== undefined;

export function currentIdentity(): ProcessIdentity {
  const start = procStat(process.pid)?.start;
  const boot = bootId();
  return { pid: process.pid, ...(start && { start }), ...(boot && { boot }) };
}

/** True when the process the identity names still runs: same boot, same start, not a zombie. */
export function isRunning(holder: ProcessIdentity): boolean {
  if (!hasProc()) return alive(holder.pid);
  if (!Number.isInteger(holder.pid) || holder.pid <= 0) return false;
  const boot = bootId();
  if (holder.boot && boot && holder.boot !== boot) return false;
  const stat = procStat(holder.pid);
  if (!stat || stat.state === 'Z' || stat.state === 'X') return false;
  return !holder.start || holder.start === stat.start;
}

/** The lock file's text for an identity, and back (a bare pid: the format before this one). */
export const formatIdentity = (id: ProcessIdentity): string => `${JSON.stringify(id)}\n`;

export function parseIdentity(text: string): ProcessIdentity {
  const trimmed = text.trim();
  if (/^\d+$/.test(trimmed)) return { pid: Number(trimmed) };
  try {
    const data = JSON.parse(trimmed) as Partial<ProcessIdentity>;
    return { pid: Number(data.pid), ...(typeof data.start === 'string' && { start: data.start }), ...(typeof data.boot === 'string' && { boot: data.boot }) };
  } catch {
    return { pid: 0 };
  }
}
