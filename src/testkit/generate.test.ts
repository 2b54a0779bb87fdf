import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { agencyKind } from '../core/checks/agency.js';
import { runChecks } from '../core/checks/index.js';
import { statutoryDeadline } from '../core/checks/publication-deadline.js';
import { allCellRefs, emptyFigures, getCell } from '../core/figures.js';
import { FORMATS, FORMAT_VERSIONS, formatForYear, type FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { arbitraryReport, generateReport } from './generate.js';

const RUNS = 500;

/** Everything a generated report promises, beyond passing the checks. */
function assertWellFormed(report: Report, format?: FormatVersion): void {
  const { figures } = report;
  if (format) assert.equal(figures.format, format);
  assert.ok(figures.year !== null && formatForYear(figures.year) === figures.format, `year ${figures.year}`);
  // Same rows and columns as the format, every cell known.
  const shape = (f: typeof figures) =>
    JSON.stringify([f.proactive, f.applications, f.reviewLitigation].map((t) => Object.entries(t).map(([k, r]) => [k, Object.keys(r)])));
  assert.equal(shape(figures), shape(emptyFigures(figures.format)));
  for (const ref of allCellRefs(figures.format)) assert.notEqual(getCell(figures, ref), null);
  const money = figures.proactive['procurement']?.['amountYuan'] ?? figures.proactive['fees']?.['amountTenThousandYuan'];
  assert.ok(money !== null && money !== undefined && Math.round(money * 100) / 100 === money, `money ${money}`);
  if (report.publishedAt) assert.ok(report.publishedAt <= statutoryDeadline(figures.agency, figures.year ?? 0).date);
  for (const text of Object.values(report.narratives)) assert.ok(text && text.length > 0);
}

describe('arbitraryReport', () => {
  for (const format of FORMAT_VERSIONS) {
    it(`${RUNS} random ${format}-format reports pass every check with no finding`, () => {
      fc.assert(
        fc.property(arbitraryReport(format), (report) => {
          assertWellFormed(report, format);
          assert.deepEqual(runChecks(report), []);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('gives both formats when none is asked for', () => {
    const formats = new Set(fc.sample(arbitraryReport(), 100).map((r) => r.figures.format));
    assert.deepEqual([...formats].sort(), ['2019', '2021']);
  });
});

describe('generateReport', () => {
  for (const format of FORMAT_VERSIONS) {
    it(`${RUNS} seeded ${format}-format reports pass every check with no finding`, () => {
      for (let seed = 0; seed < RUNS; seed++) {
        const report = generateReport(seed, format);
        assertWellFormed(report, format);
        assert.deepEqual(runChecks(report), [], `seed ${seed}`);
      }
    });
  }

  it('is deterministic per seed', () => {
    for (const seed of [0, 1, 42, 123456789, 2 ** 32 - 1]) {
      assert.deepEqual(generateReport(seed), generateReport(seed));
      assert.deepEqual(generateReport(seed, '2019'), generateReport(seed, '2019'));
    }
    const distinct = new Set(Array.from({ length: 200 }, (_, seed) => JSON.stringify(generateReport(seed))));
    assert.equal(distinct.size, 200);
  });

  it('covers the cases that matter: kinds of body, formats, zeros, large counts, signed changes, no date', () => {
    const reports = Array.from({ length: 1000 }, (_, seed) => generateReport(seed));
    const kinds = new Set(reports.map((r) => agencyKind(r.figures.agency)));
    assert.deepEqual([...kinds].sort(), ['department', 'localGovernment', 'township']);
    assert.deepEqual([...new Set(reports.map((r) => r.figures.format))].sort(), ['2019', '2021']);
    const cells = reports.flatMap((r) => allCellRefs(r.figures.format).map((ref) => getCell(r.figures, ref) ?? 0));
    assert.ok(cells.some((v) => v === 0));
    assert.ok(cells.some((v) => v > 1000 && Number.isInteger(v)));
    assert.ok(cells.some((v) => v < 0), 'some 本年增/减 is negative');
    assert.ok(cells.some((v) => !Number.isInteger(v)), 'some amount has decimals');
    assert.ok(reports.some((r) => r.publishedAt === null));
    assert.ok(reports.some((r) => (r.figures.applications['newReceived']?.['total'] ?? 0) === 0));
    assert.ok(reports.some((r) => (r.figures.applications['carriedOver']?.['total'] ?? 0) > 0));
    assert.ok(reports.some((r) => (r.figures.proactive['regulations']?.[FORMATS[r.figures.format].proactive[0]?.columns[0]?.key ?? ''] ?? 0) > 0));
  });
});
