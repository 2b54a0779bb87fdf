// The annual report of an agency and year, built from the records: figures computed (section 三 from
// the applications, 二 and 四 from their records, the format by year), drafts whose narratives staff
// edit, submitted, approved by an approver when the checks find no error, published as a version the
// database freezes (a correction is a new version). Staff act for their own agency; a supervisor reads
// the figures and versions of the agencies below (reportScope) and changes nothing; the public reads
// only published versions.
import type { ReportFigures } from '../core/figures.js';
import { sortFindings, type Finding } from '../core/finding.js';
import { runChecks } from '../core/checks/index.js';
import type { AgencyRow } from '../db/agencies.repository.js';
import type { ReportVersionKey, ReportVersionRow } from '../db/report-versions.repository.js';
import type { ReportStatus } from '../db/vocabulary.js';
import { denied, type Principal } from './access.js';
import { exportReport, narrativesOf, reportOf, type ExportFile, type ExportFormat } from './report-exports.js';
import { reportFiguresFor } from './report-figures.js';
import { defaultNarratives, placeholderFindings, SECTION_NOS, type Narratives } from './report-narratives.js';
import type { Office } from './office.js';
import { failure, ok, type Failure, type Result } from './result.js';

export const REPORT_STATUS_LABELS: Readonly<Record<ReportStatus, string>> = { draft: '草稿', submitted: '已提交', approved: '已审核', published: '已发布' };

export interface FiguresView {
  agencyId: string;
  agencyName: string;
  year: number;
  format: ReportFigures['format'];
  figures: ReportFigures;
  findings: Finding[];
}

export interface VersionSummary {
  agencyId: string;
  year: number;
  version: number;
  status: ReportStatus;
  statusLabel: string;
  createdAt: string;
  updatedAt: string;
  approvedAt: string | null;
  publishedAt: string | null;
  errors: number;
  warnings: number;
}

export interface VersionView extends Omit<VersionSummary, 'errors' | 'warnings'> {
  agencyName: string;
  format: ReportFigures['format'];
  figures: ReportFigures;
  narratives: Narratives;
  createdBy: { id: string; name: string | null } | null;
  approvedBy: { id: string; name: string | null } | null;
  findings: Finding[];
}

/** Narrative edits: a text replaces a section's, null removes it. */
export type NarrativeEdit = Partial<Record<keyof Narratives, string | null>>;

const notFound = (): Failure => failure('RECORD_NOT_FOUND', '该机关或报告版本不存在，或不在您可以查看的范围内。');

/** The checks of part 1 on the version as it would be printed, and no placeholder left. */
export function findingsOf(row: ReportVersionRow): Finding[] {
  return sortFindings([...runChecks(reportOf(row)), ...placeholderFindings(narrativesOf(row.narratives))]);
}

/** The agency `by` may read reports of (own by default; a supervisor's subtree). */
async function readableAgency(office: Office, by: Principal, agencyId: string | undefined): Promise<Result<AgencyRow>> {
  const no = denied(by, 'reports.read');
  if (no) return no;
  const id = agencyId ?? by.agencyId;
  if (!by.reportScope.includes(id)) return notFound();
  const agency = await office.repos.agencies.get(id);
  return agency ? ok(agency) : notFound();
}

/** The agency whose report `by` may change with `permission`: their own records' agency only. */
async function writableAgency(office: Office, by: Principal, agencyId: string | undefined, permission: 'reports.draft' | 'reports.approve'): Promise<Result<AgencyRow>> {
  const no = denied(by, permission);
  if (no) return no;
  const id = agencyId ?? by.agencyId;
  if (!by.recordScope.includes(id)) return notFound();
  const agency = await office.repos.agencies.get(id);
  return agency ? ok(agency) : notFound();
}

async function computeFigures(office: Office, agency: AgencyRow, year: number): Promise<Result<ReportFigures>> {
  const r = await reportFiguresFor(office.repos, { id: agency.id, name: agency.name }, year);
  if (r.ok) return ok(r.figures);
  return failure('REPORT_RECORDS_INVALID', `${agency.name}${year}年的记录有${r.errors.length}处问题，无法生成年度报告数据，请先更正（详见 details）。`, r.errors);
}

