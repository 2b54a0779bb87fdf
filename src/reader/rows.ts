// Walking a table's tokens: each run of values belongs to the row whose label stands last before it.
import type { Token } from './tokens.js';

export type TextToken = Extract<Token, { kind: 'text' }>;
export type ValueToken = Extract<Token, { kind: 'number' | 'blank' | 'run' }>;

export interface RowRead {
  key: string;
  /**
   * When the text before the values holds labels of several rows (a PDF converter that moved a
   * label away from its numbers), every one of them, in order: the values belong to one of these.
   */
  alternatives?: string[];
  /** The text tokens from the one holding the row's label to the values. */
  labelTokens: TextToken[];
  values: ValueToken[];
  lineNo: number;
}

/** A run of values in document order, with the row that claimed it (null: no label did). */
export interface WalkedRun {
  values: ValueToken[];
  row: RowRead | null;
  /** The text between the previous run and this one. */
  before: TextToken[];
}

export interface WalkResult {
  rows: RowRead[];
  /** Every run of values in document order, claimed or not. */
  runs: WalkedRun[];
  /** The text after the last run. */
  trailing: TextToken[];
  /** Text before the first row: captions and column headers. */
  headerTokens: TextToken[];
  /** All text tokens of the region, in order (for finding group labels and headers). */
  textTokens: TextToken[];
  /** Value runs that no row label claimed. */
  strayRuns: ValueToken[][];
}

/**
 * `order` lists the row keys in table order; a row is only looked for after the rows already found,
 * so a repeated header ("总计") cannot claim values that belong further down.
 */
export function walkRows(tokens: readonly Token[], patterns: Record<string, RegExp>, order: readonly string[]): WalkResult {
  const rows: RowRead[] = [];
  const runs: WalkedRun[] = [];
  const strayRuns: ValueToken[][] = [];
  const textTokens: TextToken[] = [];
  let headerTokens: TextToken[] | null = null;
  let buffer: TextToken[] = [];
  /** Labels before this index in the buffer were followed by a row of empty cells: their row was blank. */
  let blankRowsUpTo = 0;
  let lastIndex = -1;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'text') {
      buffer.push(t);
      textTokens.push(t);
      i++;
      continue;
    }
    const run: ValueToken[] = [];
    // In a table (a row of cells), a row's values end with the row: a row of numbers below it with no
    // label of its own is not more of the same row.
    const rowEnds = (t: Token) => run.length > 0 && t.rowStart && t.structured && run[0]!.structured;
    while (i < tokens.length && tokens[i]!.kind !== 'text' && !rowEnds(tokens[i]!)) run.push(tokens[i++] as ValueToken);
    if (!run.some((v) => v.kind !== 'blank' || v.raw !== '')) {
      // Only empty cells: layout — or, in a table row, the blank cells of the labels before them.
      if (run.some((v) => v.blanksAreCells)) blankRowsUpTo = buffer.length;
      continue;
    }
    let labels = labelsIn(buffer, patterns, order, lastIndex);
    // A label whose own row was blank does not compete for these values with a later one.
    if (labels.some((l) => l.tokenIndex >= blankRowsUpTo)) labels = labels.filter((l) => l.tokenIndex >= blankRowsUpTo);
    // A label in the same table row as the values is theirs, whatever loose text came before it.
    const last = labels[labels.length - 1];
    if (last && labels.length > 1 && sameTableRow(buffer[last.tokenIndex]!, run[0]!)) labels = [last];
    const match = labels[labels.length - 1];
    if (!match) {
      strayRuns.push(run);
      runs.push({ values: run, row: null, before: buffer });
    } else {
      const first = labels[0]!;
      if (headerTokens === null) headerTokens = buffer.slice(0, first.tokenIndex);
      const row: RowRead = { key: match.key, labelTokens: buffer.slice(match.tokenIndex), values: run, lineNo: run[0]!.lineNo };
      if (labels.length > 1) row.alternatives = labels.map((l) => l.key);
      rows.push(row);
      runs.push({ values: run, row, before: buffer });
      // After an ambiguous claim only its first row is settled: the others may still be found.
      lastIndex = order.indexOf(labels[0]!.key);
    }
    buffer = [];
    blankRowsUpTo = 0;
  }
  return { rows, runs, trailing: buffer, headerTokens: headerTokens ?? textTokens, textTokens, strayRuns };
}

