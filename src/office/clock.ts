// The one clock of the office: instants for histories and sessions, and today's date in China
// (deadlines and receipt dates are calendar days in Asia/Shanghai, whatever the server's zone).
import type { IsoDate } from '../core/calendar/iso-date.js';

export interface Clock {
  now(): Date;
  today(): IsoDate;
}

const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function chinaDate(at: Date): IsoDate {
  return CHINA_DAY.format(at);
}

export const systemClock: Clock = { now: () => new Date(), today: () => chinaDate(new Date()) };

/** A clock fixed at `at` (tests, demo data). */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  return { now: () => new Date(instant), today: () => chinaDate(instant) };
}
