// A report as a Word document in the look of an official document (GB/T 9704: A4, 37/35/28/26 mm
// margins, title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号, headings in 黑体), with the three sections'
// tables merged exactly as the official layout (layout.ts): rowspan → vertical merge, colspan → grid span.
import {
  AlignmentType,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type IRunOptions,
} from 'docx';
import { sortFindings, type Finding } from '../core/finding.js';
import { SECTIONS, type SectionNo } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { buildLayout, expandGrid, leadingHeaderRows, sectionGrids, type GridCell, type GridTable } from './layout.js';
import { chineseDate, findingPlace, reportTitle, sectionHeading, SEVERITY_NAMES } from './labels.js';
import { narrativeLines } from './text.js';
import { DOCX_FONT_TABLE, FONTS } from './docx-fonts.js';

/** Twentieths of a point per millimetre. */
const TWIP_PER_MM = 1440 / 25.4;
export const mm = (v: number): number => Math.round(v * TWIP_PER_MM);

export const PAGE = { width: mm(210), height: mm(297) };
export const MARGIN = { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) };
/** The page of every Word export: A4, GB/T 9704 margins, header and footer distances. */
export const PAGE_SETUP = { size: PAGE, margin: { ...MARGIN, header: mm(15), footer: mm(20) } };
const TEXT_WIDTH_MM = 210 - 28 - 26;

/** Font sizes in half-points: 二号 22pt, 三号 16pt, 四号 14pt, 五号 10.5pt, 小五 9pt. */
export const SIZE = { title: 44, body: 32, footer: 28, table: 21, wideTable: 18 } as const;
/** Tables with this many columns or more are set in 小五, two characters to a line. */
const WIDE_TABLE = 12;
/** GB/T 9704: 22 lines of 28 characters on the type area, i.e. a fixed line pitch of about 28.9 pt. */
export const BODY_LINE = 578;
/** First-line indent of two characters of 三号. */
export const INDENT = 2 * 16 * 20;

export function run(text: string, font: keyof typeof FONTS, size: number, extra: Partial<IRunOptions> = {}): TextRun {
  return new TextRun({ text, font: FONTS[font], size, ...extra });
}

export function bodyParagraph(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, 'body', SIZE.body)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: INDENT },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
  });
}

function heading(text: string): Paragraph {
  return new Paragraph({
    children: [run(text, 'heading', SIZE.body)],
    indent: { firstLine: INDENT },
    spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT },
    keepNext: true,
  });
}

// ---- Tables -----------------------------------------------------------------------------------

/** Column widths (mm) of each table section: labels get room, value columns share the rest. */
function columnWidths(grid: GridTable): number[] {
  const labels: Readonly<Record<SectionNo, readonly number[]>> = {
    一: [], 二: [48], 三: [10, 17, 52], 四: [], 五: [], 六: [],
  };
  const fixed = labels[grid.section].slice(0, grid.width);
  const rest = grid.width - fixed.length;
  const share = (TEXT_WIDTH_MM - fixed.reduce((s, w) => s + w, 0)) / Math.max(1, rest);
  return [...fixed, ...Array.from({ length: rest }, () => share)].map(mm);
}

function cellParagraph(cell: GridCell, size: number): Paragraph {
  const centred = cell.header || cell.value !== undefined || (cell.rowspan > 1 && !cell.caption);
  return new Paragraph({
    children: cell.text ? [run(cell.text, cell.caption ? 'heading' : 'body', size)] : [],
    alignment: centred ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { line: 280, lineRule: LineRuleType.AT_LEAST },
  });
}

/**
 * Every grid row written out position by position: a cell where it starts (with its column span and,
 * if it spans rows, the start of a vertical merge), and a vertical-merge continuation wherever a cell
 * from a row above covers the position — so Word shows exactly the published merges.
 */
