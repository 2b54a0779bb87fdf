// Rows of a ledger (台账) → application records, all or nothing: every bad row is reported with its
// spreadsheet row number and column, and no row is returned unless all are good.
import { applicantTypeFromLabel, applicantTypeList, type ApplicantType } from '../core/applications/applicant.js';
import { outcomeFromWording } from '../core/applications/outcome-wording.js';
import { outcomeAllowedIn, type Outcome } from '../core/applications/outcomes.js';
import type { ApplicationRecord } from '../core/applications/types.js';
import { chineseDate, type IsoDate } from '../core/calendar/iso-date.js';
import type { ReceiptChannel } from '../core/deadlines/types.js';
import { formatForYear } from '../core/formats.js';
import { LEDGER_COLUMNS, matchHeader, type LedgerField } from './ledger-columns.js';
import { cellText, ledgerChannel, ledgerDate, type CellValue } from './ledger-values.js';

export interface GridRow {
  /** 1-based spreadsheet row number. */
  row: number;
  cells: readonly CellValue[];
}

export interface LedgerError {
  /** 1-based spreadsheet row number; null for the file as a whole. */
  row: number | null;
  /** The column's header as written in the file (or the expected header when it is missing). */
  column: string | null;
  code: string;
  /** Chinese, for people. */
  message: string;
}

export interface LedgerRow extends ApplicationRecord {
  /** 1-based spreadsheet row number. */
  row: number;
  /** 申请编号. */
  id: string;
  applicantType: ApplicantType;
  applicantName: string | null;
  idNumber: string | null;
  phone: string | null;
  content: string | null;
  /** 申请方式 as written, and the channel when it names one. */
  channelText: string | null;
  channel: ReceiptChannel | null;
}

export type LedgerResult = { ok: true; rows: LedgerRow[] } | { ok: false; errors: LedgerError[] };

export interface LedgerOptions {
  /** The report year the ledger is for: an application received after it is an error. */
  year?: number;
}

/** Rows searched for the header (a title or notes may stand above it). */
const HEADER_SEARCH_ROWS = 20;

function blank(cells: readonly CellValue[]): boolean {
  return cells.every((c) => cellText(c) === '');
}

function findHeader(grid: readonly GridRow[]): { at: number; match: ReturnType<typeof matchHeader> } | null {
  let best: { at: number; match: ReturnType<typeof matchHeader> } | null = null;
  let looked = 0;
  for (const [at, r] of grid.entries()) {
    if (blank(r.cells)) continue;
    if (++looked > HEADER_SEARCH_ROWS) break;
    const match = matchHeader(r.cells);
    if (match.fields.size >= 2 && (best === null || match.fields.size > best.match.fields.size)) best = { at, match };
  }
  return best;
}

