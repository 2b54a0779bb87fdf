// A report as one self-contained, printable HTML page (inline CSS, no external resources).
import { sortFindings, type Finding } from '../core/finding.js';
import { SECTIONS, type SectionNo } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { buildLayout, leadingHeaderRows, sectionGrids, type GridCell, type GridRow, type GridTable } from './layout.js';
import { chineseDate, findingPlace, reportTitle, sectionHeading, SEVERITY_NAMES } from './labels.js';
import { narrativeLines } from './text.js';

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for element content and quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => HTML_ESCAPES[ch] ?? ch);
}

// Official reports are set in 仿宋 with 黑体 headings; fall back to whatever CJK fonts the reader has.
const STYLE = `
@page { size: A4; margin: 25mm 20mm; }
* { box-sizing: border-box; }
body { margin: 0; color: #000; background: #fff;
  font-family: "FangSong", "FangSong_GB2312", "STFangsong", "Songti SC", "SimSun", "Noto Serif CJK SC", serif;
  font-size: 16px; line-height: 1.75; }
main { max-width: 210mm; margin: 0 auto; padding: 24px 20mm; }
h1 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 22px; text-align: center;
  line-height: 1.4; margin: 0 0 8px; }
h2 { font-family: "SimHei", "Heiti SC", "Noto Sans CJK SC", sans-serif; font-size: 17px; margin: 24px 0 8px; }
.meta { text-align: center; text-indent: 0; color: #444; font-size: 14px; margin: 0 0 16px; }
p { margin: 0 0 6px; text-indent: 2em; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; line-height: 1.4; }
th, td { border: 1px solid #000; padding: 4px 5px; vertical-align: middle; }
th { font-weight: normal; text-align: center; background: #f2f2f2; }
td { text-align: left; }
td.num { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
th.caption { text-align: left; font-weight: bold; }
.signature { text-align: right; text-indent: 0; margin-top: 24px; }
.findings { border-top: 2px solid #000; margin-top: 32px; }
.findings ol { padding-left: 1.5em; }
.findings li { margin: 4px 0; }
.findings .sev { display: inline-block; min-width: 3em; font-weight: bold; }
.findings .error .sev { color: #b00020; }
.findings .warning .sev { color: #8a5300; }
.findings .info .sev { color: #245; }
.findings code { font-family: ui-monospace, Consolas, monospace; font-size: 12px; }
.findings .place { color: #444; }
@media print {
  main { max-width: none; padding: 0; }
  th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead { display: table-header-group; }
  tr, h2 { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  .findings { break-before: page; page-break-before: always; }
}
`;

function renderCell(cell: GridCell): string {
  const tag = cell.header ? 'th' : 'td';
  const attrs: string[] = [];
  if (cell.rowspan > 1) attrs.push(`rowspan="${cell.rowspan}"`);
  if (cell.colspan > 1) attrs.push(`colspan="${cell.colspan}"`);
  if (cell.value) {
    const { table, row, column } = cell.value.ref;
    attrs.push('class="num"', `data-cell="${escapeHtml(`${table}.${row}.${column}`)}"`);
  } else if (cell.caption) {
    attrs.push('class="caption"');
  }
  return `<${tag}${attrs.map((a) => ` ${a}`).join('')}>${escapeHtml(cell.text)}</${tag}>`;
}

function renderRows(rows: readonly GridRow[]): string {
  return rows.map((row) => `<tr>${row.map(renderCell).join('')}</tr>`).join('\n');
}

/**
 * Leading header rows go in <thead> (repeated on every printed page), the rest in <tbody>; a table with
 * headers further down (section 二's sub-table captions) keeps everything in <tbody>.
 */
export function renderTableHtml(table: GridTable): string {
  const leading = leadingHeaderRows(table.rows);
  const headersLater = table.rows.slice(leading).some((row) => row.every((c) => c.header));
  const headers = headersLater ? 0 : leading;
  const head = headers > 0 ? `<thead>\n${renderRows(table.rows.slice(0, headers))}\n</thead>\n` : '';
  return `<table class="t-${table.table}">\n${head}<tbody>\n${renderRows(table.rows.slice(headers))}\n</tbody>\n</table>`;
}

function renderParagraphs(text: string | undefined): string {
  return narrativeLines(text)
    .map((line) => `<p>${escapeHtml(line)}</p>`)
    .join('\n');
}

function renderFindings(report: Report, findings: readonly Finding[]): string {
  if (findings.length === 0) return '<section class="findings">\n<h2>检查结果</h2>\n<p>未发现问题。</p>\n</section>';
  const items = sortFindings(findings).map((f) => {
    const place = findingPlace(report.figures.format, f);
    return (
      `<li class="${f.severity}"><span class="sev">${SEVERITY_NAMES[f.severity]}</span> ` +
      `<code>${escapeHtml(f.code)}</code> ${escapeHtml(f.message)}` +
      (place ? ` <span class="place">（${escapeHtml(place)}）</span>` : '') +
      '</li>'
    );
  });
  return `<section class="findings">\n<h2>检查结果（共${findings.length}条）</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}

export function renderHtml(report: Report, findings?: readonly Finding[]): string {
  const title = reportTitle(report);
  const grids = new Map<SectionNo, GridTable>(sectionGrids(buildLayout(report.figures)).map((g) => [g.section, g]));
  const sections = SECTIONS.map((s) => {
    const grid = grids.get(s.no);
    const body = [renderParagraphs(report.narratives[s.no]), grid ? renderTableHtml(grid) : ''].filter(Boolean);
    return `<section id="section-${s.no}">\n<h2>${escapeHtml(sectionHeading(s))}</h2>\n${body.join('\n')}\n</section>`;
  });
  const meta = report.publishedAt ? `<p class="meta">发布日期：${escapeHtml(report.publishedAt)}</p>` : '';
  const signatureLines = [report.figures.agency ?? '', report.signedAt ? chineseDate(report.signedAt) : ''].filter(Boolean);
  const signature = report.signedAt ? `<p class="signature">${signatureLines.map(escapeHtml).join('<br>')}</p>` : '';
  const findingsHtml = findings ? renderFindings(report, findings) : '';
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    meta,
    ...sections,
    signature,
    findingsHtml,
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((part) => part !== '')
    .join('\n')
    .concat('\n');
}
