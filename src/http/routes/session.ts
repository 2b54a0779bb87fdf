// POST /api/session (sign in), GET /api/session (who am I), DELETE /api/session (sign out).
import { Type } from 'typebox';
import { ROLE_LABELS, type Principal } from '../../office/access.js';
import { signIn, signOut, SESSION_HOURS } from '../../office/auth.js';
import { sendFailure } from '../errors.js';
import { withErrors } from '../schemas.js';
import { principalOf, requireUser, SESSION_COOKIE } from '../session.js';
import type { RouteContext, TypedApp } from './index.js';

const Me = Type.Object({
  userId: Type.String(),
  login: Type.String(),
  displayName: Type.String(),
  role: Type.String(),
  roleLabel: Type.String(),
  agencyId: Type.String(),
  agencyName: Type.String(),
});

export function sessionRoutes(app: TypedApp, { office, options }: RouteContext): void {
  const me = async (p: Principal) => ({
    userId: p.userId,
    login: p.login,
    displayName: p.displayName,
    role: p.role,
    roleLabel: ROLE_LABELS[p.role],
    agencyId: p.agencyId,
    agencyName: (await office.repos.agencies.get(p.agencyId))?.name ?? '',
  });

  app.post(
    '/api/session',
    {
      config: { rateLimit: { max: options.signInRateLimit ?? 10, timeWindow: 60_000 } },
      schema: {
        tags: ['登录'],
        summary: '登录（设置 HttpOnly 会话 Cookie）',
        body: Type.Object({ login: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 256 }) }, { additionalProperties: false }),
        response: withErrors({ 200: Me }, 401),
      },
    },
    async (request, reply) => {
      const r = await signIn(office, request.body.login, request.body.password);
      if (!r.ok) return sendFailure(reply, r);
      reply.setCookie(SESSION_COOKIE, r.value.token, {
        httpOnly: true,
        sameSite: 'strict',
        secure: options.secureCookies ?? false,
        path: '/',
        maxAge: SESSION_HOURS * 3600,
      });
      return me(r.value.principal);
    },
  );

  app.get('/api/session', { preHandler: requireUser(office), schema: { tags: ['登录'], summary: '当前用户', response: withErrors({ 200: Me }, 401) } }, async (request) =>
    me(principalOf(request)),
  );

  app.delete('/api/session', { schema: { tags: ['登录'], summary: '退出登录', response: { 204: Type.Null() } } }, async (request, reply) => {
    const token = request.cookies[SESSION_COOKIE];
    if (token) await signOut(office, token);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
    return reply.code(204).send(null);
  });
}
