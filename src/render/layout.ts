// The official table layouts of a report as a neutral grid (cells with row/column spans), shared by
// every renderer. Labels come from formats.ts only; the structure mirrors the published tables
// (docs/format-spec.md §1.3–1.5, §2.3–2.5).
import { getCell, type Cell, type CellRef, type ReportFigures, type TableKey } from '../core/figures.js';
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABEL,
  APPLICANT_PARTS,
  APPLICATIONS_NOTE,
  FORMATS,
  LITIGATION_LABEL,
  ORGANISATION_GROUP_LABEL,
  PROACTIVE_HEADER_LABEL,
  RESULTS_GROUP,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  type ApplicationRowSpec,
  type FormatVersion,
  type ProactiveTableSpec,
  type SectionNo,
  type ValueKind,
} from '../core/formats.js';
import { isLitigationGroup } from './labels.js';

/** The figure behind a value cell, so renderers can re-format or address it. */
export interface CellValue {
  ref: CellRef;
  kind: ValueKind;
  raw: Cell;
}

export interface GridCell {
  text: string;
  rowspan: number;
  colspan: number;
  /** A column/caption header (rendered as <th>); row labels are plain cells, as in the official tables. */
  header?: boolean;
  /** Present on the cells that hold a figure. */
  value?: CellValue;
  /** A sub-table caption (第二十条第（一）项) spanning a merged grid. */
  caption?: boolean;
}

export type GridRow = GridCell[];

export interface GridTable {
  table: TableKey;
  section: SectionNo;
  /** 第二十条第（一）项 … for the sub-tables of section 二; null otherwise. */
  caption: string | null;
  /** Number of grid columns every row covers. */
  width: number;
  rows: GridRow[];
}

export interface ReportLayout {
  format: FormatVersion;
  /** Section 二, one grid per 第二十条 sub-table, each at its natural width. */
  proactive: GridTable[];
  /** Section 三. */
  applications: GridTable;
  /** Section 四. */
  reviewLitigation: GridTable;
}

// ---- Values -----------------------------------------------------------------------------------

/** Money is rounded to its smallest printed unit only to hide float noise (24672.02 × 10000). */
const MONEY_DECIMALS: Readonly<Record<ValueKind, number | null>> = {
  count: null,
  signedCount: null,
  yuan: 2,
  tenThousandYuan: 6,
};

/** A figure as printed: null → "", signed changes with "+", money as a plain decimal. */
export function formatValue(value: Cell, kind: ValueKind): string {
  if (value === null || !Number.isFinite(value)) return '';
  const decimals = MONEY_DECIMALS[kind];
  const plain = decimals === null ? String(value) : String(Number(value.toFixed(decimals)));
  const text = plain === '-0' ? '0' : plain;
  return kind === 'signedCount' && value > 0 ? `+${text}` : text;
}

// ---- Cell constructors ------------------------------------------------------------------------

function th(text: string, rowspan = 1, colspan = 1): GridCell {
  return { text, rowspan, colspan, header: true };
}

function td(text: string, rowspan = 1, colspan = 1): GridCell {
  return { text, rowspan, colspan };
}

function valueCell(figures: ReportFigures, ref: CellRef, kind: ValueKind): GridCell {
  const raw = getCell(figures, ref);
  return { text: formatValue(raw, kind), rowspan: 1, colspan: 1, value: { ref, kind, raw } };
}

// ---- Section 二 -------------------------------------------------------------------------------

function proactiveTable(figures: ReportFigures, spec: ProactiveTableSpec): GridTable {
  return {
    table: 'proactive',
    section: '二',
    caption: spec.caption,
    width: 1 + spec.columns.length,
    rows: [
      [th(PROACTIVE_HEADER_LABEL), ...spec.columns.map((c) => th(c.label))],
      ...spec.rows.map((r) => [
        td(r.label),
        ...spec.columns.map((c) => valueCell(figures, { table: 'proactive', row: r.key, column: c.key }, c.kind)),
      ]),
    ],
  };
}

