// One file of a bulk run: load, examine, and turn the result into what the output needs (a JSON line,
// a dataset row, or the examined report itself), plus the few facts the run's summary counts.
// Runs inside the workers, so the heavy part (serialising) is done in parallel too.
import { allCellRefs, getCell, type CellRef } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { FORMAT_VERSIONS, type FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { renderJson } from '../render/json.js';
import { DATASET_COLUMNS } from './bulk-columns.js';
import { examine, type Examined } from './examine.js';
import { loadFile } from './files.js';

/** What each result carries: a JSON line, a dataset row, or the examined report (for text output). */
export type Shape = 'json' | 'row' | 'examined';
export const SHAPES: readonly Shape[] = ['json', 'row', 'examined'];

export type DatasetValue = string | number | null;

export interface Payloads {
  json: string;
  row: DatasetValue[];
  examined: Examined;
}

/** full: every cell of the format read; partial: some cells unknown; failed: not read at all. */
export type Status = 'full' | 'partial' | 'failed';

export const STATUS_NAMES: Readonly<Record<Status, string>> = { full: '已读', partial: '部分读出', failed: '失败' };

export interface Failure {
  code: string;
  message: string;
}

export interface Outcome<S extends Shape = Shape> {
  source: string;
  status: Status;
  /** The failure's code when failed, else null. */
  code: string | null;
  /** When partly read: the codes of the diagnostics that explain the unknown cells. */
  reasons: string[];
  payload: Payloads[S];
}

/** Diagnostics that mean some cells could not be read. */
export const PARTIAL_CODES: readonly string[] = [
  'SECTION_MISSING',
  'TABLE_MISSING',
  'ROW_MISSING',
  'COLUMN_MISSING',
  'ROW_TOO_MANY_VALUES',
  'CELL_INVALID',
  'CELL_UNKNOWN',
];

const REFS: Readonly<Record<FormatVersion, readonly CellRef[]>> = Object.fromEntries(
  FORMAT_VERSIONS.map((f) => [f, allCellRefs(f)]),
) as Record<FormatVersion, CellRef[]>;

export function cellCounts(report: Report): { known: number; total: number } {
  const refs = REFS[report.figures.format];
  let known = 0;
  for (const ref of refs) if (getCell(report.figures, ref) !== null) known++;
  return { known, total: refs.length };
}

function severityCounts(findings: readonly Finding[]): Record<Finding['severity'], number> {
  const n = { error: 0, warning: 0, info: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

/** The dataset row of one file, in DATASET_COLUMNS order; cells outside the report's format stay empty. */
export function datasetRow(source: string, e: Examined): DatasetValue[] {
  if (!e.ok) {
    const head: DatasetValue[] = [source, STATUS_NAMES.failed, e.failure.code, e.failure.message];
    return DATASET_COLUMNS.map((_, i) => head[i] ?? null);
  }
  const { figures } = e.report;
  const cells = cellCounts(e.report);
  const sev = severityCounts(e.findings);
  const status: Status = cells.known === cells.total ? 'full' : 'partial';
  return DATASET_COLUMNS.map((c): DatasetValue => {
    if (c.kind === 'figure') return getCell(figures, c.ref);
    switch (c.key) {
      case 'source': return source;
      case 'status': return STATUS_NAMES[status];
      case 'agency': return figures.agency;
      case 'year': return figures.year;
      case 'format': return figures.format;
      case 'publishedAt': return e.report.publishedAt;
      case 'errors': return sev.error;
      case 'warnings': return sev.warning;
      case 'infos': return sev.info;
      case 'cellsKnown': return cells.known;
      case 'cellsTotal': return cells.total;
      default: return null;
    }
  });
}

function failureJson(source: string, failure: Failure): string {
  return JSON.stringify({ source, error: { code: failure.code, message: failure.message } });
}

function payloadOf<S extends Shape>(shape: S, source: string, e: Examined): Payloads[S] {
  const payloads: { [K in Shape]: () => Payloads[K] } = {
    json: () => (e.ok ? JSON.stringify(renderJson(e.report, e.findings, { source })) : failureJson(source, e.failure)),
    row: () => datasetRow(source, e),
    examined: () => e,
  };
  return payloads[shape]() as Payloads[S];
}

/** The outcome of a file that could not be read (also used by the pool for time-outs and crashes). */
export function failureOutcome<S extends Shape>(source: string, failure: Failure, shape: S): Outcome<S> {
  return { source, status: 'failed', code: failure.code, reasons: [], payload: payloadOf(shape, source, { ok: false, failure }) };
}

export function examinedOutcome<S extends Shape>(source: string, e: Examined, shape: S): Outcome<S> {
  if (!e.ok) return failureOutcome(source, e.failure, shape);
  const cells = cellCounts(e.report);
  const partial = cells.known < cells.total;
  const reasons = partial ? [...new Set(e.findings.map((f) => f.code).filter((c) => PARTIAL_CODES.includes(c)))] : [];
  return { source, status: partial ? 'partial' : 'full', code: null, reasons, payload: payloadOf(shape, source, e) };
}

/** Load and examine one file. Never throws: a bug in the reader becomes an INTERNAL_ERROR result. */
export async function processFile<S extends Shape>(path: string, shape: S): Promise<Outcome<S>> {
  try {
    const loaded = await loadFile(path);
    if (!loaded.ok) return failureOutcome(path, { code: loaded.code, message: loaded.message }, shape);
    return examinedOutcome(path, await examine(loaded.bytes), shape);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return failureOutcome(path, { code: 'INTERNAL_ERROR', message: `读取时发生内部错误：${detail}` }, shape);
  }
}
