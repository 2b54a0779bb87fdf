import { normalizeLabel } from '../core/text.js';
// A document as lines of cells: the common form of every layout the reader knows.
// Plain text lines are split on pipes or tabs; HTML table rows keep their cells.

export interface Line {
  cells: string[];
  /** The cells through normalizeLabel, computed once: every later stage compares labels. */
  norms: string[];
  /** 1-based line in the source text (for HTML: the table row or block order). */
  lineNo: number;
  /**
   * 'text': one cell of plain text; 'tab': cells split on tabs (PDF extraction, where empty cells are
   * mostly the label columns of spanned rows); 'pipe': cells split on pipes (HTML tables flattened row
   * by row) and 'html': a table row — in these two an empty cell is a real, empty cell.
   */
  kind: 'text' | 'tab' | 'pipe' | 'html';
}

const MARKDOWN_RULE = /^:?-{2,}:?$/;

export function textToLines(text: string): Line[] {
  const out: Line[] = [];
  const raw = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (line.trim() === '') continue;
    const kind = line.includes('|') ? 'pipe' : line.includes('\t') ? 'tab' : 'text';
    let cells = kind === 'pipe' ? line.split('|') : kind === 'tab' ? line.split('\t') : [line];
    cells = cells.map((c) => stripMarkdown(c.trim()));
    // Separator and border cells are not content; blank cells at either end are layout.
    if (cells.every((c) => c === '' || MARKDOWN_RULE.test(c))) continue;
    if (kind === 'pipe') {
      // "| a | b |": the outer pipes are borders. Other empty cells are cells; the row reader drops
      // surplus empty ones at the ends.
      if (line.trimStart().startsWith('|')) cells.shift();
      if (line.trimEnd().endsWith('|')) cells.pop();
    } else {
      // Empty cells at the ends of a tab row are borders or the label columns of spanned rows.
      while (cells.length > 0 && cells[0] === '') cells.shift();
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
    }
    out.push(makeLine(cells, i + 1, cells.length > 1 ? kind : 'text'));
  }
  return out;
}

export function makeLine(cells: string[], lineNo: number, kind: Line['kind']): Line {
  return { cells, norms: cells.map(normalizeLabel), lineNo, kind };
}

/** Markdown from converters: "## 一、总体情况", "**第二十条第（一）项**". */
function stripMarkdown(cell: string): string {
  const c = cell.charCodeAt(0);
  if (c !== 0x23 && c !== 0x2a && c !== 0x5f) return cell; // '#', '*', '_'
  return cell.replace(/^#{1,6}\s+/, '').replace(/^\*\*(.*)\*\*$/, '$1').replace(/^__(.*)__$/, '$1');
}

/** Whether the text is an HTML document (or fragment) rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 4096).toLowerCase();
  return /<(!doctype html|html|body|table|div|p|meta|head)[\s>]/.test(head);
}
