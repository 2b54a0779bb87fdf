import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { arbitraryReport, generateReport } from '../testkit/generate.js';
import { checkArithmetic } from './checks/arithmetic.js';
import { allCellRefs, emptyFigures, getCell, setCell } from './figures.js';
import { sumFigures } from './figures-sum.js';

test('the sum is cell by cell, labelled as asked', () => {
  const a = generateReport(1, '2021').figures;
  const b = generateReport(2, '2021').figures;
  const sum = sumFigures('2021', [a, b], { year: 2024, agency: '某县人民政府' });
  assert.equal(sum.year, 2024);
  assert.equal(sum.agency, '某县人民政府');
  assert.equal(sum.format, '2021');
  for (const ref of allCellRefs('2021')) {
    const [x, y] = [getCell(a, ref), getCell(b, ref)];
    assert.equal(getCell(sum, ref), x === null || y === null ? null : Number((x + y).toFixed(6)), `${ref.table}.${ref.row}.${ref.column}`);
  }
});

test('no parts: every cell 0; one part: itself', () => {
  const zero = sumFigures('2019', []);
  assert.ok(allCellRefs('2019').every((ref) => getCell(zero, ref) === 0));
  const one = generateReport(3, '2019').figures;
  const same = sumFigures('2019', [one], { year: one.year, agency: one.agency });
  assert.deepEqual(same, one);
});

test('an unknown cell makes the sum of that cell unknown, and only that cell', () => {
  const a = emptyFigures('2021');
  const b = emptyFigures('2021');
  for (const ref of allCellRefs('2021')) {
    setCell(a, ref, 1);
    setCell(b, ref, 2);
  }
  setCell(b, { table: 'applications', row: 'granted', column: 'total' }, null);
  const sum = sumFigures('2021', [a, b]);
  assert.equal(getCell(sum, { table: 'applications', row: 'granted', column: 'total' }), null);
  assert.equal(getCell(sum, { table: 'applications', row: 'granted', column: 'naturalPerson' }), 3);
});

test('money adds without float noise', () => {
  const ref = { table: 'proactive', row: 'fees', column: 'amountTenThousandYuan' } as const;
  const a = emptyFigures('2021');
  const b = emptyFigures('2021');
  setCell(a, ref, 0.1);
  setCell(b, ref, 0.2);
  assert.equal(getCell(sumFigures('2021', [a, b]), ref), 0.3);
});

test('figures of the other format are refused', () => {
  assert.throws(() => sumFigures('2021', [emptyFigures('2019')]), RangeError);
});

test('property: balanced reports sum to a balanced report, in any order', () => {
  fc.assert(
    fc.property(fc.constantFrom('2019' as const, '2021' as const).chain((f) => fc.tuple(fc.constant(f), fc.array(arbitraryReport(f), { minLength: 1, maxLength: 4 }))), ([format, reports]) => {
      const parts = reports.map((r) => r.figures);
      const sum = sumFigures(format, parts, { year: null, agency: null });
      const errors = checkArithmetic({ figures: sum, title: null, publishedAt: null, signedAt: null, narratives: {} }).filter((f) => f.severity === 'error');
      assert.deepEqual(errors, []);
      assert.deepEqual(sumFigures(format, [...parts].reverse()), sumFigures(format, parts));
    }),
    { numRuns: 50 },
  );
});
