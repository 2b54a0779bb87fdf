// Every deadline of one application at once, as the CLI and the application pages show them.
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { calendarWarnings, dateProblem, extensionInvalid, uniqueWarnings } from './problems.js';
import { dueAfter, prepare, validExtension } from './reply.js';
import { CORRECTION_NOTICE_WORKING_DAYS, EXTENSION_MAX_WORKING_DAYS, REPLY_WORKING_DAYS } from './rules.js';
import { leftOn, statusOf, type DeadlineStatus } from './status.js';
import type { Outcome, ReplyInput } from './types.js';
import { walkWorkingDays } from './walk.js';

export interface SummaryInput extends ReplyInput {
  /** Working days of an approved extension (1–20); absent when none was approved. */
  extension?: number;
  /** Today's date, for working days left and the status. */
  today?: IsoDate;
}

export interface DeadlineSummary {
  receivedOn: IsoDate;
  /** Receipt, or receipt of the corrected application: the clock counts from the day after. */
  clockFrom: IsoDate;
  /** 第三十条: last day for the 补正 notice. */
  correctionNoticeDue: IsoDate;
  /** 第三十三条第一款. */
  replyDue: IsoDate;
  /** 第三十三条第二款: with the approved extension, or with the longest one (20) when none is approved. */
  extendedDue: IsoDate;
  extensionWorkingDays: number;
  extended: boolean;
  /** The deadline in force: `extendedDue` when extended, else `replyDue`. */
  due: IsoDate;
  suspendedWorkingDays: number;
  today?: { date: IsoDate; workingDaysLeft: number; status: DeadlineStatus };
}

export function deadlineSummary(calendar: WorkingCalendar, input: SummaryInput): Outcome<DeadlineSummary> {
  const extended = input.extension !== undefined;
  const extensionWorkingDays = input.extension ?? EXTENSION_MAX_WORKING_DAYS;
  if (!validExtension(extensionWorkingDays)) return extensionInvalid(extensionWorkingDays);
  if (input.today !== undefined) {
    const bad = dateProblem(input.today, 'today', '当前日期');
    if (bad) return bad;
  }
  const r = prepare(calendar, input);
  if (!r.ok) return r;
  const p = r.prepared;
  const reply = dueAfter(calendar, p, REPLY_WORKING_DAYS);
  const longer = dueAfter(calendar, p, REPLY_WORKING_DAYS + extensionWorkingDays);
  const inForce = extended ? longer : reply;
  const correctionNoticeDue = walkWorkingDays(calendar, p.trace, p.receivedOn, CORRECTION_NOTICE_WORKING_DAYS).due;
  const summary: DeadlineSummary = {
    receivedOn: p.receivedOn,
    clockFrom: p.clockFrom,
    correctionNoticeDue,
    replyDue: reply.walk.due,
    extendedDue: longer.walk.due,
    extensionWorkingDays,
    extended,
    due: inForce.walk.due,
    suspendedWorkingDays: inForce.walk.suspendedWorkingDays,
  };
  if (input.today !== undefined) {
    const left = leftOn(calendar, p.trace, summary.due, input.today);
    summary.today = { date: input.today, workingDaysLeft: left, status: statusOf(summary.due, input.today, left) };
  }
  // Consultations after the deadline matter only for the deadline in force.
  const warnings = uniqueWarnings([...p.warnings, ...inForce.warnings, ...calendarWarnings(calendar, p.trace)]);
  return { ok: true, ...summary, warnings };
}