// ---- Section 三 -------------------------------------------------------------------------------

/** Label area of section 三: 三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密. */
const APPLICATION_LABEL_COLUMNS = 3;

/** How many rows from `start` on satisfy `same`. */
function runLength(rows: readonly ApplicationRowSpec[], start: number, same: (r: ApplicationRowSpec) => boolean): number {
  let n = 0;
  while (rows[start + n] && same(rows[start + n]!)) n++;
  return n;
}

function applicationLabelCells(rows: readonly ApplicationRowSpec[], i: number): GridCell[] {
  const r = rows[i]!;
  const prev = rows[i - 1];
  if (r.group === null) return [td(r.cellLabel, 1, APPLICATION_LABEL_COLUMNS)];
  const cells: GridCell[] = [];
  // Every grouped row is a result row: 三、本年度办理结果 spans the whole run of them.
  if (!prev || prev.group === null) cells.push(td(RESULTS_GROUP, runLength(rows, i, (x) => x.group !== null)));
  if (r.group === RESULTS_GROUP) {
    cells.push(td(r.cellLabel, 1, APPLICATION_LABEL_COLUMNS - 1));
  } else {
    // A sub-group (（三）不予公开 …) spans its numbered rows and has no subtotal row of its own.
    if (prev?.group !== r.group) cells.push(td(r.group, runLength(rows, i, (x) => x.group === r.group)));
    cells.push(td(r.cellLabel));
  }
  return cells;
}

function applicationsTable(figures: ReportFigures): GridTable {
  const rows = FORMATS[figures.format].applicationRows;
  // The format lists 自然人 first, then the kinds of 法人或其他组织; 总计 is not a part.
  const parts = APPLICANT_COLUMNS.filter((c) => APPLICANT_PARTS.includes(c.key));
  const [natural, ...organisations] = parts;
  const totals = APPLICANT_COLUMNS.filter((c) => !APPLICANT_PARTS.includes(c.key));
  const headerRows: GridRow[] = [
    [th(APPLICATIONS_NOTE, 3, APPLICATION_LABEL_COLUMNS), th(APPLICANT_GROUP_LABEL, 1, APPLICANT_COLUMNS.length)],
    [
      ...(natural ? [th(natural.label, 2)] : []),
      th(ORGANISATION_GROUP_LABEL, 1, organisations.length),
      ...totals.map((c) => th(c.label, 2)),
    ],
    organisations.map((c) => th(c.label)),
  ];
  const dataRows = rows.map((r, i) => [
    ...applicationLabelCells(rows, i),
    ...APPLICANT_COLUMNS.map((c) => valueCell(figures, { table: 'applications', row: r.key, column: c.key }, c.kind)),
  ]);
  return {
    table: 'applications',
    section: '三',
    caption: null,
    width: APPLICATION_LABEL_COLUMNS + APPLICANT_COLUMNS.length,
    rows: [...headerRows, ...dataRows],
  };
}

// ---- Section 四 -------------------------------------------------------------------------------

function reviewLitigationTable(figures: ReportFigures): GridTable {
  const reviews = REVIEW_GROUPS.filter((g) => !isLitigationGroup(g.label));
  const litigations = REVIEW_GROUPS.filter((g) => isLitigationGroup(g.label));
  const n = REVIEW_COLUMNS.length;
  const columnHeaders = (rowspan: number): GridCell[] => REVIEW_COLUMNS.map((c) => th(c.label, rowspan));
  const headerRows: GridRow[] = [
    [...reviews.map((g) => th(g.label, 1, n)), th(LITIGATION_LABEL, 1, n * litigations.length)],
    [...reviews.flatMap(() => columnHeaders(2)), ...litigations.map((g) => th(g.label, 1, n))],
    litigations.flatMap(() => columnHeaders(1)),
  ];
  const dataRow = [...reviews, ...litigations].flatMap((g) =>
    REVIEW_COLUMNS.map((c) => valueCell(figures, { table: 'reviewLitigation', row: g.key, column: c.key }, c.kind)),
  );
  return {
    table: 'reviewLitigation',
    section: '四',
    caption: null,
    width: n * REVIEW_GROUPS.length,
    rows: [...headerRows, dataRow],
  };
}

