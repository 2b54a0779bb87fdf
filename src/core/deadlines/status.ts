// Working days left and due-soon/overdue: queries on a due date and today's date, not cron jobs.
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { calendarWarnings, dateProblem } from './problems.js';
import { DUE_SOON_WORKING_DAYS } from './rules.js';
import type { Outcome } from './types.js';
import { countWorkingDays, newTrace, type Trace } from './walk.js';

export type DeadlineStatus = 'ok' | 'dueSoon' | 'overdue';

export function leftOn(calendar: WorkingCalendar, trace: Trace, due: IsoDate, today: IsoDate): number {
  return today <= due ? countWorkingDays(calendar, trace, today, due) : 0 - countWorkingDays(calendar, trace, due, today); // never -0
}

export function statusOf(due: IsoDate, today: IsoDate, left: number): DeadlineStatus {
  if (today > due) return 'overdue';
  return left <= DUE_SOON_WORKING_DAYS ? 'dueSoon' : 'ok';
}

function checkDates(due: IsoDate, today: IsoDate) {
  return dateProblem(due, 'due', '截止日期') ?? dateProblem(today, 'today', '当前日期');
}

/**
 * Working days after today up to and including the due date: 0 on the due date itself. Past the
 * due date, minus the working days since it (so 0 on a weekend just after a Friday due date: the
 * status says overdue).
 */
export function workingDaysLeft(calendar: WorkingCalendar, due: IsoDate, today: IsoDate): Outcome<{ workingDaysLeft: number }> {
  const bad = checkDates(due, today);
  if (bad) return bad;
  const trace = newTrace();
  const left = leftOn(calendar, trace, due, today);
  return { ok: true, workingDaysLeft: left, warnings: calendarWarnings(calendar, trace) };
}

/** 'overdue' after the due date; 'dueSoon' with 3 working days or fewer left (the due date included); else 'ok'. */
export function deadlineStatus(
  calendar: WorkingCalendar,
  due: IsoDate,
  today: IsoDate,
): Outcome<{ status: DeadlineStatus; workingDaysLeft: number }> {
  const bad = checkDates(due, today);
  if (bad) return bad;
  const trace = newTrace();
  const left = leftOn(calendar, trace, due, today);
  return { ok: true, status: statusOf(due, today, left), workingDaysLeft: left, warnings: calendarWarnings(calendar, trace) };
}
