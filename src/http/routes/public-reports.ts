// The public's annual reports (no sign-in, rate-limited): years with a published report, the latest
// published version of a year (figures, texts, the page as HTML) and its downloads. Never a draft.
import { Type } from 'typebox';
import { publishedExport, publishedReport, publishedYears } from '../../office/public-reports.js';
import { EXPORT_FORMATS } from '../../office/report-exports.js';
import { sendResult } from '../errors.js';
import { Loose, Uuid, withErrors, Year } from '../schemas.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';
import { sendFile } from './reports.js';

const tags = ['公众'];

export function publicReportRoutes(app: TypedApp, { office, options }: RouteContext): void {
  const perMinute = options.publicRateLimit ?? 60;
  const limited = { rateLimit: { max: perMinute, timeWindow: 60_000 } };
  // Documents (PDF through Chromium above all) cost more than a page of JSON.
  const downloads = { rateLimit: { max: Math.max(1, Math.floor(perMinute / 6)), timeWindow: 60_000 } };
  const AgencyParams = Type.Object({ agencyId: Uuid });
  const YearParams = Type.Object({ agencyId: Uuid, year: Year });

  app.get(
    '/api/public/agencies/:agencyId/reports',
    { config: limited, schema: { tags, summary: '机关已发布年度报告的年度', params: AgencyParams, response: withErrors({ 200: Loose }, 404) } },
    async (request, reply) => sendResult(reply, await publishedYears(office, request.params.agencyId)),
  );

  app.get(
    '/api/public/agencies/:agencyId/reports/:year',
    { config: limited, schema: { tags, summary: '已发布的年度报告（最新版本）：数据、正文和网页（HTML）', params: YearParams, response: withErrors({ 200: Loose }, 404) } },
    async (request, reply) => sendResult(reply, await publishedReport(office, request.params.agencyId, request.params.year)),
  );

  app.get(
    '/api/public/agencies/:agencyId/reports/:year/export.:format',
    {
      config: downloads,
      schema: {
        tags,
        summary: '下载已发布的年度报告（HTML、Word、PDF、Excel、JSON）',
        params: Type.Object({ agencyId: Uuid, year: Year, format: enumOf(EXPORT_FORMATS, '导出格式') }),
        response: withErrors({ 200: Type.Unknown() }, 404, 503),
      },
    },
    async (request, reply) => sendFile(reply, await publishedExport(office, request.params.agencyId, request.params.year, request.params.format)),
  );
}
