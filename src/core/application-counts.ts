// Section 三 from counts per applicant type instead of from the records themselves: what storage
// computes in one GROUP BY for an office with many applications (db/application-counts.repository.ts).
// The counts follow the rules of records-report.ts (per applicant type, for report year Y):
//   newReceived     received in Y;
//   carriedOver     received before 1 January Y and not concluded before it;
//   outcomes        concluded in Y, by outcome (every outcome, zero when none);
//   concluded       Σ outcomes;
//   carriedForward  received by 31 December Y and not concluded by then.
// applicationFiguresFromCounts gives exactly what applicationFigures gives for the records counted
// (records-report.test.ts, application-counts.test.ts and db/application-counts.test.ts check it).
import { APPLICANT_TYPES, type ApplicantType } from './applications/applicant.js';
import { OUTCOMES, outcomeLabel, resultRowFor, type Outcome } from './applications/outcomes.js';
import type { FigureRow } from './figures.js';
import { APPLICANT_PARTS, FORMATS, type FormatVersion } from './formats.js';

export interface ApplicantTypeCounts {
  newReceived: number;
  carriedOver: number;
  /** Every outcome, zero when none. */
  outcomes: Record<Outcome, number>;
  /** Σ outcomes. */
  concluded: number;
  carriedForward: number;
}

/** Section 三's counts of a year, per applicant type. */
export type CountsByApplicantType = Record<ApplicantType, ApplicantTypeCounts>;

export function emptyApplicantTypeCounts(): ApplicantTypeCounts {
  return {
    newReceived: 0,
    carriedOver: 0,
    outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>,
    concluded: 0,
    carriedForward: 0,
  };
}

export function emptyCountsByApplicantType(): CountsByApplicantType {
  return Object.fromEntries(APPLICANT_TYPES.map((t) => [t, emptyApplicantTypeCounts()])) as CountsByApplicantType;
}

/** Every row of section 三 in the format, every applicant column and 总计 at 0. */
export function zeroApplicationRows(format: FormatVersion): Record<string, FigureRow> {
  return Object.fromEntries(FORMATS[format].applicationRows.map((r) => [r.key, Object.fromEntries([...APPLICANT_PARTS, 'total'].map((c) => [c, 0]))]));
}

/**
 * Why the counts cannot give section 三 in `format`: an outcome with no row there (plain 其他处理
 * concluded in a year of the 2021 format), as records-report.ts refuses such a record.
 */
export function applicationCountsProblems(format: FormatVersion, year: number, counts: Readonly<CountsByApplicantType>): { code: string; message: string }[] {
  const out: { code: string; message: string }[] = [];
  for (const outcome of OUTCOMES) {
    if (resultRowFor(outcome, format) !== null) continue;
    const n = APPLICANT_TYPES.reduce((sum, t) => sum + counts[t].outcomes[outcome], 0);
    if (n > 0) {
      out.push({
        code: 'RECORD_OUTCOME_NOT_IN_FORMAT',
        message: `${n}件申请于${year}年办结，办理结果记为“${outcomeLabel(outcome)}”；${year}年适用${format}年版格式，“其他处理”须写明具体情形。`,
      });
    }
  }
  return out;
}

/**
 * Section 三 in `format` from the year's counts: the same rows as applicationFigures on the records
 * counted (2019 format: the three 其他处理 outcomes in （六）其他处理; （七）总计 and the 总计 column
 * summed). Counts with an outcome the format has no row for are refused (RangeError): check them
 * with applicationCountsProblems first.
 */
export function applicationFiguresFromCounts(format: FormatVersion, counts: Readonly<CountsByApplicantType>): Record<string, FigureRow> {
  const rows = zeroApplicationRows(format);
  const add = (row: string, column: ApplicantType, n: number): void => {
    const r = rows[row]!;
    r[column] = (r[column] ?? 0) + n;
    r['total'] = (r['total'] ?? 0) + n;
  };
  for (const type of APPLICANT_TYPES) {
    const c = counts[type];
    add('newReceived', type, c.newReceived);
    add('carriedOver', type, c.carriedOver);
    for (const outcome of OUTCOMES) {
      const n = c.outcomes[outcome];
      if (n === 0) continue;
      const row = resultRowFor(outcome, format);
      if (row === null) throw new RangeError(`${n} × ${outcome} have no row in the ${format} format`);
      add(row, type, n);
      add('resultsTotal', type, n);
    }
    add('carriedForward', type, c.carriedForward);
  }
  return rows;
}
