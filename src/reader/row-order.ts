// Rows whose labels did not settle them, settled by where their values stand.
//
// PDF → Markdown converters move labels that wrap over several lines out of the table: the row's
// values stay in place as a table row with no label, and the label turns up elsewhere — before the
// row, gathered with others before an earlier row, or after the row — so "the last label before the
// values" is no longer evidence. The table rows themselves keep their official order. Between two
// rows whose labels stand in their own table rows, the table rows of values therefore belong, in
// order, to the rows between those two — with certainty only when there are exactly as many.
import { trimRun, type TextToken, type ValueToken, type WalkedRun, type WalkResult } from './rows.js';

/** Longer than any official row label: narrative. */
const LABEL_MAX = 60;

export interface OrderClaim {
  run: WalkedRun;
  key: string;
  /** The values of the run that are the row's cells, cut to its columns. */
  values: ValueToken[];
  /**
   * 'ownRow': the label stands in the run's own table row, after rows found further down the table
   * (a converter emitted a sub-table later): as certain as any label in its row (a short row is placed
   * as any short row is).
   * 'label': the label before the values and the row order agree; only loose numbers that ran into
   * the table row (a page number) are left out.
   * 'order': placed by the table's row order alone, against or without the labels around it; the
   * reader keeps it only when the table's arithmetic holds with it.
   * 'window': the labels are detached and the order does not settle it: any row in `window` (none:
   * the run is left unknown).
   */
  by: 'ownRow' | 'label' | 'order' | 'window';
  /** For 'window': every row the run may be. */
  window?: string[];
}

/**
 * `columnsOf(key)`: how many values the row has. Returns the runs settled other than by the walk's
 * own reading; every other run stays as the walk read it.
 */
export function settleByOrder(
  walk: WalkResult,
  patterns: Record<string, RegExp>,
  order: readonly string[],
  columnsOf: (key: string) => number,
): OrderClaim[] {
  const { runs } = walk;
  // The common case: every run one table row with its label in it.
  if (runs.every((r) => r.row && !r.row.alternatives && oneTableRow(r.values) && ownRowText(r) !== '')) return [];
  const keysIn = (text: string): string[] => (text === '' ? [] : order.filter((k) => patterns[k]!.test(text)));
  /** A row whose label (and no other) stands in its own table row: certain. */
  const anchored = (run: WalkedRun): boolean => {
    if (!run.row || run.row.alternatives) return false;
    const keys = keysIn(ownRowText(run));
    return keys.length === 1 && keys[0] === run.row.key;
  };
  const found = new Set(runs.flatMap((r) => (r.row && !r.row.alternatives ? [r.row.key] : [])));
  const settled = new Set(runs.filter(anchored).map((r) => r.row!.key));
  const claims: OrderClaim[] = [];
  const claimed = new Set<WalkedRun>();

  // A table row with one row's label in it, that row not found in order.
  for (const run of runs) {
    if (run.row !== null || !oneTableRow(run.values)) continue;
    const keys = keysIn(ownRowText(run));
    if (keys.length !== 1 || found.has(keys[0]!)) continue;
    const key = keys[0]!;
    const values = trimRun(run.values, columnsOf(key));
    if (values.length > columnsOf(key) || !values.some((v) => v.kind === 'number')) continue;
    claims.push({ run, key, values, by: 'ownRow' });
    claimed.add(run);
    found.add(key);
    settled.add(key);
  }

  // Between two anchored rows (or an anchored row and an end of the table): the rows not settled and
  // the runs not settled, in order. Only in a table printed as table rows (not one value a line).
  if (runs.filter((r) => Array.isArray(tableRowOf(r.values))).length < 3) return claims;
  const anchors = runs.flatMap((r, at) => (anchored(r) ? [at] : []));
  const bounds = [-1, ...anchors, runs.length];
  for (let b = 1; b < bounds.length; b++) {
    const first = bounds[b - 1]!;
    const next = bounds[b]!;
    const from = first < 0 ? -1 : order.indexOf(runs[first]!.row!.key);
    const to = next >= runs.length ? order.length : order.indexOf(runs[next]!.row!.key);
    const rows = order.slice(from + 1, Math.max(from + 1, to)).filter((k) => !settled.has(k));
    const between = runs.slice(first + 1, next).filter((r) => !claimed.has(r));
    if (rows.length === 0 || between.length === 0) continue;
    // Only between two labels in their own rows is "as many value rows as rows" a proof: at an end of
    // the table a row of numbers may be something else (column numbers).
    const placed = first >= 0 && next < runs.length ? placeInOrder(between, rows, columnsOf, keysIn) : null;
    if (placed) claims.push(...placed);
    else claims.push(...widen(between, rows, next < runs.length ? runs[next]!.before : walk.trailing, keysIn));
  }

  // Loose numbers (a page number on a line of its own) that ran into a row's table row are not its
  // cells: the row is read from its table row alone, as its label(s) say.
  const settledRuns = new Set(claims.map((c) => c.run));
  for (const run of runs) {
    if (!run.row || settledRuns.has(run)) continue;
    const row = tableRowOf(run.values);
    if (!Array.isArray(row) || row.length === run.values.length || !row.some((v) => v.kind === 'number')) continue;
    const { key, alternatives } = run.row;
    claims.push(alternatives ? { run, key, values: row, by: 'window', window: alternatives } : { run, key, values: row, by: 'label' });
  }
  return claims;
}

/**
 * Where the runs between two certain rows cannot be placed by order and the labels there are
 * detached — a table row of values no label claimed, several labels before one row, or a row's label
 * that claimed no table row (it stood after its values, or its values were lost) — a label before a
 * row of values is no evidence: each such run is given every row between the two as a possibility,
 * and only the arithmetic can settle it.
 */
