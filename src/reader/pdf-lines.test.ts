// PDF → lines → report: the committed PDF fixtures (printed from our HTML export) read to exactly
// their figures and to the same lines as the HTML itself; scans, damage, page and time limits give a
// clear ReadFailure, never an exception or a hang.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import type { Cell, ReportFigures } from '../core/figures.js';
import type { FormatVersion } from '../core/formats.js';
import { renderHtml } from '../render/html.js';
import { REPO_ROOT } from '../testkit/fixtures.js';
import { generateReport } from '../testkit/generate.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { htmlToLines } from './html-lines.js';
import type { Line } from './lines.js';
import { pdfToLines, PDF_LIMITS } from './pdf-lines.js';
import { readDocument } from './read-document.js';
import type { ReadFailure } from './read-report.js';

const GENERATED = join(REPO_ROOT, 'fixtures', 'generated');
const fixture = (file: string): Buffer => readFileSync(join(GENERATED, file));
const manifest = JSON.parse(fixture('manifest.json').toString('utf8')) as {
  fixtures: { name: string; format: FormatVersion; blanks: boolean }[];
};
const figures = (file: string): ReportFigures => JSON.parse(fixture(file).toString('utf8')) as ReportFigures;

for (const f of manifest.fixtures) {
  test(`fixture ${f.name}.pdf reads to exactly the figures of ${f.name}.json`, async () => {
    const r = await readDocument(fixture(`${f.name}.pdf`));
    assert.ok(r.ok, r.ok ? '' : `${r.code} ${r.message}`);
    assert.equal(r.kind, 'pdf');
    const printed = figures(`${f.name}.json`);
    if (!f.blanks) {
      assert.deepEqual(r.report.figures, printed);
    } else {
      // A cell printed empty reads as null, or as its true value when the identities force it.
      const truth = figures(`${f.name}.truth.json`);
      assert.deepEqual({ ...r.report.figures, proactive: {}, applications: {}, reviewLitigation: {} }, { ...printed, proactive: {}, applications: {}, reviewLitigation: {} });
      for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
        for (const [row, cells] of Object.entries(printed[table])) {
          for (const [column, shown] of Object.entries(cells)) {
            const got: Cell = r.report.figures[table][row]?.[column] ?? null;
            if (shown !== null) assert.equal(got, shown, `${table}.${row}.${column}`);
            else assert.ok(got === null || got === truth[table][row]![column], `${table}.${row}.${column}: ${got}`);
          }
        }
      }
    }
    assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), []);
  });
}

/** `sub` in order within `all` (other lines may come between: the table header repeated on a new page). */
function inOrder(sub: readonly Line[], all: readonly Line[]): string[] {
  const key = (l: Line) => `${l.kind}:${l.cells.join('|')}`;
  const missing: string[] = [];
  let j = 0;
  for (const line of sub) {
    let k = j;
    while (k < all.length && key(all[k]!) !== key(line)) k++;
    if (k === all.length) missing.push(key(line));
    else j = k + 1;
  }
  return missing;
}

test('a printed HTML export gives the same lines as the HTML itself: rows, merged cells, wrapped text', async () => {
  const sources = { 'sample-2019': sampleReport('2019'), 'random-2019': generateReport(2019, '2019'), 'random-2021': generateReport(2021, '2021') };
  for (const [name, report] of Object.entries(sources)) {
    const lines = await pdfToLines(fixture(`${name}.pdf`));
    assert.ok(Array.isArray(lines), name);
    assert.deepEqual(inOrder(htmlToLines(renderHtml(report)), lines), [], name);
    assert.ok(!lines.some((l) => /^— \d+ —$/.test(l.cells.join(''))), `${name}: page numbers are dropped`);
  }
});

// ---- Bad input --------------------------------------------------------------------------------------

