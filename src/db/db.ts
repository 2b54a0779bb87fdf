// The storage port: one PostgreSQL dialect, two implementations (embedded PGlite in a data folder,
// a PostgreSQL server by URL). Repositories take a `Db`; whoever opened the database holds the
// `Database` and closes it.

/** Rows of one statement. Dates come back as 'YYYY-MM-DD' strings, timestamps as Date, bigint as number, bytea as Uint8Array, json as values. */
export interface QueryResult<T> {
  rows: T[];
  /** Rows returned, or changed by INSERT/UPDATE/DELETE. */
  rowCount: number;
}

export interface Db {
  /** One statement with $1, $2 … parameters. Failures throw a `DbError` with a stable code. */
  query<T extends object = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<T>>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
  /**
   * Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. A call
   * made while a transaction of this database is open in the same async context (through `tx`, or
   * through the database itself, e.g. a repository built on it) joins that transaction.
   */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
}

export type DatabaseKind = 'embedded' | 'server';

/** An open database: the port plus its lifetime. */
export interface Database extends Db {
  readonly kind: DatabaseKind;
  /** Where the data lives, for people: the data folder, 'memory', or the URL without its password. */
  readonly location: string;
  /** Migrations applied while opening (empty when the schema was current). */
  readonly appliedMigrations: readonly string[];
  /** Milliseconds spent opening: starting the engine or connecting, and migrating. */
  readonly openedInMs: number;
  /**
   * VACUUM (ANALYZE): reclaims the space of changed rows and refreshes the planner's statistics.
   * A server's autovacuum does this by itself; the embedded database has none, so the shell calls
   * this at start and after large imports. Not inside a transaction.
   */
  maintain(): Promise<void>;
  close(): Promise<void>;
}

export type OpenErrorCode =
  | 'DB_DATA_DIR_NOT_WRITABLE'
  | 'DB_DATA_DIR_INVALID'
  | 'DB_DATA_DIR_LOCKED'
  | 'DB_DATA_DIR_INCOMPATIBLE'
  | 'DB_EMBEDDED_FAILED'
  | 'DB_URL_INVALID'
  | 'DB_SERVER_UNREACHABLE'
  | 'DB_SERVER_AUTH_FAILED'
  | 'DB_SERVER_DATABASE_MISSING'
  | 'DB_MIGRATIONS_MISSING'
  | 'DB_MIGRATION_CHANGED'
  | 'DB_MIGRATION_FAILED'
  | 'DB_SCHEMA_NEWER';

/** Why a database could not be opened: a stable code and a Chinese message for people. */
export interface OpenFailure {
  ok: false;
  code: OpenErrorCode;
  message: string;
}

export type OpenResult = { ok: true; db: Database } | OpenFailure;
