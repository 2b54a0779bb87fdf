// Cell values: counts are non-negative integers; 本年增/减 is a signed integer; money is non-negative
// and may be fractional (docs/format-spec.md §3.2, contract/README.md).
import type { TableKey } from '../figures.js';
import type { Finding } from '../finding.js';
import {
  APPLICANT_COLUMNS,
  FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ColumnSpec,
  type ValueKind,
} from '../formats.js';
import type { Report } from '../report.js';
import { formatNumber, TABLE_SECTION, tablePlace } from './places.js';

interface TypedCell {
  table: TableKey;
  row: string;
  column: ColumnSpec;
}

/** Every cell of the report's format with the kind of value it holds. */
function typedCells(report: Report): TypedCell[] {
  const spec = FORMATS[report.figures.format];
  const cells: TypedCell[] = [];
  for (const t of spec.proactive) {
    for (const r of t.rows) for (const column of t.columns) cells.push({ table: 'proactive', row: r.key, column });
  }
  for (const r of spec.applicationRows) {
    for (const column of APPLICANT_COLUMNS) cells.push({ table: 'applications', row: r.key, column });
  }
  for (const g of REVIEW_GROUPS) {
    for (const column of REVIEW_COLUMNS) cells.push({ table: 'reviewLitigation', row: g.key, column });
  }
  return cells;
}

const isMoney = (kind: ValueKind) => kind === 'yuan' || kind === 'tenThousandYuan';

export function checkValues(report: Report): Finding[] {
  const { figures } = report;
  const findings: Finding[] = [];
  for (const { table, row, column } of typedCells(report)) {
    const value = figures[table][row]?.[column.key] ?? null;
    const notInteger = !isMoney(column.kind) && !Number.isInteger(value ?? 0);
    const negative = column.kind !== 'signedCount' && (value ?? 0) < 0;
    if (value === null || (!notInteger && !negative)) continue;
    const where = {
      section: TABLE_SECTION[table],
      table,
      row,
      column: column.key,
    } as const;
    const place = `${tablePlace(figures.format, table, row, column.key)}为${formatNumber(value)}`;
    if (notInteger) {
      findings.push({ code: 'VALUE_NOT_INTEGER', severity: 'error', message: `${place}：数量应为整数`, ...where });
    }
    if (negative) {
      const what = isMoney(column.kind) ? '金额' : '数量';
      findings.push({ code: 'VALUE_NEGATIVE', severity: 'error', message: `${place}：${what}不能为负数`, ...where });
    }
  }
  return findings;
}
