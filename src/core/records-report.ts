// The annual report's figures computed from the office's records (issue #4 §8), in the format the
// year requires (formatForYear).
//
// Section 三, per applicant column, for report year Y (dates are the records' own):
//   一 newReceived     received in Y;
//   二 carriedOver     received before 1 January Y and not concluded before it;
//   三 results         concluded in Y, in the result row of its outcome (2019: the three 其他处理
//                      outcomes fold into （六）其他处理);
//   四 carriedForward  received by 31 December Y and not concluded by then;
//   （七）总计 and the 总计 column are sums.
// Every application received by 31 December Y and not concluded before 1 January Y is in exactly
// one of 一/二 and exactly one of 三/四, so 一 + 二 = （七） + 四 (R1) holds by construction, as do R2
// and R3. Applications concluded before Y or received after it are not counted.
// Section 四: see appeals/figures.ts (concluded in Y by outcome; 尚未审结 = filed by 31 December and
// open then). Section 二: see proactive/figures.ts (register + staff counts).
// figuresFromCounts takes section 三 as counts per applicant type (application-counts.ts: what
// storage computes in one query for an office with many applications); sections 二 and 四, the
// checks of their records and the assembly are the same code for both.
import { applicationCountsProblems, applicationFiguresFromCounts, zeroApplicationRows, type CountsByApplicantType } from './application-counts.js';
import { applicantTypeList, isApplicantType } from './applications/applicant.js';
import { isOutcome, outcomeAllowedIn, resultRowFor } from './applications/outcomes.js';
import type { ApplicationRecord } from './applications/types.js';
import { appealProblems, type Appeal } from './appeals/appeals.js';
import { reviewLitigationFigures } from './appeals/figures.js';
import { chineseDate } from './calendar/iso-date.js';
import { dateProblem } from './deadlines/problems.js';
import { emptyFigures, type FigureRow, type ReportFigures } from './figures.js';
import { formatForYear, type FormatVersion } from './formats.js';
import { proactiveFigures, type ProactiveCounts } from './proactive/figures.js';
import type { RegisterEntry } from './proactive/register.js';

export * from './application-counts.js';

export interface RecordsInput {
  agency: string;
  year: number;
  /** The agency's applications (any years: only those that matter to `year` are counted). */
  applications: readonly ApplicationRecord[];
  appeals: readonly Appeal[];
  register: readonly RegisterEntry[];
  /** Section 二 cells entered by staff for `year`; null when none. */
  counts: ProactiveCounts | null;
}

/** The same, with section 三 as the year's counts per applicant type instead of the applications. */
export interface CountsInput extends Omit<RecordsInput, 'applications'> {
  /** Section 三's counts of `year` (application-counts.ts). */
  applicationCounts: Readonly<CountsByApplicantType>;
}

export interface RecordsProblem {
  code: string;
  message: string;
  /** The record at fault, when one is. */
  id?: string;
}

export type RecordsResult = { ok: true; figures: ReportFigures } | { ok: false; errors: RecordsProblem[] };

function applicationProblems(a: ApplicationRecord, format: (year: number) => FormatVersion): RecordsProblem[] {
  const where = `申请“${a.id ?? '（无编号）'}”`;
  const id = a.id !== undefined ? { id: a.id } : {};
  const out: RecordsProblem[] = [];
  if (!isApplicantType(a.applicantType)) {
    out.push({ code: 'RECORD_APPLICANT_TYPE_INVALID', message: `${where}的申请人类型“${String(a.applicantType)}”无效，应为${applicantTypeList()}之一。`, ...id });
  }
  const badReceived = dateProblem(a.receivedOn, 'receivedOn', `${where}的收到日期`);
  if (badReceived) out.push({ code: badReceived.code, message: badReceived.message, ...id });
  if (a.concludedOn === null) {
    if (a.outcome !== null) out.push({ code: 'RECORD_OUTCOME_INVALID', message: `${where}有办理结果但没有办结日期。`, ...id });
    return out;
  }
  const badConcluded = dateProblem(a.concludedOn, 'concludedOn', `${where}的办结日期`);
  if (badConcluded) out.push({ code: badConcluded.code, message: badConcluded.message, ...id });
  else if (!badReceived && a.concludedOn < a.receivedOn) {
    out.push({ code: 'RECORD_CONCLUDED_BEFORE_RECEIVED', message: `${where}的办结日期${chineseDate(a.concludedOn)}早于收到日期${chineseDate(a.receivedOn)}。`, ...id });
  }
  if (!isOutcome(a.outcome)) {
    out.push({ code: 'RECORD_OUTCOME_INVALID', message: `${where}已办结，但办理结果“${String(a.outcome)}”无效。`, ...id });
  } else if (!badConcluded && !outcomeAllowedIn(a.outcome, format(Number(a.concludedOn.slice(0, 4))))) {
    out.push({ code: 'RECORD_OUTCOME_NOT_IN_FORMAT', message: `${where}于${chineseDate(a.concludedOn)}办结，适用2021年版格式，“其他处理”须写明具体情形。`, ...id });
  }
  return out;
}

