// An application's deadlines from the deadline engine, recomputed after every event, and the
// queries on them (working days left, due soon, overdue) for a given day: no clock here.
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { deadlineStatus, deadlineSummary, type DeadlineStatus, type SummaryInput } from '../deadlines/index.js';
import type { DeadlineError } from '../deadlines/types.js';
import type { Application, ApplicationDeadlines } from './types.js';

type DatedFacts = Pick<Application, 'receivedOn' | 'correction' | 'consultations' | 'extension' | 'fee'>;

/** The clock is void from the 补正 notice until the corrected application arrives (第三十条). */
function clockVoid(app: DatedFacts): boolean {
  return app.correction !== null && app.correction.receivedOn === undefined;
}

export function computeDeadlines(calendar: WorkingCalendar, app: DatedFacts): { ok: true; deadlines: ApplicationDeadlines } | DeadlineError {
  const approved = app.extension?.approvedOn !== undefined ? app.extension.workingDays : undefined;
  const input: SummaryInput = {
    received: app.receivedOn,
    consultations: app.consultations.map((c) => (c.to === undefined ? { from: c.from } : { from: c.from, to: c.to })),
  };
  if (app.correction) {
    input.correctionNoticeSent = app.correction.noticeSent;
    if (app.correction.receivedOn !== undefined) input.corrected = app.correction.receivedOn;
  }
  if (approved !== undefined) input.extension = approved;
  const s = deadlineSummary(calendar, input);
  if (!s.ok) return s;
  const void_ = clockVoid(app);
  const pendingCorrection = app.correction && void_ && app.correction.lapsedOn === undefined ? app.correction.respondBy : null;
  const pendingFee = app.fee && app.fee.paidOn === undefined && app.fee.lapsedOn === undefined ? app.fee.payBy : null;
  return {
    ok: true,
    deadlines: {
      correctionNoticeDue: s.correctionNoticeDue,
      clockFrom: void_ ? null : s.clockFrom,
      replyDue: void_ ? null : s.replyDue,
      extendedDue: void_ || approved === undefined ? null : s.extendedDue,
      due: void_ ? null : s.due,
      suspendedWorkingDays: void_ ? 0 : s.suspendedWorkingDays,
      correctionRespondBy: pendingCorrection,
      feePayBy: pendingFee,
      warnings: s.warnings,
    },
  };
}

export interface ReplyDeadlineView {
  due: IsoDate;
  workingDaysLeft: number;
  status: DeadlineStatus;
}

const OPEN_STATES = new Set(['registered', 'extended', 'inConsultation', 'feePending']);

/**
 * The reply deadline of an open application on `today`: working days left and ok / dueSoon (≤ 3
 * working days) / overdue. Null when no reply clock runs (awaiting a 补正, or concluded). While a
 * fee is awaited the reply deadline keeps running: no rule retrieved stops it (see fees).
 */
export function replyDeadlineStatus(
  app: Pick<Application, 'state' | 'deadlines'>,
  calendar: WorkingCalendar,
  today: IsoDate,
): { ok: true; view: ReplyDeadlineView | null } | DeadlineError {
  const due = app.deadlines.due;
  if (!OPEN_STATES.has(app.state) || due === null) return { ok: true, view: null };
  const r = deadlineStatus(calendar, due, today);
  if (!r.ok) return r;
  return { ok: true, view: { due, workingDaysLeft: r.workingDaysLeft, status: r.status } };
}

/** Whether a concluded application was answered by the deadline in force; null while open or without a reply clock. */
export function answeredOnTime(app: Pick<Application, 'concludedOn' | 'deadlines' | 'outcome'>): boolean | null {
  if (app.concludedOn === null || app.deadlines.due === null) return null;
  return app.concludedOn <= app.deadlines.due;
}
