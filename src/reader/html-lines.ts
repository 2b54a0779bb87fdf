// HTML → lines: block elements become text lines, table rows become lines of cells.
// Cells covered by another row's rowspan are left out; a colspan cell counts once.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Line } from './lines.js';

const SKIP = new Set(['script', 'style', 'head', 'title', 'noscript', 'template', 'svg', 'object', 'iframe']);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'main', 'aside', 'nav', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'center', 'form', 'hr', 'caption',
  'figure', 'figcaption', 'address',
]);

export function htmlToLines(html: string): Line[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true });
  const out: Line[] = [];
  let buffer = '';
  const flush = (): void => {
    const text = collapse(buffer);
    if (text) out.push({ cells: [text], lineNo: out.length + 1, kind: 'text' });
    buffer = '';
  };
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (node.type === 'text') buffer += node.data;
      else if (node.type === 'tag' || node.type === 'script' || node.type === 'style') {
        const el = node as Element;
        const name = el.name;
        if (SKIP.has(name) || isHidden(el)) continue;
        if (name === 'br') {
          flush();
        } else if (name === 'table') {
          flush();
          for (const cells of tableRows(el)) out.push({ cells, lineNo: out.length + 1, kind: 'html' });
        } else if (BLOCK.has(name)) {
          flush();
          walk(el.children);
          flush();
        } else {
          walk(el.children);
        }
      }
    }
  };
  walk(doc.children);
  flush();
  return out;
}

function tableRows(table: Element): string[][] {
  const rows: string[][] = [];
  for (const tr of findRows(table)) {
    const cells: string[] = [];
    for (const child of tr.children) {
      if (child.type !== 'tag') continue;
      const el = child as Element;
      if (el.name !== 'td' && el.name !== 'th') continue;
      if (isHidden(el)) continue;
      cells.push(collapse(cellText(el)));
    }
    if (cells.some((c) => c !== '')) rows.push(cells);
  }
  return rows;
}

/** Rows of this table, not of tables nested in its cells. */
function findRows(el: Element): Element[] {
  const rows: Element[] = [];
  for (const child of el.children) {
    if (child.type !== 'tag') continue;
    const c = child as Element;
    if (c.name === 'tr') rows.push(c);
    else if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') rows.push(...findRows(c));
  }
  return rows;
}

/** A cell's text; line breaks inside a label ("商业<br>企业") join without a gap. */
function cellText(el: Element): string {
  let s = '';
  for (const node of el.children) {
    if (node.type === 'text') s += node.data;
    else if (node.type === 'tag') {
      const c = node as Element;
      if (SKIP.has(c.name) || isHidden(c)) continue;
      if (c.name === 'br' || BLOCK.has(c.name)) s += ' ';
      s += cellText(c);
    }
  }
  return s;
}

function isHidden(el: Element): boolean {
  const style = el.attribs['style'];
  return el.attribs['hidden'] !== undefined || (style !== undefined && /display\s*:\s*none/i.test(style));
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
