// The columns of the bulk dataset (one row per report): what the run found out about each file, then
// every figure cell of both national formats. A cell the two formats share by contract key (e.g.
// proactive.licensing.decisions) is one column, so that reports of all years line up.
import { allCellRefs, refKey, type CellRef } from '../core/figures.js';
import { FORMAT_VERSIONS, type FormatVersion, type ValueKind } from '../core/formats.js';
import { columnLabel, columnSpec, rowLabel, TABLE_SECTION } from '../core/labels.js';

export type InfoKind = 'text' | 'integer';

export interface InfoColumn {
  kind: 'info';
  /** Stable English key (the `--header key` header). */
  key: string;
  /** Chinese header. */
  label: string;
  type: InfoKind;
}

export interface FigureColumn {
  kind: 'figure';
  /** Contract key path, e.g. "applications.resultsTotal.naturalPerson". */
  key: string;
  /** Chinese label path, e.g. "三·（七）总计·自然人"; labels that differ between the formats joined by "／". */
  label: string;
  ref: CellRef;
  valueKind: ValueKind;
  /** The formats that have this cell. */
  formats: readonly FormatVersion[];
}

export type DatasetColumn = InfoColumn | FigureColumn;

const info = (key: string, label: string, type: InfoKind = 'text'): InfoColumn => ({ kind: 'info', key, label, type });

export const INFO_COLUMNS: readonly InfoColumn[] = [
  info('source', '文件'),
  info('status', '状态'),
  info('errorCode', '错误代码'),
  info('errorMessage', '错误说明'),
  info('agency', '机关'),
  info('year', '年度', 'integer'),
  info('format', '格式'),
  info('publishedAt', '发布日期'),
  info('errors', '错误数', 'integer'),
  info('warnings', '警告数', 'integer'),
  info('infos', '提示数', 'integer'),
  info('cellsKnown', '读出单元格数', 'integer'),
  info('cellsTotal', '单元格总数', 'integer'),
];

/**
 * `a` with the items only in `b` inserted before the next item both share (or at the end), so that
 * 2021's rows (六)1–3 come after 2019's (六)其他处理 and before (七)总计.
 */
export function mergeOrder(a: readonly string[], b: readonly string[]): string[] {
  const out = [...a];
  let pending: string[] = [];
  for (const x of b) {
    const at = out.indexOf(x);
    if (at < 0) {
      pending.push(x);
      continue;
    }
    out.splice(at, 0, ...pending);
    pending = [];
  }
  return [...out, ...pending];
}

const unique = (xs: readonly (string | null)[]): string[] => [...new Set(xs.filter((x): x is string => x !== null))];

const CELL_KEYS: Readonly<Record<FormatVersion, ReadonlySet<string>>> = Object.fromEntries(
  FORMAT_VERSIONS.map((f) => [f, new Set(allCellRefs(f).map(refKey))]),
) as Record<FormatVersion, Set<string>>;

function figureColumn(ref: CellRef): FigureColumn {
  const formats = FORMAT_VERSIONS.filter((f) => CELL_KEYS[f].has(refKey(ref)));
  const rows = unique(formats.map((f) => rowLabel(f, ref.table, ref.row)));
  const cols = unique(formats.map((f) => columnLabel(f, ref.table, ref.row, ref.column)));
  const first = formats[0] ?? '2021';
  return {
    kind: 'figure',
    key: refKey(ref),
    label: `${TABLE_SECTION[ref.table]}·${rows.join('／') || ref.row}·${cols.join('／') || ref.column}`,
    ref,
    valueKind: columnSpec(first, ref.table, ref.row, ref.column)?.kind ?? 'count',
    formats,
  };
}

function buildFigureColumns(): FigureColumn[] {
  const [a, b] = FORMAT_VERSIONS.map((f) => allCellRefs(f)) as [CellRef[], CellRef[]];
  const out: FigureColumn[] = [];
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    const rowsOf = (refs: CellRef[]) => unique(refs.filter((r) => r.table === table).map((r) => r.row));
    const colsOf = (refs: CellRef[], row: string) => refs.filter((r) => r.table === table && r.row === row).map((r) => r.column);
    for (const row of mergeOrder(rowsOf(a), rowsOf(b))) {
      for (const column of mergeOrder(colsOf(a, row), colsOf(b, row))) out.push(figureColumn({ table, row, column }));
    }
  }
  return out;
}

export const FIGURE_COLUMNS: readonly FigureColumn[] = buildFigureColumns();

export const DATASET_COLUMNS: readonly DatasetColumn[] = [...INFO_COLUMNS, ...FIGURE_COLUMNS];

export type HeaderStyle = 'label' | 'key';

export function headerOf(column: DatasetColumn, style: HeaderStyle): string {
  return style === 'key' ? column.key : column.label;
}
