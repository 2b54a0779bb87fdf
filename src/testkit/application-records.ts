// Random application records (valid: what storage accepts and records-report.ts counts) and section
// 三's counts tallied from them the plain way, for the tests that compare the records path
// (applicationFigures) with the counts path (applicationFiguresFromCounts, storage's GROUP BY).
import fc from 'fast-check';
import { emptyCountsByApplicantType, type CountsByApplicantType } from '../core/application-counts.js';
import { APPLICANT_TYPES } from '../core/applications/applicant.js';
import { OUTCOMES } from '../core/applications/outcomes.js';
import type { ApplicationRecord } from '../core/applications/types.js';
import { addDays, type IsoDate } from '../core/calendar/iso-date.js';
import type { NewApplication, NewEvent } from '../db/applications.repository.js';

/** A day in 2018–2025, often the first or last day of a year (where the rules change). */
export const recordDate: fc.Arbitrary<IsoDate> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 8 * 365 + 1 }).map((n) => addDays('2018-01-01', n)) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 2018, max: 2025 }), fc.constantFrom('-01-01', '-12-31')).map(([y, d]) => `${y}${d}`) },
);

/**
 * One application: open, or concluded the same day, within weeks or years later. Plain 其他处理
 * (`otherHandling`) only when concluded in 2019–2020, as the 2021 format requires.
 */
export const applicationRecord: fc.Arbitrary<ApplicationRecord> = fc
  .record({
    applicantType: fc.constantFrom(...APPLICANT_TYPES),
    receivedOn: recordDate,
    took: fc.option(fc.oneof(fc.constantFrom(0, 1), fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 800 })), { freq: 4 }),
    outcome: fc.constantFrom(...OUTCOMES),
  })
  .map(({ applicantType, receivedOn, took, outcome }) => {
    const concludedOn = took === null ? null : addDays(receivedOn, took);
    const allowed = concludedOn !== null && concludedOn >= '2021-01-01' && outcome === 'otherHandling' ? 'otherElse' : outcome;
    return { applicantType, receivedOn, concludedOn, outcome: concludedOn === null ? null : allowed };
  });

/** Section 三's counts of `year`, tallied record by record by calendar year. */
export function tallyApplicationCounts(year: number, records: readonly ApplicationRecord[]): CountsByApplicantType {
  const counts = emptyCountsByApplicantType();
  for (const r of records) {
    const received = Number(r.receivedOn.slice(0, 4));
    const concluded = r.concludedOn === null ? null : Number(r.concludedOn.slice(0, 4));
    if (received > year || (concluded !== null && concluded < year)) continue;
    const c = counts[r.applicantType];
    if (received === year) c.newReceived++;
    else c.carriedOver++;
    if (concluded === year && r.outcome !== null) {
      c.outcomes[r.outcome]++;
      c.concluded++;
    } else {
      c.carriedForward++;
    }
  }
  return counts;
}

/** The records as a ledger import of one agency (for ApplicationsRepository.registerAll). */
export function importedApplications(agencyId: string, trackingPrefix: string, records: readonly ApplicationRecord[]): { application: NewApplication; event: NewEvent }[] {
  return records.map((r, i) => ({
    application: {
      agencyId,
      trackingCode: `${trackingPrefix}-${i}`,
      source: 'imported',
      state: r.concludedOn === null ? 'registered' : 'closed',
      applicantType: r.applicantType,
      receivedOn: r.receivedOn,
      concludedOn: r.concludedOn,
      outcome: r.outcome,
    },
    event: { kind: 'imported', actorId: null },
  }));
}
