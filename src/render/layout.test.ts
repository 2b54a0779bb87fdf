import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allCellRefs, emptyFigures, getCell, refKey, setCell, type ReportFigures } from '../core/figures.js';
import {
  APPLICANT_COLUMNS,
  APPLICATIONS_NOTE,
  FORMATS,
  FORMAT_VERSIONS,
  LITIGATION_LABEL,
  PROACTIVE_HEADER_LABEL,
  RESULTS_GROUP,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_LABEL,
  type FormatVersion,
} from '../core/formats.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import {
  buildLayout,
  expandGrid,
  formatValue,
  leadingHeaderRows,
  mergeSubTables,
  sectionGrids,
  valueCells,
  type GridTable,
} from './layout.js';

/** The group label a section 三 row sits under, read from the format (labels are never retyped). */
function groupOf(format: FormatVersion, rowKey: string): string {
  return FORMATS[format].applicationRows.find((r) => r.key === rowKey)!.group!;
}

function labelOf(format: FormatVersion, rowKey: string): string {
  return FORMATS[format].applicationRows.find((r) => r.key === rowKey)!.cellLabel;
}

function findCell(table: GridTable, text: string) {
  return table.rows.flat().find((c) => c.text === text);
}

/** Every position covered exactly once and every row exactly `width` wide. */
function assertRectangular(table: GridTable): void {
  const matrix = expandGrid(table.rows);
  assert.equal(matrix.length, table.rows.length);
  for (const [r, slots] of matrix.entries()) {
    assert.equal(slots.length, table.width, `row ${r} of ${table.table} has width ${slots.length}`);
    assert.ok(slots.every((s) => s !== null), `row ${r} of ${table.table} has a hole`);
  }
}

test('formatValue: null, counts, signed changes, money', () => {
  assert.equal(formatValue(null, 'count'), '');
  assert.equal(formatValue(0, 'count'), '0');
  assert.equal(formatValue(1780, 'count'), '1780');
  assert.equal(formatValue(98, 'signedCount'), '+98');
  assert.equal(formatValue(-1, 'signedCount'), '-1');
  assert.equal(formatValue(0, 'signedCount'), '0');
  assert.equal(formatValue(-0, 'signedCount'), '0');
  assert.equal(formatValue(258463.87, 'yuan'), '258463.87');
  assert.equal(formatValue(24672.02 * 10000, 'yuan'), '246720200');
  assert.equal(formatValue(0.1 + 0.2, 'tenThousandYuan'), '0.3');
  assert.equal(formatValue(12.5, 'tenThousandYuan'), '12.5');
  assert.equal(formatValue(Number.NaN, 'count'), '');
});

