// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) in a data folder, nothing to
// install. One process per folder (data-dir-lock.ts). Every commit's WAL is written to the folder
// before the commit returns, so a killed process loses no acknowledged write; PGlite does not fsync
// (see docs/ARCHITECTURE.md), so an operating-system crash or power cut can lose recent commits.
import { existsSync, renameSync, rmSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { acquireLock, type DataDirLock } from './data-dir-lock.js';
import { checkClusterVersion, dataDirLayout, initPath, prepareDataDir, removeAbandonedInits, writeReadme, type DataDirLayout } from './data-dir.js';
import type { Database, Db, OpenFailure, OpenResult, QueryResult } from './db.js';
import { closedError, toDbError } from './db-error.js';
import { loadMigrations, migrate } from './migrate.js';
import { TransactionScope } from './transaction-scope.js';
import { parseBytea, parseDate, parseInt8, TYPE_OIDS } from './value-parsers.js';

export interface EmbeddedOptions {
  /** Session time zone (current_date, timestamps printed as text). Default Asia/Shanghai. */
  timeZone?: string;
}

type Runner = Pick<PGlite, 'query' | 'exec'> | Transaction;

const PARSERS = {
  [TYPE_OIDS.date]: parseDate,
  [TYPE_OIDS.int8]: parseInt8,
  [TYPE_OIDS.bytea]: parseBytea,
};

async function run<T>(runner: Runner, sql: string, params: readonly unknown[] | undefined): Promise<QueryResult<T>> {
  try {
    const r = await runner.query<T>(sql, params ? [...params] : undefined);
    return { rows: r.rows, rowCount: r.affectedRows || r.rows.length };
  } catch (e) {
    throw toDbError(e);
  }
}

async function runScript(runner: Runner, script: string): Promise<void> {
  try {
    await runner.exec(script);
  } catch (e) {
    throw toDbError(e);
  }
}

function txDb(tx: Transaction): Db {
  const db: Db = {
    query: (sql, params) => run(tx, sql, params),
    exec: (script) => runScript(tx, script),
    transaction: (fn) => fn(db),
  };
  return db;
}

class EmbeddedDatabase implements Database {
  readonly kind = 'embedded' as const;
  readonly #pg: PGlite;
  readonly #lock: DataDirLock | null;
  readonly #scope = new TransactionScope();
  #closed = false;
  appliedMigrations: readonly string[] = [];
  openedInMs = 0;

  constructor(
    pg: PGlite,
    lock: DataDirLock | null,
    readonly location: string,
  ) {
    this.#pg = pg;
    this.#lock = lock;
  }

  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const tx = this.#scope.current();
    if (tx) return tx.query<T>(sql, params);
    if (this.#closed) return Promise.reject(closedError());
    return run<T>(this.#pg, sql, params);
  }

  exec(script: string): Promise<void> {
    const tx = this.#scope.current();
    if (tx) return tx.exec(script);
    if (this.#closed) return Promise.reject(closedError());
    return runScript(this.#pg, script);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const current = this.#scope.current();
    if (current) return fn(current);
    if (this.#closed) throw closedError();
    let failure: unknown;
    try {
      return await this.#pg.transaction((tx) => this.#scope.run(txDb(tx), fn).catch((e: unknown) => {
        failure = e;
        throw e;
      }));
    } catch (e) {
      // An error from fn passes through unchanged; one from BEGIN/COMMIT/ROLLBACK becomes a DbError.
      throw e === failure ? e : toDbError(e);
    }
  }

  maintain(): Promise<void> {
    return this.exec('VACUUM (ANALYZE)');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    try {
      await this.#pg.close();
    } finally {
      this.#lock?.release();
    }
  }
}

function embeddedFailed(where: string, e: unknown): OpenFailure {
  return {
    ok: false,
    code: 'DB_EMBEDDED_FAILED',
    message: `内嵌数据库（${where}）无法启动：${(e as Error)?.message ?? String(e)}。如果数据文件夹损坏，请从备份恢复。`,
  };
}

async function startPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<PGlite> {
  // The one-argument form: PGlite(undefined, options) ignores loadDataDir and creates a new cluster.
  const pg = new PGlite({ parsers: PARSERS, ...(dataDir ? { dataDir } : {}), ...(loadDataDir ? { loadDataDir } : {}) });
  await pg.waitReady;
  return pg;
}

/**
 * In-memory databases (tests) start from a copy of one freshly created cluster per process: creating
 * a cluster takes PGlite 2–4 s, loading a copy well under one.
 */
let memoryTemplate: Promise<Blob> | null = null;

async function startInMemory(): Promise<PGlite> {
  memoryTemplate ??= (async () => {
    const pg = await startPglite(undefined);
    try {
      return await pg.dumpDataDir('none');
    } finally {
      await pg.close();
    }
  })();
  try {
    return await startPglite(undefined, await memoryTemplate);
  } catch (e) {
    memoryTemplate = null;
    throw e;
  }
}

/** Creates the cluster beside the data folder's pgdata and renames it into place once complete. */
async function createCluster(layout: DataDirLayout): Promise<void> {
  const tmp = initPath(layout);
  try {
    const pg = await startPglite(tmp);
    await pg.close();
    renameSync(tmp, layout.pgdata);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function startInFolder(dir: string): Promise<{ ok: true; pg: PGlite; lock: DataDirLock; location: string } | OpenFailure> {
  const layout = dataDirLayout(dir);
  const prepared = prepareDataDir(layout);
  if (!prepared.ok) return prepared;
  const locked = acquireLock(layout.root);
  if (!locked.ok) return locked;
  const { lock } = locked;
  try {
    removeAbandonedInits(layout);
    if (!existsSync(layout.pgdata)) {
      writeReadme(layout);
      await createCluster(layout);
    }
    const version = checkClusterVersion(layout);
    if (!version.ok) {
      lock.release();
      return version;
    }
    return { ok: true, pg: await startPglite(layout.pgdata), lock, location: layout.root };
  } catch (e) {
    lock.release();
    return embeddedFailed(layout.root, e);
  }
}

/**
 * Opens (creating on first use) the embedded database in `dataDir`, or a throw-away one in memory,
 * and brings its schema up to date. Errors come back as data with a stable code.
 */
export async function openEmbedded(dataDir: string, options: EmbeddedOptions = {}): Promise<OpenResult> {
  const started = performance.now();
  const migrations = loadMigrations();
  if (!Array.isArray(migrations)) return migrations;
  let db: EmbeddedDatabase;
  if (dataDir === 'memory') {
    try {
      db = new EmbeddedDatabase(await startInMemory(), null, 'memory');
    } catch (e) {
      return embeddedFailed('memory', e);
    }
  } else {
    const started = await startInFolder(dataDir);
    if (!started.ok) return started;
    db = new EmbeddedDatabase(started.pg, started.lock, started.location);
  }
  try {
    await db.query(`SELECT set_config('TimeZone', $1, false)`, [options.timeZone ?? 'Asia/Shanghai']);
  } catch (e) {
    await db.close();
    return embeddedFailed(db.location, e);
  }
  const migrated = await migrate(db, migrations);
  if (!migrated.ok) {
    await db.close();
    return migrated;
  }
  db.appliedMigrations = migrated.applied;
  db.openedInMs = Math.round(performance.now() - started);
  return { ok: true, db };
}
