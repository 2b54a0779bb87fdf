// The supervisor's roll-up (政务公开办): for every agency in the caller's report scope (a supervisor's
// subtree, staff their own agency) the year's figures from its records, and for an agency with
// agencies below it the cell-by-cell sum of its own and theirs (a county = its own records + its
// units'); the state of each agency's report (late, missing, failing); the timeliness of the
// applications; and what the charts need (results, applicant types, the previous year). Counts only:
// no application leaves its agency.
import { chineseDate, dayNumber, type IsoDate } from '../core/calendar/iso-date.js';
import { statutoryDeadline } from '../core/checks/publication-deadline.js';
import type { ReportFigures } from '../core/figures.js';
import { sumFigures } from '../core/figures-sum.js';
import { keyTotals, newByApplicantType, outcomeGroups, type KeyTotals, type Slice } from '../core/figures-summary.js';
import { formatForYear, type FormatVersion } from '../core/formats.js';
import type { RecordsProblem } from '../core/records-report.js';
import type { AgencyRow } from '../db/agencies.repository.js';
import type { AgencyLevel } from '../db/vocabulary.js';
import { SupervisionRepository, type PublicationRow, type TimelinessRow } from '../db/supervision.repository.js';
import type { ReportVersionRow } from '../db/report-versions.repository.js';
import { denied, type Principal } from './access.js';
import { chinaDate } from './clock.js';
import { reportFiguresFor } from './report-figures.js';
import { findingsOf, REPORT_STATUS_LABELS } from './reports.js';
import type { Office } from './office.js';
import { ok, type Result } from './result.js';

export interface Timeliness {
  /** Concluded in the year with a reply deadline. */
  concluded: number;
  /** Of those, answered by the deadline in force. */
  onTime: number;
  /** onTime / concluded (0–1), null when none concluded. */
  onTimeRate: number | null;
  /** Open today and past their deadline. */
  overdueNow: number;
}

export interface ReportState {
  /** Last day of publication (条例第四十九条) and where it comes from. */
  deadline: IsoDate;
  deadlineBasis: string;
  latest: { version: number; status: ReportVersionRow['status']; statusLabel: string; errors: number; warnings: number; updatedAt: string } | null;
  /** First publication of the year's report (later published versions are corrections) and the public version. */
  published: { firstPublishedAt: string; firstPublishedOn: IsoDate; version: number } | null;
  /** Published after the deadline, or not published and the deadline has passed. */
  late: boolean;
  /** Days past the deadline (at publication, or today when unpublished); null when not late. */
  daysLate: number | null;
  /** No published version. */
  missing: boolean;
  /** The latest version's checks find errors. */
  failing: boolean;
}

export interface SubtreeSum {
  /** The agency's own figures plus those of every agency below it in scope, cell by cell. */
  figures: ReportFigures;
  /** Agencies added. */
  agencies: number;
  /** Agencies left out of the sum: their records cannot give figures (see their problems). */
  leftOut: string[];
}

export interface AgencyRollup {
  agencyId: string;
  agencyName: string;
  level: AgencyLevel;
  /** The parent when it is in scope, else null (a root of the tree). */
  parentId: string | null;
  depth: number;
  childIds: string[];
  /** From the agency's own records; null (with problems) when they cannot give figures. */
  figures: ReportFigures | null;
  problems: RecordsProblem[];
  /** For an agency with agencies below it in scope; null otherwise. */
  subtree: SubtreeSum | null;
  /** The row's numbers: the subtree's when there is one, else the agency's own. */
  totals: KeyTotals | null;
  previousTotals: KeyTotals | null;
  /** The row's: the subtree's when there is one, else the agency's own. */
  timeliness: Timeliness;
  /** The agency's own applications only. */
  ownTimeliness: Timeliness;
  report: ReportState;
}

export interface AttentionItem {
  agencyId: string;
  agencyName: string;
  issues: { kind: 'late' | 'missing' | 'failing'; label: string }[];
}

export interface RollupView {
  year: number;
  today: IsoDate;
  format: FormatVersion;
  /** Depth first: each agency before the agencies below it, siblings by name. */
  agencies: AgencyRollup[];
  /** The whole scope (the roots' sums). */
  overall: {
    agencies: number;
    leftOut: string[];
    figures: ReportFigures;
    totals: KeyTotals;
    previousTotals: KeyTotals | null;
    byOutcome: Slice[];
    byApplicantType: Slice[];
    timeliness: Timeliness;
  };
  /** Agencies with a late, missing or failing report, late first. */
  attention: AttentionItem[];
}

