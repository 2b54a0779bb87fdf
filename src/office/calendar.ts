// The working calendar deadlines are counted on: the official arrangements plus the
// administrator's overrides stored in the database.
import { workingCalendar, type DayOverride, type WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { Repositories } from '../db/repositories.js';
import type { Principal } from './access.js';
import { denied } from './access.js';
import type { Office } from './office.js';
import { failure, ok, type Result } from './result.js';

export async function loadCalendar(repos: Repositories): Promise<WorkingCalendar> {
  const settings = await repos.calendar.settings();
  const r = workingCalendar(settings);
  // Stored overrides were validated on the way in; a failure here means the table was edited by hand.
  if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
  return r.calendar;
}

export async function calendarSettings(office: Office): Promise<Result<{ overrides: DayOverride[]; completeYears: number[] }>> {
  return ok(await office.repos.calendar.settings());
}

/** Replaces one year's overrides; the calendar is checked as a whole before anything is stored. */
export async function replaceCalendarYear(
  office: Office,
  principal: Principal,
  input: { year: number; overrides: DayOverride[]; complete: boolean },
): Promise<Result<{ overrides: DayOverride[]; completeYears: number[] }>> {
  const no = denied(principal, 'calendar.manage');
  if (no) return no;
  const outside = input.overrides.find((o) => !o.date.startsWith(`${input.year}-`));
  if (outside) return failure('CALENDAR_OVERRIDE_INVALID', `日期 ${outside.date} 不属于 ${input.year} 年。`);
  // One row per day in storage: a day listed twice is refused here rather than by the primary key.
  const twice = input.overrides.find((o, i) => input.overrides.findIndex((p) => p.date === o.date) !== i);
  if (twice) return failure('CALENDAR_OVERRIDE_CONFLICT', `日历调整中${twice.date}出现了两次，请只保留一条。`);
  const current = await office.repos.calendar.settings();
  const overrides = [...current.overrides.filter((o) => !o.date.startsWith(`${input.year}-`)), ...input.overrides];
  const completeYears = [...current.completeYears.filter((y) => y !== input.year), ...(input.complete ? [input.year] : [])];
  const check = workingCalendar({ overrides, completeYears });
  if (!check.ok) return failure(check.code, check.message);
  await office.repos.calendar.replaceYear(input.year, input.overrides, input.complete, principal.userId);
  office.calendarChanged();
  return ok(await office.repos.calendar.settings());
}
