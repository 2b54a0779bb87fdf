// The embedded database's data folder: `<dir>/pgdata` is PGlite's PostgreSQL cluster, `<dir>/gongkai.lock`
// keeps a second process out. A new cluster is created beside (`pgdata.init-*`) and renamed into
// place when complete, so a process killed while creating one leaves nothing half-made behind.
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { OpenFailure } from './db.js';
import { notWritable } from './data-dir-lock.js';

export interface DataDirLayout {
  root: string;
  pgdata: string;
}

/** PostgreSQL major version of the bundled PGlite (0.5.x is PostgreSQL 18); a cluster of another major cannot be opened. */
export const EMBEDDED_PG_MAJOR = '18';

const README = `这是 gongkai 的数据文件夹（内嵌 PostgreSQL 数据库）。
请不要手工修改或删除其中的文件；备份时先关闭 gongkai，再复制整个文件夹。
This is gongkai's data folder (an embedded PostgreSQL database). Stop gongkai before copying it.
`;

export function dataDirLayout(dir: string): DataDirLayout {
  const root = resolve(dir);
  return { root, pgdata: join(root, 'pgdata') };
}

/** Creates the folder if needed and checks it can be written. */
export function prepareDataDir(layout: DataDirLayout): { ok: true } | OpenFailure {
  const { root } = layout;
  if (existsSync(root) && !statSync(root).isDirectory()) {
    return { ok: false, code: 'DB_DATA_DIR_INVALID', message: `数据文件夹 ${root} 是一个文件，不是文件夹。请用 --data 指定一个文件夹。` };
  }
  try {
    mkdirSync(root, { recursive: true });
    accessSync(root, constants.W_OK);
    if (existsSync(layout.pgdata)) accessSync(layout.pgdata, constants.W_OK);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') {
      return { ok: false, code: 'DB_DATA_DIR_INVALID', message: `数据文件夹 ${root} 的路径中有一部分是文件，不是文件夹。请用 --data 指定一个文件夹。` };
    }
    return notWritable(root, e);
  }
  return { ok: true };
}

/** The cluster's PostgreSQL major version, or a failure when it is not the bundled one. */
export function checkClusterVersion(layout: DataDirLayout): { ok: true } | OpenFailure {
  let major: string;
  try {
    major = readFileSync(join(layout.pgdata, 'PG_VERSION'), 'utf8').trim();
  } catch {
    return {
      ok: false,
      code: 'DB_DATA_DIR_INVALID',
      message: `数据文件夹 ${layout.root} 中的 pgdata 不是完整的数据库（缺少 PG_VERSION）。请从备份恢复，或把它移走后重新开始。`,
    };
  }
  if (major === EMBEDDED_PG_MAJOR) return { ok: true };
  return {
    ok: false,
    code: 'DB_DATA_DIR_INCOMPATIBLE',
    message:
      `数据文件夹 ${layout.root} 由 PostgreSQL ${major} 版本的内嵌数据库创建，本程序内嵌的是 PostgreSQL ${EMBEDDED_PG_MAJOR}。` +
      '请用创建它的 gongkai 版本导出数据（pg_dump 或 gongkai 的导出功能）后再导入。',
  };
}

/** Removes clusters left half-made by a process killed while creating one (call with the lock held). */
export function removeAbandonedInits(layout: DataDirLayout): void {
  for (const name of readdirSync(layout.root)) {
    if (name.startsWith('pgdata.init-')) rmSync(join(layout.root, name), { recursive: true, force: true });
  }
}

export function initPath(layout: DataDirLayout): string {
  return join(layout.root, `pgdata.init-${process.pid}-${Date.now()}`);
}

export function writeReadme(layout: DataDirLayout): void {
  const path = join(layout.root, 'README.txt');
  if (!existsSync(path)) writeFileSync(path, README);
}
