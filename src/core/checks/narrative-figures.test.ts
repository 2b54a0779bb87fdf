import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { blankReport } from '../../testkit/generate-blank.js';
import { checkNarrativeFigures } from './narrative-figures.js';

function report(text: string) {
  const r = blankReport({ year: 2023 });
  Object.assign(r.figures.applications['newReceived']!, { naturalPerson: 80, commercial: 1, total: 81 });
  Object.assign(r.figures.applications['carriedOver']!, { naturalPerson: 2, total: 2 });
  Object.assign(r.figures.reviewLitigation['review']!, { maintained: 3, total: 3 });
  Object.assign(r.figures.reviewLitigation['litigationDirect']!, { maintained: 1, total: 1 });
  Object.assign(r.figures.reviewLitigation['litigationAfterReview']!, { pending: 1, total: 1 });
  r.narratives['一'] = text;
  return r;
}

describe('checkNarrativeFigures', () => {
  it('NARRATIVE_FIGURES_MISMATCH when the text states counts the tables do not give', () => {
    const findings = checkNarrativeFigures(report('2023年，全年共收到政府信息公开申请90件。因政府信息公开被申请行政复议4件，被提起行政诉讼 5 件。'));
    assert.deepEqual(findings.map((f) => f.code), ['NARRATIVE_FIGURES_MISMATCH', 'NARRATIVE_FIGURES_MISMATCH', 'NARRATIVE_FIGURES_MISMATCH']);
    assert.match(findings[0]!.message, /收到政府信息公开申请90件.*81件/);
  });

  it('accepts the table figures, including 新收 + 上年结转 for 共收到, and full-width digits', () => {
    assert.deepEqual(checkNarrativeFigures(report('全年共收到政府信息公开申请81件，被申请行政复议3件，被提起行政诉讼2件。')), []);
    assert.deepEqual(checkNarrativeFigures(report('本年度共收到政府信息公开申请８３件。')), []);
  });

  it('says nothing when the text has no such sentence or the table cell is unknown', () => {
    assert.deepEqual(checkNarrativeFigures(report('认真做好政府信息公开工作。')), []);
    const r = report('全年共收到政府信息公开申请90件。');
    r.figures.applications['newReceived']!['total'] = null;
    r.figures.applications['carriedOver']!['total'] = null;
    assert.deepEqual(checkNarrativeFigures(r), []);
  });
});
