// A report as GitHub-flavoured Markdown. Pipe tables cannot span, so grids are flattened:
// a row-spanning label is repeated on every row it covers (each data row reads "label cells | values"
// on its own), a column-spanning cell leaves the columns it covers blank, and stacked header rows are
// joined into one header per column ("行政诉讼 / 复议后起诉 / 结果维持").
import { sortFindings, type Finding } from '../core/finding.js';
import { SECTIONS } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { buildLayout, expandGrid, leadingHeaderRows, type GridSlot, type GridTable } from './layout.js';
import { findingPlace, reportTitle, sectionHeading, SEVERITY_NAMES } from './labels.js';
import { narrativeLines } from './text.js';

/** Joins the texts of stacked header cells over one column. */
export const HEADER_JOINER = ' / ';

/** Escapes inline Markdown syntax (emphasis, links, raw HTML, pipes). */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_{}[\]<>|~&]/g, '\\$&');
}

/** Escapes Markdown syntax in a line of running text, so untrusted narratives stay plain text. */
export function escapeMarkdownText(line: string): string {
  return escapeInline(line)
    .replace(/^(\s*)([#+=-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])(\s)/, '$1\\$2$3');
}

/** A table cell: no line breaks, pipes escaped; "-1" stays "-1" (no list can start in a cell). */
export function escapeMarkdownCell(text: string): string {
  return escapeInline(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

function pipeRow(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/** Header text per column: the distinct header cells stacked over it, top to bottom. */
function flatHeader(matrix: (GridSlot | null)[][], headerRows: number): string[] {
  const width = matrix[0]?.length ?? 0;
  const stacks = Array.from({ length: width }, (_, c) => {
    const cells: GridSlot['cell'][] = [];
    for (let r = 0; r < headerRows; r++) {
      const cell = matrix[r]?.[c]?.cell;
      if (cell && !cells.includes(cell)) cells.push(cell);
    }
    return cells;
  });
  return stacks.map((cells, c) => {
    const prev = stacks[c - 1];
    // A cell spanning only columns to its left already named (the 勾稽 note over the label columns).
    if (prev && prev.length === cells.length && cells.every((x, i) => x === prev[i])) return '';
    return cells
      .map((x) => x.text)
      .filter((t) => t !== '')
      .join(HEADER_JOINER);
  });
}

/** Body text per position: a row span repeats its label, a column span leaves the rest blank. */
function flatBodyRow(slots: readonly (GridSlot | null)[]): string[] {
  return slots.map((slot, c) => (slot && slot.originCol === c ? slot.cell.text : ''));
}

export function renderTableMarkdown(table: GridTable): string {
  const matrix = expandGrid(table.rows);
  const headerRows = Math.max(1, leadingHeaderRows(table.rows));
  const header = flatHeader(matrix, headerRows).map(escapeMarkdownCell);
  const lines = [pipeRow(header), pipeRow(header.map(() => '---'))];
  for (const slots of matrix.slice(headerRows)) lines.push(pipeRow(flatBodyRow(slots).map(escapeMarkdownCell)));
  return lines.join('\n');
}

function renderFindings(report: Report, findings: readonly Finding[]): string {
  if (findings.length === 0) return '## 检查结果\n\n未发现问题。';
  const items = sortFindings(findings).map((f) => {
    const place = findingPlace(report.figures.format, f);
    const code = f.code.replace(/`/g, '');
    return `- **${SEVERITY_NAMES[f.severity]}** \`${code}\` ${escapeMarkdownCell(f.message)}${place ? `（${escapeMarkdownCell(place)}）` : ''}`;
  });
  return `## 检查结果（共${findings.length}条）\n\n${items.join('\n')}`;
}

export function renderMarkdown(report: Report, findings?: readonly Finding[]): string {
  const layout = buildLayout(report.figures);
  const tables: Partial<Record<string, GridTable[]>> = {
    二: layout.proactive,
    三: [layout.applications],
    四: [layout.reviewLitigation],
  };
  const blocks: string[] = [`# ${escapeMarkdownCell(reportTitle(report))}`];
  if (report.publishedAt) blocks.push(`发布日期：${escapeMarkdownCell(report.publishedAt)}`);
  for (const s of SECTIONS) {
    blocks.push(`## ${sectionHeading(s)}`);
    blocks.push(...narrativeLines(report.narratives[s.no]).map(escapeMarkdownText));
    for (const t of tables[s.no] ?? []) {
      if (t.caption !== null) blocks.push(`**${escapeMarkdownCell(t.caption)}**`);
      blocks.push(renderTableMarkdown(t));
    }
  }
  if (findings) blocks.push(renderFindings(report, findings));
  return `${blocks.join('\n\n')}\n`;
}
