// The session cookie and the hook that turns it into the request's principal.
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Principal } from '../office/access.js';
import { authenticate } from '../office/auth.js';
import type { Office } from '../office/office.js';
import { sendFailure } from './errors.js';

export const SESSION_COOKIE = 'gongkai_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

/** preHandler: 401 unless the request carries a valid session. */
export function requireUser(office: Office) {
  return async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const token = request.cookies[SESSION_COOKIE];
    const principal = token ? await authenticate(office, token) : null;
    if (!principal) {
      await sendFailure(reply, { ok: false, code: 'UNAUTHENTICATED', message: '请先登录。' });
      return;
    }
    request.principal = principal;
  };
}

/** The principal a requireUser route has (never null there). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw new Error('route without requireUser');
  return request.principal;
}
