// An Excel workbook (XLSX) → rows of cells, via exceljs. Dates come as Date cells (date-formatted) or
// serial numbers (General-formatted); formulas give their cached result; rich text its plain text.
import ExcelJS from 'exceljs';
import type { GridRow } from './ledger-parse.js';
import type { CellValue } from './ledger-values.js';

export interface Sheet {
  name: string;
  rows: GridRow[];
}

export type XlsxResult = { ok: true; sheets: Sheet[]; date1904: boolean } | { ok: false; message: string };

function plain(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) return typeof value.text === 'string' ? value.text : plain(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  if ('result' in value) return plain((value.result ?? null) as ExcelJS.CellValue);
  if ('formula' in value || 'sharedFormula' in value) return null;
  return null;
}

export async function readXlsx(bytes: Uint8Array): Promise<XlsxResult> {
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs types its Buffer as an ArrayBuffer; at run time it takes a Node Buffer.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  } catch {
    return { ok: false, message: '无法打开 Excel 工作簿（文件已损坏、加密或不是 .xlsx 文件）。' };
  }
  const sheets: Sheet[] = wb.worksheets.map((ws) => {
    const rows: GridRow[] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values = Array.isArray(row.values) ? row.values : [];
      // row.values is 1-based: index 0 is always empty.
      rows.push({ row: rowNumber, cells: values.slice(1).map((v) => plain((v ?? null) as ExcelJS.CellValue)) });
    });
    return { name: ws.name, rows };
  });
  return { ok: true, sheets, date1904: wb.properties?.date1904 === true };
}
