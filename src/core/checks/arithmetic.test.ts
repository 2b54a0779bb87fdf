import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { allCellRefs, getCell, setCell } from '../figures.js';
import type { Report } from '../report.js';
import { blankReport } from '../../testkit/generate-blank.js';
import { arbitraryReport } from '../../testkit/generate.js';
import { checkArithmetic } from './arithmetic.js';

function set(report: Report, row: string, cells: Record<string, number | null>): void {
  for (const [column, value] of Object.entries(cells)) setCell(report.figures, { table: 'applications', row, column }, value);
}

const codes = (report: Report) => checkArithmetic(report).map((f) => f.code);

describe('checkArithmetic', () => {
  it('finds nothing in a balanced report of either format', () => {
    assert.deepEqual(checkArithmetic(blankReport({ year: 2020 })), []);
    assert.deepEqual(checkArithmetic(blankReport({ year: 2023 })), []);
  });

  it('R1_BALANCE: 一+二 ≠ （七）总计+四, with both sums in the message', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'newReceived', { naturalPerson: 10, total: 10 });
    set(r, 'carriedOver', { naturalPerson: 2, total: 2 });
    set(r, 'granted', { naturalPerson: 11, total: 11 });
    set(r, 'resultsTotal', { naturalPerson: 11, total: 11 });
    const findings = checkArithmetic(r);
    assert.deepEqual(findings.map((f) => [f.code, f.column]), [['R1_BALANCE', 'naturalPerson'], ['R1_BALANCE', 'total']]);
    assert.equal(findings[0]?.message, '第三部分“自然人”列：一+二=12，而（七）总计+四=11');
    assert.equal(findings[0]?.severity, 'error');
    assert.equal(findings[0]?.section, '三');
    assert.equal(findings[0]?.table, 'applications');
  });

  it('R1_BALANCE holds when the carried-forward cell makes up the difference', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'newReceived', { naturalPerson: 10, total: 10 });
    set(r, 'carriedOver', { naturalPerson: 2, total: 2 });
    set(r, 'granted', { naturalPerson: 11, total: 11 });
    set(r, 'resultsTotal', { naturalPerson: 11, total: 11 });
    set(r, 'carriedForward', { naturalPerson: 1, total: 1 });
    assert.deepEqual(checkArithmetic(r), []);
  });

  it('R2_RESULTS_TOTAL: the result rows do not add up to （七）总计', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'newReceived', { naturalPerson: 4, total: 4 });
    set(r, 'granted', { naturalPerson: 3, total: 3 });
    set(r, 'resultsTotal', { naturalPerson: 4, total: 4 });
    const findings = checkArithmetic(r);
    assert.deepEqual(findings.map((f) => f.code), ['R2_RESULTS_TOTAL', 'R2_RESULTS_TOTAL']);
    assert.equal(findings[0]?.message, '第三部分“自然人”列：（一）至（六）各项之和=3，而（七）总计=4');
    assert.equal(findings[0]?.row, 'resultsTotal');
  });

  it('R2_RESULTS_TOTAL counts the 2021 sub-rows of （六）其他处理', () => {
    const r = blankReport({ year: 2023 });
    set(r, 'newReceived', { commercial: 1, total: 1 });
    set(r, 'otherNoCorrection', { commercial: 1, total: 1 });
    set(r, 'resultsTotal', { commercial: 1, total: 1 });
    assert.deepEqual(checkArithmetic(r), []);

    set(r, 'resultsTotal', { commercial: 0, total: 0 });
    set(r, 'newReceived', { commercial: 0, total: 0 });
    const findings = checkArithmetic(r);
    assert.deepEqual(findings.map((f) => f.code), ['R2_RESULTS_TOTAL', 'R2_RESULTS_TOTAL']);
    assert.match(findings[0]?.message ?? '', /“商业企业”列：（一）至（六）各项之和=1，而（七）总计=0$/);
  });

  it('R2_RESULTS_TOTAL counts the single 2019 row （六）其他处理', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'newReceived', { other: 2, total: 2 });
    set(r, 'otherHandling', { other: 2, total: 2 });
    set(r, 'resultsTotal', { other: 2, total: 2 });
    assert.deepEqual(checkArithmetic(r), []);
  });

  it('R3_ROW_TOTAL: the six applicant columns do not add up to 总计', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'granted', { naturalPerson: 5 });
    const r3 = checkArithmetic(r).filter((f) => f.code === 'R3_ROW_TOTAL');
    assert.equal(r3.length, 1);
    assert.equal(r3[0]?.row, 'granted');
    assert.equal(r3[0]?.message, '第三部分“（一）予以公开”行：自然人至其他各列之和=5，而总计=0');
  });

  it('R3_ROW_TOTAL names a numbered sub-row with its group', () => {
    const r = blankReport({ year: 2023 });
    set(r, 'deniedStateSecret', { total: 1 });
    const r3 = checkArithmetic(r).find((f) => f.code === 'R3_ROW_TOTAL');
    assert.equal(r3?.message, '第三部分“（三）不予公开1.属于国家秘密”行：自然人至其他各列之和=0，而总计=1');
  });

  it('R4_REVIEW_TOTAL: 结果维持+结果纠正+其他结果+尚未审结 ≠ 总计', () => {
    const r = blankReport({ year: 2023 });
    setCell(r.figures, { table: 'reviewLitigation', row: 'review', column: 'maintained' }, 2);
    setCell(r.figures, { table: 'reviewLitigation', row: 'review', column: 'total' }, 1);
    setCell(r.figures, { table: 'reviewLitigation', row: 'litigationAfterReview', column: 'pending' }, 1);
    const findings = checkArithmetic(r);
    assert.deepEqual(findings.map((f) => [f.code, f.row, f.section]), [
      ['R4_REVIEW_TOTAL', 'review', '四'],
      ['R4_REVIEW_TOTAL', 'litigationAfterReview', '四'],
    ]);
    assert.equal(findings[0]?.message, '第四部分“行政复议”：结果维持+结果纠正+其他结果+尚未审结=2，而总计=1');
    assert.equal(findings[1]?.message, '第四部分“行政诉讼·复议后起诉”：结果维持+结果纠正+其他结果+尚未审结=1，而总计=0');
  });

  it('R4_REVIEW_TOTAL holds when the total matches', () => {
    const r = blankReport({ year: 2020 });
    for (const [column, value] of [['corrected', 1], ['pending', 2], ['total', 3]] as const) {
      setCell(r.figures, { table: 'reviewLitigation', row: 'litigationDirect', column }, value);
    }
    assert.deepEqual(checkArithmetic(r), []);
  });

  it('skips identities with unknown cells and says how many, per section (IDENTITY_UNVERIFIABLE)', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'granted', { naturalPerson: null }); // R2 自然人 and R3 予以公开
    setCell(r.figures, { table: 'reviewLitigation', row: 'review', column: 'total' }, null);
    const findings = checkArithmetic(r);
    assert.deepEqual(findings.map((f) => [f.code, f.severity, f.section]), [
      ['IDENTITY_UNVERIFIABLE', 'info', '三'],
      ['IDENTITY_UNVERIFIABLE', 'info', '四'],
    ]);
    assert.equal(findings[0]?.message, '第三部分：有2条勾稽关系因单元格空白或无法确认而未能校验');
    assert.equal(findings[1]?.message, '第四部分：有1条勾稽关系因单元格空白或无法确认而未能校验');
  });

  it('an unknown cell does not hide errors in identities that do not involve it', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'granted', { naturalPerson: null });
    set(r, 'carriedForward', { research: 1 });
    assert.deepEqual(codes(r).sort(), ['IDENTITY_UNVERIFIABLE', 'R1_BALANCE', 'R3_ROW_TOTAL']);
  });

  it('an unknown cell in an otherwise unbalanced identity gives no error for it', () => {
    const r = blankReport({ year: 2020 });
    set(r, 'granted', { naturalPerson: 7, total: null });
    // R2 自然人 fails (7 ≠ 0); R2 总计 and R3 予以公开 cannot be checked.
    assert.deepEqual(codes(r), ['R2_RESULTS_TOTAL', 'IDENTITY_UNVERIFIABLE']);
  });

  it('property: changing any one cell of sections 三 or 四 in a valid report breaks an identity there', () => {
    const arb = arbitraryReport().chain((report) => {
      const refs = allCellRefs(report.figures.format).filter((r) => r.table !== 'proactive');
      return fc.tuple(fc.constant(report), fc.constantFrom(...refs), fc.integer({ min: -50, max: 50 }).filter((n) => n !== 0));
    });
    fc.assert(
      fc.property(arb, ([report, ref, delta]) => {
        setCell(report.figures, ref, (getCell(report.figures, ref) ?? 0) + delta);
        const errors = checkArithmetic(report).filter((f) => f.severity === 'error');
        assert.ok(errors.length > 0);
        assert.ok(errors.every((f) => f.table === ref.table));
      }),
      { numRuns: 200 },
    );
  });
});
