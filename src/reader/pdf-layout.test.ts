// PDF geometry → lines, on hand-placed text and rules (no PDF needed): ruled tables with merged and
// empty cells, unruled columns, wrapped labels and paragraphs, page numbers and running headers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Line } from './lines.js';
import { isPageNumber, pagesToLines, type PageText, type Rule, type TextRun } from './pdf-layout.js';

const SIZE = 10;

/** A run as a PDF would place it: CJK one em wide per character, ASCII half an em. */
function run(text: string, x: number, y: number, size = SIZE): TextRun {
  const width = [...text].reduce((w, ch) => w + (ch.charCodeAt(0) < 0x80 ? 0.5 : 1) * size, 0);
  return { text, x, y, width, size };
}

const h = (at: number, from: number, to: number): Rule => ({ dir: 'h', at, from, to });
const v = (at: number, from: number, to: number): Rule => ({ dir: 'v', at, from, to });

/** Every border of a grid whose cells are given as [row, col, rowspan, colspan]. */
function gridRules(xs: readonly number[], ys: readonly number[], cells: readonly [number, number, number, number][]): Rule[] {
  const rules: Rule[] = [];
  for (const [r, c, rs, cs] of cells) {
    const [x1, x2, y1, y2] = [xs[c]!, xs[c + cs]!, ys[r]!, ys[r + rs]!];
    rules.push(h(y1, x1, x2), h(y2, x1, x2), v(x1, y1, y2), v(x2, y1, y2));
  }
  return rules;
}

const page = (runs: TextRun[], rules: Rule[] = [], height = 842): PageText => ({ height, runs, rules });
const shape = (lines: readonly Line[]) => lines.map((l) => [l.kind, ...l.cells]);

test('a ruled table reads like an HTML table: spans once, covered cells absent, empty cells kept', () => {
  // Columns: group | label | value | value; rows 0–2. The group cell spans rows 0–1,
  // the 合计 label spans two columns; row 1 has an empty value cell.
  const xs = [50, 130, 250, 300, 350];
  const ys = [100, 130, 160, 190];
  const rules = gridRules(xs, ys, [
    [0, 0, 2, 1], [0, 1, 1, 1], [0, 2, 1, 1], [0, 3, 1, 1],
    [1, 1, 1, 1], [1, 2, 1, 1], [1, 3, 1, 1],
    [2, 0, 1, 2], [2, 2, 1, 1], [2, 3, 1, 1],
  ]);
  const runs = [
    run('（三）不予公开', 52, 150), // centred on the two rows it spans
    run('1.属于国家秘密', 132, 120),
    run('3', 270, 120),
    run('12', 320, 120),
    run('2.其他法律行政法规', 132, 140), // wrapped inside its cell
    run('禁止公开', 132, 153),
    run('45', 320, 148),
    run('合计', 60, 180),
    run('48', 268, 180),
    run('57', 318, 180),
  ];
  assert.deepEqual(shape(pagesToLines([page(runs, rules)])), [
    ['html', '（三）不予公开', '1.属于国家秘密', '3', '12'],
    ['html', '2.其他法律行政法规禁止公开', '', '45'],
    ['html', '合计', '48', '57'],
  ]);
});

test('digits wrapped in a narrow cell continue one number; numbers stacked on short lines stay apart', () => {
  const xs = [50, 150, 180, 250];
  const ys = [100, 140];
  const rules = gridRules(xs, ys, [[0, 0, 1, 1], [0, 1, 1, 1], [0, 2, 1, 1]]);
  const runs = [
    run('政府集中采购', 52, 115),
    run('258463', 151, 115), // fills the 30-point cell to its right border …
    run('87', 151, 128), // … so the next line continues it
    run('12', 200, 115),
    run('34', 200, 128),
  ];
  assert.deepEqual(shape(pagesToLines([page(runs, rules)])), [['html', '政府集中采购', '25846387', '12 34']]);
});

test('a frame around text or an underline is not a table', () => {
  const frame = [h(100, 50, 500), h(200, 50, 500), v(50, 100, 200), v(500, 100, 200), h(300, 50, 120)];
  const runs = [run('一、总体情况', 60, 120), run('框内文字', 60, 150), run('带下划线', 60, 298)];
  assert.deepEqual(shape(pagesToLines([page(runs, frame)])), [
    ['text', '一、总体情况'],
    ['text', '框内文字'],
    ['text', '带下划线'],
  ]);
});

