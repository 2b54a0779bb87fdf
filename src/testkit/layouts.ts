// Test-only: a report written out as the plain text that government websites and PDF extraction
// produce (fixtures/seeds), from the same grid model as the renderers. Used by round-trip tests and
// the benchmark.
import iconv from 'iconv-lite';
import { SECTIONS, type SectionNo } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { buildLayout, expandGrid, formatValue, sectionGrids, type GridCell, type GridTable } from '../render/layout.js';
import { chineseDate, reportTitle, sectionHeading } from '../render/labels.js';
import { narrativeLines } from '../render/text.js';

/**
 * flattened: every cell of a row run together with no separator (some sites' text view);
 * pipe: cells of a row joined by " | " (seed 000, an HTML table flattened row by row);
 * tab: every grid position joined by tabs, spanned positions empty (seed 004, PDF extraction);
 * cellPerLine: one cell per line, a blank line after each row (seeds 001–003).
 */
export type TextLayout = 'pipe' | 'tab' | 'cellPerLine' | 'flattened';
export const TEXT_LAYOUTS: readonly TextLayout[] = ['pipe', 'tab', 'cellPerLine'];

export interface LayoutOptions {
  /** Write the digits of values as ０–９. */
  fullWidthDigits?: boolean;
  /** Group the digits of values ≥ 1000 as 1,234. */
  thousands?: boolean;
}

/** Stands for an empty value cell in cellPerLine, where an empty line would end the row (as &nbsp; does on real sites). */
export const EMPTY_CELL_LINE = '\u00a0';

export function valueText(cell: GridCell, options: LayoutOptions): string {
  if (!cell.value) return cell.text;
  let text = formatValue(cell.value.raw, cell.value.kind);
  if (options.thousands) text = text.replace(/\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, ','));
  if (options.fullWidthDigits) text = text.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
  return text;
}

function tableLines(table: GridTable, layout: TextLayout, options: LayoutOptions): string[] {
  if (layout === 'flattened') {
    // Every cell of a row run together, values included: "一、本年新收…数量801000081".
    return table.rows.map((row) => row.map((cell) => valueText(cell, options)).join(''));
  }
  if (layout === 'tab') {
    return expandGrid(table.rows).map((slots, r) =>
      slots.map((s, c) => (s && s.originRow === r && s.originCol === c ? valueText(s.cell, options) : '')).join('\t'),
    );
  }
  if (layout === 'pipe') return table.rows.map((row) => row.map((cell) => valueText(cell, options)).join(' | '));
  return table.rows.flatMap((row) => {
    // Filler cells (padding of narrow sub-tables) leave no trace in cell-per-line text.
    const cells = row.filter((cell) => cell.value || cell.text !== '');
    return [...cells.map((cell) => valueText(cell, options) || EMPTY_CELL_LINE), ''];
  });
}

/** The whole report as plain text in one of the layouts: title, headings, narratives, tables, signature. */
export function renderLayout(report: Report, layout: TextLayout, options: LayoutOptions = {}): string {
  const grids = new Map<SectionNo, GridTable>(sectionGrids(buildLayout(report.figures)).map((g) => [g.section, g]));
  // In cellPerLine every paragraph stands alone (as when each <p> became a line); tables keep their rows.
  const paragraphs = (lines: string[]): string[] => (layout === 'cellPerLine' ? lines.flatMap((l) => [l, '']) : lines);
  const blocks: string[][] = [paragraphs([reportTitle(report)])];
  if (report.publishedAt) blocks.push(paragraphs([`发布日期：${report.publishedAt}`]));
  for (const s of SECTIONS) {
    blocks.push(paragraphs([sectionHeading(s)]));
    const lines = narrativeLines(report.narratives[s.no]);
    if (lines.length > 0) blocks.push(paragraphs(lines));
    const grid = grids.get(s.no);
    if (grid) blocks.push(tableLines(grid, layout, options));
  }
  if (report.signedAt) blocks.push(paragraphs([report.figures.agency ?? '', chineseDate(report.signedAt)].filter(Boolean)));
  const separator = layout === 'tab' ? '\n\n' : '\n';
  return `${blocks.map((b) => b.join('\n')).join(separator).replace(/\n+$/, '')}\n`;
}

/** GB18030 (a superset of GBK), as many older government sites serve. */
export function encodeGbk(text: string): Buffer {
  return iconv.encode(text, 'gb18030');
}

/** UTF-16LE with a byte order mark, as Word's "Unicode text" export writes. */
export function encodeUtf16le(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}
