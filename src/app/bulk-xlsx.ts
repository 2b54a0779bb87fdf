// The bulk dataset as an Excel workbook, streamed (exceljs WorkbookWriter: each row is written and
// forgotten, so memory stays flat). Sheet 年度报告: one header row (frozen, with filters) and one row
// per report; sheet 列说明: every column's header, contract key path, formats and kind of value.
// Text cells are written as strings, never formulas, so no injection guard is needed here.
import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import type { ValueKind } from '../core/formats.js';
import { DATASET_COLUMNS, headerOf, type DatasetColumn, type HeaderStyle } from './bulk-columns.js';
import { finishTarget, type Sink, type Target } from './bulk-sink.js';

export const DATA_SHEET = '年度报告';
export const COLUMNS_SHEET = '列说明';

const INFO_WIDTHS: Readonly<Record<string, number>> = { source: 40, errorCode: 18, errorMessage: 36, agency: 28, publishedAt: 12 };

const VALUE_KIND_NAMES: Readonly<Record<ValueKind, string>> = {
  count: '件数（非负整数）',
  signedCount: '增减数（可为负）',
  yuan: '金额（元）',
  tenThousandYuan: '金额（万元）',
};

/** "A", …, "Z", "AA", … */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

function describe(c: DatasetColumn): [string, string] {
  if (c.kind === 'figure') return [c.formats.map((f) => `${f} 版`).join('、'), VALUE_KIND_NAMES[c.valueKind]];
  return ['', c.type === 'integer' ? '整数' : '文本'];
}

function writeColumnsSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter): void {
  const ws = wb.addWorksheet(COLUMNS_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = [{ width: 6 }, { width: 48 }, { width: 48 }, { width: 16 }, { width: 18 }];
  const header = ws.addRow(['列', '表头（中文标签）', '键路径（共享契约）', '适用格式', '数值']);
  header.font = { bold: true };
  header.commit();
  DATASET_COLUMNS.forEach((c, i) => ws.addRow([columnLetter(i), c.label, c.key, ...describe(c)]).commit());
  ws.commit();
}

export function xlsxSink(target: Target, style: HeaderStyle = 'label'): Sink<'row'> {
  // The workbook ends the stream it writes to; a pass-through keeps it from closing stdout.
  const through = new PassThrough();
  through.pipe(target.stream, { end: false });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: through, useStyles: true, useSharedStrings: false });
  const ws = wb.addWorksheet(DATA_SHEET, { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  ws.columns = DATASET_COLUMNS.map((c) => ({ width: c.kind === 'figure' ? 14 : (INFO_WIDTHS[c.key] ?? 10) }));
  const header = ws.addRow(DATASET_COLUMNS.map((c) => headerOf(c, style)));
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'top' };
  header.height = 80;
  header.commit();
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: DATASET_COLUMNS.length } };
  return {
    shape: 'row',
    write: async (o) => {
      ws.addRow(o.payload).commit();
      // Let the zip stream take what was written before the next row comes.
      if (through.writableNeedDrain) await new Promise<void>((resolve) => through.once('drain', resolve));
    },
    end: async () => {
      ws.commit();
      writeColumnsSheet(wb);
      const drained = new Promise<void>((resolve) => through.once('end', resolve));
      await wb.commit();
      await drained;
      await finishTarget(target);
    },
  };
}
