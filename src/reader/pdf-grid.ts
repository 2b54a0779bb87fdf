// Ruled tables of a PDF page. Borders (rules) that meet form a table; their positions form a fine grid;
// a fine cell joins its neighbour wherever the border between them is missing, which rebuilds the
// merged cells. Each table row then reads like an HTML row: a cell spanning rows belongs to its top
// row only, a cell spanning columns counts once, and an empty cell is a real, empty cell.
import type { Rule, TextRun } from './pdf-layout.js';

/** Positions closer than this (points) are one border: double rules and rounding. */
const SAME_POSITION = 3;
/** How far a rule may fall short of the border it draws and still meet another. */
const REACH = 2;
/** Share of a fine cell's side a rule must cover to count as a border there. */
const COVERAGE = 0.6;

export interface GridRow {
  /** Top border of the row (for ordering among the page's lines). */
  y: number;
  cells: string[];
}

export interface PageTable {
  left: number;
  right: number;
  top: number;
  bottom: number;
  /** Vertical border positions, left to right, and horizontal ones, top to bottom. */
  xs: number[];
  ys: number[];
  /** Fine cell (row * columns + column) → merged cell. */
  owner: number[];
  cells: { top: number; left: number; bottom: number; right: number }[];
}

export function findTables(rules: readonly Rule[]): PageTable[] {
  const h = mergeRules(rules.filter((r) => r.dir === 'h'));
  const v = mergeRules(rules.filter((r) => r.dir === 'v'));
  if (h.length < 2 || v.length < 2) return [];
  // Rules that meet belong to the same table.
  const parent = [...h, ...v].map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  h.forEach((hr, i) => {
    v.forEach((vr, j) => {
      if (vr.at >= hr.from - REACH && vr.at <= hr.to + REACH && hr.at >= vr.from - REACH && hr.at <= vr.to + REACH) {
        parent[find(i)] = find(h.length + j);
      }
    });
  });
  const components = new Map<number, { h: Rule[]; v: Rule[] }>();
  h.forEach((r, i) => group(components, find(i)).h.push(r));
  v.forEach((r, j) => group(components, find(h.length + j)).v.push(r));
  const tables: PageTable[] = [];
  for (const c of components.values()) {
    const table = buildTable(c.h, c.v);
    if (table) tables.push(table);
  }
  return tables;
}

function group(map: Map<number, { h: Rule[]; v: Rule[] }>, key: number): { h: Rule[]; v: Rule[] } {
  let g = map.get(key);
  if (!g) map.set(key, (g = { h: [], v: [] }));
  return g;
}

/** Rules on one line (within SAME_POSITION) with overlapping or touching extents become one rule. */
function mergeRules(rules: readonly Rule[]): Rule[] {
  const sorted = [...rules].sort((a, b) => a.at - b.at || a.from - b.from);
  const out: Rule[] = [];
  for (const line of clusters(sorted, (r) => r.at)) {
    const at = line.reduce((s, r) => s + r.at, 0) / line.length;
    const spans = [...line].sort((a, b) => a.from - b.from);
    let cur: Rule | null = null;
    for (const r of spans) {
      if (cur && r.from <= cur.to + REACH) cur.to = Math.max(cur.to, r.to);
      else {
        if (cur) out.push(cur);
        cur = { dir: r.dir, at, from: r.from, to: r.to };
      }
    }
    if (cur) out.push(cur);
  }
  return out;
}

/** Sorted items grouped where consecutive keys differ by at most SAME_POSITION. */
function clusters<T>(sorted: readonly T[], key: (t: T) => number): T[][] {
  const out: T[][] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    if (last && key(item) - key(last[last.length - 1]!) <= SAME_POSITION) last.push(item);
    else out.push([item]);
  }
  return out;
}

function positions(rules: readonly Rule[]): number[] {
  const ats = rules.map((r) => r.at).sort((a, b) => a - b);
  return clusters(ats, (a) => a).map((c) => c.reduce((s, a) => s + a, 0) / c.length);
}

/** Whether rules at `at` cover at least COVERAGE of [from, to]. */
function covered(rules: readonly Rule[], at: number, from: number, to: number): boolean {
  let length = 0;
  for (const r of rules) {
    if (Math.abs(r.at - at) > SAME_POSITION) continue;
    length += Math.max(0, Math.min(to, r.to + REACH) - Math.max(from, r.from - REACH));
  }
  return length >= COVERAGE * (to - from);
}

