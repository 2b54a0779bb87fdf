// Section 三 from counts equals section 三 from the records counted, in both formats; counts the
// year's format cannot show are refused as the records would be.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { applicationRecord, tallyApplicationCounts } from '../testkit/application-records.js';
import { applicationCountsProblems, applicationFiguresFromCounts, emptyCountsByApplicantType } from './application-counts.js';
import { formatForYear } from './formats.js';
import { applicationFigures, figuresFromCounts, figuresFromRecords } from './records-report.js';

const rest = { agency: '某某县交通运输局', appeals: [], register: [], counts: null };

describe('section 三 from counts per applicant type', () => {
  it('property: the same rows as applicationFigures on the records counted (2019–2025)', () => {
    fc.assert(
      fc.property(fc.array(applicationRecord, { maxLength: 60 }), fc.integer({ min: 2019, max: 2025 }), (records, year) => {
        const format = formatForYear(year);
        const counts = tallyApplicationCounts(year, records);
        assert.deepEqual(applicationCountsProblems(format, year, counts), []);
        assert.deepEqual(applicationFiguresFromCounts(format, counts), applicationFigures(format, year, records));
        assert.deepEqual(figuresFromCounts({ ...rest, year, applicationCounts: counts }), figuresFromRecords({ ...rest, year, applications: records }));
      }),
      { numRuns: 500 },
    );
  });

  it('2019 format: the three 其他处理 outcomes and plain 其他处理 in one row', () => {
    const counts = emptyCountsByApplicantType();
    counts.naturalPerson.newReceived = 4;
    counts.naturalPerson.outcomes.otherNoCorrection = 1;
    counts.naturalPerson.outcomes.otherElse = 1;
    counts.naturalPerson.outcomes.otherHandling = 1;
    counts.naturalPerson.outcomes.granted = 1;
    counts.naturalPerson.concluded = 4;
    const rows = applicationFiguresFromCounts('2019', counts);
    assert.equal(rows['otherHandling']?.['naturalPerson'], 3);
    assert.equal(rows['otherHandling']?.['total'], 3);
    assert.equal(rows['resultsTotal']?.['naturalPerson'], 4);
    assert.equal(rows['otherElse'], undefined);
  });

  it('2021 format: plain 其他处理 is refused, as a record of it would be', () => {
    const counts = emptyCountsByApplicantType();
    counts.commercial.newReceived = 2;
    counts.commercial.outcomes.otherHandling = 2;
    counts.commercial.concluded = 2;
    assert.deepEqual(applicationCountsProblems('2019', 2020, counts), []);
    const problems = applicationCountsProblems('2021', 2024, counts);
    assert.deepEqual(problems.map((p) => p.code), ['RECORD_OUTCOME_NOT_IN_FORMAT']);
    assert.match(problems[0]!.message, /^2件申请于2024年办结/);
    assert.throws(() => applicationFiguresFromCounts('2021', counts), RangeError);
    const r = figuresFromCounts({ ...rest, year: 2024, applicationCounts: counts });
    assert.deepEqual(r.ok ? [] : r.errors.map((e) => e.code), ['RECORD_OUTCOME_NOT_IN_FORMAT']);
    const year = figuresFromCounts({ ...rest, year: 2018, applicationCounts: counts });
    assert.deepEqual(year.ok ? [] : year.errors.map((e) => e.code), ['REPORT_YEAR_INVALID']);
  });
});
