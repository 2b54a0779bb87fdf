// Positioned text of PDF pages → lines of cells. Pure geometry, no pdfjs.
// Ruled tables (pdf-grid.ts) become rows of cells like HTML rows (kind 'html'). Other text forms
// visual lines by baseline; along a line, small gaps join runs into one cell and wide gaps (columns of
// an unruled table) separate cells (kind 'tab'). Lines wrapped from one paragraph are joined again, and
// page numbers and running headers/footers are dropped.
import { makeLine, type Line } from './lines.js';
import { parsePrinted } from './numbers.js';
import { contains, findTables, tableRows } from './pdf-grid.js';

/** One text run in page space: x to the right, y (the baseline) downwards from the top of the page. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Font size (the em), the unit every tolerance is measured in. */
  size: number;
}

/** A horizontal or vertical stroke: `at` is its y (or x), from/to its extent along the other axis. */
export interface Rule {
  dir: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}

export interface PageText {
  height: number;
  runs: TextRun[];
  rules: Rule[];
}

/** Baselines closer than this (× font size) are one line; a cell's text beside a wrapped label is ≥ 0.6 away. */
const SAME_LINE = 0.4;
/** A gap wider than this (× font size) is a column boundary: cell padding alone is about one em. */
const CELL_GAP = 1.0;
/** A gap wider than this (× font size) is a space within a cell. */
const SPACE_GAP = 0.15;
/** Digits this close together are one number; anything wider between digits is at least a space. */
const DIGIT_GAP = 0.08;
/** Running headers and footers sit in the top and bottom margins. */
const MARGIN_BAND = 0.12;

export interface VisualLine {
  y: number;
  size: number;
  left: number;
  right: number;
  cells: string[];
  /** Left edge of each cell. */
  starts: number[];
}

/** A line of the page before numbering: free text (maybe wrapped) or a table row. */
interface PageLine {
  y: number;
  cells: string[];
  kind: Line['kind'];
  /** Free text, as opposed to a table row: only free text can be a page number or running header. */
  text: VisualLine | null;
  page?: number;
}

export function pagesToLines(pages: readonly PageText[]): Line[] {
  const perPage = pages.map((p) => ({ height: p.height, lines: pageLines(p) }));
  const repeated = repeatedMarginText(perPage);
  const kept: PageLine[] = [];
  perPage.forEach((page, n) => {
    page.lines.forEach((line, i) => {
      const edge = i === 0 || i === page.lines.length - 1;
      if (edge && line.text && line.cells.length === 1 && inMargin(line.y, page.height)) {
        const text = line.cells[0]!;
        if (isPageNumber(text) || repeated.has(marginKey(text))) return;
      }
      kept.push({ ...line, page: n });
    });
  });
  return joinWrapped(kept).map((line, i) => makeLine(line.cells, i + 1, line.kind));
}

function pageLines(page: PageText): PageLine[] {
  const tables = findTables(page.rules);
  const free: TextRun[] = [];
  const inTable: TextRun[][] = tables.map(() => []);
  for (const run of page.runs) {
    if (run.text.trim() === '' || run.size <= 0) continue;
    const t = tables.findIndex((table) => contains(table, run));
    if (t >= 0) inTable[t]!.push(run);
    else free.push(run);
  }
  const lines: PageLine[] = joinCentredLabels(visualLines(free)).map((v) => ({
    y: v.y,
    cells: v.cells,
    kind: v.cells.length > 1 ? 'tab' : 'text',
    text: v,
  }));
  tables.forEach((table, t) => {
    for (const row of tableRows(table, inTable[t]!, cellText)) lines.push({ y: row.y, cells: row.cells, kind: 'html', text: null });
  });
  return lines.sort((a, b) => a.y - b.y);
}

function inMargin(y: number, height: number): boolean {
  return y < height * MARGIN_BAND || y > height * (1 - MARGIN_BAND);
}

/** "— 4 —", "- 4 -", "4", "第 4 页", "第4页 共12页", "4 / 12", "Page 4 of 12". */
const PAGE_NUMBER = [
  /^[-—–－―~·•\s]*\d{1,4}[-—–－―~·•\s]*$/,
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/,
  /^共\s*\d{1,4}\s*页\s*[,，/／]?\s*第\s*\d{1,4}\s*页$/,
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/,
  /^page\s*\d{1,4}(?:\s*of\s*\d{1,4})?$/i,
];

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((re) => re.test(text.trim()));
}

