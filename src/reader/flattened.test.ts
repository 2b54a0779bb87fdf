// Tables printed with every value run together: split by the tables' own arithmetic, never guessed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import type { ReportFigures } from '../core/figures.js';
import { REPO_ROOT } from '../testkit/fixtures.js';
import { arbitraryReport } from '../testkit/generate.js';
import { renderLayout } from '../testkit/layouts.js';
import { cuts } from './flattened.js';
import { readReport } from './read-report.js';

const DIR = join(REPO_ROOT, 'fixtures', 'flattened');
const load = (name: string) => ({
  text: readFileSync(join(DIR, `${name}.txt`), 'utf8'),
  truth: JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as ReportFigures,
});

/** Every cell read is the true one; returns the cells left null. */
function neverWrong(got: ReportFigures, truth: ReportFigures): string[] {
  const unknown: string[] = [];
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    for (const [row, cells] of Object.entries(truth[table])) {
      for (const [column, want] of Object.entries(cells)) {
        const value = got[table][row]![column];
        if (value === null) unknown.push(`${table}.${row}.${column}`);
        else assert.equal(value, want, `${table}.${row}.${column}`);
      }
    }
  }
  return unknown;
}

test('cuts: every way to split digits into the cells, signs starting new values', () => {
  const seven = Array.from({ length: 7 }, () => 'count' as const);
  const c = cuts(['801000081'], seven)!;
  assert.ok(c.some((x) => x.join('|') === '80|1|0|0|0|0|81'));
  assert.ok(c.every((x) => x.length === 7));
  assert.deepEqual(cuts(['0000000'], seven), [[0, 0, 0, 0, 0, 0, 0]]);
  assert.deepEqual(cuts(['000000000000000'], Array.from({ length: 15 }, () => 'count' as const)), [Array(15).fill(0)]);
  const signed = cuts(['21+981780'], ['count', 'signedCount', 'count'])!;
  assert.ok(signed.some((x) => x.join('|') === '21|98|1780'));
  assert.ok(cuts(['12-1'], ['count', 'signedCount', 'count'])!.some((x) => x.join('|') === '1|2|-1') === false, 'a negative count is no cut');
  assert.deepEqual(cuts(['05'], ['count', 'count']), [[0, 5]], 'no number starts with 0');
  assert.equal(cuts(['1'.repeat(40)], Array.from({ length: 15 }, () => 'count' as const)), null, 'too many cuts: unknown');
});

for (const name of ['2019-complete', '2021-complete']) {
  test(`flattened ${name}: sections 三 and 四 (with a 15-digit review/litigation run) read exactly`, () => {
    const { text, truth } = load(name);
    assert.match(text, /^\d{15,}$/m, 'the fixture has a run of 15+ digits for section 四');
    const r = readReport(text);
    assert.ok(r.ok);
    assert.deepEqual(r.report.figures.applications, truth.applications);
    assert.deepEqual(r.report.figures.reviewLitigation, truth.reviewLitigation);
    neverWrong(r.report.figures, truth);
    assert.ok(r.diagnostics.some((d) => d.code === 'VALUES_RUN_TOGETHER'));
  });
}

for (const name of ['2019-ambiguous', '2021-ambiguous']) {
  test(`flattened ${name}: where several cuts fit, cells stay null and the candidates are listed`, () => {
    const { text, truth } = load(name);
    const r = readReport(text);
    assert.ok(r.ok);
    const unknown = neverWrong(r.report.figures, truth).filter((k) => !k.startsWith('proactive'));
    assert.ok(unknown.length > 0, 'some cell of 三/四 is ambiguous');
    const listed = r.diagnostics.filter((d) => d.code === 'CELL_UNKNOWN' && d.table !== 'proactive');
    assert.ok(listed.length > 0);
    for (const d of listed) assert.match(d.message, /可能的读法：\d/);
  });
}

test('property: flattened tables of random reports never yield a wrong number', () => {
  fc.assert(
    fc.property(arbitraryReport(), (report) => {
      const r = readReport(renderLayout(report, 'flattened'));
      assert.ok(r.ok);
      neverWrong(r.report.figures, report.figures);
    }),
    { numRuns: Number(process.env['ROUND_TRIP_RUNS'] ?? 60) },
  );
});