export function parseLedgerGrid(grid: readonly GridRow[], options: LedgerOptions & { date1904?: boolean } = {}): LedgerResult {
  const header = findHeader(grid);
  if (!header) {
    const names = LEDGER_COLUMNS.filter((c) => c.required).map((c) => c.name).join('、');
    return { ok: false, errors: [{ row: null, column: null, code: 'LEDGER_NO_HEADER', message: `未找到台账表头：前${HEADER_SEARCH_ROWS}行中没有包含“${names}”等列名的行。` }] };
  }
  const headerRow = grid[header.at]!.row;
  const errors: LedgerError[] = [];
  for (const c of LEDGER_COLUMNS) {
    if (c.required && !header.match.fields.has(c.field)) {
      errors.push({ row: headerRow, column: c.name, code: 'LEDGER_COLUMN_MISSING', message: `表头缺少必需的列“${c.name}”（也可写作：${c.synonyms.slice(0, 3).join('、')}）。` });
    }
  }
  for (const d of header.match.duplicates) {
    errors.push({ row: headerRow, column: d.headers[1] ?? null, code: 'LEDGER_COLUMN_DUPLICATE', message: `表头中“${d.headers.join('”“')}”指同一列，请只保留一列。` });
  }
  if (errors.length > 0) return { ok: false, errors };

  const rows: LedgerRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const r of grid.slice(header.at + 1)) {
    if (blank(r.cells)) continue;
    const row = parseRow(r, header.match.fields, options, errors, firstRowOf);
    if (row) rows.push(row);
  }
  if (errors.length === 0 && rows.length === 0) {
    errors.push({ row: null, column: null, code: 'LEDGER_EMPTY', message: '台账在表头之后没有数据行。' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}

type Fields = ReadonlyMap<LedgerField, { index: number; header: string }>;

function parseRow(r: GridRow, fields: Fields, options: LedgerOptions & { date1904?: boolean }, errors: LedgerError[], firstRowOf: Map<string, number>): LedgerRow | null {
  const before = errors.length;
  const at = (field: LedgerField): { value: CellValue; header: string } => {
    const f = fields.get(field);
    return { value: f ? (r.cells[f.index] ?? null) : null, header: f?.header ?? '' };
  };
  const text = (field: LedgerField): string | null => {
    const t = cellText(at(field).value);
    return t === '' ? null : t;
  };
  const problem = (field: LedgerField, code: string, message: string) => {
    const column = at(field).header;
    errors.push({ row: r.row, column, code, message: `第${r.row}行“${column}”：${message}` });
  };
  const date = (field: LedgerField): IsoDate | null => {
    const { value } = at(field);
    if (cellText(value) === '') return null;
    const d = ledgerDate(value, options.date1904);
    if (d.ok) return d.date;
    problem(field, 'LEDGER_DATE_INVALID', `“${cellText(value)}”${d.why}。`);
    return null;
  };

  const id = text('reference');
  if (id === null) problem('reference', 'LEDGER_VALUE_MISSING', '申请编号不能为空。');
  else if (firstRowOf.has(id)) problem('reference', 'LEDGER_ID_DUPLICATE', `申请编号“${id}”与第${firstRowOf.get(id)}行重复。`);
  else firstRowOf.set(id, r.row);

  const receivedText = text('receivedOn');
  const receivedOn = date('receivedOn');
  if (receivedText === null) problem('receivedOn', 'LEDGER_VALUE_MISSING', '收到日期不能为空。');
  if (receivedOn !== null && options.year !== undefined && receivedOn > `${options.year}-12-31`) {
    problem('receivedOn', 'LEDGER_RECEIVED_AFTER_YEAR', `收到日期${chineseDate(receivedOn)}晚于台账年度${options.year}年。`);
  }

  const typeText = text('applicantType');
  const applicantType = typeText === null ? null : applicantTypeFromLabel(typeText);
  if (typeText === null) problem('applicantType', 'LEDGER_VALUE_MISSING', '申请人类型不能为空。');
  else if (applicantType === null) problem('applicantType', 'LEDGER_APPLICANT_TYPE_UNKNOWN', `无法识别申请人类型“${typeText}”，应为${applicantTypeList()}之一。`);

  const outcomeText = text('outcome');
  let outcome: Outcome | null = null;
  if (outcomeText !== null) {
    const o = outcomeFromWording(outcomeText);
    if (o.ok) outcome = o.outcome;
    else problem('outcome', o.code, o.message);
  }
  const concludedText = text('concludedOn');
  const concludedOn = date('concludedOn');

  if (outcomeText !== null && concludedText === null) problem('concludedOn', 'LEDGER_VALUE_MISSING', '已填写办理结果，但办结日期为空。');
  if (concludedText !== null && outcomeText === null) problem('outcome', 'LEDGER_VALUE_MISSING', '已填写办结日期，但办理结果为空。');
  if (receivedOn !== null && concludedOn !== null && concludedOn < receivedOn) {
    problem('concludedOn', 'LEDGER_CONCLUDED_BEFORE_RECEIVED', `办结日期${chineseDate(concludedOn)}早于收到日期${chineseDate(receivedOn)}。`);
  }
  if (outcome !== null && concludedOn !== null) {
    const year = Number(concludedOn.slice(0, 4));
    if (!outcomeAllowedIn(outcome, formatForYear(year))) {
      problem('outcome', 'LEDGER_OUTCOME_NOT_IN_FORMAT', `${year}年办结的申请适用2021年版年度报告格式，“${outcomeText}”须写明具体情形：逾期不补正、逾期未缴费或其他。`);
    }
  }

  const idCell = at('idNumber').value;
  if (typeof idCell === 'number' && Math.abs(idCell) >= 1e15) {
    problem('idNumber', 'LEDGER_VALUE_INVALID', '证件号码以数字格式保存，末几位已经丢失，请将该列设为文本格式后重新录入。');
  }

  if (errors.length > before || id === null || receivedOn === null || applicantType === null) return null;
  const channelText = text('channel');
  return {
    row: r.row,
    id,
    applicantType,
    receivedOn,
    concludedOn,
    outcome,
    applicantName: text('applicantName'),
    idNumber: text('idNumber'),
    phone: text('phone'),
    content: text('content'),
    channelText,
    channel: channelText === null ? null : ledgerChannel(channelText),
  };
}
