// The official holiday arrangements (国务院办公厅《关于××年部分节假日安排的通知》) as data, from the
// maintained `chinese-days` package. We read its generated table rather than call its functions:
// those parse 'YYYY-MM-DD' as UTC but read the day back in local time, so on a server west of UTC
// every answer is a day off (getDayDetail('2024-09-27') says 2024-09-26 under TZ=America/New_York).
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { IsoDate } from './iso-date.js';

interface OfficialTable {
  /** Days off: statutory holidays and the weekdays given off in exchange (放假调休). */
  holidays: Readonly<Record<IsoDate, string>>;
  /** Weekend days made working days (调休上班). */
  workdays: Readonly<Record<IsoDate, string>>;
}

const table = data as OfficialTable;

/** Values look like "National Day,国庆节,3"; the Chinese name is the second field. */
function chineseName(value: string): string {
  return value.split(',')[1] ?? value;
}

export interface OfficialDay {
  working: boolean;
  /** The festival the arrangement is for, e.g. 国庆节. */
  name: string;
}

/** The official arrangement for a day, or null when the day is an ordinary weekday or weekend day. */
export function officialDay(date: IsoDate): OfficialDay | null {
  const work = table.workdays[date];
  if (work !== undefined) return { working: true, name: chineseName(work) };
  const off = table.holidays[date];
  if (off !== undefined) return { working: false, name: chineseName(off) };
  return null;
}

/**
 * The years whose arrangement the package carries. Every published year has at least 元旦 off, so a
 * year is known exactly when some holiday falls in it. chinese-days 1.5.7: 2004–2026.
 */
export const OFFICIAL_YEARS: readonly number[] = [...new Set(Object.keys(table.holidays).map((d) => Number(d.slice(0, 4))))].sort(
  (a, b) => a - b,
);

const officialYears = new Set(OFFICIAL_YEARS);

/** Whether the official data covers the year. */
export function isOfficialYear(year: number): boolean {
  return officialYears.has(year);
}

/** Whether the official calendar makes the day a working day (weekday rule for ordinary days). */
export function officiallyWorking(date: IsoDate, weekday: number): boolean {
  return officialDay(date)?.working ?? (weekday >= 1 && weekday <= 5);
}
