import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { allCellRefs, emptyFigures, getCell, refKey, setCell } from '../core/figures.js';
import { FORMAT_VERSIONS, FORMATS } from '../core/formats.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { CSV_HEADER, csvField, renderCsv } from './csv.js';
import { TABLE_NAMES } from './labels.js';

/** A strict RFC 4180 reader (CRLF records, quoted fields with doubled quotes), for checking the output. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = text.indexOf('"', j);
        assert.ok(q >= 0, 'unterminated quote');
        value += text.slice(j, q);
        if (text[q + 1] === '"') {
          value += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      field = value;
      continue;
    }
    if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      assert.notEqual(ch, '\n', 'bare LF outside quotes');
      field += ch;
    }
    i++;
  }
  assert.equal(field, '', 'last record must end with CRLF');
  assert.equal(record.length, 0);
  return records;
}

for (const format of FORMAT_VERSIONS) {
  const cells = format === '2019' ? 22 + 161 + 15 : 10 + 175 + 15;

  test(`${format}: BOM, header and exactly one line per cell (${cells})`, () => {
    const csv = renderCsv(sampleReport(format));
    assert.ok(csv.startsWith('\uFEFF'));
    assert.ok(csv.endsWith('\r\n'));
    const records = parseCsv(csv.slice(1));
    assert.deepEqual(records[0], [...CSV_HEADER]);
    assert.equal(records.length - 1, allCellRefs(format).length);
    assert.equal(records.length - 1, cells);
    assert.ok(records.every((r) => r.length === 6));
  });

  test(`${format}: each line names its cell by label and key and carries the figure`, () => {
    const report = sampleReport(format);
    const records = parseCsv(renderCsv(report).slice(1)).slice(1);
    const refs = allCellRefs(format);
    records.forEach(([table, , , rowKey, columnKey, value], i) => {
      const ref = refs[i]!;
      assert.equal(table, TABLE_NAMES[ref.table]);
      assert.equal(`${ref.row}.${ref.column}`, `${rowKey}.${columnKey}`);
      assert.equal(Number(value), getCell(report.figures, ref), refKey(ref));
    });
    const granted = records.find((r) => r[3] === 'granted' && r[4] === 'total')!;
    const spec = FORMATS[format].applicationRows.find((r) => r.key === 'granted')!;
    assert.equal(granted[1], spec.label);
  });
}

test('signed changes are plain numbers: "98" and "-1", never quoted or apostrophed', () => {
  const records = parseCsv(renderCsv(sampleReport('2019')).slice(1));
  const value = (row: string, column: string) => records.find((r) => r[3] === row && r[4] === column)?.[5];
  assert.equal(value('licensing', 'change'), '98');
  assert.equal(value('otherServices', 'change'), '-1');
  assert.equal(value('procurement', 'amountYuan'), '258463.87');
  assert.ok(renderCsv(sampleReport('2019')).includes(',otherServices,change,-1\r\n'));
});

test('null figures are empty fields', () => {
  const report = sampleReport('2021');
  report.figures.reviewLitigation.review!.total = null;
  assert.ok(renderCsv(report).includes(',review,total,\r\n'));
});

test('csvField quotes commas, quotes and line breaks (RFC 4180)', () => {
  assert.equal(csvField('a,b', true), '"a,b"');
  assert.equal(csvField('say "hi"', true), '"say ""hi"""');
  assert.equal(csvField('two\nlines', true), '"two\nlines"');
  assert.equal(csvField('plain', true), 'plain');
});

test('csvField guards text against formula injection but leaves numbers alone', () => {
  assert.equal(csvField('=HYPERLINK("http://x")', true), `"'=HYPERLINK(""http://x"")"`);
  assert.equal(csvField('+1', true), "'+1");
  assert.equal(csvField('-1', true), "'-1");
  assert.equal(csvField('@SUM(A1)', true), "'@SUM(A1)");
  assert.equal(csvField('\tcmd', true), "'\tcmd");
  assert.equal(csvField('-1', false), '-1');
  assert.equal(csvField('正常文本', true), '正常文本');
});

for (const format of FORMAT_VERSIONS) {
  test(`${format}: property — any figures (nulls, negatives, cents) read back from the CSV`, () => {
    const refs = allCellRefs(format);
    const value = fc.option(
      fc.oneof(fc.integer({ min: -999, max: 10_000_000 }), fc.integer({ min: 0, max: 99_999_999 }).map((fen) => fen / 100)),
      { nil: null },
    );
    fc.assert(
      fc.property(fc.array(value, { minLength: refs.length, maxLength: refs.length }), (values) => {
        const figures = emptyFigures(format, 2022, '=cmd|"局",x');
        refs.forEach((ref, i) => setCell(figures, ref, values[i] ?? null));
        const report = { figures, title: null, publishedAt: null, signedAt: null, narratives: {} };
        const records = parseCsv(renderCsv(report).slice(1)).slice(1);
        assert.equal(records.length, refs.length);
        records.forEach((record, i) => {
          const expected = values[i] ?? null;
          const field = record[5]!;
          if (expected === null) assert.equal(field, '');
          else assert.equal(Number(field), expected);
        });
      }),
      { numRuns: 40 },
    );
  });
}
