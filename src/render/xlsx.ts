// A report as an Excel workbook. Sheet 年度报告 reads like the published report: title, each section's
// heading and text, and the tables of sections 二, 三 and 四 merged exactly as the official layout
// (layout.ts: rowspan/colspan → merged ranges), figures as numeric cells (unknown → empty, never 0).
// Sheet 数据 has one row per cell of the format (section, table, row and column keys and labels, value)
// for filtering and pivoting; sheet 检查结果 lists the findings when they are given.
// Text is written as strings, never formulas, so no injection guard is needed.
import ExcelJS from 'exceljs';
import { allCellRefs, getCell, type TableKey } from '../core/figures.js';
import { sortFindings, type Finding } from '../core/finding.js';
import { SECTIONS, type SectionNo, type ValueKind } from '../core/formats.js';
import { TABLE_SECTION } from '../core/labels.js';
import type { Report } from '../core/report.js';
import { buildLayout, expandGrid, formatValue, sectionGrids, type GridCell, type GridTable } from './layout.js';
import {
  chineseDate,
  columnLabel,
  columnSpec,
  findingPlace,
  reportTitle,
  rowLabel,
  sectionByNo,
  sectionHeading,
  SEVERITY_NAMES,
  TABLE_NAMES,
} from './labels.js';
import { narrativeLines } from './text.js';

export const REPORT_SHEET = '年度报告';
export const DATA_SHEET = '数据';
export const FINDINGS_SHEET = '检查结果';

/** The columns of sheet 数据, one row per cell of the format. */
export const DATA_HEADER = ['章节', '表', '表键', '行键', '行', '列键', '列', '值', '数值类型'] as const;
/** 1-based column of 值 in sheet 数据. */
export const DATA_VALUE_COLUMN = DATA_HEADER.indexOf('值') + 1;

export const VALUE_KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  count: '件数',
  signedCount: '增减数',
  yuan: '金额（元）',
  tenThousandYuan: '金额（万元）',
};

/** Excel number formats: counts as integers, changes with their sign, money with its decimals. */
export const NUMBER_FORMATS: Readonly<Record<ValueKind, string>> = {
  count: '0',
  signedCount: '+0;-0;0',
  yuan: '#,##0.00',
  tenThousandYuan: '#,##0.00####',
};

/** A figure as a number for a cell: null (empty) when unknown; money without float noise. */
export function cellNumber(value: number | null, kind: ValueKind): number | null {
  const text = formatValue(value, kind === 'signedCount' ? 'count' : kind);
  return text === '' ? null : Number(text);
}

// ---- Sizes ------------------------------------------------------------------------------------

/** Points per line of 11 pt text. */
const LINE = 15;
/** Excel's largest row height. */
const MAX_ROW_HEIGHT = 409;

/** Width in Excel's column units (one "0"): CJK and full-width characters take two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  return w;
}

/** Lines that text takes in a cell this wide (wrapping, one unit of padding). */
function linesIn(text: string, width: number): number {
  return Math.max(1, Math.ceil(displayWidth(text) / Math.max(1, width - 1)));
}

/** What one column needs for the cell that starts in it alone; long labels and headers wrap. */
function cellNeed(cell: GridCell): number {
  if (cell.value) return Math.max(8, cell.text.length + 3);
  const w = displayWidth(cell.text) + 2;
  if (cell.header) return Math.min(w, 14);
  // A label down several rows can wrap over them.
  return Math.min(w, cell.rowspan > 1 ? 12 : 36);
}

/** Column widths shared by every table on the sheet (the tables start in column A). */
function columnWidths(grids: readonly GridTable[], columns: number): number[] {
  const widths = Array.from({ length: columns }, () => 6);
  for (const grid of grids) {
    expandGrid(grid.rows).forEach((slots, r) =>
      slots.forEach((slot, c) => {
        if (!slot || slot.originRow !== r || slot.originCol !== c || slot.cell.colspan !== 1) return;
        widths[c] = Math.max(widths[c] ?? 6, cellNeed(slot.cell));
      }),
    );
  }
  return widths;
}

