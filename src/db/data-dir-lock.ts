// One process at a time in a data folder. PGlite is PostgreSQL in single-user mode: it takes no lock
// of its own (its postmaster.pid says pid -42), and two processes writing one data folder corrupt it.
// The lock is a file created exclusively, holding the owner's pid, process start time and host; a
// lock whose process is gone (killed, crashed) is stale and taken over.
import { linkSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import type { OpenFailure } from './db.js';

export const LOCK_FILE = 'gongkai.lock';

interface Owner {
  pid: number;
  /** Start time of the process (Linux /proc, clock ticks since boot), to tell a reused pid apart. */
  start: string | null;
  host: string;
  since: string;
}

export interface DataDirLock {
  readonly path: string;
  release(): void;
}

export type LockResult = { ok: true; lock: DataDirLock } | OpenFailure;

/** A file just created by another process may be empty for an instant: not stale before this. */
const FRESH_MS = 10_000;

/** Start time of a process from /proc (field 22 of stat), or null where there is no /proc. */
export function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(owner: Owner): boolean {
  if (owner.host !== hostname()) return true; // cannot look at another computer's processes
  if (owner.pid === process.pid) return true;
  try {
    process.kill(owner.pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  const start = processStart(owner.pid);
  return owner.start === null || start === null || start === owner.start;
}

/** The owner written in the lock file; null when unreadable or half-written; undefined when gone. */
function readOwner(path: string): Owner | null | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? undefined : null;
  }
  try {
    const o = JSON.parse(text) as Partial<Owner>;
    if (typeof o.pid !== 'number' || typeof o.host !== 'string') return null;
    return { pid: o.pid, start: typeof o.start === 'string' ? o.start : null, host: o.host, since: String(o.since ?? '') };
  } catch {
    return null;
  }
}

function lockedBy(root: string, owner: Owner | null): OpenFailure {
  const who =
    owner === null
      ? '另一个程序'
      : owner.pid === process.pid && owner.host === hostname()
        ? '本程序（已经打开过一次）'
        : owner.host !== hostname()
          ? `计算机 ${owner.host} 上的程序（进程号 ${owner.pid}）`
          : `另一个程序（进程号 ${owner.pid}${owner.since ? `，自 ${owner.since} 起` : ''}）`;
  return {
    ok: false,
    code: 'DB_DATA_DIR_LOCKED',
    message:
      `数据文件夹 ${root} 正被${who}使用。内嵌数据库同一时间只能由一个程序打开：` +
      '请先关闭另一个 gongkai（例如正在运行的 gongkai serve），或用 --data 指定另一个数据文件夹，或设置 DATABASE_URL 改用 PostgreSQL 服务器。',
  };
}

export function notWritable(root: string, e: unknown): OpenFailure {
  const reason = (e as NodeJS.ErrnoException).code ?? String(e);
  return {
    ok: false,
    code: 'DB_DATA_DIR_NOT_WRITABLE',
    message: `数据文件夹 ${root} 无法写入（${reason}）。请检查文件夹的权限和磁盘空间，或用 --data 指定一个可以写入的文件夹。`,
  };
}

function isStale(path: string, owner: Owner | null): boolean {
  if (owner) return !isAlive(owner);
  try {
    return Date.now() - statSync(path).mtimeMs > FRESH_MS;
  } catch {
    return false;
  }
}

/** Moves a stale lock aside; false when what was moved turned out to be a new, live lock (put back). */
function removeStale(path: string, judged: Owner | null): boolean {
  const aside = `${path}.stale-${process.pid}`;
  try {
    renameSync(path, aside);
  } catch {
    return true; // already gone: try again
  }
  const moved = readOwner(aside);
  const same = JSON.stringify(moved ?? null) === JSON.stringify(judged);
  if (!same) {
    try {
      linkSync(aside, path); // put the live lock back unless yet another one is there
    } catch {
      /* another lock is in place */
    }
    unlinkSync(aside);
    return false;
  }
  unlinkSync(aside);
  return true;
}

/** Takes the data folder's lock, or says who holds it. */
export function acquireLock(root: string): LockResult {
  const path = join(root, LOCK_FILE);
  const me: Owner = { pid: process.pid, start: processStart(process.pid), host: hostname(), since: new Date().toISOString() };
  const mine = JSON.stringify(me);
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      return { ok: true, lock: { path, release: () => release(path, mine) } };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') return notWritable(root, e);
    }
    const owner = readOwner(path);
    if (owner === undefined) continue;
    if (!isStale(path, owner)) return lockedBy(root, owner);
    if (!removeStale(path, owner)) return lockedBy(root, readOwner(path) ?? null);
  }
  return lockedBy(root, readOwner(path) ?? null);
}

function release(path: string, mine: string): void {
  try {
    if (readFileSync(path, 'utf8') === mine) unlinkSync(path);
  } catch {
    /* already gone */
  }
}
