// The Excel export: the report sheet is the official layout cell for cell (merges, numbers, blanks),
// and the 数据 sheet gives every figure as a number, one row per cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import ExcelJS from 'exceljs';
import { allCellRefs, getCell, refKey } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import type { FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { readReport } from '../reader/read-report.js';
import { SEEDS_DIR, seedNames } from '../testkit/fixtures.js';
import { generateReport } from '../testkit/generate.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { buildLayout, expandGrid, sectionGrids, type GridTable } from './layout.js';
import { columnSpec } from './labels.js';
import {
  DATA_HEADER,
  DATA_SHEET,
  DATA_VALUE_COLUMN,
  FINDINGS_SHEET,
  NUMBER_FORMATS,
  renderXlsx,
  REPORT_SHEET,
} from './xlsx.js';

async function workbook(report: Report, findings?: readonly Finding[]): Promise<ExcelJS.Workbook> {
  const bytes = await renderXlsx(report, findings);
  assert.equal(Buffer.from(bytes.subarray(0, 2)).toString('latin1'), 'PK', 'a zip package');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  return wb;
}

function sheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  assert.ok(ws, `sheet ${name}`);
  return ws;
}

function seedReports(): [string, Report][] {
  return seedNames().map((name) => {
    const r = readReport(readFileSync(join(SEEDS_DIR, name)));
    assert.ok(r.ok, r.ok ? '' : `${name}: ${r.code} ${r.message}`);
    return [name, r.report];
  });
}

const reports = (): [string, Report][] => [
  ...seedReports(),
  ...(['2019', '2021'] as FormatVersion[]).flatMap((f): [string, Report][] => [
    [`sample ${f}`, sampleReport(f)],
    [`generated ${f}`, generateReport(41, f)],
  ]),
];

/** Expected value of a figure in a cell: money without float noise, as the renderer promises. */
function close(actual: unknown, expected: number, what: string): void {
  assert.equal(typeof actual, 'number', `${what} is a number`);
  assert.ok(Math.abs((actual as number) - expected) < 1e-9, `${what}: ${String(actual)} ≠ ${expected}`);
}

const rangeOf = (top: number, left: number, bottom: number, right: number): string =>
  `${columnLetter(left)}${top}:${columnLetter(right)}${bottom}`;

