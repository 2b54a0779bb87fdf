// Applications for staff: list, register, read, history, one event at a time.
import { Type } from 'typebox';
import type { ApplicationEvent } from '../../core/applications/types.js';
import type { Receipt as DomainReceipt } from '../../core/deadlines/types.js';
import { applicationHistory, getApplication, listApplications, recordEvent, registerApplication } from '../../office/applications.js';
import { sendResult } from '../errors.js';
import { Uuid, withErrors } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { ApplicationViewSchema, EventBody, ListQuery, StaffRegisterBody } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const IdParams = Type.Object({ id: Uuid });
const tags = ['依申请公开'];

export function applicationRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get(
    '/api/applications',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '本机关的申请列表（证件号码、电话脱敏）',
        querystring: ListQuery,
        response: withErrors({ 200: Type.Object({ items: Type.Array(ApplicationViewSchema), total: Type.Integer() }) }, 401, 403),
      },
    },
    async (request, reply) => {
      const { state, ...rest } = request.query;
      return sendResult(reply, await listApplications(office, principalOf(request), { ...rest, ...(state ? { states: state } : {}) }));
    },
  );

  app.post(
    '/api/applications',
    { preHandler: auth, schema: { tags, summary: '登记申请（当面、邮寄、传真、电子邮件等）', body: StaffRegisterBody, response: withErrors({ 201: ApplicationViewSchema }, 401, 403, 409) } },
    async (request, reply) => {
      const { receipt, referenceNumber, ...input } = request.body;
      const by = principalOf(request);
      const r = await registerApplication(office, by, by.agencyId, { ...input, ...(referenceNumber ? { referenceNumber } : {}) }, receipt as DomainReceipt);
      return sendResult(reply, r, 201);
    },
  );

  app.get('/api/applications/:id', { preHandler: auth, schema: { tags, summary: '申请详情', params: IdParams, response: withErrors({ 200: ApplicationViewSchema }, 401, 403, 404) } }, async (request, reply) =>
    sendResult(reply, await getApplication(office, principalOf(request), request.params.id)),
  );

  app.get(
    '/api/applications/:id/history',
    { preHandler: auth, schema: { tags, summary: '办理记录（只增不改）', params: IdParams, response: withErrors({ 200: Type.Array(Type.Object({}, { additionalProperties: true })) }, 401, 403, 404) } },
    async (request, reply) => sendResult(reply, await applicationHistory(office, principalOf(request), request.params.id)),
  );

  app.post(
    '/api/applications/:id/events',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '办理一步：补正、征求意见、延期、收费、答复、送达、归档',
        params: IdParams,
        body: EventBody,
        response: withErrors({ 200: Type.Object({ application: ApplicationViewSchema, letters: Type.Array(Type.Unknown()), warnings: Type.Array(Type.Unknown()) }) }, 401, 403, 404, 409),
      },
    },
    async (request, reply) => {
      const { version, event } = request.body;
      const r = await recordEvent(office, principalOf(request), request.params.id, version, event as Exclude<ApplicationEvent, { type: 'register' }>);
      return sendResult(reply, r);
    },
  );
}
