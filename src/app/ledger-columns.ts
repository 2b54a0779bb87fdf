// The columns of a ledger (台账), recognised by their Chinese headers and common synonyms.
import { normalizeLabel } from '../core/text.js';
import type { CellValue } from './ledger-values.js';
import { cellText } from './ledger-values.js';

export type LedgerField =
  | 'reference'
  | 'receivedOn'
  | 'applicantType'
  | 'outcome'
  | 'concludedOn'
  | 'applicantName'
  | 'idNumber'
  | 'phone'
  | 'content'
  | 'channel';

export interface LedgerColumn {
  field: LedgerField;
  /** The header the import documents (used in messages when the column is missing). */
  name: string;
  required: boolean;
  synonyms: readonly string[];
}

export const LEDGER_COLUMNS: readonly LedgerColumn[] = [
  { field: 'reference', name: '申请编号', required: true, synonyms: ['编号', '申请号', '受理编号', '登记编号', '申请单号'] },
  { field: 'receivedOn', name: '收到日期', required: true, synonyms: ['收件日期', '受理日期', '收到申请日期', '收到时间', '收件时间', '受理时间', '登记日期', '收到申请时间'] },
  { field: 'applicantType', name: '申请人类型', required: true, synonyms: ['申请人类别', '申请人性质', '申请主体类型', '申请主体', '申请人身份'] },
  { field: 'outcome', name: '办理结果', required: true, synonyms: ['答复结果', '处理结果', '答复类型', '办理结果类型'] },
  { field: 'concludedOn', name: '办结日期', required: true, synonyms: ['答复日期', '办结时间', '答复时间', '办结日'] },
  { field: 'applicantName', name: '姓名/名称', required: false, synonyms: ['姓名', '名称', '申请人', '申请人姓名', '申请人名称', '申请人姓名或名称', '申请人姓名/名称', '姓名或名称'] },
  { field: 'idNumber', name: '证件号码', required: false, synonyms: ['身份证号', '身份证号码', '证件号', '身份证件号码', '统一社会信用代码', '证件号码/统一社会信用代码'] },
  { field: 'phone', name: '联系电话', required: false, synonyms: ['电话', '手机', '手机号码', '联系方式', '电话号码'] },
  { field: 'content', name: '申请内容', required: false, synonyms: ['申请公开内容', '申请公开的政府信息', '所需信息内容描述', '所需政府信息', '内容描述', '申请公开的内容'] },
  { field: 'channel', name: '申请方式', required: false, synonyms: ['申请渠道', '申请方式/渠道', '提交方式', '申请途径', '收件方式', '渠道'] },
];

/** A header in comparable form: normalised, without a trailing note in brackets or a required-field star. */
export function headerKey(text: string): string {
  return normalizeLabel(text)
    .replace(/[*＊]/g, '')
    .replace(/（[^（）]*）$/, '')
    .replace(/[：:]$/, '');
}

const BY_KEY: ReadonlyMap<string, LedgerColumn> = new Map(
  LEDGER_COLUMNS.flatMap((c) => [c.name, ...c.synonyms].map((s) => [headerKey(s), c] as const)),
);

export function columnOfHeader(text: string): LedgerColumn | null {
  return BY_KEY.get(headerKey(text)) ?? null;
}

export interface HeaderMatch {
  /** Field → index of its cell in a row, and the header as written. */
  fields: Map<LedgerField, { index: number; header: string }>;
  /** Fields named by two or more columns. */
  duplicates: { field: LedgerField; headers: string[] }[];
}

export function matchHeader(cells: readonly CellValue[]): HeaderMatch {
  const fields = new Map<LedgerField, { index: number; header: string }>();
  const seen = new Map<LedgerField, string[]>();
  cells.forEach((cell, index) => {
    const header = cellText(cell);
    const column = header === '' ? null : columnOfHeader(header);
    if (!column) return;
    seen.set(column.field, [...(seen.get(column.field) ?? []), header]);
    if (!fields.has(column.field)) fields.set(column.field, { index, header });
  });
  const duplicates = [...seen].filter(([, headers]) => headers.length > 1).map(([field, headers]) => ({ field, headers }));
  return { fields, duplicates };
}
