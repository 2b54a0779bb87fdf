// Importing a ledger (台账) into the office's records: the rows become applications (source
// 'imported': figures only, not handled further in the system), all or nothing. Every problem is
// reported with its row number — bad cells (ledger.ts), dates after today, and 申请编号 the agency
// already has (a re-import of the same file) — and then nothing is written. A dry run answers the
// same preview without writing.
import { parseLedger, type LedgerError, type LedgerRow } from '../app/ledger.js';
import { APPLICANT_TYPES, applicantTypeLabel, type ApplicantType } from '../core/applications/applicant.js';
import { maskIdNumber, maskPhone } from '../core/applications/identifiers.js';
import { OUTCOMES, outcomeLabel, type Outcome } from '../core/applications/outcomes.js';
import { trackingCode } from '../core/applications/tracking-code.js';
import { chineseDate } from '../core/calendar/iso-date.js';
import type { NewApplication, NewEvent } from '../db/applications.repository.js';
import { denied, type Principal } from './access.js';
import type { Office } from './office.js';
import { failure, ok, type Result } from './result.js';

export type { LedgerError } from '../app/ledger.js';

/** Imports of at least this many rows tidy the embedded database afterwards (it has no autovacuum). */
const MAINTAIN_AFTER_ROWS = 1000;

export interface LedgerCounts {
  /** Data rows of the ledger. */
  rows: number;
  open: number;
  concluded: number;
  /** Per calendar year: applications received in it, and concluded in it. */
  byYear: { year: number; received: number; concluded: number }[];
  byApplicantType: { applicantType: ApplicantType; label: string; count: number }[];
  byOutcome: { outcome: Outcome; label: string; count: number }[];
}

export interface LedgerImportSummary extends LedgerCounts {
  /** Null only in the CLI's dry run for an agency it has not made yet. */
  agencyId: string | null;
  agencyName: string;
  filename: string;
  dryRun: boolean;
  /** Applications written (0 in a dry run, or when there are errors). */
  imported: number;
  /** What prevents the import; empty when it can go ahead (a dry run lists them, an import refuses). */
  errors: LedgerError[];
}

export function ledgerCounts(rows: readonly LedgerRow[]): LedgerCounts {
  const years = new Map<number, { year: number; received: number; concluded: number }>();
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    let entry = years.get(y);
    if (!entry) years.set(y, (entry = { year: y, received: 0, concluded: 0 }));
    return entry;
  };
  const types = new Map<ApplicantType, number>();
  const outcomes = new Map<Outcome, number>();
  for (const r of rows) {
    year(r.receivedOn).received++;
    if (r.concludedOn !== null) year(r.concludedOn).concluded++;
    types.set(r.applicantType, (types.get(r.applicantType) ?? 0) + 1);
    if (r.outcome !== null) outcomes.set(r.outcome, (outcomes.get(r.outcome) ?? 0) + 1);
  }
  const concluded = rows.filter((r) => r.outcome !== null).length;
  return {
    rows: rows.length,
    open: rows.length - concluded,
    concluded,
    byYear: [...years.values()].sort((a, b) => a.year - b.year),
    // In the report's order, so the preview reads like the table.
    byApplicantType: APPLICANT_TYPES.filter((t) => types.has(t)).map((t) => ({ applicantType: t, label: applicantTypeLabel(t), count: types.get(t)! })),
    byOutcome: OUTCOMES.filter((o) => outcomes.has(o)).map((o) => ({ outcome: o, label: outcomeLabel(o), count: outcomes.get(o)! })),
  };
}

function rowError(row: number, column: string, code: string, message: string): LedgerError {
  return { row, column, code, message: `第${row}行“${column}”：${message}` };
}

/** Dates after today: a typo (2042 for 2024), never a record of what happened. */
function futureDates(rows: readonly LedgerRow[], today: string): LedgerError[] {
  const out: LedgerError[] = [];
  for (const r of rows) {
    if (r.receivedOn > today) out.push(rowError(r.row, '收到日期', 'LEDGER_DATE_IN_FUTURE', `收到日期${chineseDate(r.receivedOn)}晚于今天。`));
    if (r.concludedOn !== null && r.concludedOn > today) out.push(rowError(r.row, '办结日期', 'LEDGER_DATE_IN_FUTURE', `办结日期${chineseDate(r.concludedOn)}晚于今天。`));
  }
  return out;
}

function referenceTaken(r: LedgerRow): LedgerError {
  return rowError(r.row, '申请编号', 'LEDGER_REFERENCE_TAKEN', `本机关已有申请编号为“${r.id}”的申请（该台账可能已经导入过），本次未导入任何数据。`);
}

/** 申请编号 of the ledger the agency already has (checked in slices to keep parameters small). */
async function clashes(office: Office, agencyId: string, rows: readonly LedgerRow[]): Promise<LedgerError[]> {
  const taken = new Set<string>();
  for (let i = 0; i < rows.length; i += 5000) {
    for (const ref of await office.repos.applications.takenReferenceNumbers(agencyId, rows.slice(i, i + 5000).map((r) => r.id))) taken.add(ref);
  }
  return rows.filter((r) => taken.has(r.id)).map(referenceTaken);
}

