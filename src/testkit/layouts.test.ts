import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { allCellRefs, type ReportFigures } from '../core/figures.js';
import { FORMAT_VERSIONS, FORMATS, RESULTS_GROUP, SECTIONS } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { normalizeLabel } from '../core/text.js';
import { sectionHeading } from '../render/labels.js';
import { sampleReport } from './layouts-sample.js';
import { EMPTY_CELL_LINE, encodeGbk, encodeUtf16le, renderLayout, TEXT_LAYOUTS } from './layouts.js';

function seed(name: string): { text: string; report: Report } {
  const text = readFileSync(new URL(`../../fixtures/seeds/${name}.txt`, import.meta.url), 'utf8');
  const figures = JSON.parse(
    readFileSync(new URL(`../../fixtures/seeds-expected/${name}.json`, import.meta.url), 'utf8'),
  ) as ReportFigures;
  return { text, report: { figures, title: null, publishedAt: null, signedAt: null, narratives: {} } };
}

/** A line compared loosely: trailing separators dropped, half-width, no white space. */
const loose = (line: string) => normalizeLabel(line.replace(/[\s|]+$/, ''));

function grantedLabel(format: '2019' | '2021'): string {
  return FORMATS[format].applicationRows.find((r) => r.key === 'granted')!.cellLabel;
}

for (const format of FORMAT_VERSIONS) {
  for (const layout of TEXT_LAYOUTS) {
    test(`${format} ${layout}: a whole report — title, headings in order, narratives, signature`, () => {
      const report = sampleReport(format);
      const text = renderLayout(report, layout);
      const lines = text.split('\n');
      assert.equal(lines[0], `凤翔区人民政府${report.figures.year}年政府信息公开工作年度报告`);
      const headingAt = SECTIONS.map((s) => lines.indexOf(sectionHeading(s)));
      assert.ok(headingAt.every((i, k) => i > 0 && (k === 0 || i > headingAt[k - 1]!)), String(headingAt));
      assert.ok(lines.includes('改进情况：进一步规范公开流程。'));
      assert.ok(lines.includes(`${report.figures.year! + 1}年1月18日`));
      assert.ok(text.endsWith('\n') && !text.endsWith('\n\n'));
    });
  }

  test(`${format} tab: every table line spans the full grid (4, 10 or 15 fields)`, () => {
    const lines = renderLayout(sampleReport(format), 'tab').split('\n').filter((l) => l.includes('\t'));
    const widths = new Set(lines.map((l) => l.split('\t').length));
    assert.deepEqual([...widths].sort((a, b) => a - b), [4, 10, 15]);
    const granted = lines.find((l) => l.includes(grantedLabel(format)))!;
    assert.deepEqual(granted.split('\t').slice(0, 3), [RESULTS_GROUP, grantedLabel(format), '']);
    // Rows under a row span start with an empty field, as PDF extraction gives them.
    const next = lines[lines.indexOf(granted) + 1]!;
    assert.equal(next.split('\t')[0], '');
  });

  test(`${format} cellPerLine: one cell per line, a blank line after each row`, () => {
    const report = sampleReport(format);
    const text = renderLayout(report, 'cellPerLine');
    const blocks = text.split('\n\n').map((b) => b.split('\n'));
    const granted = blocks.find((b) => b.includes(grantedLabel(format)))!;
    assert.equal(granted.length, 2 + 7);
    assert.deepEqual(granted.slice(0, 2), [RESULTS_GROUP, grantedLabel(format)]);
    assert.ok(granted.slice(2).every((l) => /^\d+$/.test(l)));
    const numbers = text.split('\n').filter((l) => /^[+-]?\d+(\.\d+)?$/.test(l));
    assert.equal(numbers.length, allCellRefs(format).length);
  });

  test(`${format} pipe: rows are cells joined by " | "`, () => {
    const lines = renderLayout(sampleReport(format), 'pipe').split('\n');
    const granted = lines.find((l) => l.includes(grantedLabel(format)))!;
    const cells = granted.split(' | ');
    assert.equal(cells.length, 2 + 7);
    assert.equal(cells[0], RESULTS_GROUP);
  });
}