/** Margin text with its digits masked, so "第3页 某某县人民政府" repeats across pages. */
function marginKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Free text on the first or last line of at least half the pages (and of two or more), inside the margins. */
function repeatedMarginText(pages: readonly { height: number; lines: PageLine[] }[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const seen = new Set<string>();
    for (const line of [page.lines[0], page.lines[page.lines.length - 1]]) {
      if (!line?.text || line.cells.length !== 1 || !inMargin(line.y, page.height)) continue;
      seen.add(marginKey(line.cells[0]!));
    }
    for (const key of seen) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out = new Set<string>();
  if (pages.length < 2) return out;
  for (const [key, n] of counts) if (n >= 2 && n * 2 >= pages.length) out.add(key);
  return out;
}

// ---- Visual lines -------------------------------------------------------------------------------

/** Runs as visual lines, top to bottom, each with its cells left to right. */
export function visualLines(runs: readonly TextRun[]): VisualLine[] {
  const sorted = runs.filter((r) => r.text.trim() !== '' && r.size > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  let current: TextRun[] = [];
  let anchor = 0;
  let anchorSize = 0;
  for (const run of sorted) {
    if (current.length > 0 && Math.abs(run.y - anchor) <= SAME_LINE * Math.min(run.size, anchorSize)) {
      current.push(run);
      continue;
    }
    if (current.length > 0) groups.push(current);
    current = [run];
    anchor = run.y;
    anchorSize = run.size;
  }
  if (current.length > 0) groups.push(current);
  return groups.map((g) => ({
    y: g[0]!.y,
    size: Math.max(...g.map((r) => r.size)),
    left: Math.min(...g.map((r) => r.x)),
    right: Math.max(...g.map((r) => r.x + r.width)),
    ...lineCells(g),
  }));
}

function lineCells(runs: readonly TextRun[]): { cells: string[]; starts: number[] } {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const cells: { text: string; start: number }[] = [];
  let cell = { text: '', start: sorted[0]?.x ?? 0 };
  let prev: TextRun | null = null;
  for (const run of sorted) {
    const text = run.text.replace(/[\s\u00a0\u3000]+/g, ' ');
    if (prev) {
      // Fake bold: the same text printed twice, a hair apart.
      if (run.text === prev.text && Math.abs(run.x - prev.x) < 0.3 * run.size) continue;
      const gap = run.x - (prev.x + prev.width);
      const em = Math.min(run.size, prev.size);
      if (gap > CELL_GAP * em) {
        cells.push(cell);
        cell = { text: '', start: run.x };
      } else if (gap > SPACE_GAP * em || (gap > DIGIT_GAP * em && /\d$/.test(cell.text) && /^\d/.test(text.trimStart()))) {
        cell.text += ' ';
      }
    }
    cell.text += text;
    prev = run;
  }
  cells.push(cell);
  const kept = cells.map((c) => ({ text: c.text.replace(/ {2,}/g, ' ').trim(), start: c.start })).filter((c) => c.text !== '');
  return { cells: kept.map((c) => c.text), starts: kept.map((c) => c.start) };
}

// ---- Labels wrapped around their values (unruled tables) -------------------------------------------

const DASH = /^[-—–－/／无]+$/;
const isValue = (cell: string): boolean => DASH.test(cell) || parsePrinted(cell) !== null;

/**
 * In a table without rules a row's label that wraps sits around the row's values, which are centred
 * on it: label line, values, label line — or, for three label lines, the values beside the middle one.
 * Such a label is put back together in front of its values. Only lines on an even pitch, at one left
 * edge, entirely left of the values and with no numbering of their own below are joined.
 */
function joinCentredLabels(lines: readonly VisualLine[]): VisualLine[] {
  const out: VisualLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const above = out[out.length - 1];
    const below = lines[i + 1];
    const joined = above && below ? centredLabel(above, line, below) : null;
    if (joined) {
      out[out.length - 1] = joined;
      i++; // the line below is part of the label
    } else {
      out.push(line);
    }
  }
  return out;
}

/** The values line with the label split above and below it put back in front, or null. */
function centredLabel(above: VisualLine, line: VisualLine, below: VisualLine): VisualLine | null {
  const labelCount = line.cells.findIndex(isValue);
  if (labelCount < 0 || labelCount > 1 || !line.cells.slice(labelCount).every(isValue)) return null;
  const labels = (l: VisualLine): boolean => l.cells.every((c) => !isValue(c));
  if (!labels(above) || !labels(below) || above.cells.length !== below.cells.length) return null;
  // Three label lines with the values beside the middle one: one label column only.
  if (labelCount === 1 && above.cells.length !== 1) return null;
  const em = line.size;
  const firstValue = line.starts[labelCount]!;
  const centred = Math.abs(line.y - above.y - (below.y - line.y)) < 0.3 * em && below.y - above.y < 3 * em;
  const aligned =
    above.starts.every((x, k) => Math.abs(x - below.starts[k]!) < em) &&
    (labelCount === 0 || Math.abs(line.starts[0]! - above.starts[0]!) < em);
  const beside = above.right < firstValue && below.right < firstValue;
  if (!centred || !aligned || !beside || below.cells.some((c) => STARTS_BLOCK.test(c))) return null;
  const label = above.cells.map((c, k) => joinText([c, ...(labelCount === 1 ? [line.cells[0]!] : []), below.cells[k]!]));
  return {
    ...line,
    left: Math.min(above.left, line.left),
    cells: [...label, ...line.cells.slice(labelCount)],
    starts: [...above.starts, ...line.starts.slice(labelCount)],
  };
}

/** Pieces of one wrapped label: CJK joins directly, Latin words with a space. */
function joinText(parts: readonly string[]): string {
  return parts.reduce((acc, p) => (acc && !WIDE.test(acc.slice(-1)) && !WIDE.test(p.charAt(0)) ? `${acc} ${p}` : acc + p), '');
}

// ---- Text of a table cell -----------------------------------------------------------------------

const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u2027\u201c\u201d]/;

