// The administrator's calendar overrides (migrations/002_calendar_overrides.sql).
import type { DayOverride } from '../core/calendar/working-calendar.js';
import type { Db } from './db.js';

export interface CalendarSettings {
  overrides: DayOverride[];
  completeYears: number[];
}

export class CalendarRepository {
  constructor(private readonly db: Db) {}

  async settings(): Promise<CalendarSettings> {
    const days = await this.db.query<DayOverride>('SELECT day AS date, working, note FROM calendar_overrides ORDER BY day');
    const years = await this.db.query<{ year: number }>('SELECT year FROM calendar_complete_years ORDER BY year');
    return { overrides: days.rows, completeYears: years.rows.map((r) => r.year) };
  }

  /** Replaces the overrides of `year` (and whether it is complete) in one transaction. */
  replaceYear(year: number, overrides: readonly DayOverride[], complete: boolean, by: string | null): Promise<void> {
    return this.db.transaction(async (tx) => {
      await tx.query(`DELETE FROM calendar_overrides WHERE day BETWEEN $1::date AND $2::date`, [`${year}-01-01`, `${year}-12-31`]);
      for (const o of overrides) {
        await tx.query('INSERT INTO calendar_overrides (day, working, note, updated_by) VALUES ($1, $2, $3, $4)', [o.date, o.working, o.note, by]);
      }
      await tx.query('DELETE FROM calendar_complete_years WHERE year = $1', [year]);
      if (complete) await tx.query('INSERT INTO calendar_complete_years (year, updated_by) VALUES ($1, $2)', [year, by]);
    });
  }
}
