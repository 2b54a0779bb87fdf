// 行政复议 and 行政诉讼 brought against the agency's handling of disclosure: register, list, read,
// conclude. The domain checks each step (core/appeals); this file loads, saves and checks who may act.
// An appeal is always the caller's agency's; the application and the review it names must be too.
import { appealKindLabel, appealStatusLabel, concludeAppeal, fileAppeal, type Appeal, type AppealKind, type AppealOutcome, type AppealStatus } from '../core/appeals/appeals.js';
import { chineseDate, type IsoDate } from '../core/calendar/iso-date.js';
import type { AppealRow } from '../db/appeals.repository.js';
import { denied, type Principal } from './access.js';
import type { Office } from './office.js';
import { failure, ok, type Failure, type Result } from './result.js';

export interface AppealView {
  id: string;
  agencyId: string;
  applicationId: string | null;
  kind: AppealKind;
  kindLabel: string;
  caseNumber: string;
  body: string | null;
  reviewId: string | null;
  filedOn: IsoDate;
  concludedOn: IsoDate | null;
  outcome: AppealOutcome | null;
  /** The outcome, or pending (尚未审结) while not concluded. */
  status: AppealStatus;
  statusLabel: string;
  note: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface AppealInput {
  kind: AppealKind;
  caseNumber: string;
  body: string;
  filedOn: IsoDate;
  applicationId?: string;
  reviewId?: string;
  note?: string;
}

export interface AppealFilter {
  /** Appeals section 四 of the year counts: filed by 31 December and not concluded before 1 January. */
  year?: number;
  kind?: AppealKind;
  /** Not concluded: at the end of `year` when given, else today. */
  pending?: boolean;
  applicationId?: string;
}

const NOT_FOUND = '该复议或诉讼不存在，或不在您可以查看的范围内。';

export function appealOf(row: AppealRow): Appeal {
  return {
    id: row.id,
    kind: row.kind,
    ...(row.applicationId !== null ? { applicationId: row.applicationId } : {}),
    ...(row.reviewId !== null ? { reviewId: row.reviewId } : {}),
    ...(row.body !== null ? { body: row.body } : {}),
    filedOn: row.filedOn,
    concludedOn: row.concludedOn,
    outcome: row.outcome,
  };
}

function view(row: AppealRow): AppealView {
  const status: AppealStatus = row.outcome ?? 'pending';
  return {
    id: row.id,
    agencyId: row.agencyId,
    applicationId: row.applicationId,
    kind: row.kind,
    kindLabel: appealKindLabel(row.kind),
    caseNumber: row.caseNumber,
    body: row.body,
    reviewId: row.reviewId,
    filedOn: row.filedOn,
    concludedOn: row.concludedOn,
    outcome: row.outcome,
    status,
    statusLabel: appealStatusLabel(status),
    note: row.note,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function inFuture(office: Office, date: IsoDate, what: string): Failure | null {
  return date > office.clock.today() ? failure('RECORD_DATE_IN_FUTURE', `${what}${chineseDate(date)}晚于今天。`) : null;
}

/** Registers an appeal for the caller's agency. */
export async function registerAppeal(office: Office, by: Principal, input: AppealInput): Promise<Result<AppealView>> {
  const no = denied(by, 'records.write');
  if (no) return no;
  const scope = [by.agencyId];
  return office.db.transaction(async (): Promise<Result<AppealView>> => {
    let applicationId = input.applicationId;
    let review: Appeal | undefined;
    if (input.reviewId !== undefined) {
      const row = await office.repos.appeals.get(scope, input.reviewId);
      if (!row) return failure('RECORD_NOT_FOUND', '所关联的行政复议不存在，或不在您可以查看的范围内。');
      review = appealOf(row);
      // The suit is about what the review was about.
      if (row.applicationId !== null) {
        if (applicationId !== undefined && applicationId !== row.applicationId) {
          return failure('APPEAL_REVIEW_LINK_INVALID', '复议后起诉所涉的申请应与所关联的行政复议一致。');
        }
        applicationId = row.applicationId;
      }
    }
    if (applicationId !== undefined) {
      // Only an application of the caller's own agency: the appeal is filed against that agency.
      const application = await office.repos.applications.get(scope, applicationId);
      if (!application) return failure('RECORD_NOT_FOUND', '所涉申请不存在，或不在您可以办理的范围内。');
      if (input.filedOn < application.receivedOn) {
        return failure('APPEAL_DATE_ORDER', `申请复议或起诉日期${chineseDate(input.filedOn)}早于收到该申请的日期${chineseDate(application.receivedOn)}。`);
      }
    }
    const filed = fileAppeal(
      {
        id: input.caseNumber,
        kind: input.kind,
        filedOn: input.filedOn,
        body: input.body,
        ...(applicationId !== undefined ? { applicationId } : {}),
      },
      review,
    );
    if (!filed.ok) return failure(filed.code, filed.message);
    const future = inFuture(office, input.filedOn, '申请复议或起诉日期');
    if (future) return future;
    const row = await office.repos.appeals.create({
      agencyId: by.agencyId,
      applicationId: applicationId ?? null,
      kind: input.kind,
      caseNumber: filed.appeal.id,
      body: input.body.trim(),
      reviewId: input.reviewId ?? null,
      filedOn: input.filedOn,
      note: input.note?.trim() || null,
      createdBy: by.userId,
    });
    return ok(view(row));
  });
}

/** Records the decision or judgment: 维持, 纠正 or 其他. `version` (when given) guards against a change in between. */
export async function concludeAppealRecord(
  office: Office,
  by: Principal,
  id: string,
  input: { concludedOn: IsoDate; outcome: AppealOutcome; version?: number },
): Promise<Result<AppealView>> {
  const no = denied(by, 'records.write');
  if (no) return no;
  const row = await office.repos.appeals.get(by.recordScope, id);
  if (!row) return failure('RECORD_NOT_FOUND', NOT_FOUND);
  if (input.version !== undefined && input.version !== row.version) return failure('VERSION_CONFLICT', '该复议或诉讼已被其他人修改，请刷新后重试。');
  const done = concludeAppeal(appealOf(row), input.concludedOn, input.outcome);
  if (!done.ok) return failure(done.code, done.message);
  const future = inFuture(office, input.concludedOn, '审结日期');
  if (future) return future;
  const saved = await office.repos.appeals.change(by.recordScope, id, row.version, { concludedOn: input.concludedOn, outcome: input.outcome });
  return saved.ok ? ok(view(saved.value)) : saved;
}

export async function getAppeal(office: Office, by: Principal, id: string): Promise<Result<AppealView>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const row = await office.repos.appeals.get(by.recordScope, id);
  return row ? ok(view(row)) : failure('RECORD_NOT_FOUND', NOT_FOUND);
}

function matches(row: AppealRow, filter: AppealFilter, today: IsoDate): boolean {
  if (filter.kind !== undefined && row.kind !== filter.kind) return false;
  const end = filter.year !== undefined ? `${filter.year}-12-31` : today;
  if (filter.year !== undefined && (row.filedOn > end || (row.concludedOn !== null && row.concludedOn < `${filter.year}-01-01`))) return false;
  if (filter.pending !== undefined) {
    const pending = row.concludedOn === null || row.concludedOn > end;
    if (pending !== filter.pending) return false;
  }
  return true;
}

/** The agency's appeals, newest filing first. */
export async function listAppeals(office: Office, by: Principal, filter: AppealFilter): Promise<Result<{ items: AppealView[]; total: number }>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  // Tens to hundreds of cases per agency: filtered here, with the same rule as section 四.
  const rows = await office.repos.appeals.list(by.recordScope, filter.applicationId !== undefined ? { applicationId: filter.applicationId } : {});
  const today = office.clock.today();
  const items = rows.filter((r) => matches(r, filter, today)).map(view);
  return ok({ items, total: items.length });
}
