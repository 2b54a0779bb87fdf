// What the public reads of annual reports: only published versions, the latest of each year. A draft,
// submitted or approved version is never shown; an agency-year without a published version is
// RECORD_NOT_FOUND, as an unknown agency is.
import type { ReportFigures } from '../core/figures.js';
import type { AgencyRow } from '../db/agencies.repository.js';
import type { ReportVersionRow } from '../db/report-versions.repository.js';
import { renderHtml } from '../render/html.js';
import { reportTitle } from '../render/labels.js';
import { exportReport, reportOf, type ExportFile, type ExportFormat } from './report-exports.js';
import type { Narratives } from './report-narratives.js';
import type { Office } from './office.js';
import { failure, ok, type Result } from './result.js';

export interface PublishedYear {
  year: number;
  version: number;
  publishedAt: string;
}

export interface PublishedReport {
  agencyId: string;
  agencyName: string;
  year: number;
  version: number;
  publishedAt: string;
  title: string;
  figures: ReportFigures;
  narratives: Narratives;
  /** The report as one printable page (the HTML export). */
  html: string;
}

async function agencyOf(office: Office, agencyId: string): Promise<Result<AgencyRow>> {
  const agency = await office.repos.agencies.get(agencyId);
  return agency ? ok(agency) : failure('RECORD_NOT_FOUND', '该机关不存在。');
}

/** Years with a published report, latest first, each with its latest published version. */
export async function publishedYears(office: Office, agencyId: string): Promise<Result<{ agencyId: string; agencyName: string; years: PublishedYear[] }>> {
  const agency = await agencyOf(office, agencyId);
  if (!agency.ok) return agency;
  // One query over the published rows; the repository reads one agency-year at a time.
  const r = await office.db.query<{ year: number; version: number; publishedAt: Date }>(
    `SELECT DISTINCT ON (year) year, version, published_at AS "publishedAt" FROM report_versions
      WHERE agency_id = $1 AND status = 'published' ORDER BY year DESC, version DESC`,
    [agencyId],
  );
  return ok({
    agencyId,
    agencyName: agency.value.name,
    years: r.rows.map((row) => ({ year: row.year, version: row.version, publishedAt: row.publishedAt.toISOString() })),
  });
}

async function latestPublished(office: Office, agencyId: string, year: number): Promise<Result<{ agency: AgencyRow; row: ReportVersionRow & { publishedAt: Date } }>> {
  const agency = await agencyOf(office, agencyId);
  if (!agency.ok) return agency;
  const row = await office.repos.reports.latestPublished(agencyId, year);
  if (!row || row.publishedAt === null) return failure('RECORD_NOT_FOUND', `${agency.value.name}尚未发布${year}年政府信息公开工作年度报告。`);
  return ok({ agency: agency.value, row: { ...row, publishedAt: row.publishedAt } });
}

export async function publishedReport(office: Office, agencyId: string, year: number): Promise<Result<PublishedReport>> {
  const found = await latestPublished(office, agencyId, year);
  if (!found.ok) return found;
  const { agency, row } = found.value;
  const report = reportOf(row);
  return ok({
    agencyId,
    agencyName: agency.name,
    year,
    version: row.version,
    publishedAt: row.publishedAt.toISOString(),
    title: reportTitle(report),
    figures: report.figures,
    narratives: report.narratives,
    html: renderHtml(report),
  });
}

export async function publishedExport(office: Office, agencyId: string, year: number, format: ExportFormat): Promise<Result<ExportFile>> {
  const found = await latestPublished(office, agencyId, year);
  return found.ok ? exportReport(found.value.row, format) : found;
}
