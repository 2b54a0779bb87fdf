// HTML → lines: block elements become text lines, table rows become lines of cells.
// Streamed through htmlparser2's tokenizer (no DOM is built: reports are read by the thousand).
// Cells covered by another row's rowspan are simply absent in HTML; a colspan cell counts once.
import { Parser } from 'htmlparser2';
import { makeLine, type Line } from './lines.js';

const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'object', 'iframe']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'form', 'hr', 'caption',
  'figure', 'figcaption', 'address',
]);

export function htmlToLines(html: string): Line[] {
  const out: Line[] = [];
  /** Per open element: whether it hides its content. */
  const hiding: boolean[] = [];
  let hidden = 0;
  let tableDepth = 0;
  let text = '';
  let row: string[] | null = null;
  let cell: string | null = null;

  const flushText = (): void => {
    const t = collapse(text);
    if (t) out.push(makeLine([t], out.length + 1, 'text'));
    text = '';
  };
  const endCell = (): void => {
    if (row && cell !== null) row.push(collapse(cell));
    cell = null;
  };
  const endRow = (): void => {
    endCell();
    if (row && row.some((c) => c !== '')) out.push(makeLine(row, out.length + 1, 'html'));
    row = null;
  };
  const append = (s: string): void => {
    if (cell !== null) cell += s;
    else if (tableDepth === 0) text += s;
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const hides = SKIP.has(name) || attribs['hidden'] !== undefined || /display\s*:\s*none/i.test(attribs['style'] ?? '');
        hiding.push(hides);
        if (hides) hidden++;
        if (hidden > 0) return;
        if (name === 'table') {
          if (tableDepth === 0) flushText();
          else append(' '); // a table inside a cell reads as text of that cell
          tableDepth++;
        } else if (tableDepth === 1 && name === 'tr') {
          endRow();
          row = [];
        } else if (tableDepth === 1 && (name === 'td' || name === 'th')) {
          endCell();
          if (!row) row = [];
          cell = '';
        } else if (name === 'br' || BLOCK.has(name) || (tableDepth > 1 && (name === 'td' || name === 'th' || name === 'tr'))) {
          if (tableDepth === 0) flushText();
          else append(' ');
        }
      },
      ontext(data) {
        if (hidden === 0) append(data);
      },
      onclosetag(name) {
        const hid = hiding.pop();
        if (hid) {
          hidden--;
          return;
        }
        if (hidden > 0) return;
        if (name === 'table') {
          tableDepth--;
          if (tableDepth === 0) endRow();
          else append(' ');
        } else if (tableDepth === 1 && (name === 'td' || name === 'th')) {
          endCell();
        } else if (tableDepth === 1 && name === 'tr') {
          endRow();
        } else if (BLOCK.has(name) && tableDepth === 0) {
          flushText();
        } else if (BLOCK.has(name)) {
          append(' ');
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  endRow();
  flushText();
  return out;
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
