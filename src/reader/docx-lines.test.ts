// DOCX → lines: WordprocessingML features one by one, damaged and hostile ZIPs, the committed DOCX
// fixtures, and random reports through renderDocx and back.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import JSZip from 'jszip';
import type { Cell } from '../core/figures.js';
import type { FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { renderDocx } from '../render/docx.js';
import { renderHtml } from '../render/html.js';
import { generateReport } from '../testkit/generate.js';
import { REPO_ROOT } from '../testkit/fixtures.js';
import { docxToLines } from './docx-lines.js';
import type { Line } from './lines.js';
import { readDocument } from './read-document.js';
import { readReport, type ReadFailure } from './read-report.js';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

async function zip(files: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const z = new JSZip();
  for (const [path, data] of Object.entries(files)) z.file(path, data);
  return z.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** A minimal package around a body, with the usual w: prefix unless told otherwise. */
async function docx(body: string, prefix = 'w'): Promise<Uint8Array> {
  const ns = W.replace('xmlns:w', `xmlns:${prefix}`);
  const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><${prefix}:document ${ns}><${prefix}:body>${body}</${prefix}:body></${prefix}:document>`;
  return zip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/document.xml': xml });
}

async function lines(body: string): Promise<Line[]> {
  const r = await docxToLines(await docx(body));
  assert.ok(Array.isArray(r), 'ok' in r ? r.message : '');
  return r;
}

const rows = (ls: readonly Line[]) => ls.map((l) => [l.kind, ...l.cells]);
const p = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`).join('')}</w:p>`;
const tc = (content: string, props = '') => `<w:tc><w:tcPr>${props}</w:tcPr>${content}</w:tc>`;

test('paragraphs: runs join without spaces, breaks start lines, tabs separate a label from values only', async () => {
  const got = await lines(
    p('政府信息', '公开', '工作') +
      '<w:p><w:r><w:t>第一行</w:t><w:br/><w:t>第二行</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="4000"/></w:tabs></w:pPr><w:r><w:t>规章</w:t><w:tab/><w:tab/><w:t>12</w:t></w:r></w:p>' +
      '<w:p/>' +
      '<w:p><w:r><w:t>一、</w:t><w:tab/><w:t>总体情况</w:t></w:r></w:p>' +
      p('  ', '&lt;空&gt; &amp; 实体'),
  );
  assert.deepEqual(rows(got), [
    ['text', '政府信息公开工作'],
    ['text', '第一行'],
    ['text', '第二行'],
    ['tab', '规章', '12'],
    ['text', '一、 总体情况'],
    ['text', '<空> & 实体'],
  ]);
});

test('deleted text, field codes, properties and fallback copies are not text', async () => {
  const got = await lines(
    '<w:p><w:r><w:t>保留</w:t></w:r><w:del><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:rPr><w:rFonts w:ascii="x"/></w:rPr><w:t>文字</w:t></w:r></w:p>' +
      '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">' +
      '<mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice>' +
      '<mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback>' +
      '</mc:AlternateContent></w:r></w:p>',
  );
  assert.deepEqual(rows(got), [
    ['text', '保留文字'],
    ['text', '文本框'],
  ]);
});

test('tables: gridSpan counts once, vMerge continuations are left out, empty cells stay, nested tables join', async () => {
  const table =
    '<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>' +
    `<w:tr>${tc(p('（三）不予公开'), '<w:vMerge w:val="restart"/>')}${tc(p('1.属于', '国家秘密'))}${tc(p('3'))}${tc(p(''))}</w:tr>` +
    `<w:tr>${tc(p(''), '<w:vMerge/>')}${tc(p('2.其他法律行政法规禁止公开'))}${tc(p('0'))}${tc(p('7'))}</w:tr>` +
    `<w:tr>${tc(p(''), '<w:vMerge w:val="continue"/>')}${tc(p('合计'), '<w:gridSpan w:val="2"/>')}${tc(p('9'))}</w:tr>` +
    `<w:tr>${tc(p('外') + '<w:tbl><w:tr>' + tc(p('内1')) + tc(p('内2')) + '</w:tr></w:tbl>')}${tc(p('第一段') + p('第二段'))}${tc('<w:p/>')}${tc('<w:p/>')}</w:tr>` +
    `<w:tr>${tc('<w:p/>')}${tc('<w:p/>')}</w:tr>` +
    '</w:tbl>';
  const got = await lines(p('前') + table + p('后'));
  assert.deepEqual(rows(got), [
    ['text', '前'],
    ['html', '（三）不予公开', '1.属于国家秘密', '3', ''],
    ['html', '2.其他法律行政法规禁止公开', '0', '7'],
    ['html', '合计', '9'],
    ['html', '外 内1 内2', '第一段 第二段', '', ''],
    ['text', '后'],
  ]);
});

test('another namespace prefix for WordprocessingML is read the same', async () => {
  const body = '<ns0:p><ns0:r><ns0:t>政府信息</ns0:t></ns0:r><ns0:r><ns0:t>公开</ns0:t></ns0:r></ns0:p>';
  const r = await docxToLines(await docx(body, 'ns0'));
  assert.ok(Array.isArray(r));
  assert.deepEqual(rows(r), [['text', '政府信息公开']]);
});

// ---- Bad input --------------------------------------------------------------------------------------

async function failsWith(bytes: Uint8Array, code: ReadFailure['code']): Promise<void> {
  const r = await readDocument(bytes);
  assert.equal(r.ok, false, `expected ${code}`);
  if (!r.ok) {
    assert.equal(r.code, code, r.message);
    assert.match(r.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
  }
}

test('a corrupt or truncated zip is damaged', async () => {
  const good = await docx(p('政府信息公开工作年度报告'));
  await failsWith(good.subarray(0, Math.floor(good.length / 2)), 'INPUT_DAMAGED');
  const garbled = Uint8Array.from(good);
  for (let i = 40; i < garbled.length - 30; i += 7) garbled[i] = garbled[i]! ^ 0x5a;
  await failsWith(garbled, 'INPUT_DAMAGED');
  await failsWith(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, ...new Array<number>(200).fill(0)]), 'INPUT_DAMAGED');
});

test('a zip without word/document.xml, an XLSX and a plain zip are named, not read', async () => {
  await failsWith(await zip({ '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': RELS, 'word/styles.xml': '<x/>' }), 'INPUT_DAMAGED');
  await failsWith(await zip({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }), 'INPUT_UNSUPPORTED');
  await failsWith(await zip({ 'ppt/presentation.xml': '<p/>', '[Content_Types].xml': '<Types/>' }), 'INPUT_UNSUPPORTED');
  await failsWith(await zip({ mimetype: 'application/vnd.oasis.opendocument.text', 'content.xml': '<x/>' }), 'INPUT_UNSUPPORTED');
  await failsWith(await zip({ 'report.txt': '报告' }), 'INPUT_UNSUPPORTED');
});

test('a document.xml that inflates past 50 MB is refused without inflating it', async () => {
  const bomb = await zip({
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': RELS,
    'word/document.xml': new Uint8Array(51 * 1024 * 1024).fill(0x20),
  });
  assert.ok(bomb.length < 200_000, 'the bomb itself is small');
  const started = Date.now();
  await failsWith(bomb, 'INPUT_TOO_LARGE');
  assert.ok(Date.now() - started < 5000);
  // A bomb that lies about its size in the central directory is stopped while inflating.
  const liar = Uint8Array.from(bomb);
  const view = new DataView(liar.buffer);
  let patched = 0;
  for (let i = 0; i + 46 < liar.length; i++) {
    if (view.getUint32(i, true) !== 0x02014b50) continue; // central directory entry
    const nameLength = view.getUint16(i + 28, true);
    const name = Buffer.from(liar.subarray(i + 46, i + 46 + nameLength)).toString();
    if (name === 'word/document.xml') {
      view.setUint32(i + 24, 1000, true);
      patched++;
    }
  }
  assert.equal(patched, 1);
  await failsWith(liar, 'INPUT_TOO_LARGE');
});

test('an empty document and a document of pictures say so', async () => {
  await failsWith(await docx('<w:p/><w:p><w:r><w:t>   </w:t></w:r></w:p>'), 'INPUT_EMPTY');
  await failsWith(await docx('<w:p><w:r><w:drawing><wp:inline xmlns:wp="x"/></w:drawing></w:r></w:p>'), 'INPUT_SCANNED');
});

test('a DOCX that is not a report is not taken for one', async () => {
  await failsWith(await docx(p('关于召开会议的通知') + p('请各单位准时参加。')), 'NOT_A_REPORT');
});

// ---- Fixtures and round trips -----------------------------------------------------------------------

const GENERATED = join(REPO_ROOT, 'fixtures', 'generated');
const manifest = JSON.parse(readFileSync(join(GENERATED, 'manifest.json'), 'utf8')) as {
  fixtures: { name: string; format: FormatVersion; blanks: boolean }[];
};

for (const f of manifest.fixtures) {
  test(`fixture ${f.name}.docx reads to exactly the figures of ${f.name}.json`, async () => {
    const r = await readDocument(readFileSync(join(GENERATED, `${f.name}.docx`)));
    assert.ok(r.ok, r.ok ? '' : `${r.code} ${r.message}`);
    assert.equal(r.kind, 'docx');
    assert.deepEqual(r.report.figures, JSON.parse(readFileSync(join(GENERATED, `${f.name}.json`), 'utf8')));
    assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), []);
  });
}

const ROUND_TRIPS = Number(process.env['DOCX_ROUND_TRIPS'] ?? 12);

for (const format of ['2019', '2021'] as FormatVersion[]) {
  test(`${format}: random reports round-trip through renderDocx`, async () => {
    for (let seed = 1; seed <= ROUND_TRIPS; seed++) {
      const report = generateReport(seed * 7919, format);
      const r = await readDocument(await renderDocx(report));
      assert.ok(r.ok, r.ok ? '' : `seed ${seed}: ${r.code} ${r.message}`);
      assert.deepEqual(r.report.figures, report.figures, `seed ${seed}`);
      assert.equal(r.report.title, report.title, `seed ${seed}`);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), [], `seed ${seed}`);
    }
  });

  test(`${format}: blank cells in a DOCX read as in the HTML export, and never as another number`, async () => {
    for (let seed = 1; seed <= ROUND_TRIPS; seed++) {
      const truth = generateReport(seed * 104729, format);
      const shown: Report = structuredClone(truth);
      let i = 0;
      for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
        for (const row of Object.values(shown.figures[table])) {
          for (const column of Object.keys(row)) if ((i++ * 31 + seed) % 23 === 0) row[column] = null;
        }
      }
      const r = await readDocument(await renderDocx(shown));
      assert.ok(r.ok, r.ok ? '' : r.message);
      // The DOCX gives the HTML export's lines, so the reader must make the same of both.
      const html = readReport(renderHtml(shown));
      assert.ok(html.ok);
      assert.deepEqual(r.report.figures, html.report.figures, `seed ${seed}`);
      for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
        for (const [row, cells] of Object.entries(r.report.figures[table])) {
          for (const [column, got] of Object.entries(cells)) {
            if (got === null) continue; // unknown is allowed; a different number never is
            const printed: Cell = shown.figures[table][row]![column] ?? null;
            const real: Cell = truth.figures[table][row]![column] ?? null;
            assert.equal(got, printed ?? real, `seed ${seed} ${table}.${row}.${column}`);
          }
        }
      }
    }
  });
}
