// Names for people: titles, section headings and the labels of one cell, all read from formats.ts.
import type { TableKey } from '../core/figures.js';
import type { Report } from '../core/report.js';
import type { Finding, Severity } from '../core/finding.js';
import { columnLabel, rowLabel, sectionByNo, sectionHeading } from '../core/labels.js';
import { REVIEW_LABEL, type FormatVersion } from '../core/formats.js';

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

/** The printed title, else "{agency}{year}年政府信息公开工作年度报告". */
export function reportTitle(report: Report): string {
  const title = report.title?.trim();
  if (title) return title;
  const { agency, year } = report.figures;
  return `${agency ?? ''}${year === null ? '' : `${year}年`}政府信息公开工作年度报告`;
}

export { chineseDate } from '../core/calendar/iso-date.js';

/** Whether a review/litigation group belongs under 行政诉讼 (every group but 行政复议 itself). */
export function isLitigationGroup(label: string): boolean {
  return label !== REVIEW_LABEL;
}

export { columnLabel, columnSpec, rowLabel, sectionByNo, sectionHeading } from '../core/labels.js';

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