// ---- Styles -----------------------------------------------------------------------------------

const THIN: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };

// ---- Sheet 年度报告 ----------------------------------------------------------------------------

class ReportSheet {
  /** Next row to write (1-based). */
  row = 1;

  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly widths: readonly number[],
  ) {}

  private get columns(): number {
    return this.widths.length;
  }

  private spanWidth(from: number, span: number): number {
    return this.widths.slice(from, from + span).reduce((s, w) => s + w, 0);
  }

  private setHeight(row: number, lines: number): void {
    if (lines > 1) this.ws.getRow(row).height = Math.min(MAX_ROW_HEIGHT, lines * LINE + 3);
  }

  /** A line of text across the whole width (merged, wrapped). */
  text(text: string, style: { font?: Partial<ExcelJS.Font>; align?: 'left' | 'center' | 'right'; indent?: boolean } = {}): void {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    if (style.font) cell.font = style.font;
    cell.alignment = { horizontal: style.align ?? 'left', vertical: 'top', wrapText: true, ...(style.indent ? { indent: 2 } : {}) };
    if (this.columns > 1) this.ws.mergeCells(this.row, 1, this.row, this.columns);
    const scale = (style.font?.size ?? 11) / 11;
    const lines = linesIn(text, this.spanWidth(0, this.columns) / scale - (style.indent ? 4 : 0));
    if (lines > 1 || scale > 1) this.ws.getRow(this.row).height = Math.min(MAX_ROW_HEIGHT, lines * LINE * scale + 3);
    this.row++;
  }

  /** A section heading, bold, not merged (it runs over the empty cells beside it). */
  heading(text: string): void {
    const cell = this.ws.getCell(this.row, 1);
    cell.value = text;
    cell.font = { bold: true, size: 12 };
    this.ws.getRow(this.row).height = 20;
    this.row++;
  }

  blank(): void {
    this.row++;
  }

  /**
   * Every grid position gets a bordered cell; a cell's text or number goes where it starts, and each
   * cell spanning rows or columns becomes one merged range.
   */
  table(grid: GridTable): void {
    const top = this.row;
    const matrix = expandGrid(grid.rows);
    const lines = matrix.map(() => 1);
    matrix.forEach((slots, r) =>
      slots.forEach((slot, c) => {
        const target = this.ws.getCell(top + r, c + 1);
        target.border = BORDER;
        if (!slot) return;
        const { cell } = slot;
        if (cell.header) target.fill = HEADER_FILL;
        if (slot.originRow !== r || slot.originCol !== c) return;
        writeGridCell(target, cell);
        // Rows a cell spans share its lines; a single row takes all of them.
        const needed = linesIn(cell.text, this.spanWidth(c, cell.colspan));
        if (cell.rowspan === 1) lines[r] = Math.max(lines[r] ?? 1, needed);
      }),
    );
    lines.forEach((n, r) => this.setHeight(top + r, n));
    // Merge after styling: exceljs gives every merged position the style of the range's first cell.
    matrix.forEach((slots, r) =>
      slots.forEach((slot, c) => {
        if (!slot || slot.originRow !== r || slot.originCol !== c) return;
        const { rowspan, colspan } = slot.cell;
        if (rowspan > 1 || colspan > 1) this.ws.mergeCells(top + r, c + 1, top + r + rowspan - 1, c + colspan);
      }),
    );
    this.row = top + matrix.length;
  }
}

function writeGridCell(target: ExcelJS.Cell, cell: GridCell): void {
  if (cell.value) {
    const { raw, kind } = cell.value;
    target.value = cellNumber(raw, kind);
    target.numFmt = NUMBER_FORMATS[kind];
    target.alignment = { horizontal: 'center', vertical: 'middle' };
    return;
  }
  if (cell.text !== '') target.value = cell.text;
  if (cell.caption) {
    target.font = { bold: true };
    target.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  } else {
    const centred = cell.header || cell.rowspan > 1;
    target.alignment = { horizontal: centred ? 'center' : 'left', vertical: 'middle', wrapText: true };
  }
}

