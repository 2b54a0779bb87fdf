// The figures of one annual report in the shared contract's shape (contract/annual-report.schema.json).
import {
  APPLICANT_COLUMNS,
  FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ColumnSpec,
  type FormatVersion,
} from './formats.js';

/** A number read with certainty, or null: not given, blank, or not readable with certainty. */
export type Cell = number | null;
export type FigureRow = Record<string, Cell>;
export type TableKey = 'proactive' | 'applications' | 'reviewLitigation';

export interface ReportFigures {
  schemaVersion: 1;
  format: FormatVersion;
  year: number | null;
  agency: string | null;
  proactive: Record<string, FigureRow>;
  applications: Record<string, FigureRow>;
  reviewLitigation: Record<string, FigureRow>;
}

/** Address of one cell, e.g. { table: 'applications', row: 'granted', column: 'total' }. */
export interface CellRef {
  table: TableKey;
  row: string;
  column: string;
}

function emptyRow(columns: readonly ColumnSpec[]): FigureRow {
  return Object.fromEntries(columns.map((c) => [c.key, null]));
}

/** Figures of the given format with every cell null. */
export function emptyFigures(format: FormatVersion, year: number | null = null, agency: string | null = null): ReportFigures {
  const spec = FORMATS[format];
  return {
    schemaVersion: 1,
    format,
    year,
    agency,
    proactive: Object.fromEntries(
      spec.proactive.flatMap((t) => t.rows.map((r) => [r.key, emptyRow(t.columns)])),
    ),
    applications: Object.fromEntries(spec.applicationRows.map((r) => [r.key, emptyRow(APPLICANT_COLUMNS)])),
    reviewLitigation: Object.fromEntries(REVIEW_GROUPS.map((g) => [g.key, emptyRow(REVIEW_COLUMNS)])),
  };
}

export function getCell(figures: ReportFigures, ref: CellRef): Cell {
  return figures[ref.table][ref.row]?.[ref.column] ?? null;
}

export function setCell(figures: ReportFigures, ref: CellRef, value: Cell): void {
  const row = figures[ref.table][ref.row];
  if (!row || !(ref.column in row)) throw new Error(`no such cell: ${refKey(ref)}`);
  row[ref.column] = value;
}

export function refKey(ref: CellRef): string {
  return `${ref.table}.${ref.row}.${ref.column}`;
}

/** Every cell address of the format, in table order. */
export function allCellRefs(format: FormatVersion): CellRef[] {
  const fig = emptyFigures(format);
  const refs: CellRef[] = [];
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    for (const [row, cells] of Object.entries(fig[table])) {
      for (const column of Object.keys(cells)) refs.push({ table, row, column });
    }
  }
  return refs;
}

/** A deep copy, so callers can change figures without touching the original. */
export function cloneFigures(figures: ReportFigures): ReportFigures {
  return structuredClone(figures);
}
