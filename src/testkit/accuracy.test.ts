// The reader on the labelled corpus (fixtures/corpus): no cell may be read as a wrong number.
// Missing cells (read null where the truth is known) are allowed; the read rate is reported.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { emptyFigures, type ReportFigures } from '../core/figures.js';
import { cellName, corpusDocuments, readRate, scoreCorpus, scoreFigures } from './accuracy.js';
import { REPO_ROOT } from './fixtures.js';
import { contractErrors } from './schema.js';

const CORPUS_DIR = join(REPO_ROOT, 'fixtures', 'corpus');

test('scoreFigures: correct, wrong (including a number where the truth is null) and missing cells', () => {
  const expected = emptyFigures('2021', 2022, '某县人民政府');
  const got = emptyFigures('2021', 2022, '某县');
  expected.applications['newReceived']!['naturalPerson'] = 5; // read right
  got.applications['newReceived']!['naturalPerson'] = 5;
  expected.applications['newReceived']!['total'] = 6; // read wrong
  got.applications['newReceived']!['total'] = 7;
  expected.applications['granted']!['total'] = 3; // not read
  got.reviewLitigation['review']!['total'] = 0; // a number where the truth is unknown
  expected.proactive['fees']!['amountTenThousandYuan'] = 4068.208; // money compares as a number
  got.proactive['fees']!['amountTenThousandYuan'] = 4068.208;
  const s = scoreFigures('x.txt', expected, got);
  assert.equal(s.labelled, 4);
  assert.equal(s.correct, 2);
  assert.equal(s.wrong, 2);
  assert.equal(s.missing, 1);
  assert.deepEqual(s.wrongCells.map(cellName).sort(), ['applications.newReceived.total', 'reviewLitigation.review.total']);
  assert.deepEqual(s.meta, [{ field: 'agency', expected: '某县人民政府', got: '某县' }]);
});

test('scoreFigures: an unreadable document leaves every labelled cell missing', () => {
  const expected = emptyFigures('2019', 2020, null);
  expected.applications['resultsTotal']!['total'] = 0;
  const s = scoreFigures('x.txt', expected, null, 'NOT_A_REPORT: …');
  assert.equal(s.missing, 1);
  assert.equal(s.wrong, 0);
  assert.equal(s.readFailure, 'NOT_A_REPORT: …');
});

test('every corpus document has expected figures in the contract shape', () => {
  const docs = corpusDocuments(CORPUS_DIR);
  assert.ok(docs.length >= 10, `only ${docs.length} labelled documents`);
  for (const { expected } of docs) {
    const figures = JSON.parse(readFileSync(expected, 'utf8')) as ReportFigures;
    assert.equal(contractErrors(figures), null, expected);
  }
});

test('the reader reads no cell of the corpus as a wrong number', async (t) => {
  const score = await scoreCorpus(CORPUS_DIR);
  for (const d of score.documents) {
    const note = d.readFailure ? ` (read failed: ${d.readFailure.split(':')[0]})` : '';
    t.diagnostic(`${d.file}: ${d.correct}/${d.labelled} correct, ${d.wrong} wrong, ${d.missing} missing${note}`);
  }
  t.diagnostic(`overall: ${score.correct}/${score.labelled} labelled cells read (${readRate(score).toFixed(1)}%), ${score.missing} missing`);
  const wrong = score.documents.flatMap((d) =>
    d.wrongCells.map((c) => `${d.file} ${cellName(c)}: expected ${String(c.expected)}, got ${String(c.got)}`),
  );
  assert.deepEqual(wrong, [], `wrong cells:\n${wrong.join('\n')}`);
});
