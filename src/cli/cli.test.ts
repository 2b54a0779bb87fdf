// The real command, as a user runs it: built bin, real files, exit codes, Chinese errors.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { REPO_ROOT, SEEDS_DIR, SEEDS_EXPECTED_DIR } from '../testkit/fixtures.js';
import { contractErrors } from '../testkit/schema.js';

const BIN = join(REPO_ROOT, 'bin', 'gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-cli-'));
const seed = (n: string) => join(SEEDS_DIR, n);
const S003 = seed('003_dcaedb2afa53e6c6.txt');
const S004 = seed('004_9f9181b0c1958dbe.txt');

/** The report cut off in the middle of section 三's table. */
const truncated = (text: string) => text.slice(0, text.indexOf('5.属于三类内部事务信息'));

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

test('parse --json prints the contract figures of one file', () => {
  const r = run('parse', S003, '--json');
  assert.equal(r.code, 0, r.err);
  const obj = JSON.parse(r.out) as Record<string, unknown>;
  const expected = JSON.parse(readFileSync(join(SEEDS_EXPECTED_DIR, '003_dcaedb2afa53e6c6.json'), 'utf8')) as Record<string, unknown>;
  for (const key of Object.keys(expected)) assert.deepEqual(obj[key], expected[key], key);
  assert.equal(contractErrors(obj), null);
  assert.ok(Array.isArray(obj['diagnostics']));
  assert.equal(typeof (obj['narratives'] as Record<string, string>)['一'], 'string');
});

test('parse --json with several files prints one object per line, each with its source', () => {
  const r = run('parse', S003, S004, '--json');
  assert.equal(r.code, 0, r.err);
  const lines = r.out.trim().split('\n');
  assert.equal(lines.length, 2);
  const objs = lines.map((l) => JSON.parse(l) as { source: string; agency: string });
  assert.deepEqual(objs.map((o) => o.source), [S003, S004]);
  assert.equal(objs[1]!.agency, '盐池县青山乡');
});

test('check: exit 0 without errors, 1 with errors, findings in Chinese with codes', () => {
  const clean = run('check', S003);
  assert.equal(clean.code, 0, clean.out);
  assert.match(clean.out, /LABEL_MISMATCH.*尚未审核/);
  const bad = run('check', S004);
  assert.equal(bad.code, 1);
  assert.match(bad.out, /\[错误\] COLUMN_MISSING/);
});

test('check --json gives the findings as data', () => {
  const r = run('check', seed('000_2dce2b3aa394c094.txt'), '--json');
  assert.equal(r.code, 1);
  const obj = JSON.parse(r.out) as { findings: { code: string; severity: string; message: string }[] };
  const codes = obj.findings.map((f) => f.code);
  for (const c of ['PUBLISHED_LATE', 'NARRATIVE_YEAR_MISMATCH', 'TOWNSHIP_REGULATIONS']) assert.ok(codes.includes(c), c);
});

test('a folder is read file by file', () => {
  const r = run('check', SEEDS_DIR, '--json');
  assert.equal(r.out.trim().split('\n').length, 5);
  assert.equal(r.code, 1, 'seed 000 and 004 have errors');
});

test('render to every format', () => {
  const html = run('render', S003, '--to', 'html');
  assert.equal(html.code, 0);
  assert.match(html.out, /^<!DOCTYPE html>/i);
  assert.match(html.out, /灌南县李集镇人民政府/);
  const md = run('render', S003, '--to', 'md');
  assert.match(md.out, /\| 行政许可 \| 0 \|/);
  const csv = run('render', S003, '--to', 'csv');
  assert.equal(csv.out.trim().split('\n').length, 201);
  const out = join(tmp, 'r.json');
  const json = run('render', S003, '--to', 'json', '-o', out);
  assert.equal(json.code, 0);
  assert.equal(contractErrors(JSON.parse(readFileSync(out, 'utf8'))), null);
});

