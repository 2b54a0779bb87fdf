import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { setCell, type CellRef } from '../figures.js';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkValues } from './values.js';

function with2019(ref: CellRef, value: number | null) {
  const r = blankReport({ year: 2020 });
  setCell(r.figures, ref, value);
  return checkValues(r);
}
function with2021(ref: CellRef, value: number | null) {
  const r = blankReport({ year: 2022 });
  setCell(r.figures, ref, value);
  return checkValues(r);
}

describe('checkValues', () => {
  it('finds nothing in a report of zeros', () => {
    assert.deepEqual(checkValues(blankReport({ year: 2020 })), []);
    assert.deepEqual(checkValues(blankReport({ year: 2021 })), []);
  });

  it('VALUE_NEGATIVE for a negative count, naming the cell', () => {
    const findings = with2019({ table: 'applications', row: 'resultsTotal', column: 'naturalPerson' }, -1);
    assert.deepEqual(findings, [
      {
        code: 'VALUE_NEGATIVE',
        severity: 'error',
        message: '第三部分“（七）总计”行“自然人”列为-1：数量不能为负数',
        section: '三',
        table: 'applications',
        row: 'resultsTotal',
        column: 'naturalPerson',
      },
    ]);
  });

  it('VALUE_NEGATIVE in sections 二 and 四', () => {
    const p = with2021({ table: 'proactive', row: 'normativeDocuments', column: 'repealed' }, -2);
    assert.equal(p[0]?.message, '第二部分“第二十条第（一）项”“行政规范性文件”行“本年废止件数”列为-2：数量不能为负数');
    const q = with2019({ table: 'reviewLitigation', row: 'litigationDirect', column: 'pending' }, -3);
    assert.equal(q[0]?.message, '第四部分“行政诉讼·未经复议直接起诉”“尚未审结”列为-3：数量不能为负数');
  });

  it('本年增/减 may be negative', () => {
    assert.deepEqual(with2019({ table: 'proactive', row: 'licensing', column: 'change' }, -5), []);
    assert.deepEqual(with2019({ table: 'proactive', row: 'fees', column: 'change' }, -1), []);
  });

  it('VALUE_NOT_INTEGER for a fractional count or change', () => {
    const a = with2019({ table: 'applications', row: 'granted', column: 'research' }, 2.5);
    assert.deepEqual(a.map((f) => [f.code, f.row, f.column]), [['VALUE_NOT_INTEGER', 'granted', 'research']]);
    assert.equal(a[0]?.message, '第三部分“（一）予以公开”行“科研机构”列为2.5：数量应为整数');
    const b = with2019({ table: 'proactive', row: 'penalties', column: 'change' }, 1.5);
    assert.deepEqual(b.map((f) => f.code), ['VALUE_NOT_INTEGER']);
  });

  it('a negative fractional count gets both codes', () => {
    const f = with2021({ table: 'proactive', row: 'licensing', column: 'decisions' }, -0.5);
    assert.deepEqual(f.map((x) => x.code), ['VALUE_NOT_INTEGER', 'VALUE_NEGATIVE']);
  });

  it('money may be fractional but not negative', () => {
    assert.deepEqual(with2019({ table: 'proactive', row: 'procurement', column: 'amountYuan' }, 258463.87), []);
    assert.deepEqual(with2021({ table: 'proactive', row: 'fees', column: 'amountTenThousandYuan' }, 12.34), []);
    const y = with2019({ table: 'proactive', row: 'procurement', column: 'amountYuan' }, -100.5);
    assert.deepEqual(y.map((f) => f.code), ['VALUE_NEGATIVE']);
    assert.equal(y[0]?.message, '第二部分“第二十条第（九）项”“政府集中采购”行“采购总金额”列为-100.5：金额不能为负数');
    const w = with2021({ table: 'proactive', row: 'fees', column: 'amountTenThousandYuan' }, -1);
    assert.deepEqual(w.map((f) => [f.code, f.column]), [['VALUE_NEGATIVE', 'amountTenThousandYuan']]);
  });

  it('null cells are not values', () => {
    assert.deepEqual(with2019({ table: 'applications', row: 'granted', column: 'total' }, null), []);
    assert.deepEqual(with2021({ table: 'applications', row: 'otherNoCorrection', column: 'total' }, null), []);
  });

  it('checks the 2021-only rows of section 三', () => {
    const f = with2021({ table: 'applications', row: 'otherNoCorrection', column: 'other' }, -1);
    assert.equal(f[0]?.message, '第三部分“（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请”行“其他”列为-1：数量不能为负数');
  });
});
