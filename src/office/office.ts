// The disclosure office's context: storage, keys, clock and the working calendar, handed to every
// use case. Shells (HTTP server, CLI) open it once and close it at the end.
import { randomBytes } from 'node:crypto';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { Database } from '../db/db.js';
import { repositories, type Repositories } from '../db/repositories.js';
import { systemClock, type Clock } from './clock.js';
import { loadCalendar } from './calendar.js';
import type { Secrets } from './secrets.js';

export interface Office {
  readonly db: Database;
  readonly repos: Repositories;
  readonly secrets: Secrets;
  readonly clock: Clock;
  /** The official calendar with the administrator's overrides (cached until they change). */
  calendar(): Promise<WorkingCalendar>;
  /** Forgets the cached calendar after overrides change. */
  calendarChanged(): void;
  random(bytes: number): Uint8Array;
}

export function createOffice(db: Database, secrets: Secrets, clock: Clock = systemClock): Office {
  let cached: Promise<WorkingCalendar> | null = null;
  const repos = repositories(db);
  return {
    db,
    repos,
    secrets,
    clock,
    calendar() {
      cached ??= loadCalendar(repos).catch((e: unknown) => {
        cached = null;
        throw e;
      });
      return cached;
    },
    calendarChanged() {
      cached = null;
    },
    random: (n) => new Uint8Array(randomBytes(n)),
  };
}