function buildTable(h: readonly Rule[], v: readonly Rule[]): PageTable | null {
  const xs = positions(v);
  const ys = positions(h);
  const cols = xs.length - 1;
  const rows = ys.length - 1;
  if (cols < 1 || rows < 1) return null;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const join = (a: number, b: number): void => {
    parent[find(a)] = find(b);
  };
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      if (j + 1 < cols && !covered(v, xs[j + 1]!, ys[i]!, ys[i + 1]!)) join(i * cols + j, i * cols + j + 1);
      if (i + 1 < rows && !covered(h, ys[i + 1]!, xs[j]!, xs[j + 1]!)) join(i * cols + j, (i + 1) * cols + j);
    }
  }
  const ids = new Map<number, number>();
  const owner: number[] = [];
  const cells: PageTable['cells'] = [];
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const root = find(i * cols + j);
      let id = ids.get(root);
      if (id === undefined) {
        id = cells.length;
        ids.set(root, id);
        cells.push({ top: i, left: j, bottom: i, right: j });
      }
      const c = cells[id]!;
      c.top = Math.min(c.top, i);
      c.left = Math.min(c.left, j);
      c.bottom = Math.max(c.bottom, i);
      c.right = Math.max(c.right, j);
      owner.push(id);
    }
  }
  // A frame around text, or an underline, is not a table.
  if (cells.length < 2) return null;
  return { left: xs[0]!, right: xs[cols]!, top: ys[0]!, bottom: ys[rows]!, xs, ys, owner, cells };
}

/** Where a run's glyphs sit: the middle of its first character's body (baselines are near the bottom). */
function runPoint(run: TextRun): [number, number] {
  return [run.x + Math.min(run.width, run.size) / 2, run.y - 0.35 * run.size];
}

export function contains(table: PageTable, run: TextRun): boolean {
  const [x, y] = runPoint(run);
  return x >= table.left && x <= table.right && y >= table.top && y <= table.bottom;
}

/** Index of the interval of `edges` holding `v`. */
function slot(edges: readonly number[], v: number): number {
  let k = 0;
  while (k < edges.length - 2 && v > edges[k + 1]!) k++;
  return k;
}

/**
 * A run that crosses a vertical border (several cells printed as one string) is cut at the borders,
 * its characters shared out by their share of the run's width.
 */
function splitAtBorders(table: PageTable, run: TextRun): TextRun[] {
  const chars = [...run.text];
  if (chars.length < 2 || run.width <= 0) return [run];
  const inner = table.xs.filter((x) => x > run.x + 0.3 * run.size && x < run.x + run.width - 0.3 * run.size);
  if (inner.length === 0) return [run];
  const per = run.width / chars.length;
  const out: TextRun[] = [];
  let start = 0;
  for (const x of [...inner, Infinity]) {
    const end = x === Infinity ? chars.length : Math.round((x - run.x) / per);
    if (end > start) out.push({ ...run, text: chars.slice(start, end).join(''), x: run.x + start * per, width: (end - start) * per });
    start = Math.max(start, end);
  }
  return out;
}

export type CellText = (runs: readonly TextRun[], right: number) => string;

/** The table's rows, each with the text of the merged cells that start in it. */
export function tableRows(table: PageTable, runs: readonly TextRun[], cellText: CellText): GridRow[] {
  const cols = table.xs.length - 1;
  const byCell: TextRun[][] = table.cells.map(() => []);
  for (const whole of runs) {
    for (const run of splitAtBorders(table, whole)) {
      const [x, y] = runPoint(run);
      const id = table.owner[slot(table.ys, y) * cols + slot(table.xs, x)];
      if (id !== undefined) byCell[id]!.push(run);
    }
  }
  const out: GridRow[] = [];
  for (let i = 0; i < table.ys.length - 1; i++) {
    const starting = table.cells
      .map((c, id) => ({ c, id }))
      .filter(({ c }) => c.top === i)
      .sort((a, b) => a.c.left - b.c.left);
    const cells = starting.map(({ c, id }) => cellText(byCell[id]!, table.xs[c.right + 1]!));
    if (cells.some((c) => c !== '')) out.push({ y: table.ys[i]!, cells });
  }
  return out;
}
