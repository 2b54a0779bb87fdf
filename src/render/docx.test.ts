// The Word export: official page set-up and fonts, and tables merged exactly as the official layout.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import JSZip from 'jszip';
import type { Finding } from '../core/finding.js';
import type { FormatVersion } from '../core/formats.js';
import { docxToLines } from '../reader/docx-lines.js';
import { htmlToLines } from '../reader/html-lines.js';
import { generateReport } from '../testkit/generate.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { renderDocx } from './docx.js';
import { renderHtml } from './html.js';
import { buildLayout, sectionGrids } from './layout.js';

async function part(docx: Buffer, path: string): Promise<string> {
  const file = (await JSZip.loadAsync(docx)).file(path);
  assert.ok(file, `${path} is in the package`);
  return file.async('string');
}

const count = (xml: string, re: RegExp): number => xml.match(re)?.length ?? 0;

for (const format of ['2019', '2021'] as FormatVersion[]) {
  test(`${format}: every rowspan is a vertical merge and every colspan a grid span, as in the layout`, async () => {
    const report = sampleReport(format);
    const xml = await part(await renderDocx(report), 'word/document.xml');
    const cells = sectionGrids(buildLayout(report.figures)).flatMap((g) => g.rows.flat());
    const restarts = cells.filter((c) => c.rowspan > 1).length;
    const continues = cells.reduce((s, c) => s + c.rowspan - 1, 0);
    // A merged-down cell repeats its column span in every row it covers.
    const spans = cells.filter((c) => c.colspan > 1).reduce((s, c) => s + c.rowspan, 0);
    assert.equal(count(xml, /<w:vMerge w:val="restart"\/>/g), restarts);
    assert.equal(count(xml, /<w:vMerge w:val="continue"\/>|<w:vMerge\/>/g), continues);
    assert.equal(count(xml, /<w:gridSpan w:val="\d+"\/>/g), spans);
    assert.equal(count(xml, /<w:tbl>/g), 3, 'one table per section 二, 三, 四');
  });

  test(`${format}: read back, the Word tables give the HTML export's rows cell for cell`, async () => {
    for (const report of [sampleReport(format), generateReport(11, format), generateReport(12, format)]) {
      const lines = await docxToLines(await renderDocx(report));
      assert.ok(Array.isArray(lines));
      const html = htmlToLines(renderHtml(report));
      assert.deepEqual(lines.map((l) => [l.kind, ...l.cells]), html.map((l) => [l.kind, ...l.cells]));
    }
  });
}

test('GB/T 9704 page: A4, margins 37/35/28/26 mm, page numbers in the footer', async () => {
  const docx = await renderDocx(sampleReport('2021'));
  const xml = await part(docx, 'word/document.xml');
  const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
  assert.match(xml, new RegExp(`<w:pgSz w:w="${twips(210)}" w:h="${twips(297)}"`));
  for (const [side, mm] of [['top', 37], ['bottom', 35], ['left', 28], ['right', 26]] as const) {
    assert.match(xml, new RegExp(`w:${side}="${twips(mm)}"`), side);
  }
  assert.match(await part(docx, 'word/footer1.xml'), /PAGE/);
});

test('official fonts with substitutes: 方正小标宋简体 title, 仿宋_GB2312 body, 黑体 headings', async () => {
  const docx = await renderDocx(sampleReport('2019'));
  const xml = await part(docx, 'word/document.xml');
  assert.match(xml, /w:eastAsia="方正小标宋简体"[^>]*\/>(?:(?!<\/w:r>).)*<w:sz w:val="44"\/>(?:(?!<\/w:r>).)*凤翔区人民政府2020年政府信息公开工作年度报告/s);
  assert.match(xml, /w:eastAsia="黑体"(?:(?!<\/w:r>).)*一、总体情况/s);
  assert.match(xml, /w:eastAsia="仿宋_GB2312"[^>]*\/>(?:(?!<\/w:r>).)*<w:sz w:val="32"\/>(?:(?!<\/w:r>).)*本年度，我区/s);
  const fonts = await part(docx, 'word/fontTable.xml');
  assert.match(fonts, /<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"\/>/);
  assert.match(fonts, /<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"\/>/);
});

test('findings, when given, follow the report on a new page', async () => {
  const finding: Finding = { code: 'ARITHMETIC_R1', severity: 'error', message: '第一项加第二项之和不等于第三项加第四项之和。', section: '三' };
  const xml = await part(await renderDocx(sampleReport('2021'), [finding]), 'word/document.xml');
  assert.match(xml, /<w:pageBreakBefore\/>(?:(?!<\/w:p>).)*检查结果（共1条）/s);
  assert.match(xml, /ARITHMETIC_R1 第一项加第二项之和不等于第三项加第四项之和。/);
  assert.doesNotMatch(await part(await renderDocx(sampleReport('2021')), 'word/document.xml'), /检查结果/);
});
