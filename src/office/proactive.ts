// Proactive disclosure records (主动公开) for section 二: the register of 规章 and 行政规范性文件, the
// cells staff enter per year, and section 二 as computed from both. The core decides what may be
// entered and counts (core/proactive); this file loads, saves and checks who may act.
import { chineseDate, type IsoDate } from '../core/calendar/iso-date.js';
import type { FigureRow } from '../core/figures.js';
import { FORMATS, formatForYear, type ColumnSpec, type FormatVersion, type ValueKind } from '../core/formats.js';
import { enterableCells, proactiveFigures, type ProactiveCounts } from '../core/proactive/figures.js';
import { REGISTER_KIND_LABELS, registerEntryProblems, repealEntry, type RegisterEntry, type RegisterError, type RegisterKind } from '../core/proactive/register.js';
import type { NormativeDocumentRow, ProactiveCells } from '../db/proactive.repository.js';
import { denied, type Principal } from './access.js';
import type { Office } from './office.js';
import { failure, ok, type Failure, type Result } from './result.js';

export interface DocumentView {
  id: string;
  agencyId: string;
  kind: RegisterKind;
  kindLabel: string;
  title: string;
  docNumber: string | null;
  issuedOn: IsoDate;
  publishedOn: IsoDate | null;
  repealedOn: IsoDate | null;
  /** In force today (issued, not repealed). */
  inForce: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentInput {
  kind: RegisterKind;
  title: string;
  docNumber?: string;
  issuedOn: IsoDate;
  publishedOn?: IsoDate;
}

/** One cell staff may enter for the year, with its labels and the value entered (null: none). */
export interface CountCellView {
  caption: string;
  row: string;
  rowLabel: string;
  column: string;
  columnLabel: string;
  kind: ValueKind;
  value: number | null;
}

export interface CountsView {
  agencyId: string;
  year: number;
  format: FormatVersion;
  cells: CountCellView[];
}

export interface ProactiveFiguresView {
  agencyId: string;
  year: number;
  format: FormatVersion;
  /** Section 二 in the contract's shape: row key → column key → value (null: not entered). */
  proactive: Record<string, FigureRow>;
}

/** Money as printed in the reports: 万元 to 4 decimals (one yuan), 元 to 2 (one fen). */
const DECIMALS: Partial<Record<ValueKind, number>> = { tenThousandYuan: 4, yuan: 2 };

export function registerEntryOf(row: NormativeDocumentRow): RegisterEntry {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    ...(row.docNumber !== null ? { documentNumber: row.docNumber } : {}),
    issuedOn: row.issuedOn,
    publishedOn: row.publishedOn,
    repealedOn: row.repealedOn,
  };
}

function documentView(row: NormativeDocumentRow, today: IsoDate): DocumentView {
  return {
    id: row.id,
    agencyId: row.agencyId,
    kind: row.kind,
    kindLabel: REGISTER_KIND_LABELS[row.kind],
    title: row.title,
    docNumber: row.docNumber,
    issuedOn: row.issuedOn,
    publishedOn: row.publishedOn,
    repealedOn: row.repealedOn,
    inForce: row.issuedOn <= today && (row.repealedOn === null || row.repealedOn > today),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function futureDate(office: Office, dates: [IsoDate | undefined, string][]): Failure | null {
  const today = office.clock.today();
  const late = dates.find(([d]) => d !== undefined && d > today);
  return late ? failure('RECORD_DATE_IN_FUTURE', `${late[1]}${chineseDate(late[0]!)}晚于今天。`) : null;
}

function problemsFailure(errors: readonly RegisterError[]): Failure {
  const first = errors[0]!;
  return errors.length === 1 ? failure(first.code, first.message) : failure(first.code, errors.map((e) => e.message).join(''), errors.map(({ code, message }) => ({ code, message })));
}

export async function listDocuments(
  office: Office,
  by: Principal,
  filter: { kind?: RegisterKind; inForceOn?: IsoDate },
): Promise<Result<{ items: DocumentView[]; total: number }>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const today = office.clock.today();
  const items = (await office.repos.proactive.listDocuments(by.recordScope, filter)).map((r) => documentView(r, today));
  return ok({ items, total: items.length });
}

/** Enters a 规章 or 行政规范性文件 in the caller's agency's register. */
export async function registerDocument(office: Office, by: Principal, input: DocumentInput): Promise<Result<DocumentView>> {
  const no = denied(by, 'records.write');
  if (no) return no;
  const docNumber = input.docNumber?.trim() || undefined;
  const entry: RegisterEntry = {
    id: '',
    kind: input.kind,
    title: input.title.trim(),
    ...(docNumber !== undefined ? { documentNumber: docNumber } : {}),
    issuedOn: input.issuedOn,
    publishedOn: input.publishedOn ?? null,
    repealedOn: null,
  };
  const problems = registerEntryProblems(entry);
  if (problems.length > 0) return problemsFailure(problems);
  const future = futureDate(office, [
    [input.issuedOn, '制发日期'],
    [input.publishedOn, '公开日期'],
  ]);
  if (future) return future;
  const saved = await office.repos.proactive.addDocument({
    agencyId: by.agencyId,
    kind: input.kind,
    title: entry.title,
    docNumber: docNumber ?? null,
    issuedOn: input.issuedOn,
    publishedOn: input.publishedOn ?? null,
  });
  return saved.ok ? ok(documentView(saved.value, office.clock.today())) : saved;
}

/** Records that a document was repealed (废止) or ceased to be in force (失效). */
export async function repealDocument(office: Office, by: Principal, id: string, repealedOn: IsoDate): Promise<Result<DocumentView>> {
  const no = denied(by, 'records.write');
  if (no) return no;
  // The repository reads the register as a whole (an agency has tens to hundreds of documents).
  const row = (await office.repos.proactive.listDocuments(by.recordScope)).find((d) => d.id === id);
  if (!row) return failure('RECORD_NOT_FOUND', '该文件不存在，或不在您可以查看的范围内。');
  const r = repealEntry(registerEntryOf(row), repealedOn);
  if (!r.ok) return failure(r.code, r.message);
  const future = futureDate(office, [[repealedOn, '废止日期']]);
  if (future) return future;
  const saved = await office.repos.proactive.setRepealed(by.recordScope, id, repealedOn);
  return saved.ok ? ok(documentView(saved.value, office.clock.today())) : saved;
}

async function registerOf(office: Office, agencyId: string): Promise<RegisterEntry[]> {
  return (await office.repos.proactive.listDocuments([agencyId])).map(registerEntryOf);
}

/** The cells staff may enter for the year: the format's, less those the register gives now. */
function openCells(year: number, register: readonly RegisterEntry[]): { row: string; column: ColumnSpec; caption: string; rowLabel: string }[] {
  const fromRegister = proactiveFigures(year, register, null);
  const given = fromRegister.ok ? fromRegister.rows : {};
  return enterableCells(formatForYear(year)).filter((c) => (given[c.row]?.[c.column.key] ?? null) === null);
}

export async function proactiveCounts(office: Office, by: Principal, year: number): Promise<Result<CountsView>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const [register, stored] = await Promise.all([registerOf(office, by.agencyId), office.repos.proactive.getCounts(by.agencyId, year)]);
  return ok({
    agencyId: by.agencyId,
    year,
    format: formatForYear(year),
    cells: openCells(year, register).map((c) => ({
      caption: c.caption,
      row: c.row,
      rowLabel: c.rowLabel,
      column: c.column.key,
      columnLabel: c.column.label,
      kind: c.column.kind,
      value: stored?.[c.row]?.[c.column.key] ?? null,
    })),
  });
}