test('bad input: exit 2 and a clear Chinese message, never a stack trace', () => {
  const cases: [string, Buffer | string][] = [
    ['empty.txt', ''],
    ['binary.txt', Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256))],
    ['page.html', '<html><body><h1>通知</h1><p>今天天气很好。</p></body></html>'],
    ['truncated.txt', truncated(readFileSync(S003, 'utf8'))],
    ['sjis.txt', iconv.encode(readFileSync(S003, 'utf8'), 'shift_jis')],
  ];
  for (const [name, content] of cases) {
    const path = join(tmp, name);
    writeFileSync(path, content);
    for (const cmd of ['check', 'parse']) {
      const r = run(cmd, path);
      assert.equal(r.code, 2, `${cmd} ${name}: ${r.out}${r.err}`);
      assert.match(r.out + r.err, /无法读取|不是|为空|不完整|编码/, name);
      assert.doesNotMatch(r.out + r.err, /at .*\.js:\d+/, 'no stack trace');
    }
  }
  const missing = run('check', join(tmp, 'nope.txt'));
  assert.equal(missing.code, 2);
  assert.match(missing.out, /文件不存在/);
});

test('a 50 MB file is refused without being read', () => {
  const path = join(tmp, 'huge.txt');
  writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x30));
  const r = run('parse', path, '--json');
  assert.equal(r.code, 2);
  assert.equal((JSON.parse(r.out) as { error: { code: string } }).error.code, 'INPUT_TOO_LARGE');
});

test('wrong arguments: exit 2 with usage help', () => {
  const r = run('render', S003, '--to', 'xyz');
  assert.equal(r.code, 2);
  assert.match(r.err, /gongkai --help/);
  assert.equal(run('frobnicate').code, 2);
});

test('--exit-zero lists errors but exits 0; unreadable input still exits 2', () => {
  assert.equal(run('check', S004, '--exit-zero').code, 0);
  assert.equal(run('check', join(tmp, 'nope.txt'), '--exit-zero').code, 2);
});

test('render to DOCX and PDF writes real documents that read back to the same figures', async () => {
  const { readDocument } = await import('../reader/read-document.js');
  const source = JSON.parse(run('parse', S003, '--json').out) as Record<string, unknown>;
  for (const to of ['docx', 'pdf']) {
    const out = join(tmp, `r.${to}`);
    const r = run('render', S003, '--to', to, '-o', out);
    assert.equal(r.code, 0, r.err);
    const back = await readDocument(readFileSync(out));
    assert.ok(back.ok, back.ok ? '' : back.message);
    assert.deepEqual(back.report.figures.applications, source['applications']);
    assert.deepEqual(back.report.figures.reviewLitigation, source['reviewLitigation']);
  }
  const noOutput = run('render', S003, '--to', 'pdf');
  assert.equal(noOutput.code, 2);
  assert.match(noOutput.err, /-o/);
});

test('render to XLSX writes a workbook: the official tables, every figure as a number, and the findings', async () => {
  const { default: ExcelJS } = await import('exceljs');
  const source = JSON.parse(run('parse', S003, '--json').out) as Record<string, Record<string, Record<string, number | null>>>;
  const out = join(tmp, 'r.xlsx');
  const r = run('render', S003, '--to', 'xlsx', '-o', out);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /已写入/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(readFileSync(out)).buffer);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['年度报告', '数据', '检查结果']);
  const known = (['proactive', 'applications', 'reviewLitigation'] as const)
    .flatMap((t) => Object.values(source[t] ?? {}).flatMap((row) => Object.values(row)))
    .filter((v) => v !== null).length;
  let numbers = 0;
  wb.getWorksheet('数据')?.eachRow((row) => row.eachCell((c) => (numbers += c.type === ExcelJS.ValueType.Number ? 1 : 0)));
  assert.equal(numbers, known);
  assert.match(String(wb.getWorksheet('年度报告')?.getCell(1, 1).value), /灌南县李集镇人民政府/);
  const noOutput = run('render', S003, '--to', 'xlsx');
  assert.equal(noOutput.code, 2);
  assert.match(noOutput.err, /XLSX.*-o/);
});

test('deadline: the statutory reply date on the official calendar', () => {
  const r = run('deadline', '--received', '2024-09-27', '--json');
  assert.equal(r.code, 0, r.err);
  const obj = JSON.parse(r.out) as { replyDue: string; extendedDue: string; warnings: unknown[] };
  assert.equal(obj.replyDue, '2024-10-30');
  assert.equal(obj.extendedDue, '2024-11-27');
  const bad = run('deadline', '--received', '2024-02-30');
  assert.equal(bad.code, 2);
  assert.match(bad.err + bad.out, /日期/);
});
