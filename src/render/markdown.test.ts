import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCellRefs, getCell } from '../core/figures.js';
import {
  APPLICANT_COLUMNS,
  FORMAT_VERSIONS,
  FORMATS,
  PROACTIVE_HEADER_LABEL,
  RESULTS_GROUP,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  SECTIONS,
} from '../core/formats.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { formatValue } from './layout.js';
import { sectionHeading } from './labels.js';
import { escapeMarkdownCell, renderMarkdown } from './markdown.js';

/** Cells of a pipe-table line, split on unescaped pipes, unescaped. */
function splitRow(line: string): string[] {
  assert.ok(line.startsWith('| ') && line.endsWith(' |'), line);
  return line
    .slice(2, -2)
    .split(/ (?<!\\)\| /)
    .map((c) => c.trim().replace(/\\(.)/g, '$1'));
}

/** Every pipe table of a document: consecutive lines starting with "|". */
function pipeTables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      current ??= [];
      current.push(splitRow(line));
    } else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

for (const format of FORMAT_VERSIONS) {
  const spec = FORMATS[format];

  test(`${format}: headings in order, narratives as paragraphs`, () => {
    const md = renderMarkdown(sampleReport(format));
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    assert.equal(headings[0], `# 凤翔区人民政府${sampleReport(format).figures.year}年政府信息公开工作年度报告`);
    assert.deepEqual(headings.slice(1), SECTIONS.map((s) => `## ${sectionHeading(s)}`));
    assert.ok(md.includes('\n\n存在的问题：公开内容不够全面。\n\n改进情况：进一步规范公开流程。\n\n'));
  });

  test(`${format}: every table has a separator and the same column count on every line`, () => {
    const tables = pipeTables(renderMarkdown(sampleReport(format)));
    assert.equal(tables.length, spec.proactive.length + 2);
    for (const table of tables) {
      const width = table[0]!.length;
      assert.ok(table[1]!.every((c) => c === '---'));
      for (const row of table) assert.equal(row.length, width);
    }
    const widths = tables.map((t) => t[0]!.length);
    assert.deepEqual(widths, [...spec.proactive.map((t) => t.columns.length + 1), 10, 15]);
  });

  test(`${format}: section 三 rows read "label cells | values" and give back every figure`, () => {
    const report = sampleReport(format);
    const tables = pipeTables(renderMarkdown(report));
    const applications = tables[spec.proactive.length]!;
    const rows = applications.slice(2);
    assert.equal(rows.length, spec.applicationRows.length);
    rows.forEach((cells, i) => {
      const r = spec.applicationRows[i]!;
      const labels = cells.slice(0, 3);
      const expected =
        r.group === null ? [r.cellLabel, '', ''] : r.group === RESULTS_GROUP ? [RESULTS_GROUP, r.cellLabel, ''] : [RESULTS_GROUP, r.group, r.cellLabel];
      assert.deepEqual(labels, expected);
      assert.deepEqual(
        cells.slice(3).map(Number),
        APPLICANT_COLUMNS.map((c) => getCell(report.figures, { table: 'applications', row: r.key, column: c.key })),
      );
    });
    // The stacked header names each value column fully.
    const header = applications[0]!;
    assert.ok(header[3]!.endsWith(APPLICANT_COLUMNS[0]!.label));
    assert.equal(header[1], '');
  });

  test(`${format}: sections 二 and 四 give back every figure as formatted`, () => {
    const report = sampleReport(format);
    const tables = pipeTables(renderMarkdown(report));
    spec.proactive.forEach((t, i) => {
      const table = tables[i]!;
      assert.deepEqual(table[0], [PROACTIVE_HEADER_LABEL, ...t.columns.map((c) => c.label)]);
      t.rows.forEach((r, j) => {
        const cells = table[2 + j]!;
        assert.equal(cells[0], r.label);
        t.columns.forEach((c, k) => {
          const value = getCell(report.figures, { table: 'proactive', row: r.key, column: c.key });
          assert.equal(cells[k + 1], formatValue(value, c.kind));
        });
      });
    });
    const review = tables[tables.length - 1]!;
    assert.equal(review.length, 3);
    const values = REVIEW_GROUPS.flatMap((g) =>
      REVIEW_COLUMNS.map((c) => getCell(report.figures, { table: 'reviewLitigation', row: g.key, column: c.key })),
    );
    assert.deepEqual(review[2]!.map(Number), values);
    assert.ok(review[0]![14]!.includes(REVIEW_GROUPS[2]!.label));
    // Every cell of the format is somewhere in the tables.
    assert.equal(allCellRefs(format).length, tables.reduce((n, t) => n + t.slice(2).flat().filter((c) => /^[+-]?\d+(\.\d+)?$/.test(c)).length, 0));
  });
}

test('signed changes keep their sign: "+98" and "-1" in cells, not escaped', () => {
  const md = renderMarkdown(sampleReport('2019'));
  assert.ok(md.includes('| 7 | +98 | 8 |'));
  assert.ok(md.includes('| 9 | -1 | 10 |'));
});

test('untrusted text cannot break tables or inject HTML', () => {
  const report = sampleReport('2019', '某|局<script>');
  report.narratives.六 = '<img src=x onerror=alert(1)>\n# 不是标题\n- 不是列表\n1. 不是编号\n**不加粗**';
  const md = renderMarkdown(report, [{ code: 'X`Y', severity: 'info', message: 'a|b\nc', table: 'applications', row: 'granted' }]);
  assert.ok(md.startsWith('# 某\\|局\\<script\\>2020年'));
  assert.ok(md.includes('\\<img src=x onerror=alert(1)\\>'));
  assert.ok(md.includes('\n\\# 不是标题\n'));
  assert.ok(md.includes('\n\\- 不是列表\n'));
  assert.ok(md.includes('\n1\\. 不是编号\n'));
  assert.ok(md.includes('\\*\\*不加粗\\*\\*'));
  assert.ok(md.includes('- **提示** `XY` a\\|b c'));
  assert.equal(escapeMarkdownCell('a | b\nc'), 'a \\| b c');
  assert.equal(escapeMarkdownCell('-1'), '-1');
});

test('findings: none given → no section; empty list → 未发现问题', () => {
  assert.doesNotMatch(renderMarkdown(sampleReport('2021')), /检查结果/);
  assert.match(renderMarkdown(sampleReport('2021'), []), /## 检查结果\n\n未发现问题。/);
});
