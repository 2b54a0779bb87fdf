// 行政复议 and 行政诉讼 against the agency's handling: list, register, read, conclude.
import { Type } from 'typebox';
import { APPEAL_KINDS, APPEAL_OUTCOMES } from '../../core/appeals/appeals.js';
import { concludeAppealRecord, getAppeal, listAppeals, registerAppeal } from '../../office/appeals.js';
import { sendResult } from '../errors.js';
import { IsoDate, text, Uuid, withErrors, Year } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['复议诉讼'];
const IdParams = Type.Object({ id: Uuid });
const uuid = (description: string) => Type.String({ format: 'uuid', description });
const Kind = enumOf(APPEAL_KINDS, '类别：review 行政复议，litigationDirect 未经复议直接起诉，litigationAfterReview 复议后起诉');
const Outcome = enumOf(APPEAL_OUTCOMES, '结果：maintained 结果维持，corrected 结果纠正，other 其他结果');

const AppealSchema = Type.Object(
  {
    id: Type.String(),
    kind: Type.String(),
    kindLabel: Type.String(),
    caseNumber: Type.String(),
    filedOn: Type.String(),
    status: Type.String({ description: '结果，或 pending（尚未审结）' }),
    statusLabel: Type.String(),
    version: Type.Integer(),
  },
  { additionalProperties: true },
);

const ListQuery = Type.Object(
  {
    year: Type.Optional(Year),
    kind: Type.Optional(Kind),
    pending: Type.Optional(Type.Boolean({ description: '尚未审结（给出 year 时指截至该年12月31日，否则指今天）' })),
    applicationId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const RegisterBody = Type.Object(
  {
    kind: Kind,
    caseNumber: text(100, '复议或诉讼编号（案号）'),
    body: text(200, '复议机关或人民法院'),
    filedOn: IsoDate,
    applicationId: Type.Optional(uuid('所涉申请（须为本机关的申请）')),
    reviewId: Type.Optional(uuid('复议后起诉：所关联的、已审结的行政复议')),
    note: Type.Optional(text(2000, '备注')),
  },
  { additionalProperties: false },
);

const ConcludeBody = Type.Object(
  {
    concludedOn: IsoDate,
    outcome: Outcome,
    version: Type.Optional(Type.Integer({ minimum: 1, description: '读取时的版本号（可选，并发修改检查）' })),
  },
  { additionalProperties: false },
);

export function appealRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get(
    '/api/appeals',
    {
      preHandler: auth,
      schema: { tags, summary: '本机关的行政复议、行政诉讼案件；year：该年度报告第四部分统计的案件（当年12月31日前提起、未在当年1月1日前审结）', querystring: ListQuery, response: withErrors({ 200: Type.Object({ items: Type.Array(AppealSchema), total: Type.Integer() }) }, 401, 403) },
    },
    async (request, reply) => sendResult(reply, await listAppeals(office, principalOf(request), request.query)),
  );

  app.post(
    '/api/appeals',
    { preHandler: auth, schema: { tags, summary: '登记行政复议或行政诉讼（被申请人或被告为本机关）', body: RegisterBody, response: withErrors({ 201: AppealSchema }, 401, 403, 404) } },
    async (request, reply) => sendResult(reply, await registerAppeal(office, principalOf(request), request.body), 201),
  );

  app.get('/api/appeals/:id', { preHandler: auth, schema: { tags, summary: '案件详情', params: IdParams, response: withErrors({ 200: AppealSchema }, 401, 403, 404) } }, async (request, reply) =>
    sendResult(reply, await getAppeal(office, principalOf(request), request.params.id)),
  );

  app.post(
    '/api/appeals/:id/conclude',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '登记审结：审结日期和结果（维持、纠正、其他）；每案只能审结一次（POST，非 PATCH）',
        params: IdParams,
        body: ConcludeBody,
        response: withErrors({ 200: AppealSchema }, 401, 403, 404, 409),
      },
    },
    async (request, reply) => sendResult(reply, await concludeAppealRecord(office, principalOf(request), request.params.id, request.body)),
  );
}
