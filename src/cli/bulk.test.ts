// Bulk reading as a user runs it: the built bin (dist/, so the pool's compiled worker), real folders.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { DATASET_COLUMNS, FIGURE_COLUMNS, INFO_COLUMNS } from '../app/bulk-columns.js';
import { getCell, type ReportFigures } from '../core/figures.js';
import { renderHtml } from '../render/html.js';
import { figuresJson } from '../render/json.js';
import { renderMarkdown } from '../render/markdown.js';
import { REPO_ROOT, SEEDS_DIR } from '../testkit/fixtures.js';
import { generateReport } from '../testkit/generate.js';
import { encodeGbk, renderLayout } from '../testkit/layouts.js';
import { contractErrors } from '../testkit/schema.js';

const BIN = join(REPO_ROOT, 'bin', 'gongkai.js');
const tmp = mkdtempSync(join(tmpdir(), 'gongkai-bulk-'));
const seed = (n: string) => join(SEEDS_DIR, n);
const S000 = seed('000_2dce2b3aa394c094.txt');
const S001 = seed('001_e5287fb04eea1cb7.txt');

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 120_000, env: { ...process.env, ...env } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function write(path: string, content: string | Uint8Array): string {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

// A folder of mixed files, nested, with the broken kinds a crawl brings home.
const corpus = join(tmp, 'corpus');
const r2021 = generateReport(11, '2021');
const r2019 = generateReport(12, '2019');
const rGbk = generateReport(13);
const generated = new Map<string, ReportFigures>([
  [write(join(corpus, 'a', '002.html'), renderHtml(r2021)), r2021.figures],
  [write(join(corpus, 'a', 'sub', '003.md'), renderMarkdown(r2019)), r2019.figures],
  [write(join(corpus, 'b', '004.txt'), encodeGbk(renderLayout(rGbk, 'tab'))), rGbk.figures],
]);
const seed003 = write(join(corpus, 'a', '001.txt'), readFileSync(seed('003_dcaedb2afa53e6c6.txt')));
/** A report whose 行政许可 row lost a value: those cells are unknown, the rest is read. */
function partialText(): string {
  const lines = renderLayout(generateReport(14, '2019'), 'pipe').split('\n');
  const i = lines.findIndex((l) => l.startsWith('行政许可 |'));
  lines[i] = lines[i]!.replace(/\| [^|]+$/, '| ');
  return lines.join('\n');
}
const partial = write(join(corpus, 'c', 'partial.txt'), partialText());
const broken = {
  INPUT_EMPTY: write(join(corpus, 'b', 'empty.txt'), ''),
  INPUT_BINARY: write(join(corpus, 'b', 'binary.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 131) % 256))),
  NOT_A_REPORT: write(join(corpus, 'b', 'notice.html'), '<html><body><h1>通知</h1><p>今天天气很好。</p></body></html>'),
};
write(join(corpus, 'b', 'ignored.csv'), 'a,b\n1,2\n');
/** The corpus in the order it is walked: each folder's entries by name, depth first. */
const WALKED = [
  seed003,
  ...generated.keys(),
  broken.INPUT_BINARY,
  broken.INPUT_EMPTY,
  broken.NOT_A_REPORT,
  partial,
].sort((a, b) => (a < b ? -1 : 1));

type Line = Record<string, unknown> & { source: string; error?: { code: string; message: string } };
const jsonLines = (out: string): Line[] => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Line);

/** RFC 4180 rows (quoted fields, doubled quotes, CRLF). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(field), (field = '');
    else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field), rows.push(row), (row = []), (field = ''), i++;
    } else field += ch;
  }
  return rows;
}

test('parse --json streams one JSON line per file, in input order, failures as {source, error}', () => {
  const r = run(['parse', S000, corpus, S001, '--json']);
  assert.equal(r.code, 0, r.err);
  const lines = jsonLines(r.out);
  assert.deepEqual(lines.map((l) => l.source), [S000, ...WALKED, S001]);
  for (const l of lines) {
    if (l.error) continue;
    assert.equal(contractErrors(l), null, l.source);
    const figures = generated.get(l.source);
    if (figures) assert.deepEqual(figuresJson(l as unknown as ReportFigures), figuresJson(figures), l.source);
  }
  for (const [code, path] of Object.entries(broken)) {
    const line = lines.find((l) => l.source === path);
    assert.equal(line?.error?.code, code, path);
    assert.deepEqual(Object.keys(line!), ['source', 'error']);
  }
  assert.equal(lines.find((l) => l.source === seed003)?.['agency'], '灌南县李集镇人民政府');
});

test('the summary on stderr counts read, partly read and failed files, with reasons', () => {
  const r = run(['parse', corpus, '--json']);
  assert.equal(r.code, 0);
  assert.match(r.err, /共 8 份：已读 4 份 · 部分读出 1 份 · 失败 3 份/);
  assert.match(r.err, /部分读出[^\n]*\n(\s+[A-Z_]+\s+\d+[^\n]*\n)*\s+COLUMN_MISSING\s+1\s+缺列/);
  for (const code of Object.keys(broken)) assert.match(r.err, new RegExp(`\\n\\s+${code}\\s+1\\s`), code);
});

test('not a terminal: no progress line, no escape codes, only the summary', () => {
  const r = run(['parse', corpus, '--json']);
  assert.doesNotMatch(r.err, /\x1b|\r/);
  assert.equal(r.err.split('\n').filter((l) => l.startsWith('共 ')).length, 1);
});

test('--to csv: BOM, CRLF, one header row and one row per report, cells agree with the JSON', () => {
  const out = join(tmp, 'dataset.csv');
  const r = run(['parse', corpus, '--to', 'csv', '-o', out]);
  assert.equal(r.code, 0, r.err);
  assert.match(r.err, /已写入/);
  const text = readFileSync(out, 'utf8');
  assert.ok(text.startsWith('\uFEFF'), 'BOM for Excel');
  assert.doesNotMatch(text.replace(/\r\n/g, ''), /\n/, 'CRLF line ends only (no field here spans lines)');
  const [header, ...rows] = parseCsv(text.slice(1));
  assert.deepEqual(header, DATASET_COLUMNS.map((c) => c.label));
  assert.equal(rows.length, WALKED.length);
  assert.deepEqual(rows.map((row) => row[0]), WALKED);

  const json = new Map(jsonLines(run(['parse', corpus, '--json']).out).map((l) => [l.source, l]));
  const col = (key: string) => INFO_COLUMNS.findIndex((c) => c.key === key);
  for (const row of rows) {
    assert.equal(row.length, DATASET_COLUMNS.length);
    const obj = json.get(row[0]!)!;
    if (obj.error) {
      assert.deepEqual([row[col('status')], row[col('errorCode')]], ['失败', obj.error.code]);
      assert.ok(row.slice(col('agency')).every((v) => v === ''), 'nothing else for a failed file');
      continue;
    }
    const figures = obj as unknown as ReportFigures;
    assert.equal(row[col('status')], row[0] === partial ? '部分读出' : '已读');
    assert.equal(row[col('agency')], figures.agency ?? '');
    assert.equal(row[col('format')], figures.format);
    FIGURE_COLUMNS.forEach((c, i) => {
      const v = getCell(figures, c.ref);
      assert.equal(row[INFO_COLUMNS.length + i], v === null ? '' : String(v), `${row[0]} ${c.key}`);
    });
    const own = FIGURE_COLUMNS.filter((c) => c.formats.includes(figures.format)).length;
    assert.equal(row[col('cellsTotal')], String(own));
  }
});

test('--header key gives the contract key paths as the header', () => {
  const out = join(tmp, 'keys.csv');
  assert.equal(run(['parse', S000, '--to', 'csv', '--header', 'key', '-o', out]).code, 0);
  const [header, row] = parseCsv(readFileSync(out, 'utf8').slice(1));
  assert.deepEqual(header, DATASET_COLUMNS.map((c) => c.key));
  assert.ok(header?.includes('applications.resultsTotal.naturalPerson'));
  assert.equal(row?.[0], S000);
});

test('--to xlsx: a streamed workbook, frozen header, one row per report, numbers as numbers, a column sheet', async () => {
  const out = join(tmp, 'dataset.xlsx');
  const r = run(['parse', corpus, '--to', 'xlsx', '-o', out]);
  assert.equal(r.code, 0, r.err);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  assert.deepEqual(wb.worksheets.map((w) => w.name), ['年度报告', '列说明']);
  const ws = wb.getWorksheet('年度报告')!;
  assert.equal(ws.rowCount, WALKED.length + 1);
  assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), DATASET_COLUMNS.map((c) => c.label));
  assert.equal(ws.views[0]?.state, 'frozen');
  assert.equal((ws.views[0] as { ySplit?: number }).ySplit, 1);
  const sources = Array.from({ length: WALKED.length }, (_, i) => ws.getRow(i + 2).getCell(1).value);
  assert.deepEqual(sources, WALKED);
  const md = join(corpus, 'a', 'sub', '003.md');
  const row = ws.getRow(2 + WALKED.indexOf(md));
  const at = (key: string) => row.getCell(DATASET_COLUMNS.findIndex((c) => c.key === key) + 1).value;
  assert.equal(at('status'), '已读');
  assert.equal(at('year'), r2019.figures.year);
  assert.equal(at('format'), '2019');
  assert.equal(at('applications.newReceived.total'), r2019.figures.applications['newReceived']?.['total']);
  assert.equal(at('proactive.fees.amountTenThousandYuan'), null, '2021-only cell of a 2019 report is empty');
  const failed = ws.getRow(2 + WALKED.indexOf(broken.INPUT_EMPTY));
  assert.deepEqual([failed.getCell(2).value, failed.getCell(3).value], ['失败', 'INPUT_EMPTY']);
  const columns = wb.getWorksheet('列说明')!;
  assert.equal(columns.rowCount, DATASET_COLUMNS.length + 1);
  const keys = Array.from({ length: DATASET_COLUMNS.length }, (_, i) => columns.getRow(i + 2).getCell(3).value);
  assert.deepEqual(keys, DATASET_COLUMNS.map((c) => c.key));
});

test('xlsx to a pipe is allowed; --json with --to, bad --jobs, an unwritable -o are usage errors', () => {
  const r = spawnSync(process.execPath, [BIN, 'parse', S000, '--to', 'xlsx'], { timeout: 60_000 });
  assert.equal(r.status, 0);
  assert.equal(r.stdout.subarray(0, 2).toString(), 'PK');
  for (const args of [
    ['parse', S000, '--json', '--to', 'csv'],
    ['parse', S000, S001, '--jobs', '0'],
    ['parse', S000, S001, '--timeout', 'soon'],
    ['parse', S000, '--to', 'csv', '-o', join(tmp, 'no', 'such', 'dir', 'x.csv')],
  ]) {
    const u = run(args);
    assert.equal(u.code, 2, args.join(' '));
    assert.match(u.err, /只能选一个|--jobs|--timeout|无法写入/);
  }
});

test('a file that takes longer than the limit is FILE_TIMEOUT and the run carries on', () => {
  const text = readFileSync(S000, 'utf8');
  const slow = write(join(tmp, 'slow', '1-slow.txt'), text.repeat(Math.floor((19 * 1048576) / Buffer.byteLength(text))));
  const empty = write(join(tmp, 'slow', '2-empty.txt'), '');
  for (const [args, env] of [
    [['--jobs', '1'], { GONGKAI_FILE_TIMEOUT_MS: '100' }],
    [['--jobs', '1', '--timeout', '0.1'], {}],
  ] as const) {
    const started = Date.now();
    const r = run(['parse', join(tmp, 'slow'), S001, '--json', ...args], env);
    assert.equal(r.code, 0, r.err);
    const lines = jsonLines(r.out);
    assert.deepEqual(lines.map((l) => l.source), [slow, empty, S001]);
    assert.deepEqual(lines.map((l) => l.error?.code ?? 'ok'), ['FILE_TIMEOUT', 'INPUT_EMPTY', 'ok']);
    assert.match(r.err, /FILE_TIMEOUT\s+1\s+读取超时/);
    assert.ok(Date.now() - started < 30_000);
  }
});

test('exit codes: a bulk run that completes exits 0; --strict exits 2 if any file failed', () => {
  assert.equal(run(['parse', corpus, '--json']).code, 0);
  assert.equal(run(['parse', corpus, '--json', '--strict']).code, 2);
  assert.equal(run(['parse', S000, S001, '--to', 'csv', '--strict', '-o', join(tmp, 's.csv')]).code, 0);
  assert.equal(run(['parse', S000, join(tmp, 'nope.txt'), '--strict']).code, 2);
  const emptyDir = join(tmp, 'nothing');
  mkdirSync(emptyDir);
  const none = run(['parse', emptyDir, '--json']);
  assert.equal(none.code, 2);
  assert.match(none.err, /没有找到可读取的文件/);
});

test('without --json several files print the text lines, in order', () => {
  const r = run(['parse', S001, S000]);
  assert.equal(r.code, 0, r.err);
  const heads = r.out.split('\n').filter((l) => l.startsWith('== '));
  assert.deepEqual(heads, [`== ${S001}`, `== ${S000}`]);
});

test('check reads a folder through the pool with the same output and exit codes', () => {
  const r = run(['check', corpus, '--json']);
  assert.equal(r.code, 2, 'some files cannot be read');
  assert.deepEqual(jsonLines(r.out).map((l) => l.source), WALKED);
});
