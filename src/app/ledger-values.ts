// Cell values of a ledger (台账): text, dates in the ways people and Excel write them, the channel.
import { formatIsoDate, fromDayNumber, dayNumber, parseIsoDate, type IsoDate } from '../core/calendar/iso-date.js';
import { FIRST_DATE, LAST_DATE } from '../core/deadlines/rules.js';
import type { ReceiptChannel } from '../core/deadlines/types.js';
import { toHalfWidth } from '../core/text.js';

/** A cell as read from CSV (always text) or XLSX (text, number, date, boolean). */
export type CellValue = string | number | boolean | Date | null;

/** The cell as text: trimmed; whole numbers without a decimal point; dates as YYYY-MM-DD. */
export function cellText(value: CellValue): string {
  if (value === null) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  // ="0012…": text kept as text by systems that export for Excel.
  const t = value.trim();
  const wrapped = /^="(.*)"$/.exec(t);
  return (wrapped ? wrapped[1]! : t).trim();
}

export type DateValue = { ok: true; date: IsoDate } | { ok: false; why: string };

const SERIAL_1900 = dayNumber('1899-12-30');
const SERIAL_1904 = dayNumber('1904-01-01');

/** Excel's day number (1900 system, or 1904 when the workbook says so) as a date; whole days only. */
export function excelSerialDate(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 61) return null; // before 1 March 1900 (and the 29 February 1900 Excel invents)
  return fromDayNumber((date1904 ? SERIAL_1904 : SERIAL_1900) + Math.floor(serial));
}

function checked(year: number, month: number, day: number): DateValue {
  const date = formatIsoDate({ year, month, day });
  if (parseIsoDate(date) === null) return { ok: false, why: '不是有效日期' };
  if (date < FIRST_DATE || date > LAST_DATE) return { ok: false, why: '超出可计算的范围（2000年至2199年），请检查年份' };
  return { ok: true, date };
}

const PATTERNS: readonly RegExp[] = [
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/, // 2024-09-27, 2024/9/27, 2024.9.27
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/, // 2024年9月27日
  /^(\d{4})(\d{2})(\d{2})$/, // 20240927
];

/**
 * A date cell: a Date (XLSX date cells), an Excel serial number, or text as 2024-09-27, 2024/9/27,
 * 2024.9.27, 2024年9月27日 or 20240927, with or without a time after it. A date without its year is
 * not accepted: a ledger spans years (carried-over applications).
 */
export function ledgerDate(value: CellValue, date1904 = false): DateValue {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { ok: false, why: '不是有效日期' };
    return checked(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  }
  if (typeof value === 'number') {
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) return ledgerDate(String(value));
    const date = excelSerialDate(value, date1904);
    if (date === null) return { ok: false, why: '不是有效日期' };
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return checked(y, m, d);
  }
  const text = toHalfWidth(cellText(value)).replace(/\s+/g, ' ').replace(/[T ]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$/, '').replace(/\s/g, '');
  for (const p of PATTERNS) {
    const m = p.exec(text);
    if (m) return checked(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  // A serial number that reached a CSV as text (a General-formatted date column saved as CSV).
  if (/^\d{5}(\.\d+)?$/.test(text)) return ledgerDate(Number(text), date1904);
  return { ok: false, why: '无法识别为日期（应为 2024-09-27、2024/9/27 或 2024年9月27日 等格式，并写明年份）' };
}

const CHANNEL_WORDS: ReadonlyArray<[RegExp, ReceiptChannel]> = [
  [/传真/, 'fax'],
  [/电子邮件|电子邮箱|邮箱|e-?mail/i, 'email'],
  [/网上|网络|在线|互联网|网站|平台|政务网|小程序|app/i, 'online'],
  [/邮寄|信函|挂号|快递|邮政/, 'post'],
  [/当面|现场|窗口|面交|来访/, 'inPerson'],
];

/** The receipt channel a 申请方式 cell names, or null (the text is kept as given). */
export function ledgerChannel(text: string): ReceiptChannel | null {
  for (const [pattern, channel] of CHANNEL_WORDS) if (pattern.test(text)) return channel;
  return null;
}
