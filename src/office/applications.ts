// The disclosure office's applications: register (by staff, or online by the public), move through
// the life cycle one event at a time, list, read, follow by tracking code. The domain decides
// (core/applications: apply); this file loads, saves and checks who may act. Each change is one
// transaction in the repository: the row's new state and its history entry.
import { randomUUID } from 'node:crypto';
import { applicantTypeLabel, type ApplicantType } from '../core/applications/applicant.js';
import { replyDeadlineStatus, type ReplyDeadlineView } from '../core/applications/deadlines.js';
import { EVENT_LABELS } from '../core/applications/errors.js';
import { isCreditCode, isResidentIdNumber } from '../core/applications/identifiers.js';
import { apply } from '../core/applications/lifecycle.js';
import { outcomeLabel, type Outcome } from '../core/applications/outcomes.js';
import { trackingCode, parseTrackingCode } from '../core/applications/tracking-code.js';
import { STATE_LABELS, type Application, type ApplicationDeadlines, type ApplicationEvent, type ApplyContext, type Effect, type LetterKind } from '../core/applications/types.js';
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { Receipt } from '../core/deadlines/types.js';
import type { ApplicationEventRow, ApplicationFilter, ApplicationRow } from '../db/applications.repository.js';
import { denied, type Principal } from './access.js';
import { applicationOf, historyPayload, rowChanges } from './application-rows.js';
import type { Office } from './office.js';
import { failure, ok, type Failure, type Result } from './result.js';

export type IdentifierType = 'residentId' | 'creditCode' | 'other';

export interface ApplicantInput {
  name: string;
  idType?: IdentifierType;
  idNumber?: string;
  phone?: string;
  address?: string;
  email?: string;
}

export interface RegisterInput {
  applicantType: ApplicantType;
  applicant: ApplicantInput;
  content: string;
  requestedForm?: string;
  referenceNumber?: string;
}

/** What lists and the workbench show: masked identifiers, labels, the reply deadline today. */
export interface ApplicationView {
  id: string;
  agencyId: string;
  trackingCode: string;
  referenceNumber: string | null;
  source: 'registered' | 'imported';
  channel: string | null;
  receivedOn: IsoDate;
  applicantType: ApplicantType;
  applicantTypeLabel: string;
  applicant: { name: string | null; idNumber: string | null; phone: string | null; address: string | null; email: string | null };
  content: string | null;
  requestedForm: string | null;
  state: Application['state'];
  stateLabel: string;
  outcome: Outcome | null;
  outcomeLabel: string | null;
  concludedOn: IsoDate | null;
  deadlines: ApplicationDeadlines | null;
  /** Working days left and ok / dueSoon / overdue today; null when no reply clock runs. */
  reply: ReplyDeadlineView | null;
  correction: Application['correction'];
  consultations: Application['consultations'];
  extension: Application['extension'];
  fee: Application['fee'];
  version: number;
  updatedAt: string;
}

export interface EventResult {
  application: ApplicationView;
  /** Letters the step calls for and warnings, for the officer. */
  letters: { letter: LetterKind; basis: string }[];
  warnings: { code: string; message: string }[];
}

function identifierProblem(type: ApplicantType, a: ApplicantInput): Failure | null {
  if (!a.idNumber) return null;
  const kind = a.idType ?? (type === 'naturalPerson' ? 'residentId' : 'creditCode');
  if (kind === 'residentId' && !isResidentIdNumber(a.idNumber)) return failure('ID_NUMBER_INVALID', '居民身份证号码无效：应为18位，且校验位正确。');
  if (kind === 'creditCode' && !isCreditCode(a.idNumber)) return failure('CREDIT_CODE_INVALID', '统一社会信用代码无效：应为18位，且校验位正确。');
  return null;
}

async function contextFor(office: Office, actor: { id: string; role: ApplyContext['actor']['role'] }): Promise<ApplyContext> {
  return { calendar: await office.calendar(), actor, now: office.clock.now().toISOString() };
}

/** Reply deadline views by state and due date: a list's rows share few due dates, and counting working days is the costly part of a row. */
type ReplyCache = Map<string, ReplyDeadlineView | null>;

