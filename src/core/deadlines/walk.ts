// Counting working days on a calendar, remembering what the count relied on: days of years the
// calendar does not know, and administrator overrides of the official arrangement.
import { addDays, chineseDate, dayNumber, fromDayNumber, weekday, yearOf, type IsoDate } from '../calendar/iso-date.js';
import type { CalendarDay, WorkingCalendar } from '../calendar/working-calendar.js';
import { isOfficialYear, officiallyWorking } from '../calendar/official-days.js';

/** Inclusive range of days during which the clock stands still. */
export interface Span {
  from: IsoDate;
  to: IsoDate;
}

/** What a computation looked at, for the calendar warnings. */
export interface Trace {
  unknownYears: Set<number>;
  /** Overrides that change a day of a year the official data covers. */
  changedOfficialDays: Map<IsoDate, CalendarDay>;
}

export function newTrace(): Trace {
  return { unknownYears: new Set(), changedOfficialDays: new Map() };
}

function look(calendar: WorkingCalendar, trace: Trace, date: IsoDate): CalendarDay {
  const day = calendar.day(date);
  const year = yearOf(date);
  if (!calendar.knows(year)) trace.unknownYears.add(year);
  // An override in a year the State Council has published departs from the national calendar:
  // worth telling whoever signs the letter.
  if (day.source === 'override' && isOfficialYear(year) && officiallyWorking(date, weekday(date)) !== day.working) {
    trace.changedOfficialDays.set(date, day);
  }
  return day;
}

function inSpans(spans: readonly Span[], date: IsoDate): boolean {
  return spans.some((s) => s.from <= date && date <= s.to);
}

export interface Walk {
  /** The day on which the `count`-th working day falls. */
  due: IsoDate;
  /** Working days skipped because the clock was suspended. */
  suspendedWorkingDays: number;
}

/**
 * The `count`-th working day after `start` (the start day itself never counts: 期限自次日起算), not
 * counting working days inside `suspended`.
 */
export function walkWorkingDays(
  calendar: WorkingCalendar,
  trace: Trace,
  start: IsoDate,
  count: number,
  suspended: readonly Span[] = [],
): Walk {
  let n = dayNumber(start);
  let counted = 0;
  let suspendedWorkingDays = 0;
  let date = start;
  while (counted < count) {
    date = fromDayNumber(++n);
    if (!look(calendar, trace, date).working) continue;
    if (inSpans(suspended, date)) suspendedWorkingDays++;
    else counted++;
  }
  return { due: date, suspendedWorkingDays };
}

/** Working days d with after < d ≤ through (0 when through ≤ after). */
export function countWorkingDays(calendar: WorkingCalendar, trace: Trace, after: IsoDate, through: IsoDate): number {
  let count = 0;
  for (let date = addDays(after, 1); date <= through; date = addDays(date, 1)) {
    if (look(calendar, trace, date).working) count++;
  }
  return count;
}

/** Whether `date` is a working day, noting what the answer relied on. */
export function isWorkingDay(calendar: WorkingCalendar, trace: Trace, date: IsoDate): boolean {
  return look(calendar, trace, date).working;
}

/** Joins overlapping or touching spans (two parallel consultations suspend the clock once). */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.from <= addDays(last.to, 1)) {
      if (s.to > last.to) last.to = s.to;
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

export function spanText(span: Span): string {
  return span.from === span.to ? chineseDate(span.from) : `${chineseDate(span.from)}至${chineseDate(span.to)}`;
}