for (const format of FORMAT_VERSIONS) {
  const resultRows = format === '2019' ? 20 : 22;
  const dataRows = format === '2019' ? 23 : 25;

  test(`${format}: section 三 has 3 header rows, ${dataRows} data rows and the official spans`, () => {
    const { applications } = buildLayout(sampleReport(format).figures);
    assert.equal(applications.width, 10);
    assert.equal(leadingHeaderRows(applications.rows), 3);
    assert.equal(applications.rows.length - 3, dataRows);
    assert.equal(dataRows, FORMATS[format].applicationRows.length);
    assertRectangular(applications);
    const note = findCell(applications, APPLICATIONS_NOTE);
    assert.deepEqual([note?.rowspan, note?.colspan, note?.header], [3, 3, true]);
    assert.equal(findCell(applications, RESULTS_GROUP)?.rowspan, resultRows);
    assert.equal(findCell(applications, groupOf(format, 'deniedStateSecret'))?.rowspan, 8);
    assert.equal(findCell(applications, groupOf(format, 'unavailableNotHeld'))?.rowspan, 3);
    assert.equal(findCell(applications, groupOf(format, 'notProcessedPetition'))?.rowspan, 5);
    if (format === '2021') {
      const other = findCell(applications, groupOf(format, 'otherElse'));
      assert.deepEqual([other?.rowspan, other?.colspan], [3, 1]);
    } else {
      const other = findCell(applications, labelOf(format, 'otherHandling'));
      assert.deepEqual([other?.rowspan, other?.colspan], [1, 2]);
    }
    const newReceived = findCell(applications, labelOf(format, 'newReceived'));
    assert.equal(newReceived?.colspan, 3);
    // Each data row ends with the seven applicant columns in order.
    for (const row of applications.rows.slice(3)) {
      assert.deepEqual(
        row.slice(-7).map((c) => c.value?.ref.column),
        APPLICANT_COLUMNS.map((c) => c.key),
      );
    }
  });

  test(`${format}: section 四 has three header rows and one data row of 15 values`, () => {
    const { reviewLitigation } = buildLayout(sampleReport(format).figures);
    assertRectangular(reviewLitigation);
    assert.equal(leadingHeaderRows(reviewLitigation.rows), 3);
    assert.equal(reviewLitigation.rows.length, 4);
    const data = reviewLitigation.rows[3]!;
    assert.equal(data.length, 15);
    assert.ok(data.every((c) => c.value));
    assert.deepEqual(
      data.map((c) => c.value!.ref.row),
      [...Array(5).fill('review'), ...Array(5).fill('litigationDirect'), ...Array(5).fill('litigationAfterReview')],
    );
    assert.deepEqual(
      reviewLitigation.rows[0]!.map((c) => [c.text, c.colspan]),
      [
        [REVIEW_LABEL, 5],
        [LITIGATION_LABEL, 10],
      ],
    );
    assert.deepEqual(
      reviewLitigation.rows[1]!.slice(5).map((c) => c.text),
      REVIEW_GROUPS.slice(1).map((g) => g.label),
    );
    assert.equal(reviewLitigation.rows[2]!.length, 2 * REVIEW_COLUMNS.length);
  });

  test(`${format}: section 二 sub-tables carry their captions and merge into one 4-column table`, () => {
    const { proactive } = buildLayout(sampleReport(format).figures);
    assert.deepEqual(
      proactive.map((t) => t.caption),
      FORMATS[format].proactive.map((t) => t.caption),
    );
    for (const t of proactive) {
      assertRectangular(t);
      assert.equal(t.rows[0]![0]!.text, PROACTIVE_HEADER_LABEL);
    }
    const merged = mergeSubTables(proactive);
    assert.equal(merged.width, 4);
    assertRectangular(merged);
    const captions = merged.rows.filter((r) => r.length === 1 && r[0]!.caption);
    assert.equal(captions.length, proactive.length);
    assert.ok(captions.every((r) => r[0]!.colspan === 4));
  });

  test(`${format}: every cell of the format appears exactly once, formatted`, () => {
    const { figures } = sampleReport(format);
    const cells = sectionGrids(buildLayout(figures)).flatMap((g) => valueCells(g.rows));
    const keys = cells.map((c) => refKey(c.value!.ref));
    assert.deepEqual([...keys].sort(), allCellRefs(format).map(refKey).sort());
    for (const c of cells) assert.equal(c.text, formatValue(getCell(figures, c.value!.ref), c.value!.kind));
  });
}

/** The row of a merged section 二 grid whose cells hold the given contract row. */
function proactiveRow(table: GridTable, rowKey: string) {
  return table.rows.find((r) => r.some((c) => c.value?.ref.row === rowKey))!;
}

test('2019 fee and procurement sub-tables are padded with a filler; 2021 single columns stretch', () => {
  const merged2019 = mergeSubTables(buildLayout(sampleReport('2019').figures).proactive);
  const procurement = proactiveRow(merged2019, 'procurement');
  assert.deepEqual(
    procurement.map((c) => [c.text, c.colspan]),
    [
      [FORMATS['2019'].proactive[4]!.rows[0]!.label, 1],
      ['16', 1],
      ['258463.87', 1],
      ['', 1],
    ],
  );
  const licensing = proactiveRow(merged2019, 'licensing');
  assert.equal(licensing[2]!.text, '+98');

  const merged2021 = mergeSubTables(buildLayout(sampleReport('2021').figures).proactive);
  const fees = proactiveRow(merged2021, 'fees');
  assert.deepEqual(
    fees.map((c) => [c.text, c.colspan]),
    [
      [FORMATS['2021'].proactive[3]!.rows[0]!.label, 1],
      ['24.5', 3],
    ],
  );
});

/** Random figures: any mix of nulls, counts, signed changes and money. */
function arbitraryFigures(format: FormatVersion) {
  const refs = allCellRefs(format);
  return fc
    .array(fc.option(fc.integer({ min: -5000, max: 100000 }), { nil: null }), {
      minLength: refs.length,
      maxLength: refs.length,
    })
    .map((values): ReportFigures => {
      const figures = emptyFigures(format, 2022, '测试局');
      refs.forEach((ref, i) => setCell(figures, ref, values[i] ?? null));
      return figures;
    });
}

for (const format of FORMAT_VERSIONS) {
  test(`${format}: property — grids stay rectangular and show each figure in its place`, () => {
    fc.assert(
      fc.property(arbitraryFigures(format), (figures) => {
        for (const grid of sectionGrids(buildLayout(figures))) {
          assertRectangular(grid);
          for (const c of valueCells(grid.rows)) {
            const raw = getCell(figures, c.value!.ref);
            assert.equal(c.value!.raw, raw);
            assert.equal(c.text, formatValue(raw, c.value!.kind));
          }
        }
      }),
      { numRuns: 50 },
    );
  });
}
