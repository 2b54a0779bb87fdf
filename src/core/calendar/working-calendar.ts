// The working-day calendar deadlines are counted on: the official arrangements (holidays and the
// weekend days made working days, 调休), then the administrator's own days on top, and plain
// Monday–Friday for years nobody has published yet, which callers are told about (knows()).
import { chineseDate, isIsoDate, weekday, yearOf, type IsoDate } from './iso-date.js';
import { OFFICIAL_YEARS, officialDay, officiallyWorking } from './official-days.js';

/** An administrator's ruling on one day: a year the library does not know yet, or a local holiday. */
export interface DayOverride {
  date: IsoDate;
  working: boolean;
  /** Why, e.g. 元旦 or 自治区成立纪念日. */
  note: string;
}

export interface CalendarOptions {
  overrides?: readonly DayOverride[];
  /**
   * Years whose whole arrangement the administrator has entered as overrides. They count as known:
   * no beyond-calendar warning for them.
   */
  completeYears?: readonly number[];
}

/** Where a day's status comes from. */
export type DaySource = 'override' | 'official' | 'weekday';

export interface CalendarDay {
  date: IsoDate;
  working: boolean;
  source: DaySource;
  /** The festival (official) or the administrator's note (override). */
  name?: string;
}

export interface WorkingCalendar {
  /** `date` must be a valid 'YYYY-MM-DD' (a RangeError otherwise: validate input first). */
  isWorkingDay(date: IsoDate): boolean;
  day(date: IsoDate): CalendarDay;
  /** Whether the year's holiday arrangement is known (official or entered complete). */
  knows(year: number): boolean;
  /** First year of the known run. */
  readonly knownFrom: number;
  /** Last year of the unbroken run of known years from `knownFrom`. */
  readonly knownUntil: number;
}

export type CalendarResult = { ok: true; calendar: WorkingCalendar } | { ok: false; code: string; message: string };

/** First and last year of the official data (chinese-days). */
export const OFFICIAL_FIRST_YEAR: number = OFFICIAL_YEARS[0]!;
export const OFFICIAL_LAST_YEAR: number = OFFICIAL_YEARS[OFFICIAL_YEARS.length - 1]!;

function build(overrides: ReadonlyMap<IsoDate, DayOverride>, known: ReadonlySet<number>): WorkingCalendar {
  let knownUntil = OFFICIAL_FIRST_YEAR;
  while (known.has(knownUntil + 1)) knownUntil++;
  const day = (date: IsoDate): CalendarDay => {
    const own = overrides.get(date);
    if (own) return { date, working: own.working, source: 'override', name: own.note };
    const official = officialDay(date);
    if (official) return { date, working: official.working, source: 'official', name: official.name };
    // An ordinary day of a known year, or any day of an unknown year: Monday to Friday work.
    return { date, working: officiallyWorking(date, weekday(date)), source: 'weekday' };
  };
  return {
    day,
    isWorkingDay: (date) => day(date).working,
    knows: (year) => known.has(year),
    knownFrom: OFFICIAL_FIRST_YEAR,
    knownUntil,
  };
}

/** The official calendar without any administrator overrides. */
export const OFFICIAL_CALENDAR: WorkingCalendar = build(new Map(), new Set(OFFICIAL_YEARS));

/** The official calendar with an administrator's overrides; invalid or contradictory ones are refused. */
export function workingCalendar(options: CalendarOptions = {}): CalendarResult {
  const overrides = new Map<IsoDate, DayOverride>();
  for (const o of options.overrides ?? []) {
    if (!isIsoDate(o.date)) {
      return { ok: false, code: 'CALENDAR_OVERRIDE_INVALID', message: `日历调整中的日期“${o.date}”无效，应为 YYYY-MM-DD 格式的有效日期。` };
    }
    const earlier = overrides.get(o.date);
    if (earlier && earlier.working !== o.working) {
      return {
        ok: false,
        code: 'CALENDAR_OVERRIDE_CONFLICT',
        message: `日历调整对${chineseDate(o.date)}既设为工作日又设为休息日，请只保留一条。`,
      };
    }
    overrides.set(o.date, o);
  }
  const known = new Set(OFFICIAL_YEARS);
  for (const year of options.completeYears ?? []) {
    if (!Number.isInteger(year) || year < 1000 || year > 9999) {
      return { ok: false, code: 'CALENDAR_OVERRIDE_INVALID', message: `“${year}”不是有效的年份。` };
    }
    known.add(year);
  }
  return { ok: true, calendar: build(overrides, known) };
}

/** The years in [from, to] (inclusive dates) the calendar does not know. */
export function unknownYears(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number[] {
  const years: number[] = [];
  for (let y = yearOf(from); y <= yearOf(to); y++) if (!calendar.knows(y)) years.push(y);
  return years;
}
