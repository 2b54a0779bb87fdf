// The annual report for staff and supervisors: figures from the records, versions (draft → submitted →
// approved → published), narratives, exports. `agencyId` in the query picks another agency in the
// caller's scope (a supervisor's subtree); staff default to their own.
import type { FastifyReply } from 'fastify';
import { Type } from 'typebox';
import { EXPORT_FORMATS, type ExportFile } from '../../office/report-exports.js';
import {
  approveReport,
  createReportDraft,
  editReportNarratives,
  exportReportVersion,
  getReportVersion,
  listReportVersions,
  publishReport,
  refreshReportFigures,
  reportFigures,
  returnReport,
  submitReport,
  type NarrativeEdit,
} from '../../office/reports.js';
import type { Result } from '../../office/result.js';
import { attachment } from '../content-disposition.js';
import { errorBody, sendResult } from '../errors.js';
import { Loose, Uuid, withErrors, Year } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['年度报告'];
const YearParams = Type.Object({ year: Year });
const VersionParams = Type.Object({ year: Year, version: Type.Integer({ minimum: 1, maximum: 1_000_000, description: '版本号' }) });
const ExportParams = Type.Object({ year: Year, version: VersionParams.properties.version, format: enumOf(EXPORT_FORMATS, '导出格式') });
const AgencyQuery = Type.Object({ agencyId: Type.Optional(Uuid) }, { additionalProperties: false });

const narrative = Type.Union([Type.String({ maxLength: 50_000, description: '该部分正文（换行分段）' }), Type.Null()]);
const NarrativesBody = Type.Object(
  {
    narratives: Type.Object(
      { 一: Type.Optional(narrative), 二: Type.Optional(narrative), 三: Type.Optional(narrative), 四: Type.Optional(narrative), 五: Type.Optional(narrative), 六: Type.Optional(narrative) },
      { additionalProperties: false, minProperties: 1, description: '按部分（一至六）替换的正文；null 删除该部分正文' },
    ),
  },
  { additionalProperties: false },
);

/** A file download, or the failure (PDF_UNAVAILABLE: 503, the server lacks Chromium). */
export function sendFile(reply: FastifyReply, r: Result<ExportFile>): FastifyReply {
  if (!r.ok) return r.code === 'PDF_UNAVAILABLE' ? reply.code(503).send(errorBody(r)) : sendResult(reply, r);
  return reply.header('content-type', r.value.contentType).header('content-disposition', attachment(r.value.filename)).send(r.value.bytes);
}

export function reportRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);
  const view = withErrors({ 200: Loose }, 401, 403, 404, 409);

  app.get(
    '/api/reports/:year/figures',
    { preHandler: auth, schema: { tags, summary: '按记录统计年度报告数据（第二、三、四部分）及检查结果', params: YearParams, querystring: AgencyQuery, response: withErrors({ 200: Loose }, 401, 403, 404) } },
    async (request, reply) => sendResult(reply, await reportFigures(office, principalOf(request), request.params.year, request.query.agencyId)),
  );

  app.post(
    '/api/reports/:year/versions',
    { preHandler: auth, schema: { tags, summary: '按记录新建年度报告草稿（含一、五、六部分的默认文字）', params: YearParams, querystring: AgencyQuery, response: withErrors({ 201: Loose }, 401, 403, 404) } },
    async (request, reply) => sendResult(reply, await createReportDraft(office, principalOf(request), request.params.year, request.query.agencyId), 201),
  );

  app.get(
    '/api/reports/:year/versions',
    { preHandler: auth, schema: { tags, summary: '该年度报告的各个版本（最新在前）', params: YearParams, querystring: AgencyQuery, response: withErrors({ 200: Loose }, 401, 403, 404) } },
    async (request, reply) => sendResult(reply, await listReportVersions(office, principalOf(request), request.params.year, request.query.agencyId)),
  );

  app.get(
    '/api/reports/:year/versions/:version',
    { preHandler: auth, schema: { tags, summary: '报告版本：数据、正文、状态和检查结果', params: VersionParams, querystring: AgencyQuery, response: view } },
    async (request, reply) => sendResult(reply, await getReportVersion(office, principalOf(request), request.params, request.query.agencyId)),
  );

  app.patch(
    '/api/reports/:year/versions/:version',
    { preHandler: auth, schema: { tags, summary: '修改草稿的正文（仅草稿）', params: VersionParams, querystring: AgencyQuery, body: NarrativesBody, response: view } },
    async (request, reply) =>
      sendResult(reply, await editReportNarratives(office, principalOf(request), request.params, request.body.narratives as NarrativeEdit, request.query.agencyId)),
  );

  const steps = [
    ['refresh', '按记录重新统计草稿的数据', refreshReportFigures],
    ['submit', '提交审核', submitReport],
    ['approve', '审核通过（检查有错误时不能通过）', approveReport],
    ['return', '退回修改（回到草稿）', returnReport],
    ['publish', '发布（发布后不可修改）', publishReport],
  ] as const;
  for (const [step, summary, action] of steps) {
    app.post(
      `/api/reports/:year/versions/:version/${step}`,
      { preHandler: auth, schema: { tags, summary, params: VersionParams, querystring: AgencyQuery, response: view } },
      async (request, reply) => sendResult(reply, await action(office, principalOf(request), request.params, request.query.agencyId)),
    );
  }

  app.get(
    '/api/reports/:year/versions/:version/export.:format',
    {
      preHandler: auth,
      schema: { tags, summary: '导出报告版本（HTML、Word、PDF、Excel、JSON）', params: ExportParams, querystring: AgencyQuery, response: withErrors({ 200: Type.Unknown() }, 401, 403, 404, 503) },
    },
    async (request, reply) => {
      const { format, ...key } = request.params;
      return sendFile(reply, await exportReportVersion(office, principalOf(request), key, format, request.query.agencyId));
    },
  );
}