function decimalsProblems(year: number, counts: ProactiveCounts): RegisterError[] {
  const out: RegisterError[] = [];
  for (const table of FORMATS[formatForYear(year)].proactive) {
    for (const row of table.rows) {
      for (const column of table.columns) {
        const value = counts[row.key]?.[column.key];
        const places = DECIMALS[column.kind];
        if (places === undefined || typeof value !== 'number' || Number(value.toFixed(places)) === value) continue;
        out.push({ ok: false, code: 'COUNT_VALUE_INVALID', message: `第二部分“${row.label}”行“${column.label}”列的值“${value}”最多保留${places}位小数。` });
      }
    }
  }
  return out;
}

/**
 * Replaces the cells entered for the year (null or absent: not entered). Checked as a whole by the
 * core against the year's format and the register: unknown or derived cells, negative or fractional
 * counts, money beyond its decimals are refused, every problem listed, nothing stored.
 */
export async function saveProactiveCounts(
  office: Office,
  by: Principal,
  year: number,
  values: Readonly<Record<string, Readonly<Record<string, number | null>>>>,
): Promise<Result<CountsView>> {
  const no = denied(by, 'records.write');
  if (no) return no;
  const cells: ProactiveCells = {};
  for (const [row, columns] of Object.entries(values)) {
    for (const [column, value] of Object.entries(columns)) if (value !== null) (cells[row] ??= {})[column] = value;
  }
  const register = await registerOf(office, by.agencyId);
  const checked = proactiveFigures(year, register, cells);
  const errors = [...(checked.ok ? [] : checked.errors), ...decimalsProblems(year, cells)];
  if (errors.length > 0) {
    return failure('PROACTIVE_COUNTS_INVALID', `第二部分有${errors.length}处填写有误：${errors.map((e) => e.message).join('')}`, errors.map(({ code, message }) => ({ code, message })));
  }
  await office.repos.proactive.saveCounts(by.agencyId, year, cells, by.userId);
  return proactiveCounts(office, by, year);
}

/** Section 二 of `agencyId`'s report for the year (own agency by default; a supervisor's subtree). */
export async function proactiveFiguresFor(office: Office, by: Principal, year: number, agencyId: string = by.agencyId): Promise<Result<ProactiveFiguresView>> {
  const no = denied(by, 'reports.read');
  if (no) return no;
  if (!by.reportScope.includes(agencyId)) return failure('RECORD_NOT_FOUND', '机关不存在，或不在您可以查看的范围内。');
  const [register, counts] = await Promise.all([registerOf(office, agencyId), office.repos.proactive.getCounts(agencyId, year)]);
  const r = proactiveFigures(year, register, counts);
  if (!r.ok) {
    return failure('PROACTIVE_COUNTS_INVALID', `第二部分无法计算：${r.errors.map((e) => e.message).join('')}`, r.errors.map(({ code, message }) => ({ code, message })));
  }
  return ok({ agencyId, year, format: formatForYear(year), proactive: r.rows });
}
