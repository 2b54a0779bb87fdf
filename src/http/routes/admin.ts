// Agencies and accounts: administrators manage their agency's subtree; every signed-in user may list
// the agencies they can see.
import { Type } from 'typebox';
import { AGENCY_LEVELS, USER_ROLES } from '../../db/vocabulary.js';
import { createAgency, createUser, listUsers, visibleAgencies } from '../../office/people.js';
import { sendResult } from '../errors.js';
import { Uuid, withErrors } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['机关与用户'];
const Loose = Type.Object({}, { additionalProperties: true });

export function adminRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get('/api/agencies', { preHandler: auth, schema: { tags, summary: '可见的机关（本机关；管理员和监督人员含下级）', response: withErrors({ 200: Type.Array(Loose) }, 401) } }, async (request, reply) =>
    sendResult(reply, await visibleAgencies(office, principalOf(request))),
  );

  app.post(
    '/api/agencies',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '新建下级机关（系统管理员）',
        body: Type.Object({ name: Type.String({ minLength: 1, maxLength: 100 }), level: enumOf(AGENCY_LEVELS, '层级'), parentId: Uuid }, { additionalProperties: false }),
        response: withErrors({ 201: Loose }, 401, 403, 404, 409),
      },
    },
    async (request, reply) => sendResult(reply, await createAgency(office, principalOf(request), request.body), 201),
  );

  app.get('/api/users', { preHandler: auth, schema: { tags, summary: '本机关及下级机关的用户（系统管理员）', response: withErrors({ 200: Type.Array(Loose) }, 401, 403) } }, async (request, reply) =>
    sendResult(reply, await listUsers(office, principalOf(request))),
  );

  app.post(
    '/api/users',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '新建用户（系统管理员）',
        body: Type.Object(
          {
            agencyId: Uuid,
            login: Type.String({ minLength: 2, maxLength: 64 }),
            displayName: Type.String({ minLength: 1, maxLength: 50 }),
            role: enumOf(USER_ROLES, '角色'),
            password: Type.String({ minLength: 8, maxLength: 256 }),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 201: Loose }, 401, 403, 404, 409),
      },
    },
    async (request, reply) => sendResult(reply, await createUser(office, principalOf(request), request.body), 201),
  );
}