// ---- Whole report -----------------------------------------------------------------------------

export function buildLayout(figures: ReportFigures): ReportLayout {
  return {
    format: figures.format,
    proactive: FORMATS[figures.format].proactive.map((t) => proactiveTable(figures, t)),
    applications: applicationsTable(figures),
    reviewLitigation: reviewLitigationTable(figures),
  };
}

/** Widen a span-free row: a lone value column stretches (2021 style), otherwise an empty filler follows (2019 style). */
function widenRow(row: GridRow, extra: number, stretchLast: boolean): GridRow {
  const last = row[row.length - 1];
  if (extra <= 0 || !last) return row;
  if (stretchLast) return [...row.slice(0, -1), { ...last, colspan: last.colspan + extra }];
  const filler: GridCell = { text: '', rowspan: 1, colspan: extra };
  if (row.every((c) => c.header)) filler.header = true;
  return [...row, filler];
}

/**
 * Section 二 as one table, as published: each sub-table under a caption row spanning the full width.
 * Sub-tables must be free of row spans (those of section 二 are).
 */
export function mergeSubTables(tables: readonly GridTable[]): GridTable {
  const width = Math.max(0, ...tables.map((t) => t.width));
  const rows: GridRow[] = [];
  for (const t of tables) {
    if (t.caption !== null) rows.push([{ ...th(t.caption, 1, width), caption: true }]);
    for (const row of t.rows) rows.push(widenRow(row, width - t.width, t.width === 2));
  }
  const first = tables[0];
  return { table: first?.table ?? 'proactive', section: first?.section ?? '二', caption: null, width, rows };
}

/** One printable grid per table section, in order 二, 三, 四. */
export function sectionGrids(layout: ReportLayout): GridTable[] {
  return [mergeSubTables(layout.proactive), layout.applications, layout.reviewLitigation];
}

// ---- Reading a grid back ----------------------------------------------------------------------

/** A grid position and the cell covering it. */
export interface GridSlot {
  cell: GridCell;
  originRow: number;
  originCol: number;
}

/** The rows as a dense matrix: every position with the cell that covers it (null for a hole). */
export function expandGrid(rows: readonly GridRow[]): (GridSlot | null)[][] {
  const matrix: (GridSlot | undefined)[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let c = 0;
    for (const cell of row) {
      while (matrix[r]![c]) c++;
      for (let dr = 0; dr < cell.rowspan; dr++) {
        const target = matrix[r + dr];
        if (!target) throw new Error(`rowspan of "${cell.text}" runs past the last row`);
        for (let dc = 0; dc < cell.colspan; dc++) {
          if (target[c + dc]) throw new Error(`cells overlap at row ${r + dr}, column ${c + dc}`);
          target[c + dc] = { cell, originRow: r, originCol: c };
        }
      }
      c += cell.colspan;
    }
  });
  const width = Math.max(0, ...matrix.map((m) => m.length));
  return matrix.map((m) => Array.from({ length: width }, (_, i) => m[i] ?? null));
}

/** Rows made only of header cells, counted from the top. */
export function leadingHeaderRows(rows: readonly GridRow[]): number {
  let n = 0;
  while (rows[n] && rows[n]!.length > 0 && rows[n]!.every((c) => c.header)) n++;
  return n;
}

/** Every value cell of the grid, in reading order. */
export function valueCells(rows: readonly GridRow[]): GridCell[] {
  return rows.flatMap((row) => row.filter((c) => c.value));
}
