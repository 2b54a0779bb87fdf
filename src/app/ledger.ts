// Importing a ledger (台账): the Excel or CSV sheet disclosure offices keep today, with Chinese
// headers (申请编号, 收到日期, 申请人类型, 办理结果, 办结日期, optional applicant fields). The file is
// recognised by its content (an XLSX workbook, or CSV text in UTF-8 or GBK, with or without BOM).
// All or nothing: every bad row is reported, and rows are returned only when there are none.
import { decode, MAX_INPUT_BYTES, sniffContainer } from '../reader/decode.js';
import { parseCsv } from './ledger-csv.js';
import { parseLedgerGrid, type LedgerError, type LedgerOptions, type LedgerResult } from './ledger-parse.js';
import { readXlsx } from './ledger-xlsx.js';

export type { LedgerError, LedgerOptions, LedgerResult, LedgerRow } from './ledger-parse.js';
export { LEDGER_COLUMNS } from './ledger-columns.js';

const fileError = (code: string, message: string): LedgerResult => ({ ok: false, errors: [{ row: null, column: null, code, message } satisfies LedgerError] });

export async function parseLedger(bytes: Uint8Array, filename: string, options: LedgerOptions = {}): Promise<LedgerResult> {
  if (options.year !== undefined && (!Number.isInteger(options.year) || options.year < 2000 || options.year > 2199)) {
    return fileError('LEDGER_YEAR_INVALID', `台账年度“${String(options.year)}”无效。`);
  }
  if (bytes.length > MAX_INPUT_BYTES) return fileError('INPUT_TOO_LARGE', `文件“${filename}”过大（上限 ${MAX_INPUT_BYTES / 1048576} MB），请拆分后导入。`);
  const container = sniffContainer(bytes);
  if (container === 'zip') return parseWorkbook(bytes, filename, options);
  if (container === 'ole') return fileError('LEDGER_FORMAT_UNSUPPORTED', `“${filename}”是旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后导入。`);
  if (container === 'pdf') return fileError('LEDGER_FORMAT_UNSUPPORTED', `“${filename}”是 PDF 文件，台账请使用 .xlsx 或 CSV 格式。`);
  if (/\.xlsx$|\.xlsm$/i.test(filename)) return fileError('LEDGER_FORMAT_UNSUPPORTED', `“${filename}”的扩展名是 Excel 工作簿，但内容不是 .xlsx 文件。`);
  const text = decode(bytes);
  if (!text.ok) return fileError(text.code, text.message);
  const records = parseCsv(text.text.replace(/^\uFEFF/, ''));
  return parseLedgerGrid(records.map((cells, i) => ({ row: i + 1, cells })), options);
}

async function parseWorkbook(bytes: Uint8Array, filename: string, options: LedgerOptions): Promise<LedgerResult> {
  const book = await readXlsx(bytes);
  if (!book.ok) return fileError('LEDGER_UNREADABLE', `“${filename}”：${book.message}`);
  // The first sheet with a ledger header; otherwise the first sheet's problems.
  let first: LedgerResult | null = null;
  for (const sheet of book.sheets) {
    const r = parseLedgerGrid(sheet.rows, { ...options, date1904: book.date1904 });
    if (r.ok || !r.errors.some((e) => e.code === 'LEDGER_NO_HEADER')) return withSheet(r, sheet.name, book.sheets.length);
    first ??= r;
  }
  return first ?? fileError('LEDGER_EMPTY', `“${filename}”中没有工作表。`);
}

/** Row messages name the sheet when the workbook has several. */
function withSheet(r: LedgerResult, sheet: string, sheets: number): LedgerResult {
  if (r.ok || sheets < 2) return r;
  return { ok: false, errors: r.errors.map((e) => ({ ...e, message: `工作表“${sheet}”${e.message}` })) };
}