test('unruled columns split on wide gaps; narrow gaps are spaces; digits never run together', () => {
  const runs = [
    run('规章', 50, 100),
    run('1', 200, 100),
    run('2', 260, 100),
    run('3', 320, 100),
    run('盐池县青山乡', 50, 130),
    run('2020', 50 + 60 + 3, 130), // a quarter-em gap: a space
    run('年', 50 + 60 + 3 + 20 + 3, 130),
    run('12', 50, 160),
    run('3', 50 + 10 + 1, 160), // a tenth of an em between digits is still a space
  ];
  assert.deepEqual(shape(pagesToLines([page(runs)])), [
    ['tab', '规章', '1', '2', '3'],
    ['text', '盐池县青山乡 2020 年'],
    ['text', '12 3'],
  ]);
});

test('text printed twice for fake bold is read once', () => {
  const runs = [run('二、主动公开政府信息情况', 50, 100), run('二、主动公开政府信息情况', 50.4, 100)];
  assert.deepEqual(shape(pagesToLines([page(runs)])), [['text', '二、主动公开政府信息情况']]);
});

test('an unruled label wrapped around its centred values is put back in front of them', () => {
  const runs = [
    run('1.属于国家秘密', 50, 100),
    ...['0', '1', '2'].map((n, i) => run(n, 250 + 40 * i, 100)),
    run('2.其他法律行政法规禁止', 50, 120),
    ...['3', '4', '5'].map((n, i) => run(n, 250 + 40 * i, 127)),
    run('公开', 50, 134),
    run('3.危及“三安全一稳定”', 50, 154),
    ...['6', '7', '8'].map((n, i) => run(n, 250 + 40 * i, 154)),
  ];
  assert.deepEqual(shape(pagesToLines([page(runs)])), [
    ['tab', '1.属于国家秘密', '0', '1', '2'],
    ['tab', '2.其他法律行政法规禁止公开', '3', '4', '5'],
    ['tab', '3.危及“三安全一稳定”', '6', '7', '8'],
  ]);
});

test('wrapped paragraph and title lines are joined; headings, indented paragraphs and short lines are not', () => {
  const left = 50;
  const full = '一'.repeat(40); // 400 points: the text width
  const runs = [
    run(`${'龙'.repeat(10)}2021年度政府信息公开工作年度报`, left, 60, 16), // 400 points: full
    run('告', left + 192, 82, 16), // the title's last character, centred
    run('一、总体情况', left, 120),
    run(`　　${'本'.repeat(38)}`, left, 140),
    run(full, left, 154),
    run('结尾。', left, 168),
    run(`　　${'下'.repeat(10)}`, left, 182),
    run('（一）主动公开', left, 196),
  ];
  const got = shape(pagesToLines([page(runs)]));
  assert.deepEqual(got, [
    ['text', `${'龙'.repeat(10)}2021年度政府信息公开工作年度报告`],
    ['text', '一、总体情况'],
    ['text', `${'本'.repeat(38)}${full}结尾。`],
    ['text', '下'.repeat(10)],
    ['text', '（一）主动公开'],
  ]);
});

test('page numbers and running headers in the margins are dropped, numbers in the body are not', () => {
  const pages = [1, 2, 3].map((n) =>
    page([
      run('某某县人民政府办公室', 200, 40),
      run(`正文第${n}页的内容`, 50, 300),
      run('7', 50, 330),
      run(`— ${n} —`, 280, 810),
    ]),
  );
  assert.deepEqual(shape(pagesToLines(pages)), [
    ['text', '正文第1页的内容'],
    ['text', '7'],
    ['text', '正文第2页的内容'],
    ['text', '7'],
    ['text', '正文第3页的内容'],
    ['text', '7'],
  ]);
});

test('page number shapes', () => {
  for (const s of ['— 4 —', '- 4 -', '4', '第 4 页', '第4页 共12页', '共12页 第4页', '4 / 12', 'Page 4 of 12', '－12－']) {
    assert.ok(isPageNumber(s), s);
  }
  for (const s of ['4.保护第三方合法权益', '2020年', '第二十条第（一）项']) assert.ok(!isPageNumber(s), s);
});
