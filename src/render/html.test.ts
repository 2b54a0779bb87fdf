import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DomUtils, parseDocument } from 'htmlparser2';
import { allCellRefs, getCell, refKey } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { FORMAT_VERSIONS, FORMATS, RESULTS_GROUP, SECTIONS } from '../core/formats.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { escapeHtml, renderHtml } from './html.js';
import { expandGrid, formatValue, type GridRow } from './layout.js';
import { sectionHeading } from './labels.js';

type Element = ReturnType<typeof DomUtils.getElementsByTagName>[number];

const HOSTILE = '<script>alert("x")</script>&局';

function parse(html: string) {
  return parseDocument(html);
}

function tables(html: string): Element[] {
  return DomUtils.getElementsByTagName('table', parse(html));
}

function text(el: Element): string {
  return DomUtils.textContent(el);
}

/** A parsed HTML table as grid rows, so the spans can be checked by expanding them again. */
function tableRows(table: Element): GridRow[] {
  return DomUtils.getElementsByTagName('tr', table).map((tr) =>
    DomUtils.getElementsByTagName((name) => name === 'td' || name === 'th', tr).map((cell) => ({
      text: text(cell),
      rowspan: Number(cell.attribs.rowspan ?? 1),
      colspan: Number(cell.attribs.colspan ?? 1),
      header: cell.name === 'th',
    })),
  );
}

function tbodyRows(table: Element): Element[] {
  const tbody = DomUtils.getElementsByTagName('tbody', table)[0];
  assert.ok(tbody);
  return DomUtils.getElementsByTagName('tr', tbody);
}

for (const format of FORMAT_VERSIONS) {
  const dataRows = format === '2019' ? 23 : 25;
  const resultSpan = format === '2019' ? 20 : 22;

  test(`${format}: a complete Chinese page with the six headings in order`, () => {
    const html = renderHtml(sampleReport(format));
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.match(html, /<meta charset="utf-8">/);
    assert.match(html, /@media print/);
    assert.match(html, /size: A4/);
    const doc = parse(html);
    const h1 = DomUtils.getElementsByTagName('h1', doc);
    assert.deepEqual(h1.map(text), [`凤翔区人民政府${sampleReport(format).figures.year}年政府信息公开工作年度报告`]);
    const h2 = DomUtils.getElementsByTagName('h2', doc).map(text);
    assert.deepEqual(h2, SECTIONS.map(sectionHeading));
    const paragraphs = DomUtils.getElementsByTagName('p', doc).map(text);
    assert.ok(paragraphs.includes('改进情况：进一步规范公开流程。'), 'each narrative line is a paragraph');
  });

  test(`${format}: self-contained — no scripts, links, images or external URLs`, () => {
    const html = renderHtml(sampleReport(format));
    assert.doesNotMatch(html, /<script|<link|<img|src=|href=|@import|url\(/i);
  });

  test(`${format}: section 三 has ${dataRows} data rows and 三、本年度办理结果 spans ${resultSpan}`, () => {
    const html = renderHtml(sampleReport(format));
    const [proactive, applications, review] = tables(html);
    assert.ok(proactive && applications && review);
    assert.equal(tables(html).length, 3);
    assert.equal(tbodyRows(applications).length, dataRows);
    const results = DomUtils.findOne((el) => el.name === 'td' && text(el) === RESULTS_GROUP, [applications]);
    assert.equal(results?.attribs.rowspan, String(resultSpan));
    const deniedGroup = FORMATS[format].applicationRows.find((r) => r.key === 'deniedStateSecret')!.group!;
    const denied = DomUtils.findOne((el) => el.name === 'td' && text(el) === deniedGroup, [applications]);
    assert.equal(denied?.attribs.rowspan, '8');
    if (format === '2021') {
      const otherGroup = FORMATS[format].applicationRows.find((r) => r.key === 'otherElse')!.group!;
      const other = DomUtils.findOne((el) => el.name === 'td' && text(el) === otherGroup, [applications]);
      assert.equal(other?.attribs.rowspan, '3');
    }
    // The spans as printed tile the grid exactly: 10 columns in 三, 15 in 四, 4 in 二.
    for (const [table, width] of [
      [applications, 10],
      [review, 15],
      [proactive, 4],
    ] as const) {
      for (const row of expandGrid(tableRows(table))) {
        assert.equal(row.length, width);
        assert.ok(row.every((slot) => slot !== null));
      }
    }
    // Only tables whose headers all come first get a <thead> (repeated on each printed page).
    assert.equal(DomUtils.getElementsByTagName('thead', proactive).length, 0);
    const applicationsHead = DomUtils.getElementsByTagName('thead', applications)[0]!;
    assert.equal(DomUtils.getElementsByTagName('tr', applicationsHead).length, 3);
    const reviewData = tbodyRows(review);
    assert.equal(reviewData.length, 1);
    assert.equal(DomUtils.getElementsByTagName('td', reviewData[0]!).length, 15);
  });

  test(`${format}: every figure can be read back from its cell`, () => {
    const report = sampleReport(format);
    const doc = parse(renderHtml(report));
    const cells = DomUtils.findAll((el) => el.attribs['data-cell'] !== undefined, doc.children);
    assert.equal(cells.length, allCellRefs(format).length);
    const byRef = new Map(cells.map((el) => [el.attribs['data-cell'], text(el)]));
    for (const ref of allCellRefs(format)) {
      const value = getCell(report.figures, ref);
      assert.ok(value !== null);
      assert.equal(Number(byRef.get(refKey(ref))), value, refKey(ref));
    }
  });
}

test('a signed change renders "+98", a decrease "-1", money plainly', () => {
  const html = renderHtml(sampleReport('2019'));
  assert.match(html, /data-cell="proactive\.licensing\.change">\+98</);
  assert.match(html, /data-cell="proactive\.otherServices\.change">-1</);
  assert.match(html, /data-cell="proactive\.penalties\.change">0</);
  assert.match(html, /data-cell="proactive\.procurement\.amountYuan">258463\.87</);
});

test('null figures render as empty cells', () => {
  const report = sampleReport('2021');
  report.figures.applications.granted!.total = null;
  const html = renderHtml(report);
  assert.match(html, /<td class="num" data-cell="applications\.granted\.total"><\/td>/);
  assert.equal(formatValue(null, 'count'), '');
});

test('hostile agency names and narratives are escaped', () => {
  const report = sampleReport('2019', HOSTILE);
  report.narratives.五 = `正常一行\n${HOSTILE}\n"quoted" 'single'`;
  const html = renderHtml(report, [
    { code: '<b>X</b>', severity: 'error', message: HOSTILE, table: 'applications', row: 'granted', column: 'total' },
  ]);
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<b>X/);
  assert.ok(html.includes(escapeHtml(HOSTILE)));
  assert.ok(html.includes('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;局'));
  // The parsed page shows the hostile text as text, in the title, the paragraphs and the findings.
  const doc = parse(html);
  assert.equal(DomUtils.getElementsByTagName('script', doc).length, 0);
  assert.ok(text(DomUtils.getElementsByTagName('h1', doc)[0]!).startsWith(HOSTILE));
  assert.ok(DomUtils.getElementsByTagName('p', doc).some((p) => text(p) === HOSTILE));
});