function writeReportSheet(wb: ExcelJS.Workbook, report: Report): void {
  const grids = sectionGrids(buildLayout(report.figures));
  const bySection = new Map<SectionNo, GridTable>(grids.map((g) => [g.section, g]));
  const columns = Math.max(1, ...grids.map((g) => g.width));
  const widths = columnWidths(grids, columns);
  const ws = wb.addWorksheet(REPORT_SHEET, {
    views: [{ showGridLines: false }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C— &P —' },
  });
  ws.columns = widths.map((width) => ({ width }));
  const sheet = new ReportSheet(ws, widths);

  sheet.text(reportTitle(report), { font: { bold: true, size: 16 }, align: 'center' });
  if (report.publishedAt) sheet.text(`发布日期：${report.publishedAt}`, { align: 'center' });
  sheet.text('注：表中空白单元格表示报告未列出或无法确定的数字（不是 0）；逐项数据另见“数据”工作表。', {
    font: { size: 9, color: { argb: 'FF666666' } },
    align: 'center',
  });
  for (const line of narrativeLines(report.preamble)) sheet.text(line, { indent: true });
  for (const s of SECTIONS) {
    sheet.blank();
    sheet.heading(sectionHeading(s));
    for (const line of narrativeLines(report.narratives[s.no])) sheet.text(line, { indent: true });
    const grid = bySection.get(s.no);
    if (grid) sheet.table(grid);
  }
  if (report.signedAt) {
    sheet.blank();
    for (const line of [report.figures.agency ?? '', chineseDate(report.signedAt)].filter(Boolean)) {
      sheet.text(line, { align: 'right' });
    }
  }
}

// ---- Sheet 数据 -------------------------------------------------------------------------------

function sectionName(table: TableKey): string {
  const section = sectionByNo(TABLE_SECTION[table]);
  return section ? sectionHeading(section) : TABLE_SECTION[table];
}

function writeDataSheet(wb: ExcelJS.Workbook, report: Report): void {
  const { format } = report.figures;
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [34, 10, 18, 26, 44, 24, 24, 12, 12].map((width) => ({ width }));
  const header = ws.addRow([...DATA_HEADER]);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: THIN };
  });
  for (const ref of allCellRefs(format)) {
    const { table, row, column } = ref;
    const kind = columnSpec(format, table, row, column)?.kind ?? 'count';
    const r = ws.addRow([
      sectionName(table),
      TABLE_NAMES[table],
      table,
      row,
      rowLabel(format, table, row) ?? row,
      column,
      columnLabel(format, table, row, column) ?? column,
      cellNumber(getCell(report.figures, ref), kind),
      VALUE_KIND_NAMES[kind],
    ]);
    r.getCell(DATA_VALUE_COLUMN).numFmt = NUMBER_FORMATS[kind];
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DATA_HEADER.length } };
}

// ---- Sheet 检查结果 ----------------------------------------------------------------------------

function writeFindingsSheet(wb: ExcelJS.Workbook, report: Report, findings: readonly Finding[]): void {
  const ws = wb.addWorksheet(FINDINGS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [6, 10, 28, 70, 50].map((width) => ({ width }));
  const header = ws.addRow(['序号', '严重程度', '代码', '说明', '位置']);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = HEADER_FILL;
    c.border = { bottom: THIN };
  });
  if (findings.length === 0) ws.addRow(['', '', '', '未发现问题。', '']);
  sortFindings(findings).forEach((f, i) => {
    const r = ws.addRow([i + 1, SEVERITY_NAMES[f.severity], f.code, f.message, findingPlace(report.figures.format, f)]);
    r.alignment = { vertical: 'top', wrapText: true };
  });
}

// ---- Workbook ---------------------------------------------------------------------------------

/** The workbook as .xlsx bytes; with findings, a third sheet lists them. */
export async function renderXlsx(report: Report, findings?: readonly Finding[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'gongkai';
  wb.title = reportTitle(report);
  writeReportSheet(wb, report);
  writeDataSheet(wb, report);
  if (findings) writeFindingsSheet(wb, report, findings);
  const buffer = await wb.xlsx.writeBuffer();
  return buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer);
}
