// Malformed, hostile, empty, huge and wrongly encoded input: a clear verdict, never a crash or a guess.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { SEEDS_DIR } from '../testkit/fixtures.js';
import { readReport } from './read-report.js';

const seed = (name: string) => readFileSync(join(SEEDS_DIR, name), 'utf8');

function failsWith(input: Uint8Array | string, code: string): void {
  const r = readReport(input);
  assert.equal(r.ok, false);
  if (!r.ok) {
    assert.equal(r.code, code);
    assert.match(r.message, /[\u4e00-\u9fff]/, 'the message is in Chinese');
  }
}

test('empty and blank files', () => {
  failsWith(new Uint8Array(), 'INPUT_EMPTY');
  failsWith(Buffer.from(' \n\t\r\n  '), 'INPUT_EMPTY');
});

test('binary data', () => {
  let x = 12345;
  const bytes = Uint8Array.from({ length: 100_000 }, () => ((x = (x * 1103515245 + 12345) >>> 0) >>> 16) & 0xff);
  const r = readReport(bytes);
  assert.equal(r.ok, false);
});

test('a 50 MB file is refused at once', () => {
  failsWith(new Uint8Array(50 * 1024 * 1024).fill(0x30), 'INPUT_TOO_LARGE');
});

test('a random web page is not an annual report', () => {
  const page = `<!DOCTYPE html><html><head><title>新闻</title><script>alert(1)</script></head><body>
    <h1>某某县召开政务公开工作推进会</h1><p>会议强调，要做好政府信息公开工作。</p>
    <table><tr><td>序号</td><td>名称</td></tr><tr><td>1</td><td>通知</td></tr></table></body></html>`;
  failsWith(page, 'NOT_A_REPORT');
});

test('plain prose with numbers is not an annual report', () => {
  failsWith('今年共召开会议12次，发布信息300条。\n'.repeat(2000), 'NOT_A_REPORT');
});

test('a report cut off inside section 三 is reported as truncated, with what could be read', () => {
  const text = seed('003_dcaedb2afa53e6c6.txt');
  const r = readReport(text.slice(0, text.indexOf('(五)不予处理')));
  assert.ok(r.ok);
  assert.ok(r.diagnostics.some((d) => d.code === 'REPORT_TRUNCATED' && d.severity === 'error'));
  assert.equal(r.report.figures.applications['granted']!['total'], 0, 'rows before the cut are read');
  assert.equal(r.report.figures.reviewLitigation['review']!['total'], null, 'nothing after it is made up');
});

test('a report cut off before its tables is not taken for a report', () => {
  const text = seed('000_2dce2b3aa394c094.txt');
  const r = readReport(text.slice(0, text.indexOf('二、主动公开政府信息情况')));
  assert.equal(r.ok, false);
});

test('a report in an encoding other than UTF-8/GBK/UTF-16 gives no figures', () => {
  const bytes = iconv.encode(seed('003_dcaedb2afa53e6c6.txt'), 'shift_jis');
  const r = readReport(bytes);
  assert.equal(r.ok, false);
});

test('the same report in GBK, GB18030 and UTF-16 reads the same', () => {
  const gbkText = seed('000_2dce2b3aa394c094.txt');
  const fromGbk = readReport(iconv.encode(gbkText, 'gbk'));
  const fromUtf8 = readReport(gbkText);
  assert.ok(fromGbk.ok && fromUtf8.ok);
  assert.deepEqual(fromGbk.report.figures, fromUtf8.report.figures);
  // Seed 001 has characters GBK lacks (no-break spaces); GB18030 encodes them all.
  const text = seed('001_e5287fb04eea1cb7.txt');
  const utf8 = readReport(Buffer.from(text, 'utf8'));
  const gbk = readReport(iconv.encode(text, 'gb18030'));
  const utf16 = readReport(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf16le')]));
  assert.ok(utf8.ok && gbk.ok && utf16.ok);
  assert.deepEqual(gbk.report.figures, utf8.report.figures);
  assert.deepEqual(utf16.report.figures, utf8.report.figures);
  assert.equal(gbk.encoding, 'gb18030');
});

test('hostile text in cells does not leak into figures', () => {
  const text = seed('000_2dce2b3aa394c094.txt').replace('规章 | 6 | 6 | 6 |', '规章 | 6 | <script>alert(1)</script> | 6e9 |');
  const r = readReport(text);
  assert.ok(r.ok);
  // A row of values that cannot all be read: nothing is guessed.
  assert.notEqual(r.report.figures.proactive['regulations']!['newlyPublished'], 6);
});

test('a huge single line does not hang the reader', () => {
  const r = readReport('规章'.repeat(2_000_000));
  assert.equal(r.ok, false);
});
