// A PostgreSQL server (DATABASE_URL), through a pg connection pool. Same SQL, same rows as the
// embedded database.
import pg from 'pg';
import type { Database, Db, OpenFailure, OpenResult, QueryResult } from './db.js';
import { closedError, toDbError } from './db-error.js';
import { loadMigrations, migrate } from './migrate.js';
import { TransactionScope } from './transaction-scope.js';
import { parseBytea, parseDate, parseInt8, TYPE_OIDS } from './value-parsers.js';

export interface ServerOptions {
  /** Session time zone (current_date, timestamps printed as text). Default Asia/Shanghai. */
  timeZone?: string;
  /** Connections in the pool. Default 10. */
  maxConnections?: number;
  /** Give up connecting after this long. Default 5000 ms. */
  connectTimeoutMs?: number;
}

const OWN_PARSERS = new Map<number, (text: string) => unknown>([
  [TYPE_OIDS.date, parseDate],
  [TYPE_OIDS.int8, parseInt8],
  [TYPE_OIDS.bytea, parseBytea],
]);

const TYPES: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    (format ?? 'text') === 'text' ? (OWN_PARSERS.get(oid) ?? pg.types.getTypeParser(oid, 'text')) : pg.types.getTypeParser(oid, 'binary')) as pg.CustomTypesConfig['getTypeParser'],
};

type Runner = pg.Pool | pg.PoolClient;

async function run<T>(runner: Runner, sql: string, params: readonly unknown[] | undefined): Promise<QueryResult<T>> {
  try {
    const r = await runner.query(sql, params ? [...params] : undefined);
    return { rows: r.rows as T[], rowCount: r.rowCount ?? r.rows.length };
  } catch (e) {
    throw toDbError(e);
  }
}

async function runScript(runner: Runner, script: string): Promise<void> {
  try {
    await runner.query(script);
  } catch (e) {
    throw toDbError(e);
  }
}

function clientDb(client: pg.PoolClient): Db {
  const db: Db = {
    query: (sql, params) => run(client, sql, params),
    exec: (script) => runScript(client, script),
    transaction: (fn) => fn(db),
  };
  return db;
}

/** The URL for people: without its password. */
export function redactUrl(url: URL): string {
  const shown = new URL(url.href);
  if (shown.password) shown.password = '***';
  return shown.href;
}

class ServerDatabase implements Database {
  readonly kind = 'server' as const;
  readonly #pool: pg.Pool;
  readonly #scope = new TransactionScope();
  #closed = false;
  appliedMigrations: readonly string[] = [];
  openedInMs = 0;

  constructor(
    pool: pg.Pool,
    readonly location: string,
  ) {
    this.#pool = pool;
  }

  query<T extends object>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>> {
    const tx = this.#scope.current();
    if (tx) return tx.query<T>(sql, params);
    if (this.#closed) return Promise.reject(closedError());
    return run<T>(this.#pool, sql, params);
  }

  exec(script: string): Promise<void> {
    const tx = this.#scope.current();
    if (tx) return tx.exec(script);
    if (this.#closed) return Promise.reject(closedError());
    return runScript(this.#pool, script);
  }

  async transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T> {
    const current = this.#scope.current();
    if (current) return fn(current);
    if (this.#closed) throw closedError();
    let client: pg.PoolClient;
    try {
      client = await this.#pool.connect();
    } catch (e) {
      throw toDbError(e);
    }
    let broken = false;
    try {
      await runScript(client, 'BEGIN');
      const result = await this.#scope.run(clientDb(client), fn);
      await runScript(client, 'COMMIT');
      return result;
    } catch (e) {
      try {
        await client.query('ROLLBACK');
      } catch {
        broken = true; // the connection is gone or unusable: do not return it to the pool
      }
      throw e;
    } finally {
      client.release(broken);
    }
  }

  maintain(): Promise<void> {
    return this.exec('VACUUM (ANALYZE)');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#pool.end();
  }
}

function connectFailure(url: URL, location: string, e: unknown): OpenFailure {
  const err = e as { code?: string; message?: string };
  const reason = err.message ?? String(e);
  const where = `${url.hostname || 'localhost'}:${url.port || '5432'}`;
  if (err.code === '28P01' || err.code === '28000') {
    return { ok: false, code: 'DB_SERVER_AUTH_FAILED', message: `PostgreSQL 服务器 ${where} 拒绝登录（${reason}）。请检查 DATABASE_URL 中的用户名和密码。` };
  }
  if (err.code === '3D000') {
    return { ok: false, code: 'DB_SERVER_DATABASE_MISSING', message: `PostgreSQL 服务器 ${where} 上没有 DATABASE_URL 指定的数据库（${reason}）。请先创建数据库（createdb），或修改 DATABASE_URL。` };
  }
  return {
    ok: false,
    code: 'DB_SERVER_UNREACHABLE',
    message: `无法连接 PostgreSQL 服务器 ${location}（${err.code ?? reason}）。请检查服务器是否已启动、地址和端口是否正确；不设置 DATABASE_URL 则使用内嵌数据库。`,
  };
}

/** Connects to the server at `url`, checks it answers, and brings the schema up to date. */
export async function openServer(url: string, options: ServerOptions = {}): Promise<OpenResult> {
  const started = performance.now();
  let parsed: URL;
  try {
    parsed = new URL(url);
    if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') throw new Error(parsed.protocol);
  } catch {
    return { ok: false, code: 'DB_URL_INVALID', message: 'DATABASE_URL 不是有效的 PostgreSQL 地址，应形如 postgres://用户:密码@主机:5432/数据库。' };
  }
  const migrations = loadMigrations();
  if (!Array.isArray(migrations)) return migrations;
  const location = redactUrl(parsed);
  const pool = new pg.Pool({
    connectionString: url,
    max: options.maxConnections ?? 10,
    connectionTimeoutMillis: options.connectTimeoutMs ?? 5000,
    application_name: 'gongkai',
    options: `-c TimeZone=${options.timeZone ?? 'Asia/Shanghai'}`,
    types: TYPES,
  });
  // An idle connection dropped by the server must not crash the process; the next query reconnects.
  pool.on('error', () => undefined);
  try {
    await pool.query('SELECT 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    return connectFailure(parsed, location, e);
  }
  const db = new ServerDatabase(pool, location);
  const migrated = await migrate(db, migrations);
  if (!migrated.ok) {
    await db.close();
    return migrated;
  }
  db.appliedMigrations = migrated.applied;
  db.openedInMs = Math.round(performance.now() - started);
  return { ok: true, db };
}
