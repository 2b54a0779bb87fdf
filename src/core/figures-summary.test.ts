import assert from 'node:assert/strict';
import { test } from 'node:test';
import { generateReport } from '../testkit/generate.js';
import { emptyFigures } from './figures.js';
import { keyTotals, newByApplicantType, outcomeGroups } from './figures-summary.js';

test('the result groups of both formats add up to （七）总计', () => {
  for (const format of ['2019', '2021'] as const) {
    for (let seed = 1; seed <= 20; seed++) {
      const f = generateReport(seed, format).figures;
      const groups = outcomeGroups(f);
      assert.deepEqual(
        groups.map((g) => g.label),
        ['予以公开', '部分公开', '不予公开', '无法提供', '不予处理', '其他处理'],
      );
      assert.equal(
        groups.reduce((s, g) => s + (g.value ?? 0), 0),
        f.applications['resultsTotal']!['total'],
      );
    }
  }
  assert.deepEqual(outcomeGroups(emptyFigures('2021')).map((g) => g.key), ['granted', 'partiallyGranted', 'deniedStateSecret', 'unavailableNotHeld', 'notProcessedPetition', 'otherNoCorrection']);
});

test('key totals read the 总计 column; lawsuits add both kinds; unknown stays null', () => {
  const f = generateReport(7, '2021').figures;
  const k = keyTotals(f);
  const rl = f.reviewLitigation;
  assert.equal(k.newReceived, f.applications['newReceived']!['total']);
  assert.equal(k.concluded, f.applications['resultsTotal']!['total']);
  assert.equal(k.lawsuits, rl['litigationDirect']!['total']! + rl['litigationAfterReview']!['total']!);
  assert.equal(keyTotals(emptyFigures('2021')).lawsuits, null);
});

test('new applications by applicant type: the six parts, adding up to 总计', () => {
  const f = generateReport(11, '2021').figures;
  const slices = newByApplicantType(f);
  assert.deepEqual(slices.map((s) => s.label), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
  assert.equal(slices.reduce((s, x) => s + (x.value ?? 0), 0), f.applications['newReceived']!['total']);
});