function widen(between: readonly WalkedRun[], rows: readonly string[], end: readonly TextToken[], keysIn: (text: string) => string[]): OrderClaim[] {
  const tableRows = between.flatMap((run) => {
    const values = tableRowOf(run.values);
    return values === 'loose' || values === null ? [] : [{ run, values }];
  });
  const claimedRows = new Set(tableRows.flatMap((r) => (r.run.row && !r.run.row.alternatives ? [r.run.row.key] : [])));
  const text = labelText([...between.flatMap((r) => r.before), ...end], keysIn);
  const detached =
    tableRows.some((r) => r.run.row === null || r.run.row.alternatives) ||
    keysIn(text).some((k) => rows.includes(k) && !claimedRows.has(k));
  if (!detached) return [];
  const window = [...rows];
  return between.flatMap((run): OrderClaim[] => {
    if (!run.row) return [];
    const values = tableRowOf(run.values);
    // Loose numbers a label claimed are no more certain than the label: left unknown.
    return [Array.isArray(values) ? { run, key: rows[0]!, values, by: 'window', window } : { run, key: rows[0]!, values: [], by: 'window', window: [] }];
  });
}

/**
 * The text of the tokens as one string, without column header lines (a table row naming several rows)
 * and narrative (longer than any label).
 */
function labelText(tokens: readonly TextToken[], keysIn: (text: string) => string[]): string {
  const perLine = new Map<number, TextToken[]>();
  for (const t of tokens) {
    const line = perLine.get(t.lineNo);
    if (line) line.push(t);
    else perLine.set(t.lineNo, [t]);
  }
  let text = '';
  for (const line of perLine.values()) {
    const header = line.length >= 2 && line[0]!.structured && line.filter((t) => keysIn(t.norm).length > 0).length >= 2;
    if (!header) for (const t of line) if (t.norm.length <= LABEL_MAX) text += t.norm;
  }
  return text;
}

/**
 * Each table row of values to the row at its position, when there are exactly as many as rows and
 * each is that row's full set of values with no other row's label in it; otherwise nothing. A run the
 * walk already gave to the same row is left to it.
 */
function placeInOrder(
  between: readonly WalkedRun[],
  rows: readonly string[],
  columnsOf: (key: string) => number,
  keysIn: (text: string) => string[],
): OrderClaim[] | null {
  const tableRows: { run: WalkedRun; values: ValueToken[] }[] = [];
  for (const run of between) {
    const values = tableRowOf(run.values);
    if (values === 'loose') {
      // Loose numbers a label claimed: the document itself offers another reading.
      if (run.row) return null;
      continue;
    }
    if (!values) return null;
    tableRows.push({ run, values });
  }
  if (tableRows.length !== rows.length) return null;
  const out: OrderClaim[] = [];
  for (let i = 0; i < rows.length; i++) {
    const { run, values: printed } = tableRows[i]!;
    const key = rows[i]!;
    if (keysIn(ownRowText(run)).some((k) => k !== key)) return null;
    const values = fullRow(printed, columnsOf(key));
    if (!values) return null;
    const sameAsLabel = run.row !== null && !run.row.alternatives && run.row.key === key;
    if (sameAsLabel && values.length === run.values.length) continue;
    out.push({ run, key, values, by: sameAsLabel ? 'label' : 'order' });
  }
  return out;
}

/**
 * Short runs of loose numbers (on lines of their own, not in a table row) in a table whose rows are
 * printed as table rows: page numbers and the like, not a row's values, though a label stands before them.
 */
export function looseNumbers(walk: WalkResult, columnsOf: (key: string) => number): Set<WalkedRun> {
  const out = new Set<WalkedRun>();
  const keyOf = (run: WalkedRun): string | undefined => run.row?.alternatives?.[0] ?? run.row?.key;
  let tableRows = 0;
  for (const r of walk.runs) {
    const key = keyOf(r);
    if (key !== undefined && oneTableRow(r.values) && trimRun(r.values, columnsOf(key)).length === columnsOf(key)) tableRows++;
  }
  if (tableRows < 3) return out;
  for (const run of walk.runs) {
    const key = keyOf(run);
    if (key !== undefined && !run.values.some((v) => v.structured) && run.values.length < columnsOf(key)) out.add(run);
  }
  return out;
}

/**
 * The one table row a run's values stand in: the whole run, or — when loose numbers on lines of their
 * own (a page number) ran into it before or after — that row; 'loose' when no value is in a table row.
 */
function tableRowOf(values: readonly ValueToken[]): ValueToken[] | 'loose' | null {
  const start = values.findIndex((v) => v.structured);
  if (start < 0) return 'loose';
  let end = start;
  while (end < values.length && values[end]!.structured) end++;
  if (values.slice(end).some((v) => v.structured)) return null;
  const row = values.slice(start, end);
  return oneTableRow(row) ? row : null;
}

/** Whether the values are the cells of one table row (not loose numbers on lines of their own). */
function oneTableRow(values: readonly ValueToken[]): boolean {
  const first = values[0];
  return first !== undefined && values.every((v) => v.structured && v.lineNo === first.lineNo && v.kind !== 'run');
}

/** The text cells in the same table row as the run's values (its first value in a table row). */
function ownRowText(run: WalkedRun): string {
  const lineNo = (run.values.find((v) => v.structured) ?? run.values[0]!).lineNo;
  let text = '';
  for (const t of run.before as readonly TextToken[]) if (t.lineNo === lineNo && t.structured) text += t.norm;
  return text;
}

/** The run as exactly `columns` cells with at least one printed value, or null. */
function fullRow(values: readonly ValueToken[], columns: number): ValueToken[] | null {
  const cut = trimRun(values, columns);
  return cut.length === columns && cut.some((v) => v.kind === 'number') ? cut : null;
}
