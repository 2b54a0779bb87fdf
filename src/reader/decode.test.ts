import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decode, MAX_INPUT_BYTES } from './decode.js';

const SAMPLE = '三、收到和处理政府信息公开申请情况\n一、本年新收政府信息公开申请数量\t１２\t0\n';

test('UTF-8 with and without BOM', () => {
  const plain = decode(Buffer.from(SAMPLE, 'utf8'));
  assert.deepEqual(plain, { ok: true, text: SAMPLE, encoding: 'utf-8' });
  const bom = decode(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SAMPLE, 'utf8')]));
  assert.ok(bom.ok && bom.text === SAMPLE);
});

test('GBK and GB18030 bytes are recognised without being told', () => {
  for (const enc of ['gbk', 'gb18030']) {
    const r = decode(iconv.encode(SAMPLE, enc));
    assert.ok(r.ok);
    assert.equal(r.text, SAMPLE);
    assert.equal(r.encoding, 'gb18030');
  }
});

test('UTF-16 little and big endian, with BOM and without', () => {
  const le = iconv.encode(SAMPLE, 'utf16le');
  const be = Buffer.from(le).swap16();
  for (const [bytes, enc] of [
    [Buffer.concat([Buffer.from([0xff, 0xfe]), le]), 'utf-16le'],
    [Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'utf-16be'],
    [le, 'utf-16le'],
    [be, 'utf-16be'],
  ] as const) {
    const r = decode(bytes);
    assert.ok(r.ok, enc);
    assert.equal(r.text, SAMPLE);
    assert.equal(r.encoding, enc);
  }
});

test('empty, binary, oversized and container files are refused with a reason', () => {
  assert.equal(decode(new Uint8Array()).ok, false);
  const binary = decode(Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
  assert.ok(!binary.ok && (binary.code === 'INPUT_BINARY' || binary.code === 'INPUT_ENCODING'));
  const big = decode(new Uint8Array(MAX_INPUT_BYTES + 1));
  assert.ok(!big.ok && big.code === 'INPUT_TOO_LARGE');
  const pdf = decode(Buffer.from('%PDF-1.7\n...'));
  assert.ok(!pdf.ok && pdf.code === 'INPUT_UNSUPPORTED' && /PDF/.test(pdf.message));
  const zip = decode(Buffer.from('PK\u0003\u0004rest'));
  assert.ok(!zip.ok && zip.code === 'INPUT_UNSUPPORTED');
});
