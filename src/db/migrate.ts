// Versioned migrations: src/db/migrations/NNN_name.sql, plain SQL, applied in order inside one
// transaction when a database is opened, each recorded in schema_migrations with a checksum.
// Additive only: a migration once released is never edited (the checksum and the schema snapshot
// test catch it); a change is a new file. Migrations must not contain BEGIN/COMMIT.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Db, OpenFailure } from './db.js';

export interface Migration {
  version: number;
  /** File name without .sql, e.g. '001_initial'. */
  name: string;
  sql: string;
  checksum: string;
}

const FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;
/** Serialises migrations of processes opening one server database at the same time. */
const ADVISORY_LOCK_KEY = 4_716_256_110;

/** The migrations folder beside this module (src/db under tsx), or in the sources (from dist/db). */
export function migrationsDir(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  const beside = join(here, 'migrations');
  return existsSync(beside) ? beside : join(here, '..', '..', 'src', 'db', 'migrations');
}

export function checksum(sql: string): string {
  return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** Every migration in version order, numbered 1, 2, 3 … without gaps. */
export function loadMigrations(dir: string = migrationsDir()): Migration[] | OpenFailure {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.sql')).sort();
  } catch {
    return { ok: false, code: 'DB_MIGRATIONS_MISSING', message: `找不到数据库迁移文件夹 ${dir}。安装不完整，请重新安装 gongkai。` };
  }
  const migrations: Migration[] = [];
  for (const name of names) {
    const m = FILE.exec(name);
    if (!m || Number(m[1]) !== migrations.length + 1) {
      return { ok: false, code: 'DB_MIGRATIONS_MISSING', message: `数据库迁移文件 ${name} 的名称或编号不对（应为连续编号的 NNN_名称.sql）。` };
    }
    const sql = readFileSync(join(dir, name), 'utf8');
    migrations.push({ version: Number(m[1]), name: name.slice(0, -4), sql, checksum: checksum(sql) });
  }
  if (migrations.length === 0) return { ok: false, code: 'DB_MIGRATIONS_MISSING', message: `数据库迁移文件夹 ${dir} 是空的。安装不完整，请重新安装 gongkai。` };
  return migrations;
}

class MigrationStop extends Error {
  constructor(readonly failure: OpenFailure) {
    super(failure.message);
  }
}

const CREATE_LEDGER = `CREATE TABLE IF NOT EXISTS schema_migrations (
  version integer PRIMARY KEY,
  name text NOT NULL,
  checksum text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now()
)`;

/** Applies the pending migrations in one transaction; nothing is applied when any of them fails. */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<{ ok: true; applied: string[] } | OpenFailure> {
  try {
    const applied = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCK_KEY]);
      await tx.exec(CREATE_LEDGER);
      const done = await tx.query<{ version: number; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version');
      const known = new Map(migrations.map((m) => [m.version, m]));
      for (const row of done.rows) {
        const m = known.get(row.version);
        if (!m) {
          throw new MigrationStop({
            ok: false,
            code: 'DB_SCHEMA_NEWER',
            message: `数据库已由更新版本的 gongkai 升级（迁移 ${row.name}），本程序不认识这一结构。请升级 gongkai 后再打开。`,
          });
        }
        if (m.checksum !== row.checksum) {
          throw new MigrationStop({
            ok: false,
            code: 'DB_MIGRATION_CHANGED',
            message: `已应用的数据库迁移 ${m.name} 的内容与数据库记录的不同：发布后的迁移文件不能修改，修改应写成新的迁移文件。`,
          });
        }
      }
      const pending = migrations.filter((m) => !done.rows.some((r) => r.version === m.version));
      for (const m of pending) {
        try {
          await tx.exec(m.sql);
        } catch (e) {
          throw new MigrationStop({ ok: false, code: 'DB_MIGRATION_FAILED', message: `数据库迁移 ${m.name} 失败，已全部撤销：${(e as Error).message}` });
        }
        await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [m.version, m.name, m.checksum]);
      }
      return pending.map((m) => m.name);
    });
    return { ok: true, applied };
  } catch (e) {
    if (e instanceof MigrationStop) return e.failure;
    return { ok: false, code: 'DB_MIGRATION_FAILED', message: `数据库迁移失败，已全部撤销：${(e as Error).message}` };
  }
}
