// One mapping from the project's stable error codes to HTTP statuses, and the one error body:
//   { "error": { "code": "RECORD_NOT_FOUND", "message": "…（中文）", "details": [...] } }
import type { FastifyReply } from 'fastify';
import type { Failure, Result } from '../office/result.js';

const STATUS: Readonly<Record<string, number>> = {
  VALIDATION_FAILED: 400,
  BODY_INVALID: 400,
  UNAUTHENTICATED: 401,
  LOGIN_FAILED: 401,
  FORBIDDEN: 403,
  RECORD_NOT_FOUND: 404,
  TRACKING_CODE_UNKNOWN: 404,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  VERSION_CONFLICT: 409,
  REPORT_STATUS_CONFLICT: 409,
  APPLICATION_EXISTS: 409,
  TRACKING_CODE_TAKEN: 409,
  REFERENCE_NUMBER_TAKEN: 409,
  LOGIN_TAKEN: 409,
  AGENCY_NAME_TAKEN: 409,
  PAYLOAD_TOO_LARGE: 413,
  INPUT_TOO_LARGE: 413,
  MEDIA_TYPE_UNSUPPORTED: 415,
  RATE_LIMITED: 429,
  INTERNAL_ERROR: 500,
  DATABASE_UNAVAILABLE: 503,
};

/** 422 for a request that was well-formed but refused by a rule of the domain. */
export function statusOf(code: string): number {
  return STATUS[code] ?? 422;
}

export function errorBody(f: Pick<Failure, 'code' | 'message' | 'details'>): { error: { code: string; message: string; details?: readonly unknown[] } } {
  return { error: { code: f.code, message: f.message, ...(f.details !== undefined ? { details: f.details } : {}) } };
}

export function sendFailure(reply: FastifyReply, f: Failure): FastifyReply {
  return reply.code(statusOf(f.code)).send(errorBody(f));
}

/** Sends the value (with `status`, default 200) or the failure. */
export function sendResult<T>(reply: FastifyReply, r: Result<T>, status = 200): FastifyReply {
  return r.ok ? reply.code(status).send(r.value) : sendFailure(reply, r);
}
