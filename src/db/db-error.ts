// Failures of a statement, as one error type with a stable code. Expected outcomes (a taken tracking
// code, a stale version) are not errors: repositories return them as data. What reaches here is a
// broken rule of the schema, a lost connection or a defect, and the API maps it in one place.

export type DbErrorCode =
  | 'DB_UNIQUE_VIOLATION'
  | 'DB_FOREIGN_KEY_VIOLATION'
  | 'DB_CHECK_VIOLATION'
  | 'DB_INVALID_VALUE'
  | 'DB_APPEND_ONLY'
  | 'DB_REPORT_PUBLISHED'
  | 'DB_AGENCY_CYCLE'
  | 'DB_CONFLICT'
  | 'DB_CONNECTION_LOST'
  | 'DB_CLOSED'
  | 'DB_QUERY_FAILED';

export interface DbErrorFields {
  code: DbErrorCode;
  /** Chinese, for people. */
  message: string;
  /** PostgreSQL's SQLSTATE, when the server said so. */
  sqlState?: string;
  /** The constraint or trigger at fault, when known (e.g. 'applications_tracking_code_key'). */
  constraint?: string;
  table?: string;
  /** PostgreSQL's own message (English; never the row's values, which may be personal data). */
  detail?: string;
}

export class DbError extends Error {
  readonly code: DbErrorCode;
  readonly sqlState: string | undefined;
  readonly constraint: string | undefined;
  readonly table: string | undefined;
  readonly detail: string | undefined;

  constructor(fields: DbErrorFields) {
    super(fields.message);
    this.name = 'DbError';
    this.code = fields.code;
    this.sqlState = fields.sqlState;
    this.constraint = fields.constraint;
    this.table = fields.table;
    this.detail = fields.detail;
  }
}

interface DriverError {
  code?: unknown;
  message?: unknown;
  constraint?: unknown;
  table?: unknown;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

const CONNECTION_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);

/** The DbError for anything a driver threw (PGlite and pg raise the same fields). */
export function toDbError(error: unknown): DbError {
  if (error instanceof DbError) return error;
  const e = (typeof error === 'object' && error !== null ? error : {}) as DriverError;
  const sqlState = text(e.code);
  const detail = text(e.message) ?? String(error);
  const constraint = text(e.constraint);
  const table = text(e.table);
  const at = constraint ? `（${constraint}）` : '';
  const base = { sqlState, constraint, table, detail };
  if (sqlState === 'GK001') return new DbError({ ...base, code: 'DB_APPEND_ONLY', message: `${table ?? '该表'}只能追加记录，不能修改或删除已有记录。` });
  if (sqlState === 'GK002') return new DbError({ ...base, code: 'DB_REPORT_PUBLISHED', message: '已发布的年度报告版本不能修改或删除；如需更正，请新建一个版本。' });
  if (sqlState === 'GK003') return new DbError({ ...base, code: 'DB_AGENCY_CYCLE', message: '机关的上级不能是它自己或它的下级机关。' });
  if (sqlState === '23505') return new DbError({ ...base, code: 'DB_UNIQUE_VIOLATION', message: `记录与已有记录重复${at}。` });
  if (sqlState === '23503') return new DbError({ ...base, code: 'DB_FOREIGN_KEY_VIOLATION', message: `引用的记录不存在，或记录仍被其他记录引用${at}。` });
  if (sqlState === '23514' || sqlState === '23502') return new DbError({ ...base, code: 'DB_CHECK_VIOLATION', message: `记录不符合数据规则${at}。` });
  if (sqlState?.startsWith('22')) return new DbError({ ...base, code: 'DB_INVALID_VALUE', message: `数据值无效：${detail}` });
  if (sqlState === '40001' || sqlState === '40P01' || sqlState === '55P03') return new DbError({ ...base, code: 'DB_CONFLICT', message: '与同时进行的其他操作冲突，请重试。' });
  if (sqlState?.startsWith('08') || sqlState === '57P01' || sqlState === '57P02' || sqlState === '57P03' || (sqlState && CONNECTION_CODES.has(sqlState)) || /Connection terminated|connection.*closed/i.test(detail)) {
    return new DbError({ ...base, code: 'DB_CONNECTION_LOST', message: `与数据库的连接中断：${detail}` });
  }
  return new DbError({ ...base, code: 'DB_QUERY_FAILED', message: `数据库操作失败：${detail}` });
}

export function closedError(): DbError {
  return new DbError({ code: 'DB_CLOSED', message: '数据库已关闭。' });
}