async function view(office: Office, row: ApplicationRow, cache: ReplyCache = new Map()): Promise<ApplicationView> {
  const app = applicationOf(row);
  let reply: ReplyDeadlineView | null = null;
  if (app) {
    const key = `${app.state} ${app.deadlines.due ?? ''}`;
    if (!cache.has(key)) {
      const r = replyDeadlineStatus(app, await office.calendar(), office.clock.today());
      cache.set(key, r.ok ? r.view : null);
    }
    reply = cache.get(key) ?? null;
  }
  return {
    id: row.id,
    agencyId: row.agencyId,
    trackingCode: row.trackingCode,
    referenceNumber: row.referenceNumber,
    source: row.source,
    channel: row.channel,
    receivedOn: row.receivedOn,
    applicantType: row.applicantType,
    applicantTypeLabel: applicantTypeLabel(row.applicantType),
    applicant: {
      name: row.applicantName,
      idNumber: row.applicantIdNumber?.masked ?? null,
      phone: row.applicantPhone?.masked ?? null,
      address: row.contactAddress,
      email: row.contactEmail,
    },
    content: row.requestedContent,
    requestedForm: row.requestedForm,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    outcome: row.outcome,
    outcomeLabel: row.outcome ? outcomeLabel(row.outcome) : null,
    concludedOn: row.concludedOn,
    deadlines: app?.deadlines ?? null,
    reply,
    correction: app?.correction ?? null,
    consultations: app?.consultations ?? [],
    extension: app?.extension ?? null,
    fee: app?.fee ?? null,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/**
 * Registers an application for `agencyId`: by staff (`by`, with the channel and its dates), or
 * online by the public (`by` null: received through the internet, confirmed today).
 */
export async function registerApplication(
  office: Office,
  by: Principal | null,
  agencyId: string,
  input: RegisterInput,
  receipt: Receipt | null,
): Promise<Result<ApplicationView>> {
  if (by) {
    const no = denied(by, 'applications.write');
    if (no) return no;
    if (!by.recordScope.includes(agencyId)) return failure('RECORD_NOT_FOUND', '机关不存在，或不在您可以办理的范围内。');
  } else if (!(await office.repos.agencies.get(agencyId))) {
    return failure('RECORD_NOT_FOUND', '机关不存在。');
  }
  const bad = identifierProblem(input.applicantType, input.applicant);
  if (bad) return bad;
  const today = office.clock.today();
  const received: Receipt = by && receipt ? receipt : { channel: 'online', confirmedOn: today };
  const ctx = await contextFor(office, by ? { id: by.userId, role: by.role } : { id: 'public', role: 'clerk' });
  const { idType: _idType, ...applicant } = input.applicant;
  // A new tracking code on the (astronomically rare) collision.
  for (let attempt = 0; attempt < 3; attempt++) {
    const code = trackingCode(office.random(8));
    if (!code.ok) return code;
    const id = randomUUID();
    const event: ApplicationEvent = {
      type: 'register',
      id,
      trackingCode: code.code,
      applicantType: input.applicantType,
      applicant,
      content: input.content,
      ...(input.requestedForm !== undefined ? { requestedForm: input.requestedForm } : {}),
      receipt: received,
    };
    const r = apply(null, event, ctx);
    if (!r.ok) return r;
    if (r.application.receivedOn > today) return failure('RECEIVED_IN_FUTURE', '收到申请的日期不能晚于今天。');
    const saved = await office.repos.applications.register(
      {
        ...rowChanges(r.application, office.secrets, true),
        id,
        agencyId,
        trackingCode: code.code,
        receivedOn: r.application.receivedOn,
        applicantType: r.application.applicantType,
        state: r.application.state,
        ...(input.referenceNumber?.trim() ? { referenceNumber: input.referenceNumber.trim() } : {}),
        source: 'registered',
        createdBy: by?.userId ?? null,
      },
      { kind: 'register', actorId: by?.userId ?? null, payload: historyPayload(event), at: office.clock.now() },
    );
    if (saved.ok) return ok(await view(office, saved.value));
    if (saved.code !== 'TRACKING_CODE_TAKEN') return saved;
  }
  return failure('TRACKING_CODE_TAKEN', '生成查询码失败，请重试。');
}

/** Applies one event to the application read at `version` (another change in between: VERSION_CONFLICT). */
export async function recordEvent(
  office: Office,
  by: Principal,
  id: string,
  version: number,
  event: Exclude<ApplicationEvent, { type: 'register' }>,
): Promise<Result<EventResult>> {
  const no = denied(by, event.type === 'approveExtension' || event.type === 'rejectExtension' ? 'extensions.approve' : 'applications.write');
  if (no) return no;
  const row = await office.repos.applications.get(by.recordScope, id);
  if (!row) return failure('RECORD_NOT_FOUND', '该申请不存在，或不在您可以查看的范围内。');
  if (row.version !== version) return failure('VERSION_CONFLICT', '该申请已被其他人修改，请刷新后重试。');
  const app = applicationOf(row);
  if (!app) return failure('APPLICATION_IMPORTED', '该申请由台账导入，只有统计信息，不能在系统中继续办理。');
  if (event.on > office.clock.today()) return failure('EVENT_IN_FUTURE', `${EVENT_LABELS[event.type]}的日期不能晚于今天。`);
  const r = apply(app, event, await contextFor(office, { id: by.userId, role: by.role }));
  if (!r.ok) return r;
  const saved = await office.repos.applications.change(by.recordScope, id, version, rowChanges(r.application, office.secrets, false), {
    kind: event.type,
    actorId: by.userId,
    payload: historyPayload(event),
    at: office.clock.now(),
  });
  if (!saved.ok) return saved;
  return ok({
    application: await view(office, saved.value),
    letters: r.effects.flatMap((e: Effect) => (e.kind === 'letter' ? [{ letter: e.letter, basis: e.basis }] : [])),
    warnings: r.effects.flatMap((e: Effect) => (e.kind === 'warning' ? [{ code: e.code, message: e.message }] : [])),
  });
}

export async function getApplication(office: Office, by: Principal, id: string): Promise<Result<ApplicationView>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const row = await office.repos.applications.get(by.recordScope, id);
  return row ? ok(await view(office, row)) : failure('RECORD_NOT_FOUND', '该申请不存在，或不在您可以查看的范围内。');
}

/** The domain application (with decrypted identifiers) for letters; staff of the agency only. */
export async function applicationForLetters(office: Office, by: Principal, id: string): Promise<Result<{ application: Application; agencyId: string }>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const row = await office.repos.applications.get(by.recordScope, id);
  const app = row ? applicationOf(row) : null;
  if (!row) return failure('RECORD_NOT_FOUND', '该申请不存在，或不在您可以查看的范围内。');
  if (!app) return failure('APPLICATION_IMPORTED', '该申请由台账导入，没有可用于生成文书的办理信息。');
  return ok({ application: app, agencyId: row.agencyId });
}

