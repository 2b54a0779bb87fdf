import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { appealKindLabel, appealOutcomeFromLabel, appealStatusLabel, appealStatusOn, concludeAppeal, fileAppeal, type Appeal } from './appeals.js';

function ok(r: ReturnType<typeof fileAppeal>): Appeal {
  if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
  return r.appeal;
}

describe('appeals', () => {
  it('are filed, then concluded once with one outcome', () => {
    const review = ok(fileAppeal({ id: 'FY-1', kind: 'review', applicationId: 'YSQ-2024-001', filedOn: '2024-11-01' }));
    assert.equal(appealStatusOn(review, '2024-12-31'), 'pending');
    assert.equal(appealStatusOn(review, '2024-10-31'), null);
    const done = ok(concludeAppeal(review, '2025-01-10', 'corrected'));
    assert.equal(appealStatusOn(done, '2024-12-31'), 'pending');
    assert.equal(appealStatusOn(done, '2025-01-10'), 'corrected');
    const twice = concludeAppeal(done, '2025-01-11', 'maintained');
    assert.ok(!twice.ok && twice.code === 'APPEAL_ALREADY_CONCLUDED');
    const early = concludeAppeal(review, '2024-10-01', 'maintained');
    assert.ok(!early.ok && early.code === 'APPEAL_DATE_ORDER');
    const bad = concludeAppeal(review, '2024-12-01', 'won' as never);
    assert.ok(!bad.ok && bad.code === 'APPEAL_OUTCOME_INVALID');
  });

  it('litigation after review follows a concluded review', () => {
    const review = ok(fileAppeal({ id: 'FY-1', kind: 'review', filedOn: '2024-03-01' }));
    const open = fileAppeal({ id: 'SS-1', kind: 'litigationAfterReview', filedOn: '2024-06-01' }, review);
    assert.ok(!open.ok && open.code === 'APPEAL_REVIEW_LINK_INVALID');
    const decided = ok(concludeAppeal(review, '2024-05-01', 'maintained'));
    const before = fileAppeal({ id: 'SS-1', kind: 'litigationAfterReview', filedOn: '2024-04-01' }, decided);
    assert.ok(!before.ok && before.code === 'APPEAL_DATE_ORDER');
    const wrongKind = fileAppeal({ id: 'SS-1', kind: 'litigationDirect', filedOn: '2024-06-01' }, decided);
    assert.ok(!wrongKind.ok && wrongKind.code === 'APPEAL_REVIEW_LINK_INVALID');
    assert.equal(ok(fileAppeal({ id: 'SS-1', kind: 'litigationAfterReview', filedOn: '2024-06-01' }, decided)).reviewId, 'FY-1');
    const noKind = fileAppeal({ id: 'X', kind: 'appeal' as never, filedOn: '2024-06-01' });
    assert.ok(!noKind.ok && noKind.code === 'APPEAL_KIND_INVALID');
    const noId = fileAppeal({ id: ' ', kind: 'review', filedOn: '2024-06-01' });
    assert.ok(!noId.ok && noId.code === 'APPEAL_FIELD_MISSING');
    const badDate = fileAppeal({ id: 'X', kind: 'review', filedOn: '2024-06-31' });
    assert.ok(!badDate.ok && badDate.code === 'DATE_INVALID');
  });

  it('use the labels of section 四', () => {
    assert.equal(appealKindLabel('litigationDirect'), '未经复议直接起诉');
    assert.equal(appealStatusLabel('pending'), '尚未审结');
    assert.equal(appealOutcomeFromLabel('结果维持'), 'maintained');
    assert.equal(appealOutcomeFromLabel('纠正'), 'corrected');
    assert.equal(appealOutcomeFromLabel('其他结果'), 'other');
    assert.equal(appealOutcomeFromLabel('驳回'), null);
  });
});
