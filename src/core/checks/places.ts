// How findings name a place: in the report's own words, with every label read from formats.ts.
import {
  APPLICANT_COLUMNS,
  FORMATS,
  REVIEW_COLUMNS,
  SECTIONS,
  type ApplicationRowSpec,
  type FormatVersion,
  type SectionNo,
} from '../formats.js';
import type { TableKey } from '../figures.js';
import { reviewGroupLabel, TABLE_SECTION } from '../labels.js';

/** "第三部分". */
export function sectionPlace(no: SectionNo): string {
  return `第${no}部分`;
}

/** "第一部分“总体情况”". */
export function sectionTitlePlace(no: SectionNo): string {
  const title = SECTIONS.find((s) => s.no === no)?.title;
  return title ? `${sectionPlace(no)}“${title}”` : sectionPlace(no);
}

export { TABLE_SECTION };

export function applicationRowSpec(format: FormatVersion, row: string): ApplicationRowSpec | undefined {
  return FORMATS[format].applicationRows.find((r) => r.key === row);
}

/** A section-三 row as printed in its own cell, shortened for sums: "一", "二", "四", "（七）总计". */
export function applicationRowShort(format: FormatVersion, row: string): string {
  const spec = applicationRowSpec(format, row);
  if (!spec) return row;
  return spec.group === null ? (spec.cellLabel.split('、')[0] ?? spec.cellLabel) : spec.cellLabel;
}

function applicantColumnLabel(column: string): string {
  return APPLICANT_COLUMNS.find((c) => c.key === column)?.label ?? column;
}

function reviewColumnLabel(column: string): string {
  return REVIEW_COLUMNS.find((c) => c.key === column)?.label ?? column;
}

/**
 * A cell, row or column of a table, e.g. "第三部分“（七）总计”行“自然人”列",
 * "第二部分“第二十条第（一）项”“规章”行“本年新制作数量”列", "第四部分“行政复议”“总计”列".
 */
export function tablePlace(format: FormatVersion, table: TableKey, row?: string, column?: string): string {
  const section = sectionPlace(TABLE_SECTION[table]);
  if (table === 'applications') {
    const rowPart = row ? `“${applicationRowSpec(format, row)?.label ?? row}”行` : '';
    const colPart = column ? `“${applicantColumnLabel(column)}”列` : '';
    return `${section}${rowPart}${colPart}`;
  }
  if (table === 'reviewLitigation') {
    const rowPart = row ? `“${reviewGroupLabel(row) ?? row}”` : '';
    const colPart = column ? `“${reviewColumnLabel(column)}”列` : '';
    return `${section}${rowPart}${colPart}`;
  }
  const found = FORMATS[format].proactive.flatMap((t) => t.rows.map((r) => ({ t, r }))).find((x) => x.r.key === row);
  if (!found) return `${section}${row ? `“${row}”行` : ''}${column ? `“${column}”列` : ''}`;
  const colLabel = found.t.columns.find((c) => c.key === column)?.label ?? column;
  return `${section}“${found.t.caption}”“${found.r.label}”行${colLabel ? `“${colLabel}”列` : ''}`;
}

/** Numbers for messages: integers as they are, anything else to at most two decimals. */
export function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