function newApplication(office: Office, by: Principal | null, agencyId: string, filename: string, r: LedgerRow, code: string): { application: NewApplication; event: NewEvent } {
  const application: NewApplication = {
    agencyId,
    trackingCode: code,
    referenceNumber: r.id,
    source: 'imported',
    channel: r.channel,
    receivedOn: r.receivedOn,
    applicantType: r.applicantType,
    applicantName: r.applicantName,
    // Identifiers sealed as for registered applications; never in details or the history.
    applicantIdNumber: r.idNumber ? { cipher: office.secrets.seal(r.idNumber), masked: maskIdNumber(r.idNumber) } : null,
    applicantPhone: r.phone ? { cipher: office.secrets.seal(r.phone), masked: maskPhone(r.phone) } : null,
    applicantKey: r.idNumber ? office.secrets.lookupKey(r.idNumber) : null,
    requestedContent: r.content,
    state: r.outcome === null ? 'registered' : 'closed',
    outcome: r.outcome,
    concludedOn: r.concludedOn,
    details: { ledger: { file: filename, row: r.row, ...(r.channelText !== null && r.channel === null ? { channel: r.channelText } : {}) } },
    createdBy: by?.userId ?? null,
  };
  return { application, event: { kind: 'imported', actorId: by?.userId ?? null, payload: { file: filename, row: r.row } } };
}

/** The ledger's rows and every problem that prevents importing them (agencyId null: a new agency). */
async function examine(office: Office, agencyId: string | null, bytes: Uint8Array, filename: string): Promise<{ rows: LedgerRow[]; errors: LedgerError[] }> {
  const parsed = await parseLedger(bytes, filename);
  if (!parsed.ok) return { rows: [], errors: parsed.errors };
  const errors = [...futureDates(parsed.rows, office.clock.today()), ...(agencyId === null ? [] : await clashes(office, agencyId, parsed.rows))];
  errors.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows: parsed.rows, errors };
}

function summaryOf(agency: { id: string | null; name: string }, filename: string, dryRun: boolean, rows: readonly LedgerRow[], imported: number, errors: LedgerError[]): LedgerImportSummary {
  return { agencyId: agency.id, agencyName: agency.name, filename, dryRun, imported, errors, ...ledgerCounts(rows) };
}

/** A dry run for an agency that does not exist yet (the CLI makes it only when importing). */
export async function previewLedgerForNewAgency(office: Office, agencyName: string, bytes: Uint8Array, filename: string): Promise<LedgerImportSummary> {
  const { rows, errors } = await examine(office, null, bytes, filename);
  return summaryOf({ id: null, name: agencyName }, filename, true, rows, 0, errors);
}

/**
 * Reads the ledger in `bytes` and imports its rows as `agencyId`'s applications, all or nothing.
 * `by` is the staff member (API) or null (the CLI, run by whoever holds the data folder). A dry run
 * answers the summary with its errors, writing nothing; an import with errors fails with
 * LEDGER_INVALID and the errors as details.
 */
export async function importLedger(
  office: Office,
  by: Principal | null,
  agencyId: string,
  bytes: Uint8Array,
  filename: string,
  options: { dryRun?: boolean } = {},
): Promise<Result<LedgerImportSummary>> {
  if (by) {
    const no = denied(by, 'applications.write');
    if (no) return no;
    if (!by.recordScope.includes(agencyId)) return failure('RECORD_NOT_FOUND', '机关不存在，或不在您可以办理的范围内。');
  }
  const agency = await office.repos.agencies.get(agencyId);
  if (!agency) return failure('RECORD_NOT_FOUND', '机关不存在。');
  const dryRun = options.dryRun ?? false;
  const { rows, errors } = await examine(office, agencyId, bytes, filename);
  if (dryRun) return ok(summaryOf(agency, filename, true, rows, 0, errors));
  if (errors.length > 0) return refused(errors);

  // A new set of tracking codes on the (astronomically rare) collision.
  for (let attempt = 0; attempt < 3; attempt++) {
    const items: { application: NewApplication; event: NewEvent }[] = [];
    for (const r of rows) {
      const code = trackingCode(office.random(8));
      if (!code.ok) return code;
      items.push(newApplication(office, by, agencyId, filename, r, code.code));
    }
    const saved = await office.repos.applications.registerAll(items);
    if (saved.ok) {
      if (rows.length >= MAINTAIN_AFTER_ROWS && office.db.kind === 'embedded') await office.db.maintain();
      return ok(summaryOf(agency, filename, false, rows, saved.value.length, []));
    }
    const row = saved.index === undefined ? undefined : rows[saved.index];
    // Another import of the same rows got in between the check and the write.
    if (saved.code === 'REFERENCE_NUMBER_TAKEN' && row) return refused([referenceTaken(row)]);
    if (saved.code !== 'TRACKING_CODE_TAKEN') return failure(saved.code, saved.message);
  }
  return failure('TRACKING_CODE_TAKEN', '生成查询码失败，请重试。');
}

function refused(errors: LedgerError[]): Result<never> {
  const rows = new Set(errors.flatMap((e) => (e.row === null ? [] : [e.row])));
  const where = rows.size > 0 ? `${rows.size} 行有问题` : '文件无法导入';
  return failure('LEDGER_INVALID', `台账${where}（共 ${errors.length} 处），未导入任何数据：${errors[0]!.message}${errors.length > 1 ? '……' : ''}`, errors);
}