/** Section 三 of `year` (records assumed valid). */
export function applicationFigures(format: FormatVersion, year: number, applications: readonly ApplicationRecord[]): Record<string, FigureRow> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const rows = zeroApplicationRows(format);
  const add = (row: string, column: string) => {
    const r = rows[row]!;
    r[column] = (r[column] ?? 0) + 1;
    r['total'] = (r['total'] ?? 0) + 1;
  };
  for (const a of applications) {
    if (a.receivedOn > end) continue;
    const concluded = a.concludedOn;
    if (concluded !== null && concluded < start) continue;
    add(a.receivedOn >= start ? 'newReceived' : 'carriedOver', a.applicantType);
    if (concluded !== null && concluded <= end && a.outcome !== null) {
      add(resultRowFor(a.outcome, format)!, a.applicantType);
      add('resultsTotal', a.applicantType);
    } else {
      add('carriedForward', a.applicantType);
    }
  }
  return rows;
}

/** Why no report can be made for `year` (the national formats apply from the 2019 reports), or null. */
export function reportYearProblem(year: number): RecordsProblem | null {
  // 国办公开办函〔2019〕60号.
  if (Number.isInteger(year) && year >= 2019 && year <= 2199) return null;
  return { code: 'REPORT_YEAR_INVALID', message: `报告年度“${String(year)}”无效：统一的年度报告格式自2019年度起适用。` };
}

/** Section 三 as its source gives it: the problems that prevent it, and its rows. */
interface ApplicationSection {
  problems(format: FormatVersion): RecordsProblem[];
  rows(format: FormatVersion): Record<string, FigureRow>;
}

/** Checks the year, section 三's source, the appeals and section 二, then puts the figures together. */
function assemble(input: Omit<RecordsInput, 'applications'>, applications: ApplicationSection): RecordsResult {
  const { year } = input;
  const badYear = reportYearProblem(year);
  if (badYear) return { ok: false, errors: [badYear] };
  const format = formatForYear(year);
  const errors: RecordsProblem[] = applications.problems(format);
  for (const appeal of input.appeals) {
    for (const p of appealProblems(appeal)) errors.push({ code: p.code, message: p.message, id: appeal.id });
  }
  const proactive = proactiveFigures(year, input.register, input.counts);
  if (!proactive.ok) errors.push(...proactive.errors.map((e) => ({ code: e.code, message: e.message })));
  if (errors.length > 0 || !proactive.ok) return { ok: false, errors };

  const figures = emptyFigures(format, year, input.agency);
  figures.proactive = proactive.rows;
  figures.applications = applications.rows(format);
  figures.reviewLitigation = reviewLitigationFigures(year, input.appeals);
  return { ok: true, figures };
}

/** The report's figures for an agency and year, or every problem in the records that prevents them. */
export function figuresFromRecords(input: RecordsInput): RecordsResult {
  return assemble(input, {
    problems: () => input.applications.flatMap((a) => applicationProblems(a, formatForYear)),
    rows: (format) => applicationFigures(format, input.year, input.applications),
  });
}

/**
 * The same from the year's counts of applications: section 三 is refused only for an outcome the
 * year's format has no row for (the other record checks are storage's constraints); sections 二 and
 * 四 are checked and computed as by figuresFromRecords.
 */
export function figuresFromCounts(input: CountsInput): RecordsResult {
  return assemble(input, {
    problems: (format) => applicationCountsProblems(format, input.year, input.applicationCounts),
    rows: (format) => applicationFiguresFromCounts(format, input.applicationCounts),
  });
}
