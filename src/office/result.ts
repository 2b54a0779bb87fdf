// Results of the office's use cases: a value, or a failure with a stable code (docs/errors.md) and a
// Chinese message. The HTTP shell maps codes to statuses (http/errors.ts); the CLI prints messages.

export interface Failure {
  ok: false;
  code: string;
  message: string;
  /** Per-item problems (ledger rows, report checks) when there are several. */
  details?: readonly unknown[];
}

export type Result<T> = { ok: true; value: T } | Failure;

export function ok<T>(value: T): { ok: true; value: T } {
  return { ok: true, value };
}

export function failure(code: string, message: string, details?: readonly unknown[]): Failure {
  return details === undefined ? { ok: false, code, message } : { ok: false, code, message, details };
}
