import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkFormatYear } from './format-year.js';

describe('checkFormatYear', () => {
  it('FORMAT_YEAR_MISMATCH: 2019 tables in a 2022 report', () => {
    const findings = checkFormatYear(blankReport({ format: '2019', year: 2022 }));
    assert.deepEqual(findings.map((f) => [f.code, f.severity]), [['FORMAT_YEAR_MISMATCH', 'error']]);
    assert.match(findings[0]?.message ?? '', /^2022年度报告应使用.*〔2021〕30号.*，而表格采用的是.*〔2019〕60号/);
  });

  it('FORMAT_YEAR_MISMATCH: 2021 tables in a 2020 report', () => {
    assert.deepEqual(checkFormatYear(blankReport({ format: '2021', year: 2020 })).map((f) => f.code), ['FORMAT_YEAR_MISMATCH']);
  });

  it('the right format for the year', () => {
    for (const [format, year] of [['2019', 2019], ['2019', 2020], ['2021', 2021], ['2021', 2025]] as const) {
      assert.deepEqual(checkFormatYear(blankReport({ format, year })), [], `${format}/${year}`);
    }
  });

  it('nothing when the year is unknown', () => {
    assert.deepEqual(checkFormatYear(blankReport({ format: '2019', year: null })), []);
    assert.deepEqual(checkFormatYear(blankReport({ format: '2021', year: null })), []);
  });
});
