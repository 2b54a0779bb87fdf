// Section 三 from the applications, in one GROUP BY query. For an agency and year, per applicant type:
//   newReceived    received in the year
//   carriedOver    received before 1 January and not concluded by then (concluded on or after 1 January, or open)
//   outcomes       concluded in the year, by result row
//   carriedForward received by 31 December and not concluded by then
// So newReceived + carriedOver = Σ outcomes + carriedForward for every type (identity R1), by
// construction: each counted application is received-in-year or carried over, and concluded-in-year
// or carried forward. One range scan of the covering index (agency_id, received_on) INCLUDE
// (applicant_type, outcome, concluded_on): index-only on a vacuumed table. A variant reading the year
// and the open applications in two ranges (UNION ALL) was slower on 1,000,000 rows (PGlite 593 ms
// against 261 ms; see docs/ARCHITECTURE.md).
// The counts' type and their rows of section 三 are the core's (core/application-counts.ts).
import { emptyCountsByApplicantType, type CountsByApplicantType } from '../core/application-counts.js';
import type { Db } from './db.js';
import type { ApplicantType, ApplicationOutcome } from './vocabulary.js';

export type { ApplicantTypeCounts } from '../core/application-counts.js';

export interface ApplicationYearCounts {
  agencyId: string;
  year: number;
  byApplicantType: CountsByApplicantType;
}

interface CountRow {
  applicantType: ApplicantType;
  outcome: ApplicationOutcome | null;
  newReceived: number;
  carriedOver: number;
  carriedForward: number;
  n: number;
}

export const YEAR_COUNTS_SQL = `
SELECT applicant_type AS "applicantType",
       CASE WHEN concluded_on <= $3::date THEN outcome END AS outcome,
       count(*) FILTER (WHERE received_on >= $2::date)::int AS "newReceived",
       count(*) FILTER (WHERE received_on < $2::date)::int AS "carriedOver",
       count(*) FILTER (WHERE concluded_on IS NULL OR concluded_on > $3::date)::int AS "carriedForward",
       count(*)::int AS n
  FROM applications
 WHERE agency_id = $1 AND received_on <= $3::date AND (concluded_on IS NULL OR concluded_on >= $2::date)
 GROUP BY 1, 2`;

export async function applicationCountsForYear(db: Db, agencyId: string, year: number): Promise<ApplicationYearCounts> {
  if (!Number.isInteger(year) || year < 2000 || year > 2199) throw new RangeError(`year ${year}`);
  const r = await db.query<CountRow>(YEAR_COUNTS_SQL, [agencyId, `${year}-01-01`, `${year}-12-31`]);
  const byApplicantType = emptyCountsByApplicantType();
  for (const row of r.rows) {
    const counts = byApplicantType[row.applicantType];
    counts.newReceived += row.newReceived;
    counts.carriedOver += row.carriedOver;
    counts.carriedForward += row.carriedForward;
    if (row.outcome !== null) {
      counts.outcomes[row.outcome] += row.n;
      counts.concluded += row.n;
    }
  }
  return { agencyId, year, byApplicantType };
}
