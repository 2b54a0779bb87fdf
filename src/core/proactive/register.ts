// The register of 规章 and 行政规范性文件 (条例第二十条第（一）项): each document with the day it was
// issued, published and repealed. Section 二's first table is counted from it.
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';

export type RegisterKind = 'regulation' | 'normativeDocument';

export const REGISTER_KINDS: readonly RegisterKind[] = ['regulation', 'normativeDocument'];

export const REGISTER_KIND_LABELS: Readonly<Record<RegisterKind, string>> = {
  regulation: '规章',
  normativeDocument: '行政规范性文件',
};

/** The section 二 row a kind is counted in (same keys in both formats). */
export const REGISTER_ROWS: Readonly<Record<RegisterKind, 'regulations' | 'normativeDocuments'>> = {
  regulation: 'regulations',
  normativeDocument: 'normativeDocuments',
};

export interface RegisterEntry {
  id: string;
  kind: RegisterKind;
  title: string;
  /** 文号, e.g. 某政规〔2024〕1号. */
  documentNumber?: string;
  /** 制发 (signed and issued). */
  issuedOn: IsoDate;
  /** Made public (条例第二十六条: within 20 working days); unknown when absent. */
  publishedOn?: IsoDate | null;
  /** 废止 (or 失效); null while in force. */
  repealedOn: IsoDate | null;
}

export type RegisterError = { ok: false; code: string; message: string };

const fail = (code: string, message: string): RegisterError => ({ ok: false, code, message });

/** Everything wrong with an entry (empty when it is fine). */
export function registerEntryProblems(entry: RegisterEntry): RegisterError[] {
  const where = `文件“${entry.title || entry.id}”`;
  const out: RegisterError[] = [];
  if (!REGISTER_KINDS.includes(entry.kind)) out.push(fail('REGISTER_KIND_INVALID', `${where}的类别“${String(entry.kind)}”无效，应为规章或行政规范性文件。`));
  if (typeof entry.title !== 'string' || entry.title.trim() === '') out.push(fail('REGISTER_FIELD_MISSING', `文件“${entry.id}”的标题不能为空。`));
  const dates: Array<[IsoDate | null | undefined, string, string]> = [
    [entry.issuedOn, 'issuedOn', '制发日期'],
    [entry.publishedOn, 'publishedOn', '公开日期'],
    [entry.repealedOn, 'repealedOn', '废止日期'],
  ];
  let datesOk = true;
  for (const [value, field, label] of dates) {
    if (value === null || (value === undefined && field !== 'issuedOn')) continue;
    const bad = dateProblem(value, field, `${where}的${label}`);
    if (bad) {
      out.push(bad);
      datesOk = false;
    }
  }
  if (datesOk && entry.repealedOn !== null && entry.repealedOn < entry.issuedOn) {
    out.push(fail('REGISTER_DATE_ORDER', `${where}的废止日期${chineseDate(entry.repealedOn)}早于制发日期${chineseDate(entry.issuedOn)}。`));
  }
  if (datesOk && entry.publishedOn && entry.publishedOn < entry.issuedOn) {
    out.push(fail('REGISTER_DATE_ORDER', `${where}的公开日期${chineseDate(entry.publishedOn)}早于制发日期${chineseDate(entry.issuedOn)}。`));
  }
  return out;
}

/** Marks a document repealed on `on`. */
export function repealEntry(entry: RegisterEntry, on: IsoDate): { ok: true; entry: RegisterEntry } | RegisterError {
  if (entry.repealedOn !== null) return fail('REGISTER_ALREADY_REPEALED', `文件“${entry.title}”已于${chineseDate(entry.repealedOn)}废止。`);
  const bad = dateProblem(on, 'repealedOn', '废止日期');
  if (bad) return bad;
  if (on < entry.issuedOn) return fail('REGISTER_DATE_ORDER', `废止日期${chineseDate(on)}早于制发日期${chineseDate(entry.issuedOn)}。`);
  return { ok: true, entry: { ...entry, repealedOn: on } };
}

export interface RegisterTally {
  /** 本年制发件数 / 本年新制作数量. */
  issued: number;
  /** 本年废止件数. */
  repealed: number;
  /** 现行有效件数: issued by 31 December and not repealed by then. */
  inForce: number;
  /** Published in the year; null when some entry's publication date is unknown. */
  published: number | null;
}

function inYear(date: IsoDate | null | undefined, year: number): boolean {
  return typeof date === 'string' && date.startsWith(`${year}-`);
}

/** The year's figures of one kind of document. */
export function tallyRegister(entries: readonly RegisterEntry[], kind: RegisterKind, year: number): RegisterTally {
  const end = `${year}-12-31`;
  const own = entries.filter((e) => e.kind === kind);
  const knownPublication = own.every((e) => typeof e.publishedOn === 'string');
  return {
    issued: own.filter((e) => inYear(e.issuedOn, year)).length,
    repealed: own.filter((e) => inYear(e.repealedOn, year)).length,
    inForce: own.filter((e) => e.issuedOn <= end && (e.repealedOn === null || e.repealedOn > end)).length,
    published: knownPublication ? own.filter((e) => inYear(e.publishedOn, year)).length : null,
  };
}