test('escapeHtml covers the five special characters', () => {
  assert.equal(escapeHtml(`<a href="x" title='y'>&</a>`), '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
});

test('report.title wins over the composed title', () => {
  const report = sampleReport('2021');
  report.title = '某某局2023年度政府信息公开工作报告';
  const h1 = DomUtils.getElementsByTagName('h1', parse(renderHtml(report)));
  assert.equal(text(h1[0]!), report.title);
});

test('findings are listed after the report, errors first, with their place', () => {
  const findings: Finding[] = [
    { code: 'W1', severity: 'warning', message: '警告消息', section: '五' },
    { code: 'R2_RESULTS_TOTAL', severity: 'error', message: '错误消息', table: 'applications', row: 'resultsTotal', column: 'naturalPerson', line: 12 },
  ];
  const html = renderHtml(sampleReport('2019'), findings);
  const doc = parse(html);
  const section = DomUtils.findOne((el) => el.attribs.class === 'findings', doc.children);
  assert.ok(section);
  const items = DomUtils.getElementsByTagName('li', section).map(text);
  assert.equal(items.length, 2);
  assert.match(items[0]!, /^错误 R2_RESULTS_TOTAL 错误消息/);
  const resultsTotal = FORMATS['2019'].applicationRows.find((r) => r.key === 'resultsTotal')!.cellLabel;
  assert.ok(items[0]!.includes(resultsTotal) && items[0]!.includes('第12行'));
  assert.match(items[1]!, /^警告 W1/);
  assert.ok(html.indexOf('class="findings"') > html.indexOf('id="section-六"'));
  assert.doesNotMatch(renderHtml(sampleReport('2019')), /class="findings"/);
  assert.match(renderHtml(sampleReport('2019'), []), /未发现问题/);
});