interface Tree {
  rows: AgencyRow[];
  byId: Map<string, AgencyRow>;
  children: Map<string, AgencyRow[]>;
  roots: AgencyRow[];
}

function treeOf(rows: AgencyRow[]): Tree {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const children = new Map<string, AgencyRow[]>();
  const roots: AgencyRow[] = [];
  // Rows come by name, so every list below is by name.
  for (const r of rows) {
    if (r.parentId !== null && byId.has(r.parentId)) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r]);
    else roots.push(r);
  }
  return { rows, byId, children, roots };
}

function* depthFirst(tree: Tree, nodes: readonly AgencyRow[], depth = 0): Generator<{ row: AgencyRow; depth: number }> {
  for (const row of nodes) {
    yield { row, depth };
    yield* depthFirst(tree, tree.children.get(row.id) ?? [], depth + 1);
  }
}

type Own = { ok: true; figures: ReportFigures } | { ok: false; errors: RecordsProblem[] };

/** Every agency's own figures of `year`, and the sum over each agency's subtree. */
async function yearFigures(office: Office, tree: Tree, year: number): Promise<{ own: Map<string, Own>; sums: Map<string, SubtreeSum> }> {
  const own = new Map<string, Own>();
  await Promise.all(tree.rows.map(async (a) => own.set(a.id, await reportFiguresFor(office.repos, { id: a.id, name: a.name }, year))));
  const sums = new Map<string, SubtreeSum>();
  const format = formatForYear(year);
  const visit = (a: AgencyRow): { parts: ReportFigures[]; leftOut: string[] } => {
    const mine = own.get(a.id)!;
    const parts = mine.ok ? [mine.figures] : [];
    const leftOut = mine.ok ? [] : [a.name];
    for (const child of tree.children.get(a.id) ?? []) {
      const below = visit(child);
      parts.push(...below.parts);
      leftOut.push(...below.leftOut);
    }
    sums.set(a.id, { figures: sumFigures(format, parts, { year, agency: a.name }), agencies: parts.length, leftOut });
    return { parts, leftOut };
  };
  for (const root of tree.roots) visit(root);
  return { own, sums };
}

function timelinessOf(rows: readonly (TimelinessRow | undefined)[]): Timeliness {
  let concluded = 0;
  let onTime = 0;
  let overdueNow = 0;
  for (const r of rows) {
    concluded += r?.concluded ?? 0;
    onTime += r?.onTime ?? 0;
    overdueNow += r?.overdueNow ?? 0;
  }
  return { concluded, onTime, onTimeRate: concluded === 0 ? null : onTime / concluded, overdueNow };
}

function reportState(agency: AgencyRow, year: number, today: IsoDate, latest: ReportVersionRow | undefined, publication: PublicationRow | undefined): ReportState {
  const deadline = statutoryDeadline(agency.name, year);
  const findings = latest ? findingsOf(latest) : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const publishedOn = publication ? chinaDate(publication.firstPublishedAt) : null;
  const reference = publishedOn ?? today;
  const late = reference > deadline.date;
  return {
    deadline: deadline.date,
    deadlineBasis: deadline.basis,
    latest: latest
      ? {
          version: latest.version,
          status: latest.status,
          statusLabel: REPORT_STATUS_LABELS[latest.status],
          errors,
          warnings: findings.filter((f) => f.severity === 'warning').length,
          updatedAt: latest.updatedAt.toISOString(),
        }
      : null,
    published: publication && publishedOn ? { firstPublishedAt: publication.firstPublishedAt.toISOString(), firstPublishedOn: publishedOn, version: publication.latestPublishedVersion } : null,
    late,
    daysLate: late ? dayNumber(reference) - dayNumber(deadline.date) : null,
    missing: publication === undefined,
    failing: errors > 0,
  };
}

function attentionOf(r: AgencyRollup): AttentionItem | null {
  const s = r.report;
  const issues: AttentionItem['issues'] = [];
  const due = chineseDate(s.deadline);
  if (s.published && s.late) issues.push({ kind: 'late', label: `逾期发布：${chineseDate(s.published.firstPublishedOn)}发布，晚于法定期限（${due}）${s.daysLate}天` });
  else if (s.late) issues.push({ kind: 'late', label: `逾期未发布：已超过法定期限（${due}）${s.daysLate}天` });
  else if (s.missing) issues.push({ kind: 'missing', label: `尚未发布（法定期限${due}）` });
  if (s.failing && s.latest) issues.push({ kind: 'failing', label: `第${s.latest.version}版（${s.latest.statusLabel}）检查发现${s.latest.errors}处错误` });
  return issues.length > 0 ? { agencyId: r.agencyId, agencyName: r.agencyName, issues } : null;
}

