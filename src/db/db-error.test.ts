import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DbError, toDbError } from './db-error.js';

test('driver errors become coded DbErrors with Chinese messages and no row values', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ code: '23505', constraint: 'applications_tracking_code_key', message: 'duplicate key value violates unique constraint' }, 'DB_UNIQUE_VIOLATION'],
    [{ code: '23503', message: 'violates foreign key constraint' }, 'DB_FOREIGN_KEY_VIOLATION'],
    [{ code: '23514', message: 'violates check constraint' }, 'DB_CHECK_VIOLATION'],
    [{ code: '23502', message: 'null value in column' }, 'DB_CHECK_VIOLATION'],
    [{ code: '22007', message: 'invalid input syntax for type date' }, 'DB_INVALID_VALUE'],
    [{ code: 'GK001', table: 'application_events', message: 'append-only' }, 'DB_APPEND_ONLY'],
    [{ code: 'GK002', message: 'published' }, 'DB_REPORT_PUBLISHED'],
    [{ code: 'GK003', message: 'cycle' }, 'DB_AGENCY_CYCLE'],
    [{ code: '40001', message: 'could not serialize access' }, 'DB_CONFLICT'],
    [{ code: '40P01', message: 'deadlock detected' }, 'DB_CONFLICT'],
    [{ code: '57P01', message: 'terminating connection due to administrator command' }, 'DB_CONNECTION_LOST'],
    [{ code: 'ECONNRESET', message: 'read ECONNRESET' }, 'DB_CONNECTION_LOST'],
    [{ message: 'Connection terminated unexpectedly' }, 'DB_CONNECTION_LOST'],
    [{ code: '42P01', message: 'relation "x" does not exist' }, 'DB_QUERY_FAILED'],
  ];
  for (const [driver, code] of cases) {
    const e = toDbError(Object.assign(new Error(String(driver.message)), driver, { detail: 'Key (tracking_code)=(SECRET) already exists.' }));
    assert.ok(e instanceof DbError);
    assert.equal(e.code, code, JSON.stringify(driver));
    assert.match(e.message, /[\u4e00-\u9fff]/);
    assert.ok(!e.message.includes('SECRET') && !(e.detail ?? '').includes('SECRET'), 'row values stay out');
  }
  const unique = toDbError({ code: '23505', constraint: 'users_login_key', table: 'users', message: 'm' });
  assert.deepEqual([unique.sqlState, unique.constraint, unique.table], ['23505', 'users_login_key', 'users']);
  assert.equal(toDbError(unique), unique);
  assert.equal(toDbError('boom').code, 'DB_QUERY_FAILED');
});