test('null values: empty fields, and a no-break space line in cellPerLine so rows stay intact', () => {
  const report = sampleReport('2021');
  report.figures.applications.granted!.total = null;
  const pipe = renderLayout(report, 'pipe').split('\n').find((l) => l.includes(grantedLabel('2021')))!;
  assert.ok(pipe.endsWith(' | '));
  const blocks = renderLayout(report, 'cellPerLine').split('\n\n').map((b) => b.split('\n'));
  const granted = blocks.find((b) => b.includes(grantedLabel('2021')))!;
  assert.equal(granted.length, 9);
  assert.equal(granted[8], EMPTY_CELL_LINE);
});

test('options: full-width digits and thousands separators touch values only', () => {
  const report = sampleReport('2019');
  const plain = renderLayout(report, 'pipe');
  const wide = renderLayout(report, 'pipe', { fullWidthDigits: true });
  const grouped = renderLayout(report, 'pipe', { thousands: true });
  const both = renderLayout(report, 'pipe', { fullWidthDigits: true, thousands: true });
  assert.ok(plain.includes(' | +98 | ') && plain.includes(' | +1036 | ') && plain.includes(' | 258463.87 | '));
  assert.ok(wide.includes(' | +９８ | ') && wide.includes(' | -１ | ') && wide.includes(' | ２５８４６３.８７ | '));
  assert.ok(grouped.includes(' | +1,036 | ') && grouped.includes(' | 258,463.87 | ') && grouped.includes(' | 98 | '));
  assert.ok(both.includes(' | +１,０３６ | '));
  // Narratives and dates keep their digits.
  for (const text of [wide, grouped, both]) {
    assert.ok(text.includes('全年主动公开政府信息1298条'));
    assert.ok(text.includes('2021年1月18日'));
    assert.ok(!/[０-９]/.test(text.split('\n')[0]!));
  }
  assert.doesNotMatch(grouped, /\d,\d{3}条/);
});

test('pipe layout reproduces seed 000 line for line (after normalisation)', () => {
  const { text, report } = seed('000_2dce2b3aa394c094');
  const seedLines = new Set(text.split('\n').map(loose));
  const tableLines = renderLayout(report, 'pipe').split('\n').filter((l) => l.includes(' | '));
  assert.ok(tableLines.length > 40);
  assert.deepEqual(tableLines.filter((l) => !seedLines.has(loose(l))), []);
});

test('tab layout reproduces the section 二 and 四 lines of seed 004', () => {
  const { text, report } = seed('004_9f9181b0c1958dbe');
  const seedLines = new Set(text.split('\n').map(loose));
  const blocks = renderLayout(report, 'tab').split('\n\n');
  const section = (no: string) => blocks[blocks.findIndex((b) => b.startsWith(`${no}、`)) + 1]!.split('\n');
  const lines = [...section('二'), ...section('四')];
  assert.equal(lines.length, 5 + 5 + 8 + 4);
  assert.deepEqual(lines.filter((l) => !seedLines.has(loose(l))), []);
});

test('encodeGbk writes GB18030 that decodes back; encodeUtf16le starts with FF FE', () => {
  const text = renderLayout(sampleReport('2021'), 'tab');
  const gbk = encodeGbk(text);
  assert.notDeepEqual(gbk, Buffer.from(text, 'utf8'));
  assert.equal(iconv.decode(gbk, 'gb18030'), text);
  assert.equal(iconv.decode(gbk, 'gbk'), text, 'the sample uses GBK characters only');
  const utf16 = encodeUtf16le(text);
  assert.deepEqual([...utf16.subarray(0, 2)], [0xff, 0xfe]);
  assert.equal(utf16.length, 2 + text.length * 2);
  assert.equal(utf16.subarray(2).toString('utf16le'), text);
});