/** Whether a label cell and a value stand in one row of a table (not merely on nearby lines). */
function sameTableRow(label: TextToken, value: ValueToken): boolean {
  return label.lineNo === value.lineNo && label.structured;
}

const globals = new WeakMap<RegExp, RegExp>();

/** A global copy of a pattern, made once, for finding every match. */
function globalOf(pattern: RegExp): RegExp {
  let re = globals.get(pattern);
  if (!re) {
    re = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`);
    globals.set(pattern, re);
  }
  return re;
}

/** Longer than any official row label: narrative, not a label. */
const LABEL_MAX = 60;

/**
 * The row labels in the text before a run of values, in order, one per row (its last mention).
 * Text on a line that names several rows in separate cells is a column header ("| 项目 | 本年新收件数 |
 * 上年结转件数 | 予以公开 | …"), not a row label, and is passed over, as is narrative.
 */
function labelsIn(
  buffer: readonly TextToken[],
  patterns: Record<string, RegExp>,
  order: readonly string[],
  lastIndex: number,
): { key: string; tokenIndex: number }[] {
  if (buffer.length === 0) return [];
  // Header detection looks at every row's words, found or not: a header names rows of the whole table.
  const keysOf = (t: TextToken) => order.filter((k) => patterns[k]!.test(t.norm));
  const labelled = new Map<number, { tokens: number; keys: Set<string> }>();
  for (const t of buffer) {
    const keys = keysOf(t);
    if (keys.length === 0) continue;
    const line = labelled.get(t.lineNo) ?? { tokens: 0, keys: new Set<string>() };
    line.tokens++;
    keys.forEach((k) => line.keys.add(k));
    labelled.set(t.lineNo, line);
  }
  const headerLines = new Set([...labelled].filter(([, l]) => l.tokens >= 2 && l.keys.size >= 2).map(([lineNo]) => lineNo));
  const usable = buffer.map((t) => (headerLines.has(t.lineNo) || t.norm.length > LABEL_MAX ? '' : t.norm));
  const joined = usable.join('');
  const found: { key: string; end: number; start: number }[] = [];
  for (let k = lastIndex + 1; k < order.length; k++) {
    const key = order[k]!;
    const re = globalOf(patterns[key]!);
    re.lastIndex = 0;
    let last: { key: string; end: number; start: number } | null = null;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      last = { key, end: m.index + m[0].length, start: m.index };
      if (m[0].length === 0) re.lastIndex++;
    }
    if (last) found.push(last);
  }
  found.sort((a, b) => a.end - b.end);
  return found.map((f) => {
    // Map the match's start back to the token that holds it.
    let offset = 0;
    for (let t = 0; t < usable.length; t++) {
      offset += usable[t]!.length;
      if (offset > f.start) return { key: f.key, tokenIndex: t };
    }
    return { key: f.key, tokenIndex: usable.length - 1 };
  });
}

/**
 * The values of a row, cut to its `columns`. In tab-separated text, empty cells at the ends are layout
 * (label columns of spanned rows) and go. In HTML and pipe rows an empty cell is a cell: only surplus
 * empties at the ends go. An explicit dash always stays, as an unknown value.
 */
export function trimRun(run: readonly ValueToken[], columns: number): ValueToken[] {
  const out = [...run];
  const isLayoutBlank = (v: ValueToken | undefined): boolean => v !== undefined && v.kind === 'blank' && v.raw === '';
  if (!out.some((v) => v.blanksAreCells)) {
    while (isLayoutBlank(out[0])) out.shift();
    while (isLayoutBlank(out[out.length - 1])) out.pop();
    return out;
  }
  while (out.length > columns && isLayoutBlank(out[out.length - 1])) out.pop();
  while (out.length > columns && isLayoutBlank(out[0])) out.shift();
  return out;
}