/**
 * A cell's lines joined into one string. A label wrapped inside its cell joins without a space (CJK);
 * digits continue one number only when the line before was wrapped (it reached the cell's right
 * border) — two numbers stacked in a cell stay two numbers.
 */
function cellText(runs: readonly TextRun[], right: number): string {
  const lines = visualLines(runs);
  let text = '';
  lines.forEach((line, k) => {
    const part = line.cells.join(' ');
    if (k > 0) {
      const prev = lines[k - 1]!;
      const a = text.slice(-1);
      const b = part.charAt(0);
      const wrapped = prev.right >= right - 1.5 * prev.size;
      if (/\d/.test(a) && /\d/.test(b)) text += wrapped ? '' : ' ';
      else if (!(WIDE.test(a) || WIDE.test(b))) text += ' ';
    }
    text += part;
  });
  return text.replace(/ {2,}/g, ' ').trim();
}

// ---- Wrapped paragraphs ---------------------------------------------------------------------------

/** Numbering that starts a new paragraph or heading: 一、 （一） 1. 第一 etc. */
const STARTS_BLOCK = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．]\D|第[一二三四五六七八九十]+[部章条节])/;

/**
 * Consecutive free-text lines of one paragraph joined again: the line before runs to the right edge of
 * the text, the next has the same size and follows at a normal line pitch, and starts at the left edge
 * (or is centred, as a title's second line is) without numbering of its own.
 */
function joinWrapped(lines: readonly PageLine[]): PageLine[] {
  // The text area of the document, from every page: headings and short pages must not set it.
  const texts = lines.map((l) => l.text).filter((t): t is VisualLine => t !== null);
  if (texts.length === 0) return [...lines];
  const left = -supportedEdge(texts.map((t) => -t.left), texts[0]!.size / 2);
  const right = supportedEdge(texts.map((t) => t.right), texts[0]!.size);
  const out: PageLine[] = [];
  for (const line of lines) {
    const prev = out[out.length - 1];
    const a = prev?.text;
    const b = line.text;
    const nextPage = prev !== undefined && line.page === (prev.page ?? 0) + 1;
    const samePage = prev !== undefined && line.page === prev.page;
    if (prev && a && b && prev.kind === 'text' && line.kind === 'text' && (samePage || nextPage) && continues(a, b, left, right, nextPage)) {
      const joint = /[A-Za-z0-9]$/.test(prev.cells[0]!) && /^[A-Za-z0-9]/.test(line.cells[0]!) ? ' ' : '';
      prev.cells = [prev.cells[0]! + joint + line.cells[0]!];
      prev.text = { ...b, left: Math.min(a.left, b.left), right: b.right };
      continue;
    }
    out.push({ ...line, cells: [...line.cells] });
  }
  return out;
}

/**
 * The largest value that another one comes within `tolerance` of: the edge several lines share.
 * One line running into the margin must not move the text edge.
 */
function supportedEdge(values: readonly number[], tolerance: number): number {
  const sorted = [...values].sort((a, b) => b - a);
  for (let i = 0; i + 1 < sorted.length; i++) if (sorted[i]! - sorted[i + 1]! <= tolerance) return sorted[i]!;
  return sorted[0] ?? 0;
}

function continues(a: VisualLine, b: VisualLine, left: number, right: number, nextPage: boolean): boolean {
  const em = a.size;
  if (Math.abs(a.size - b.size) > 0.1 * em) return false;
  if (!nextPage && (b.y - a.y > 2.2 * em || b.y <= a.y)) return false;
  if (a.right < right - 1.5 * em) return false; // the line before ended early: a paragraph's end
  if (STARTS_BLOCK.test(b.cells[0] ?? '')) return false;
  const flush = b.left - left < 0.5 * em;
  const centred = Math.abs(b.left - left - (right - b.right)) < 1.5 * em && b.left - left > 2.5 * em;
  return flush || centred;
}
