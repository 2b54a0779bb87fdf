// The default texts of a draft agree with its tables in both formats (the narrative checks find
// nothing to say about them), leave blanks as placeholders, and the placeholders stop approval.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { checkNarrativeFigures, checkNarrativeYear } from '../core/checks/index.js';
import { emptyFigures } from '../core/figures.js';
import { arbitraryReport } from '../testkit/generate.js';
import { defaultNarratives, PLACEHOLDER, placeholderFindings } from './report-narratives.js';

test('the default texts quote the tables correctly, whatever the figures and format', () => {
  fc.assert(
    fc.property(arbitraryReport(), fc.integer({ min: 2019, max: 2040 }), (report, year) => {
      const figures = { ...report.figures, year };
      const r = { ...report, figures, narratives: defaultNarratives(figures), preamble: undefined, publishedAt: null, signedAt: null };
      assert.deepEqual([...checkNarrativeFigures(r), ...checkNarrativeYear(r)], []);
    }),
    { numRuns: 200 },
  );
});

test('numbers come from the figures; unknown cells become placeholders', () => {
  const figures = emptyFigures('2021', 2024, '甲镇人民政府');
  figures.applications['newReceived']!['total'] = 5;
  figures.applications['carriedOver']!['total'] = 1;
  const texts = defaultNarratives(figures);
  assert.match(texts.一 ?? '', /新收到政府信息公开申请5件，上年结转1件；办结【待补充：数字】件/);
  assert.match(texts.一 ?? '', /《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）/);
  assert.match(defaultNarratives(emptyFigures('2019', 2020)).一 ?? '', /年度报告格式（试行）》（国办公开办函〔2019〕60号）.*2020年1月1日至2020年12月31日/);
  assert.ok(texts.五 && texts.六);
});

test('one error finding per section with placeholders, none without', () => {
  const texts = defaultNarratives(emptyFigures('2021', 2024));
  const findings = placeholderFindings(texts);
  assert.deepEqual(findings.map((f) => [f.code, f.severity, f.section]), [
    ['NARRATIVE_PLACEHOLDER', 'error', '一'],
    ['NARRATIVE_PLACEHOLDER', 'error', '五'],
    ['NARRATIVE_PLACEHOLDER', 'error', '六'],
  ]);
  assert.match(findings[0]!.message, /第一部分“总体情况”还有\d+处待补充的内容/);
  const filled = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.replace(PLACEHOLDER, '已填写')]));
  assert.deepEqual(placeholderFindings(filled), []);
});
