import assert from 'node:assert/strict';
import { test } from 'node:test';
import { emptyFigures, type CellRef } from '../core/figures.js';
import { APPLICANT_COLUMNS, FORMATS } from '../core/formats.js';
import { identitiesFor } from '../core/identities.js';
import { solve } from './solve.js';
import { placements } from './values.js';

const rowCells = (row: string): CellRef[] => APPLICANT_COLUMNS.map((c) => ({ table: 'applications', row, column: c.key }));

function zeroReport() {
  const f = emptyFigures('2021', 2023, '某镇人民政府');
  for (const r of FORMATS['2021'].applicationRows) for (const c of APPLICANT_COLUMNS) f.applications[r.key]![c.key] = 0;
  for (const g of Object.values(f.reviewLitigation)) for (const k of Object.keys(g)) g[k] = 0;
  return f;
}

test('placements keep order and cover every column choice', () => {
  const p = placements([1, 2], 3)!;
  assert.deepEqual(p, [[1, 2, null], [1, null, 2], [null, 1, 2]]);
  assert.equal(placements([0, 0, 0, 0, 0, 0], 7)!.length, 7);
  assert.equal(placements([1, 2, 3, 4, 5, 6, 7], 15), null, 'too many placements to be useful');
});

test('a row of six values is placed when the arithmetic allows only one placement', () => {
  const f = zeroReport();
  // granted: 3 natural persons, 1 commercial, total 4 — printed without the 科研机构 column.
  Object.assign(f.applications['granted']!, { naturalPerson: null, commercial: null, research: null, publicInterest: null, legalService: null, other: null, total: null });
  Object.assign(f.applications['resultsTotal']!, { naturalPerson: 3, commercial: 1, total: 4 });
  Object.assign(f.applications['newReceived']!, { naturalPerson: 3, commercial: 1, total: 4 });
  const printed = [3, 1, 0, 0, 0, 4];
  const result = solve(f, identitiesFor('2021'), [{ cells: rowCells('granted'), candidates: placements(printed, 7)! }]);
  assert.deepEqual(f.applications['granted'], { naturalPerson: 3, commercial: 1, research: 0, publicInterest: 0, legalService: 0, other: 0, total: 4 });
  assert.equal(result.unresolved.length, 0);
  assert.ok(result.inferred.length > 0);
});

test('when several placements fit, the undecided cells stay null', () => {
  const f = zeroReport();
  for (const row of ['newReceived', 'carriedOver', 'carriedForward']) for (const c of APPLICANT_COLUMNS) f.applications[row]![c.key] = null;
  const ambiguous = ['newReceived', 'carriedOver', 'carriedForward'].map((row) => ({ cells: rowCells(row), candidates: placements([0], 7)! }));
  const result = solve(f, identitiesFor('2021'), ambiguous);
  assert.equal(f.applications['newReceived']!['total'], null);
  assert.equal(f.applications['carriedForward']!['naturalPerson'], null);
  assert.equal(result.unresolved.length, 3);
});

test('a table that breaks its own arithmetic is not used to place values', () => {
  const f = zeroReport();
  f.applications['resultsTotal']!['total'] = 5; // R2/R3 broken: the results add to 0
  for (const c of APPLICANT_COLUMNS) f.applications['granted']![c.key] = null;
  const result = solve(f, identitiesFor('2021'), [{ cells: rowCells('granted'), candidates: placements([2, 0, 0, 0, 0, 2], 7)! }]);
  assert.equal(f.applications['granted']!['research'], null);
  assert.ok(result.unresolved.length === 1);
});

test('blank cells are filled only where an identity fixes them', () => {
  const f = zeroReport();
  Object.assign(f.applications['granted']!, { naturalPerson: 2, total: 2 });
  Object.assign(f.applications['resultsTotal']!, { naturalPerson: 2, total: 2 });
  Object.assign(f.applications['newReceived']!, { naturalPerson: 2, total: 2 });
  f.applications['granted']!['commercial'] = null;
  f.reviewLitigation['review']!['pending'] = null;
  f.reviewLitigation['review']!['total'] = null;
  solve(f, identitiesFor('2021'), []);
  assert.equal(f.applications['granted']!['commercial'], 0);
  assert.equal(f.reviewLitigation['review']!['pending'], null, 'two unknowns in one identity stay unknown');
});

test('bounds: a column whose printed results already reach 一 + 二 forces every other cell of it', () => {
  const f = zeroReport();
  // The 其他 column: 4 + 0 applications, and the results printed so far already hold all 4.
  for (const r of FORMATS['2021'].applicationRows) Object.assign(f.applications[r.key]!, { other: null, total: null });
  f.applications['newReceived']!['other'] = 4;
  f.applications['carriedOver']!['other'] = 0;
  f.applications['granted']!['other'] = 3;
  f.applications['unavailableNotHeld']!['other'] = 1;
  solve(f, identitiesFor('2021'), []);
  assert.equal(f.applications['resultsTotal']!['other'], 4, 'at least 3 + 1 by R2, at most 4 + 0 by R1');
  assert.equal(f.applications['carriedForward']!['other'], 0);
  assert.equal(f.applications['otherElse']!['other'], 0);
  assert.equal(f.applications['resultsTotal']!['total'], 4, 'then R3 of the row');
});

test('bounds: two unknowns that may share what is left stay unknown', () => {
  const f = zeroReport();
  for (const r of FORMATS['2021'].applicationRows) Object.assign(f.applications[r.key]!, { other: null, total: null });
  f.applications['newReceived']!['other'] = 5;
  f.applications['carriedOver']!['other'] = 0;
  f.applications['granted']!['other'] = 3;
  const result = solve(f, identitiesFor('2021'), []);
  assert.equal(result.trusted, true);
  assert.equal(f.applications['newReceived']!['total'], 5);
  assert.equal(f.applications['resultsTotal']!['other'], null, 'anything from 3 to 5');
  assert.equal(f.applications['otherElse']!['other'], null);
});

test('a reading placed by row order is kept only when the arithmetic holds with it', () => {
  const f = zeroReport();
  for (const c of APPLICANT_COLUMNS) f.applications['granted']![c.key] = null;
  Object.assign(f.applications['resultsTotal']!, { naturalPerson: 2, total: 2 });
  Object.assign(f.applications['newReceived']!, { naturalPerson: 2, total: 2 });
  const fits = [{ cells: rowCells('granted'), candidates: [[2, 0, 0, 0, 0, 0, 2]], needsTrust: true }];
  solve(f, identitiesFor('2021'), fits);
  assert.equal(f.applications['granted']!['naturalPerson'], 2);

  const g = zeroReport();
  for (const c of APPLICANT_COLUMNS) g.applications['granted']![c.key] = null;
  Object.assign(g.applications['resultsTotal']!, { naturalPerson: 2, total: 2 });
  Object.assign(g.applications['newReceived']!, { naturalPerson: 2, total: 2 });
  const clashes = [{ cells: rowCells('granted'), candidates: [[5, 0, 0, 0, 0, 0, 5]], needsTrust: true }];
  const result = solve(g, identitiesFor('2021'), clashes);
  assert.equal(g.applications['granted']!['naturalPerson'], null, 'R2 says 2: the placement is refused, not forced');
  assert.equal(result.trusted, false);
});
