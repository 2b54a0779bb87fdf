import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allCellRefs, refKey } from '../core/figures.js';
import { DATASET_COLUMNS, FIGURE_COLUMNS, headerOf, INFO_COLUMNS, mergeOrder } from './bulk-columns.js';

test('every cell of both formats is one column, and no column is anything else', () => {
  const keys = new Set([...allCellRefs('2019'), ...allCellRefs('2021')].map(refKey));
  assert.deepEqual(new Set(FIGURE_COLUMNS.map((c) => c.key)), keys);
  assert.equal(FIGURE_COLUMNS.length, keys.size);
});

test('headers are unique both ways, so pandas, R and Excel filters keep every column', () => {
  for (const style of ['label', 'key'] as const) {
    const headers = DATASET_COLUMNS.map((c) => headerOf(c, style));
    assert.equal(new Set(headers).size, headers.length, style);
  }
});

test('labels are Chinese label paths; shared cells with differing labels name both', () => {
  const byKey = new Map(FIGURE_COLUMNS.map((c) => [c.key, c]));
  assert.equal(byKey.get('applications.resultsTotal.naturalPerson')?.label, '三·（七）总计·自然人');
  assert.equal(byKey.get('reviewLitigation.litigationAfterReview.total')?.label, '四·行政诉讼·复议后起诉·总计');
  assert.equal(byKey.get('proactive.licensing.decisions')?.label, '二·行政许可·处理决定数量／本年处理决定数量');
  assert.deepEqual(byKey.get('proactive.licensing.decisions')?.formats, ['2019', '2021']);
  assert.deepEqual(byKey.get('proactive.fees.amountTenThousandYuan')?.formats, ['2021']);
  assert.deepEqual(byKey.get('applications.otherHandling.total')?.formats, ['2019']);
});

test('the info columns come first, then the tables in order, 2021 rows beside their 2019 neighbours', () => {
  assert.deepEqual(DATASET_COLUMNS.slice(0, 4).map((c) => c.key), ['source', 'status', 'errorCode', 'errorMessage']);
  assert.equal(DATASET_COLUMNS[INFO_COLUMNS.length]?.key, 'proactive.regulations.newlyMade');
  const at = (k: string) => FIGURE_COLUMNS.findIndex((c) => c.key === k);
  assert.ok(at('applications.otherHandling.total') < at('applications.otherNoCorrection.naturalPerson'));
  assert.ok(at('applications.otherElse.total') < at('applications.resultsTotal.naturalPerson'));
  assert.ok(at('proactive.fees.change') < at('proactive.fees.amountTenThousandYuan'));
});

test('mergeOrder puts items only in b before the next shared item', () => {
  assert.deepEqual(mergeOrder(['a', 'x', 'z'], ['a', 'p', 'q', 'z']), ['a', 'x', 'p', 'q', 'z']);
  assert.deepEqual(mergeOrder(['a', 'b'], ['c']), ['a', 'b', 'c']);
  assert.deepEqual(mergeOrder([], ['c', 'd']), ['c', 'd']);
});
