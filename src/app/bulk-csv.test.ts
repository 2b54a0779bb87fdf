import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DATASET_COLUMNS } from './bulk-columns.js';
import { csvHeaderLine, csvRowLine } from './bulk-csv.js';
import { datasetRow } from './bulk-item.js';
import { examineText } from './examine.js';
import { generateReport } from '../testkit/generate.js';
import { renderLayout } from '../testkit/layouts.js';

const index = (key: string) => DATASET_COLUMNS.findIndex((c) => c.key === key);

test('text that a spreadsheet would run as a formula is defused; numbers, even negative, are not', () => {
  const report = generateReport(3, '2019');
  report.figures.proactive['licensing']!['change'] = -25;
  const e = examineText(renderLayout(report, 'pipe'));
  assert.ok(e.ok);
  e.report.figures.agency = '=HYPERLINK("http://x","点我")';
  const fields = csvRowLine(datasetRow('@evil.txt', e)).replace(/\r\n$/, '');
  assert.ok(fields.startsWith(`'@evil.txt,`), fields.slice(0, 40));
  assert.match(fields, /,"'=HYPERLINK\(""http:\/\/x"",""点我""\)",/);
  const values = fields.split(',');
  assert.equal(values[index('proactive.licensing.change') + 1], '-25'); // +1: the agency field holds a comma
});

test('header and failed rows have every column; fields with commas, quotes and line breaks are quoted', () => {
  assert.equal(csvHeaderLine('key').split(',').length, DATASET_COLUMNS.length);
  const line = csvRowLine(datasetRow('a,"b"\n.txt', { ok: false, failure: { code: 'INPUT_EMPTY', message: '文件为空。' } }));
  assert.ok(line.startsWith('"a,""b""\n.txt",失败,INPUT_EMPTY,文件为空。,'));
  assert.ok(line.endsWith(',\r\n'));
});
