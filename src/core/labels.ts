// Looking up the official label of a section, row or column by its contract key.
import type { TableKey } from './figures.js';
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
} from './formats.js';

/** The section each contract table belongs to. */
export const TABLE_SECTION: Readonly<Record<TableKey, SectionNo>> = {
  proactive: '二',
  applications: '三',
  reviewLitigation: '四',
};

export function sectionByNo(no: SectionNo): SectionSpec | undefined {
  return SECTIONS.find((s) => s.no === no);
}

/** "一、总体情况". */
export function sectionHeading(section: SectionSpec): string {
  return `${section.no}、${section.title}`;
}

/** "行政复议" or "行政诉讼·复议后起诉". */
export function reviewGroupLabel(row: string): string | null {
  const group = REVIEW_GROUPS.find((g) => g.key === row);
  if (!group) return null;
  return group.label === REVIEW_LABEL ? group.label : `${LITIGATION_LABEL}·${group.label}`;
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
  return reviewGroupLabel(row);
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