async function fails(bytes: Uint8Array, code?: ReadFailure['code']): Promise<ReadFailure> {
  const r = await readDocument(bytes);
  assert.equal(r.ok, false, 'expected a failure');
  if (r.ok) throw new Error('unreachable');
  if (code) assert.equal(r.code, code, r.message);
  assert.match(r.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
  return r;
}

test('a scan (pages of pictures, no text layer) is INPUT_SCANNED', async () => {
  const r = await fails(fixture('scanned.pdf'), 'INPUT_SCANNED');
  assert.match(r.message, /扫描件/);
});

test('truncated PDFs fail clearly at any length', async () => {
  const whole = fixture('random-2019.pdf');
  for (const share of [0.02, 0.3, 0.6, 0.9, 0.99]) {
    const r = await readDocument(whole.subarray(0, Math.floor(whole.length * share)));
    // What survives may be a few pages: never figures from a broken file without saying so.
    if (r.ok) assert.fail(`${share}: a truncated PDF read as a whole report`);
    else assert.match(r.message, /[\u4e00-\u9fff]/);
  }
});

test('random bytes behind a PDF header are damaged', async () => {
  let x = 987654321;
  const noise = Uint8Array.from({ length: 50_000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const bytes = Buffer.concat([Buffer.from('%PDF-1.7\n'), noise]);
  await fails(bytes, 'INPUT_DAMAGED');
  await fails(Buffer.from('%PDF-1.4\n%%EOF\n'), 'INPUT_DAMAGED');
});

const HELVETICA = ['<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
/** STSong-Light, not embedded, UCS-2 codes through the predefined UniGB-UCS2-H CMap: needs pdfjs's CMaps. */
const ST_SONG = (first: number) => [
  `<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [${first + 1} 0 R] >>`,
  `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${first + 2} 0 R /DW 1000 >>`,
  '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
];

/** A small valid PDF: one page per content stream, the font as F1 (objects from 3 on). */
function minimalPdf(contents: readonly string[], font: string[] = HELVETICA, trailer = '', pageExtra = ''): Buffer {
  const objects: string[] = [];
  const pageIds = contents.map((_, i) => 3 + font.length + 2 * i);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${contents.length} >>`;
  font.forEach((o, i) => (objects[3 + i] = o));
  contents.forEach((content, i) => {
    const id = pageIds[i]!;
    objects[id] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ${pageExtra}/Resources << /Font << /F1 3 0 R >> >> /Contents ${id + 1} 0 R >>`;
    objects[id + 1] = `<< /Length ${Buffer.byteLength(content)} >>\nstream\n${content}\nendstream`;
  });
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(pdf);
    pdf += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(pdf);
  pdf += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) pdf += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const textAt = (x: number, y: number, s: string) => `BT /F1 12 Tf ${x} ${y} Td (${s}) Tj ET`;

test('a plain PDF: lines top to bottom, columns split, page numbers dropped', async () => {
  const pdf = minimalPdf([
    [textAt(72, 760, 'Annual report'), textAt(72, 700, 'Rules'), textAt(300, 700, '12'), textAt(400, 700, '7'), textAt(290, 40, '- 1 -')].join('\n'),
    [textAt(72, 760, 'Second page'), textAt(290, 40, '- 2 -')].join('\n'),
  ]);
  const lines = await pdfToLines(pdf);
  assert.ok(Array.isArray(lines), 'ok' in lines ? lines.message : '');
  assert.deepEqual(
    lines.map((l) => [l.kind, ...l.cells]),
    [['text', 'Annual report'], ['tab', 'Rules', '12', '7'], ['text', 'Second page']],
  );
  // Text that is not a report is no report.
  await fails(pdf, 'NOT_A_REPORT');
});

test('a page turned by /Rotate reads as displayed; text shown sideways (a watermark) is left out', async () => {
  const content = [
    'BT /F1 12 Tf 0 1 -1 0 300 100 Tm (Upright when displayed) Tj ET', // runs up the page, shown left to right
    'BT /F1 30 Tf 1 0 0 1 100 300 Tm (SIDEWAYS) Tj ET', // runs along the page, shown top to bottom
  ].join('\n');
  const lines = await pdfToLines(minimalPdf([content], HELVETICA, '', '/Rotate 90 '));
  assert.ok(Array.isArray(lines), 'ok' in lines ? lines.message : '');
  assert.deepEqual(lines.map((l) => l.cells), [['Upright when displayed']]);
});

test('Chinese text in a non-embedded font with a predefined CMap (UniGB-UCS2-H) is read', async () => {
  const hex = (s: string) => [...s].map((c) => c.charCodeAt(0).toString(16).padStart(4, '0')).join('');
  const pdf = minimalPdf([`BT /F1 12 Tf 72 700 Td <${hex('政府信息公开')}> Tj ET`], ST_SONG(3));
  const lines = await pdfToLines(pdf);
  assert.ok(Array.isArray(lines), 'ok' in lines ? lines.message : '');
  assert.deepEqual(lines.map((l) => l.cells), [['政府信息公开']]);
});

test('a PDF that needs a password says it is encrypted', async () => {
  // Standard security handler whose check values match no empty password: pdfjs asks for one.
  const hex32 = (seed: number) => Array.from({ length: 32 }, (_, i) => ((seed * (i + 7) * 2654435761) >>> 24).toString(16).padStart(2, '0')).join('');
  const encrypt = `/Encrypt << /Filter /Standard /V 1 /R 2 /O <${hex32(3)}> /U <${hex32(5)}> /P -4 >> /ID [<${hex32(9).slice(0, 32)}> <${hex32(9).slice(0, 32)}>] `;
  const r = await fails(minimalPdf([textAt(72, 700, 'secret')], HELVETICA, encrypt), 'INPUT_DAMAGED');
  assert.match(r.message, /加密/);
});

test('pages without text are a scan; too many pages and too much time are refused', async () => {
  await fails(minimalPdf(['', '0 0 m 100 100 l S']), 'INPUT_SCANNED');
  const many = minimalPdf(Array.from({ length: PDF_LIMITS.maxPages + 1 }, () => ''));
  await fails(many, 'INPUT_TOO_LARGE');
  const slow = await pdfToLines(fixture('random-2021.pdf'), { maxPages: 300, timeoutMs: 1 });
  assert.ok(!Array.isArray(slow) && slow.code === 'INPUT_DAMAGED', 'a 1 ms budget runs out');
  if (!Array.isArray(slow)) assert.match(slow.message, /秒内/);
});