function renderTable(grid: GridTable): Table {
  const widths = columnWidths(grid);
  const size = grid.width >= WIDE_TABLE ? SIZE.wideTable : SIZE.table;
  const matrix = expandGrid(grid.rows);
  const headers = leadingHeaderRows(grid.rows);
  const headersLater = grid.rows.slice(headers).some((row) => row.every((c) => c.header));
  const rows = matrix.map((slots, r) => {
    const cells: TableCell[] = [];
    for (let c = 0; c < slots.length; ) {
      const slot = slots[c];
      if (!slot) {
        cells.push(new TableCell({ children: [new Paragraph({})], width: { size: widths[c] ?? 0, type: WidthType.DXA } }));
        c++;
        continue;
      }
      const { cell } = slot;
      const span = cell.colspan;
      const width = widths.slice(c, c + span).reduce((s, w) => s + w, 0);
      const starts = slot.originRow === r;
      cells.push(
        new TableCell({
          children: [starts ? cellParagraph(cell, size) : new Paragraph({})],
          width: { size: width, type: WidthType.DXA },
          verticalAlign: VerticalAlignTable.CENTER,
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(cell.rowspan > 1 ? { verticalMerge: starts ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
        }),
      );
      c += span;
    }
    // Leading header rows repeat on every page, as the HTML export's <thead> does.
    const repeat = !headersLater && r < headers;
    return new TableRow({ children: cells, cantSplit: true, ...(repeat ? { tableHeader: true } : {}) });
  });
  return new Table({
    rows,
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    // Narrow side padding (1 mm): the value columns of sections 三 and 四 are about 11 mm wide.
    margins: { left: mm(1), right: mm(1), top: 0, bottom: 0 },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}

// ---- Document ---------------------------------------------------------------------------------

function findingParagraphs(report: Report, findings: readonly Finding[]): Paragraph[] {
  const title = findings.length === 0 ? '检查结果' : `检查结果（共${findings.length}条）`;
  const out = [new Paragraph({ children: [run(title, 'heading', SIZE.body)], pageBreakBefore: true, spacing: { line: BODY_LINE, lineRule: LineRuleType.EXACT } })];
  if (findings.length === 0) out.push(bodyParagraph('未发现问题。'));
  sortFindings(findings).forEach((f, i) => {
    const place = findingPlace(report.figures.format, f);
    out.push(bodyParagraph(`${i + 1}. ${SEVERITY_NAMES[f.severity]} ${f.code} ${f.message}${place ? `（${place}）` : ''}`));
  });
  return out;
}

export function footer(): Footer {
  // GB/T 9704 page numbers: "— 1 —" in 4号 at the foot of the page.
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: FONTS.latin, size: SIZE.footer })],
      }),
    ],
  });
}

function documentBody(report: Report, findings?: readonly Finding[]): (Paragraph | Table)[] {
  const grids = new Map<SectionNo, GridTable>(sectionGrids(buildLayout(report.figures)).map((g) => [g.section, g]));
  const body: (Paragraph | Table)[] = [
    new Paragraph({
      children: [run(reportTitle(report), 'title', SIZE.title)],
      alignment: AlignmentType.CENTER,
      spacing: { line: 700, lineRule: LineRuleType.EXACT, after: BODY_LINE },
    }),
  ];
  if (report.publishedAt) {
    body.push(new Paragraph({ children: [run(`发布日期：${report.publishedAt}`, 'body', SIZE.body)], alignment: AlignmentType.CENTER }));
  }
  for (const s of SECTIONS) {
    body.push(heading(sectionHeading(s)));
    for (const line of narrativeLines(report.narratives[s.no])) body.push(bodyParagraph(line));
    const grid = grids.get(s.no);
    if (grid) body.push(renderTable(grid), new Paragraph({}));
  }
  if (report.signedAt) {
    const lines = [report.figures.agency ?? '', chineseDate(report.signedAt)].filter(Boolean);
    body.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        indent: { right: INDENT * 2 },
        spacing: { before: BODY_LINE, line: BODY_LINE, lineRule: LineRuleType.EXACT },
        children: lines.map((text, i) => run(text, 'body', SIZE.body, i > 0 ? { break: 1 } : {})),
      }),
    );
  }
  if (findings) body.push(...findingParagraphs(report, findings));
  return body;
}

export async function renderDocx(report: Report, findings?: readonly Finding[]): Promise<Buffer> {
  const doc = new Document({
    title: reportTitle(report),
    creator: 'gongkai',
    styles: { default: { document: { run: { font: FONTS.body, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: PAGE_SETUP },
        footers: { default: footer() },
        children: documentBody(report, findings),
      },
    ],
  });
  // The font table names substitutes (宋体, 仿宋) for the official fonts most computers lack.
  return Packer.toBuffer(doc, false, [{ path: 'word/fontTable.xml', data: DOCX_FONT_TABLE }]);
}