async function userRef(office: Office, id: string | null): Promise<{ id: string; name: string | null } | null> {
  if (id === null) return null;
  return { id, name: (await office.repos.users.get(id))?.displayName ?? null };
}

function summaryOf(row: ReportVersionRow): VersionSummary {
  const findings = findingsOf(row);
  return {
    agencyId: row.agencyId,
    year: row.year,
    version: row.version,
    status: row.status,
    statusLabel: REPORT_STATUS_LABELS[row.status],
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

async function viewOf(office: Office, agency: AgencyRow, row: ReportVersionRow): Promise<VersionView> {
  const { errors: _e, warnings: _w, ...summary } = summaryOf(row);
  const report = reportOf(row);
  return {
    ...summary,
    agencyName: agency.name,
    format: report.figures.format,
    figures: report.figures,
    narratives: report.narratives,
    createdBy: await userRef(office, row.createdBy),
    approvedBy: await userRef(office, row.approvedBy),
    findings: findingsOf(row),
  };
}

/** The figures the records give now, with the checks' findings. */
export async function reportFigures(office: Office, by: Principal, year: number, agencyId?: string): Promise<Result<FiguresView>> {
  const agency = await readableAgency(office, by, agencyId);
  if (!agency.ok) return agency;
  const figures = await computeFigures(office, agency.value, year);
  if (!figures.ok) return figures;
  const findings = sortFindings(runChecks({ figures: figures.value, title: null, publishedAt: null, signedAt: null, narratives: {} }));
  return ok({ agencyId: agency.value.id, agencyName: agency.value.name, year, format: figures.value.format, figures: figures.value, findings });
}

/** A new draft from the records, with the default texts of sections 一、五、六. */
export async function createReportDraft(office: Office, by: Principal, year: number, agencyId?: string): Promise<Result<VersionView>> {
  const agency = await writableAgency(office, by, agencyId, 'reports.draft');
  if (!agency.ok) return agency;
  const figures = await computeFigures(office, agency.value, year);
  if (!figures.ok) return figures;
  const row = await office.repos.reports.createDraft({ agencyId: agency.value.id, year, figures: figures.value, narratives: defaultNarratives(figures.value), createdBy: by.userId });
  return ok(await viewOf(office, agency.value, row));
}

/** Every version of the agency-year, latest first. */
export interface VersionList {
  agencyId: string;
  agencyName: string;
  year: number;
  items: VersionSummary[];
}

export async function listReportVersions(office: Office, by: Principal, year: number, agencyId?: string): Promise<Result<VersionList>> {
  const agency = await readableAgency(office, by, agencyId);
  if (!agency.ok) return agency;
  const rows = await office.repos.reports.list(agency.value.id, year);
  return ok({ agencyId: agency.value.id, agencyName: agency.value.name, year, items: rows.map(summaryOf) });
}

async function readableVersion(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<{ agency: AgencyRow; row: ReportVersionRow }>> {
  const agency = await readableAgency(office, by, agencyId);
  if (!agency.ok) return agency;
  const row = await office.repos.reports.get({ agencyId: agency.value.id, ...key });
  return row ? ok({ agency: agency.value, row }) : notFound();
}

export async function getReportVersion(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await readableVersion(office, by, key, agencyId);
  return found.ok ? ok(await viewOf(office, found.value.agency, found.value.row)) : found;
}

/** A version `by` may change, in status `expected` (REPORT_STATUS_CONFLICT naming the status otherwise). */
async function versionToChange(
  office: Office,
  by: Principal,
  key: Omit<ReportVersionKey, 'agencyId'>,
  agencyId: string | undefined,
  permission: 'reports.draft' | 'reports.approve',
  expected: readonly ReportStatus[],
  action: string,
): Promise<Result<{ agency: AgencyRow; row: ReportVersionRow }>> {
  const agency = await writableAgency(office, by, agencyId, permission);
  if (!agency.ok) return agency;
  const row = await office.repos.reports.get({ agencyId: agency.value.id, ...key });
  if (!row) return notFound();
  if (!expected.includes(row.status)) {
    const allowed = expected.map((s) => `“${REPORT_STATUS_LABELS[s]}”`).join('或');
    const frozen = row.status === 'published' ? '已发布的版本不能再修改；如需更正，请新建版本。' : '';
    return failure('REPORT_STATUS_CONFLICT', `第${row.version}版为“${REPORT_STATUS_LABELS[row.status]}”状态，只有${allowed}状态的版本可以${action}。${frozen}`);
  }
  return ok({ agency: agency.value, row });
}

async function saved(office: Office, agency: AgencyRow, r: Awaited<ReturnType<Office['repos']['reports']['setStatus']>>): Promise<Result<VersionView>> {
  return r.ok ? ok(await viewOf(office, agency, r.value)) : r;
}

/** Replaces the given sections' texts of a draft (null removes a section's text). */
export async function editReportNarratives(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, edit: NarrativeEdit, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.draft', ['draft'], '修改');
  if (!found.ok) return found;
  const narratives: Narratives = narrativesOf(found.value.row.narratives);
  for (const no of SECTION_NOS) {
    const text = edit[no];
    if (text === null) delete narratives[no];
    else if (text !== undefined) narratives[no] = text;
  }
  return saved(office, found.value.agency, await office.repos.reports.updateDraft({ agencyId: found.value.agency.id, ...key }, { narratives }));
}

/** Recomputes a draft's figures from the records as they are now (the texts are left as they are). */
export async function refreshReportFigures(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.draft', ['draft'], '重新统计');
  if (!found.ok) return found;
  const figures = await computeFigures(office, found.value.agency, key.year);
  if (!figures.ok) return figures;
  return saved(office, found.value.agency, await office.repos.reports.updateDraft({ agencyId: found.value.agency.id, ...key }, { figures: figures.value }));
}

export async function submitReport(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.draft', ['draft'], '提交审核');
  if (!found.ok) return found;
  const { agency } = found.value;
  return saved(office, agency, await office.repos.reports.setStatus({ agencyId: agency.id, ...key }, 'draft', 'submitted', { userId: by.userId, at: office.clock.now() }));
}

/** Approves a submitted version; refused while the checks find errors (REPORT_CHECKS_FAILED, findings in details). */
export async function approveReport(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.approve', ['submitted'], '审核通过');
  if (!found.ok) return found;
  const { agency, row } = found.value;
  const errors = findingsOf(row).filter((f) => f.severity === 'error');
  if (errors.length > 0) {
    return failure('REPORT_CHECKS_FAILED', `检查发现${errors.length}处错误，不能审核通过；请退回修改后重新提交（详见 details）。`, errors);
  }
  return saved(office, agency, await office.repos.reports.setStatus({ agencyId: agency.id, ...key }, 'submitted', 'approved', { userId: by.userId, at: office.clock.now() }));
}

/** Sends a submitted or approved version back to draft for changes. */
export async function returnReport(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.approve', ['submitted', 'approved'], '退回修改');
  if (!found.ok) return found;
  const { agency, row } = found.value;
  return saved(office, agency, await office.repos.reports.setStatus({ agencyId: agency.id, ...key }, row.status, 'draft', { userId: by.userId, at: office.clock.now() }));
}

/** Publishes an approved version, after the year has ended; the database freezes it from then on. */
export async function publishReport(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, agencyId?: string): Promise<Result<VersionView>> {
  const found = await versionToChange(office, by, key, agencyId, 'reports.approve', ['approved'], '发布');
  if (!found.ok) return found;
  const { agency } = found.value;
  if (office.clock.today() < `${key.year + 1}-01-01`) return failure('REPORT_YEAR_NOT_ENDED', `${key.year}年尚未结束，不能发布该年度的年度报告。`);
  return saved(office, agency, await office.repos.reports.setStatus({ agencyId: agency.id, ...key }, 'approved', 'published', { userId: by.userId, at: office.clock.now() }));
}

/** A version as a file, for staff of the agency and supervisors in scope. */
export async function exportReportVersion(office: Office, by: Principal, key: Omit<ReportVersionKey, 'agencyId'>, format: ExportFormat, agencyId?: string): Promise<Result<ExportFile>> {
  const found = await readableVersion(office, by, key, agencyId);
  if (!found.ok) return found;
  return exportReport(found.value.row, format);
}