/** The roll-up of `year` over the caller's report scope. */
export async function supervisionRollup(office: Office, by: Principal, year: number): Promise<Result<RollupView>> {
  const no = denied(by, 'reports.read');
  if (no) return no;
  const repo = new SupervisionRepository(office.db);
  const today = office.clock.today();
  const tree = treeOf(await repo.agencies(by.reportScope));
  const ids = tree.rows.map((r) => r.id);
  const format = formatForYear(year);
  const previousYear = year - 1 >= 2019 ? year - 1 : null;
  const [current, previous, latest, publications, timeliness] = await Promise.all([
    yearFigures(office, tree, year),
    previousYear === null ? null : yearFigures(office, tree, previousYear),
    repo.latestVersions(ids, year),
    repo.publications(ids, year),
    repo.timeliness(ids, year, today),
  ]);
  const latestBy = new Map(latest.map((r) => [r.agencyId, r]));
  const publishedBy = new Map(publications.map((r) => [r.agencyId, r]));
  const timelyBy = new Map(timeliness.map((r) => [r.agencyId, r]));
  const subtreeIds = (id: string): string[] => [id, ...(tree.children.get(id) ?? []).flatMap((c) => subtreeIds(c.id))];

  const agencies: AgencyRollup[] = [];
  for (const { row, depth } of depthFirst(tree, tree.roots)) {
    const own = current.own.get(row.id)!;
    const childIds = (tree.children.get(row.id) ?? []).map((c) => c.id);
    const hasChildren = childIds.length > 0;
    const subtree = hasChildren ? current.sums.get(row.id)! : null;
    const rowFigures = subtree ? subtree.figures : own.ok ? own.figures : null;
    const previousOwn = previous?.own.get(row.id);
    const before = !previous ? null : hasChildren ? previous.sums.get(row.id)!.figures : previousOwn?.ok ? previousOwn.figures : null;
    agencies.push({
      agencyId: row.id,
      agencyName: row.name,
      level: row.level,
      parentId: row.parentId !== null && tree.byId.has(row.parentId) ? row.parentId : null,
      depth,
      childIds,
      figures: own.ok ? own.figures : null,
      problems: own.ok ? [] : own.errors,
      subtree,
      totals: rowFigures ? keyTotals(rowFigures) : null,
      previousTotals: before ? keyTotals(before) : null,
      timeliness: timelinessOf((hasChildren ? subtreeIds(row.id) : [row.id]).map((id) => timelyBy.get(id))),
      ownTimeliness: timelinessOf([timelyBy.get(row.id)]),
      report: reportState(row, year, today, latestBy.get(row.id), publishedBy.get(row.id)),
    });
  }

  const roots = tree.roots.map((r) => current.sums.get(r.id)!);
  const overallFigures = sumFigures(format, roots.map((s) => s.figures), { year, agency: null });
  const previousOverall = previous && previousYear !== null ? sumFigures(formatForYear(previousYear), tree.roots.map((r) => previous.sums.get(r.id)!.figures), { year: previousYear, agency: null }) : null;
  const attention = agencies.map(attentionOf).filter((a): a is AttentionItem => a !== null);
  const rank = (a: AttentionItem) => (a.issues.some((i) => i.kind === 'late') ? 0 : a.issues.some((i) => i.kind === 'failing') ? 1 : 2);
  attention.sort((a, b) => rank(a) - rank(b));
  return ok({
    year,
    today,
    format,
    agencies,
    overall: {
      agencies: roots.reduce((n, s) => n + s.agencies, 0),
      leftOut: roots.flatMap((s) => s.leftOut),
      figures: overallFigures,
      totals: keyTotals(overallFigures),
      previousTotals: previousOverall ? keyTotals(previousOverall) : null,
      byOutcome: outcomeGroups(overallFigures),
      byApplicantType: newByApplicantType(overallFigures),
      timeliness: timelinessOf(ids.map((id) => timelyBy.get(id))),
    },
    attention,
  });
}

