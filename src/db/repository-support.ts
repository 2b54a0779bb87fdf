// What the repositories share: outcomes as data, agency scopes, and a way to roll a transaction back
// while still returning an outcome.
import type { Db } from './db.js';

/** The agencies a caller may see (their own, or a supervisor's subtree); reads outside it find nothing. */
export type AgencyScope = readonly string[];

export type RecordNotFound = 'RECORD_NOT_FOUND';
export type VersionConflict = 'VERSION_CONFLICT';

/** A change that happened (`value`), or an expected reason it did not, with a stable code. */
export type Change<T, Code extends string> = { ok: true; value: T } | { ok: false; code: Code; message: string };

export function done<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function recordNotFound(what: string): { ok: false; code: RecordNotFound; message: string } {
  return { ok: false, code: 'RECORD_NOT_FOUND', message: `${what}不存在，或不在您可以查看的范围内。` };
}

export function versionConflict(what: string): { ok: false; code: VersionConflict; message: string } {
  return { ok: false, code: 'VERSION_CONFLICT', message: `${what}已被其他人修改，请刷新后重试。` };
}

/** JSON for a jsonb parameter (both drivers then read it the same way). */
export function json(value: unknown): string {
  return JSON.stringify(value ?? {});
}

/**
 * Runs `fn` in a transaction (joining an open one); when it returns a failure (`ok: false`), what it
 * wrote is rolled back (to a savepoint, so an outer transaction keeps its own work) and the failure
 * is returned. A thrown error rolls back the whole transaction as usual.
 */
export function allOrNothing<T extends { ok: boolean }>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SAVEPOINT all_or_nothing');
    const result = await fn(tx);
    await tx.query(result.ok ? 'RELEASE SAVEPOINT all_or_nothing' : 'ROLLBACK TO SAVEPOINT all_or_nothing');
    return result;
  });
}
