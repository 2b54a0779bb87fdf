// The figures as long-format CSV: one line per cell (RFC 4180, CRLF, UTF-8 with BOM for Excel).
import { allCellRefs, getCell } from '../core/figures.js';
import type { ValueKind } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { formatValue } from './layout.js';
import { columnLabel, columnSpec, rowLabel, TABLE_NAMES } from './labels.js';

export const CSV_HEADER = ['表', '行', '列', '行键', '列键', '值'] as const;
const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make a spreadsheet read a text cell as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field. Text fields that a spreadsheet would take for a formula get a leading apostrophe;
 * numbers are never touched ("-1" stays a number).
 */
export function csvField(value: string, isText: boolean): string {
  const safe = isText && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Values are plain numbers for machines: signed changes without "+", money without float noise. */
function csvValue(value: number | null, kind: ValueKind): string {
  return formatValue(value, kind === 'signedCount' ? 'count' : kind);
}

export function renderCsv(report: Report): string {
  const { format } = report.figures;
  const lines = [CSV_HEADER.map((h) => csvField(h, true)).join(',')];
  for (const ref of allCellRefs(format)) {
    const { table, row, column } = ref;
    lines.push(
      [
        csvField(TABLE_NAMES[table], true),
        csvField(rowLabel(format, table, row) ?? row, true),
        csvField(columnLabel(format, table, row, column) ?? column, true),
        csvField(row, true),
        csvField(column, true),
        csvField(csvValue(getCell(report.figures, ref), columnSpec(format, table, row, column)?.kind ?? 'count'), false),
      ].join(','),
    );
  }
  return BOM + lines.join(CRLF) + CRLF;
}
