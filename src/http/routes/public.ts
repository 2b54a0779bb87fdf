// The public's endpoints (no sign-in, rate-limited): agencies, online applications, status by
// tracking code.
import { Type } from 'typebox';
import { publicStatus, registerApplication } from '../../office/applications.js';
import { agencyView } from '../../office/people.js';
import { ok } from '../../office/result.js';
import { sendResult } from '../errors.js';
import { Uuid, withErrors } from '../schemas.js';
import { RegisterBody } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['公众'];

export function publicRoutes(app: TypedApp, { office, options }: RouteContext): void {
  const limited = { rateLimit: { max: options.publicRateLimit ?? 60, timeWindow: 60_000 } };
  const Agency = Type.Object({ id: Type.String(), parentId: Type.Union([Type.String(), Type.Null()]), name: Type.String(), level: Type.String() });

  app.get('/api/public/agencies', { config: limited, schema: { tags, summary: '机关列表', response: withErrors({ 200: Type.Array(Agency) }) } }, async (_request, reply) => {
    const rows = await office.db.query<{ id: string }>('SELECT id FROM agencies ORDER BY name');
    const out = [];
    for (const { id } of rows.rows) {
      const a = await office.repos.agencies.get(id);
      if (a) out.push(agencyView(a));
    }
    return sendResult(reply, ok(out));
  });

  app.post(
    '/api/public/agencies/:agencyId/applications',
    {
      config: { rateLimit: { max: Math.max(1, Math.floor((options.publicRateLimit ?? 60) / 6)), timeWindow: 60_000 } },
      schema: {
        tags,
        summary: '在线提交政府信息公开申请（以双方确认之日为收到申请之日）',
        params: Type.Object({ agencyId: Uuid }),
        body: RegisterBody,
        response: withErrors({ 201: Type.Object({ trackingCode: Type.String(), receivedOn: Type.String(), due: Type.Union([Type.String(), Type.Null()]) }) }, 404),
      },
    },
    async (request, reply) => {
      const r = await registerApplication(office, null, request.params.agencyId, request.body, null);
      if (!r.ok) return sendResult(reply, r);
      return sendResult(reply, ok({ trackingCode: r.value.trackingCode, receivedOn: r.value.receivedOn, due: r.value.deadlines?.due ?? null }), 201);
    },
  );

  app.get(
    '/api/public/applications/:trackingCode',
    {
      config: limited,
      schema: {
        tags,
        summary: '凭查询码查看办理进度（不含个人信息）',
        params: Type.Object({ trackingCode: Type.String({ minLength: 4, maxLength: 40 }) }),
        response: withErrors({ 200: Type.Object({}, { additionalProperties: true }) }, 404),
      },
    },
    async (request, reply) => sendResult(reply, await publicStatus(office, request.params.trackingCode)),
  );
}