function columnLetter(n: number): string {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** The sheet row where a grid starts: the first row at or after `from` whose column A holds its first text. */
function findTable(ws: ExcelJS.Worksheet, grid: GridTable, from: number): number {
  const first = grid.rows[0]?.[0]?.text;
  for (let r = from; r <= ws.rowCount; r++) if (ws.getCell(r, 1).value === first) return r;
  assert.fail(`table of section ${grid.section} ("${first}") not found after row ${from}`);
}

test('every seed and sample: 数据 has one row per cell, every known figure a number, unknown ones empty', async () => {
  for (const [name, report] of reports()) {
    const { format } = report.figures;
    const ws = sheet(await workbook(report), DATA_SHEET);
    assert.deepEqual((ws.getRow(1).values as unknown[]).slice(1), [...DATA_HEADER], name);
    const refs = allCellRefs(format);
    assert.equal(ws.rowCount, 1 + refs.length, name);
    let numbers = 0;
    refs.forEach((ref, i) => {
      const row = ws.getRow(i + 2);
      const key = `${String(row.getCell(3).value)}.${String(row.getCell(4).value)}.${String(row.getCell(6).value)}`;
      assert.equal(key, refKey(ref), `${name} row ${i + 2}`);
      const cell = row.getCell(DATA_VALUE_COLUMN);
      const expected = getCell(report.figures, ref);
      if (expected === null) {
        assert.equal(cell.value, null, `${name} ${key} is empty`);
      } else {
        close(cell.value, expected, `${name} ${key}`);
        numbers++;
      }
      assert.equal(cell.numFmt, NUMBER_FORMATS[columnSpec(format, ref.table, ref.row, ref.column)?.kind ?? 'count'], key);
    });
    // Nothing but the figures is a number on this sheet.
    let numeric = 0;
    ws.eachRow((row) => row.eachCell((c) => (numeric += c.type === ExcelJS.ValueType.Number ? 1 : 0)));
    const known = refs.filter((ref) => getCell(report.figures, ref) !== null).length;
    assert.equal(numbers, known, name);
    assert.equal(numeric, known, name);
  }
});

test('every seed and sample: the report sheet is the official layout, merged as published, cell for cell', async () => {
  for (const [name, report] of reports()) {
    const ws = sheet(await workbook(report), REPORT_SHEET);
    const grids = sectionGrids(buildLayout(report.figures));
    const sheetWidth = Math.max(...grids.map((g) => g.width));
    const merges = new Set(ws.model.merges);
    const tableMerges = new Set<string>();
    let numbers = 0;
    let from = 1;
    for (const grid of grids) {
      const top = findTable(ws, grid, from);
      expandGrid(grid.rows).forEach((slots, r) =>
        slots.forEach((slot, c) => {
          assert.ok(slot, `${name}: no hole in the layout`);
          const at = ws.getCell(top + r, c + 1);
          const where = `${name} §${grid.section} ${at.address}`;
          assert.equal(at.border?.top?.style, 'thin', `${where} has a border`);
          if (slot.originRow !== r || slot.originCol !== c) {
            assert.equal(at.isMerged, true, `${where} is merged into its cell`);
            return;
          }
          const { cell } = slot;
          if (cell.rowspan > 1 || cell.colspan > 1) {
            const range = rangeOf(top + r, c + 1, top + r + cell.rowspan - 1, c + cell.colspan);
            assert.ok(merges.has(range), `${where}: merged ${range}`);
            tableMerges.add(range);
          }
          if (cell.value) {
            if (cell.value.raw === null) {
              assert.equal(at.value, null, `${where} (${refKey(cell.value.ref)}) is empty`);
            } else {
              close(at.value, cell.value.raw, `${where} (${refKey(cell.value.ref)})`);
              assert.equal(at.numFmt, NUMBER_FORMATS[cell.value.kind], where);
              numbers++;
            }
          } else {
            assert.equal(at.value ?? '', cell.text, where);
          }
        }),
      );
      from = top + grid.rows.length;
    }
    // Merges outside the tables are lines of text across the sheet (title, paragraphs).
    for (const m of merges) {
      if (tableMerges.has(m)) continue;
      assert.match(m, new RegExp(`^A(\\d+):${columnLetter(sheetWidth)}\\1$`), `${name}: ${m} is a full-width line`);
    }
    // Every span of the layout (captions, headers, labels) is a merge.
    const spans = grids.flatMap((g) => g.rows.flat()).filter((c) => c.rowspan > 1 || c.colspan > 1);
    assert.equal(tableMerges.size, spans.length, name);
    // Merged positions read back with their first cell's value; only that cell itself is a number.
    let numeric = 0;
    ws.eachRow((row) => row.eachCell((c) => (numeric += c.type === ExcelJS.ValueType.Number ? 1 : 0)));
    const known = allCellRefs(report.figures.format).filter((ref) => getCell(report.figures, ref) !== null).length;
    assert.equal(numbers, known, name);
    assert.equal(numeric, known, `${name}: no other numbers on the report sheet`);
  }
});

test('title, sections, narratives and signature are on the report sheet, in order', async () => {
  const report = sampleReport('2019');
  const ws = sheet(await workbook(report), REPORT_SHEET);
  const texts: string[] = [];
  ws.eachRow((row) => {
    const v = row.getCell(1).value;
    if (typeof v === 'string') texts.push(v);
  });
  assert.equal(texts[0], '凤翔区人民政府2020年政府信息公开工作年度报告');
  const order = ['发布日期：2021-01-20', '一、总体情况', '（一）主动公开。全年主动公开政府信息1298条。', '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况',
    '改进情况：进一步规范公开流程。', '六、其他需要报告的事项', '本年度未收取信息处理费。', '凤翔区人民政府', '2021年1月18日'];
  let last = -1;
  for (const t of order) {
    const i = texts.indexOf(t);
    assert.ok(i > last, `${t} after the previous`);
    last = i;
  }
  assert.equal(ws.getCell(1, 1).font?.bold, true);
  assert.equal(ws.views[0]?.state ?? 'normal', 'normal', 'nothing frozen');
});

test('money and signed changes keep their formats on the report sheet', async () => {
  const ws = sheet(await workbook(sampleReport('2019')), REPORT_SHEET);
  const byValue = new Map<number, ExcelJS.Cell>();
  ws.eachRow((row) => row.eachCell((c) => c.type === ExcelJS.ValueType.Number && byValue.set(c.value as number, c)));
  assert.equal(byValue.get(258463.87)?.numFmt, NUMBER_FORMATS.yuan);
  assert.equal(byValue.get(-12)?.numFmt, NUMBER_FORMATS.signedCount);
  assert.equal(byValue.get(1036)?.numFmt, NUMBER_FORMATS.signedCount);
  const ws21 = sheet(await workbook(sampleReport('2021')), REPORT_SHEET);
  let fee: ExcelJS.Cell | undefined;
  ws21.eachRow((row) => row.eachCell((c) => (c.type === ExcelJS.ValueType.Number && c.value === 24.5 ? (fee = c) : undefined)));
  assert.equal(fee?.numFmt, NUMBER_FORMATS.tenThousandYuan);
});

test('findings, when given, are a sheet of their own; without them there is none', async () => {
  const finding: Finding = { code: 'ARITHMETIC_R1', severity: 'error', message: '第一项加第二项之和不等于第三项加第四项之和。', section: '三' };
  const wb = await workbook(sampleReport('2021'), [finding]);
  assert.deepEqual(wb.worksheets.map((w) => w.name), [REPORT_SHEET, DATA_SHEET, FINDINGS_SHEET]);
  const row = sheet(wb, FINDINGS_SHEET).getRow(2);
  assert.deepEqual((row.values as unknown[]).slice(1, 5), [1, '错误', 'ARITHMETIC_R1', finding.message]);
  assert.match(String(row.getCell(5).value), /^三、收到和处理政府信息公开申请情况/);
  const none = await workbook(sampleReport('2021'), []);
  assert.equal(sheet(none, FINDINGS_SHEET).getRow(2).getCell(4).value, '未发现问题。');
  assert.deepEqual((await workbook(sampleReport('2021'))).worksheets.map((w) => w.name), [REPORT_SHEET, DATA_SHEET]);
});