export type ListFilter = Omit<ApplicationFilter, 'dueBy'> & { due?: 'soon' | 'overdue' };

export async function listApplications(office: Office, by: Principal, filter: ListFilter): Promise<Result<{ items: ApplicationView[]; total: number }>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const { due, ...rest } = filter;
  const query: ApplicationFilter = { ...rest };
  if (due) {
    // Due soon = at most 3 working days left; the day that is 3 working days ahead bounds the query.
    const calendar = await office.calendar();
    let day = office.clock.today();
    if (due === 'overdue') {
      query.dueBy = addCalendarDays(day, -1);
    } else {
      for (let left = 0; left < 3; ) {
        day = addCalendarDays(day, 1);
        if (calendar.isWorkingDay(day)) left++;
      }
      query.dueBy = day;
    }
  }
  const [rows, total] = await Promise.all([office.repos.applications.list(by.recordScope, query), office.repos.applications.count(by.recordScope, query)]);
  const items: ApplicationView[] = [];
  const cache: ReplyCache = new Map();
  for (const row of rows) items.push(await view(office, row, cache));
  return ok({ items, total });
}

function addCalendarDays(day: IsoDate, n: number): IsoDate {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** History labels: the life-cycle events, and the entry a ledger import leaves. */
const HISTORY_LABELS: Readonly<Record<string, string>> = { ...EVENT_LABELS, imported: '台账导入' };

export interface HistoryEntry {
  at: string;
  kind: string;
  label: string;
  actorId: string | null;
  actorName: string | null;
  payload: Record<string, unknown>;
}

export async function applicationHistory(office: Office, by: Principal, id: string): Promise<Result<HistoryEntry[]>> {
  const no = denied(by, 'applications.read');
  if (no) return no;
  const events = await office.repos.applications.events(by.recordScope, id);
  if (events.length === 0) return failure('RECORD_NOT_FOUND', '该申请不存在，或不在您可以查看的范围内。');
  const names = new Map<string, string>();
  for (const e of events) {
    if (e.actorId && !names.has(e.actorId)) names.set(e.actorId, (await office.repos.users.get(e.actorId))?.displayName ?? '');
  }
  return ok(
    events.map((e: ApplicationEventRow) => ({
      at: e.at.toISOString(),
      kind: e.kind,
      label: HISTORY_LABELS[e.kind] ?? e.kind,
      actorId: e.actorId,
      actorName: e.actorId ? (names.get(e.actorId) ?? null) : null,
      payload: e.payload,
    })),
  );
}

/** What the public sees by tracking code: the state and dates, no personal data. */
export interface PublicStatus {
  trackingCode: string;
  agencyName: string;
  receivedOn: IsoDate;
  state: Application['state'];
  stateLabel: string;
  due: IsoDate | null;
  outcomeLabel: string | null;
  concludedOn: IsoDate | null;
  steps: { on: string; label: string }[];
}

export async function publicStatus(office: Office, code: string): Promise<Result<PublicStatus>> {
  const parsed = parseTrackingCode(code);
  const notFound = failure('TRACKING_CODE_UNKNOWN', '没有找到该查询码对应的申请，请核对后重新输入。');
  if (!parsed.ok) return notFound;
  const row = await office.repos.applications.findByTrackingCode(parsed.code);
  if (!row) return notFound;
  const agency = await office.repos.agencies.get(row.agencyId);
  const events = await office.repos.applications.events([row.agencyId], row.id);
  const app = applicationOf(row);
  return ok({
    trackingCode: row.trackingCode,
    agencyName: agency?.name ?? '',
    receivedOn: row.receivedOn,
    state: row.state,
    stateLabel: STATE_LABELS[row.state],
    due: app?.deadlines.due ?? row.dueOn,
    outcomeLabel: row.outcome ? outcomeLabel(row.outcome) : null,
    concludedOn: row.concludedOn,
    steps: events.map((e) => ({ on: e.at.toISOString(), label: HISTORY_LABELS[e.kind] ?? e.kind })),
  });
}
