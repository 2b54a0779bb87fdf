// Walking a table's tokens: each run of values belongs to the row whose label stands last before it.
import type { Token } from './tokens.js';

export type TextToken = Extract<Token, { kind: 'text' }>;
export type ValueToken = Extract<Token, { kind: 'number' | 'blank' | 'run' }>;

export interface RowRead {
  key: string;
  /** The text tokens from the one holding the row's label to the values. */
  labelTokens: TextToken[];
  values: ValueToken[];
  lineNo: number;
}

export interface WalkResult {
  rows: RowRead[];
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
  const strayRuns: ValueToken[][] = [];
  const textTokens: TextToken[] = [];
  let headerTokens: TextToken[] | null = null;
  let buffer: TextToken[] = [];
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
    while (i < tokens.length && tokens[i]!.kind !== 'text') run.push(tokens[i++] as ValueToken);
    if (!run.some((v) => v.kind !== 'blank' || v.raw !== '')) {
      continue; // only empty cells: layout, not values
    }
    const match = lastLabel(buffer, patterns, order, lastIndex);
    if (!match) {
      strayRuns.push(run);
    } else {
      if (headerTokens === null) headerTokens = buffer.slice(0, match.tokenIndex);
      rows.push({ key: match.key, labelTokens: buffer.slice(match.tokenIndex), values: run, lineNo: run[0]!.lineNo });
      lastIndex = order.indexOf(match.key);
    }
    buffer = [];
  }
  return { rows, headerTokens: headerTokens ?? textTokens, textTokens, strayRuns };
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

function lastLabel(
  buffer: readonly TextToken[],
  patterns: Record<string, RegExp>,
  order: readonly string[],
  lastIndex: number,
): { key: string; tokenIndex: number } | null {
  if (buffer.length === 0) return null;
  const joined = buffer.map((t) => t.norm).join('');
  let best: { key: string; end: number; start: number } | null = null;
  for (let k = lastIndex + 1; k < order.length; k++) {
    const key = order[k]!;
    const re = globalOf(patterns[key]!);
    re.lastIndex = 0;
    for (let m = re.exec(joined); m; m = re.exec(joined)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end) best = { key, end, start: m.index };
      if (m[0].length === 0) re.lastIndex++;
    }
  }
  if (!best) return null;
  // Map the match's start back to the token that holds it.
  let offset = 0;
  for (let t = 0; t < buffer.length; t++) {
    offset += buffer[t]!.norm.length;
    if (offset > best.start) return { key: best.key, tokenIndex: t };
  }
  return { key: best.key, tokenIndex: buffer.length - 1 };
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
