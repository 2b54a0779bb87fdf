// Names for people: titles, section headings and the labels of one cell, all read from formats.ts.
import type { TableKey } from '../core/figures.js';
import type { Report } from '../core/report.js';
import type { Finding, Severity } from '../core/finding.js';
import {
  APPLICANT_COLUMNS,
  FORMATS,
  LITIGATION_LABEL,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_LABEL,
  SECTIONS,
  type ColumnSpec,
  type FormatVersion,
  type SectionNo,
  type SectionSpec,
} from '../core/formats.js';

/** Short Chinese names of the three contract tables, for CSV and messages. */
export const TABLE_NAMES: Readonly<Record<TableKey, string>> = {
  proactive: '主动公开',
  applications: '申请',
  reviewLitigation: '复议诉讼',
};

export const SEVERITY_NAMES: Readonly<Record<Severity, string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

/** "一、总体情况". */
export function sectionHeading(section: SectionSpec): string {
  return `${section.no}、${section.title}`;
}

export function sectionByNo(no: SectionNo): SectionSpec | undefined {
  return SECTIONS.find((s) => s.no === no);
}

/** The printed title, else "{agency}{year}年政府信息公开工作年度报告". */
export function reportTitle(report: Report): string {
  const title = report.title?.trim();
  if (title) return title;
  const { agency, year } = report.figures;
  return `${agency ?? ''}${year === null ? '' : `${year}年`}政府信息公开工作年度报告`;
}

/** "2021-01-20" → "2021年1月20日"; anything else is returned as given. */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** Whether a review/litigation group belongs under 行政诉讼 (every group but 行政复议 itself). */
export function isLitigationGroup(label: string): boolean {
  return label !== REVIEW_LABEL;
}

/** Row label of a contract row, e.g. "（三）不予公开1.属于国家秘密" or "行政诉讼·复议后起诉". */
export function rowLabel(format: FormatVersion, table: TableKey, row: string): string | null {
  const spec = FORMATS[format];
  if (table === 'proactive') {
    for (const t of spec.proactive) {
      const r = t.rows.find((x) => x.key === row);
      if (r) return r.label;
    }
    return null;
  }
  if (table === 'applications') return spec.applicationRows.find((r) => r.key === row)?.label ?? null;
  const group = REVIEW_GROUPS.find((g) => g.key === row);
  if (!group) return null;
  return isLitigationGroup(group.label) ? `${LITIGATION_LABEL}·${group.label}` : group.label;
}

/** The column of a contract cell (section 二's columns depend on the row's sub-table). */
export function columnSpec(format: FormatVersion, table: TableKey, row: string, column: string): ColumnSpec | undefined {
  if (table === 'proactive') {
    const t = FORMATS[format].proactive.find((x) => x.rows.some((r) => r.key === row));
    return t?.columns.find((c) => c.key === column);
  }
  const columns = table === 'applications' ? APPLICANT_COLUMNS : REVIEW_COLUMNS;
  return columns.find((c) => c.key === column);
}

export function columnLabel(format: FormatVersion, table: TableKey, row: string, column: string): string | null {
  return columnSpec(format, table, row, column)?.label ?? null;
}

/** Where a finding points, in words: "三、收到和处理政府信息公开申请情况 · （一）予以公开 · 自然人 · 第12行". */
export function findingPlace(format: FormatVersion, finding: Finding): string {
  const parts: string[] = [];
  const section = finding.section ? sectionByNo(finding.section) : undefined;
  if (section) parts.push(sectionHeading(section));
  else if (finding.table) parts.push(TABLE_NAMES[finding.table]);
  if (finding.table && finding.row) {
    parts.push(rowLabel(format, finding.table, finding.row) ?? finding.row);
    if (finding.column) parts.push(columnLabel(format, finding.table, finding.row, finding.column) ?? finding.column);
  } else if (finding.column) {
    // Without a row only sections 三 and 四 can name the column (section 二's columns depend on the row).
    const label = finding.table ? columnLabel(format, finding.table, '', finding.column) : null;
    parts.push(label ?? finding.column);
  }
  if (finding.line !== undefined) parts.push(`第${finding.line}行`);
  return parts.join(' · ');
}
