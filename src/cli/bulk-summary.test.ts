import assert from 'node:assert/strict';
import { test } from 'node:test';
import { addOutcome, emptyTally } from '../app/bulk-tally.js';
import { summaryLines } from './bulk-summary.js';

test('the summary counts files by status and reasons by code, largest first', () => {
  const tally = emptyTally();
  const add = (status: 'full' | 'partial' | 'failed', code: string | null, reasons: string[] = []) => addOutcome(tally, { status, code, reasons });
  add('full', null);
  add('full', null);
  add('partial', null, ['COLUMN_MISSING', 'CELL_UNKNOWN']);
  add('partial', null, ['CELL_UNKNOWN']);
  add('partial', null);
  add('failed', 'NOT_A_REPORT');
  add('failed', 'FILE_TIMEOUT');
  add('failed', 'NOT_A_REPORT');
  const lines = summaryLines({ tally, seconds: 2, pool: { workersStarted: 2, timeouts: 1, workerHeapPeakBytes: 0 }, mainHeapPeakBytes: 0 });
  assert.equal(lines[0], '共 8 份：已读 2 份 · 部分读出 3 份 · 失败 3 份（用时 0:02，4 份/秒）');
  const text = lines.join('\n');
  assert.match(text, /CELL_UNKNOWN\s+2 .*\n\s+COLUMN_MISSING\s+1 .*\n\s+OTHER\s+1 /);
  assert.match(text, /失败的原因，份数：\n\s+NOT_A_REPORT\s+2\s+不是年度报告\n\s+FILE_TIMEOUT\s+1\s+读取超时/);
});

test('a clean run is one line', () => {
  const tally = emptyTally();
  addOutcome(tally, { status: 'full', code: null, reasons: [] });
  assert.equal(summaryLines({ tally, seconds: 0, pool: { workersStarted: 1, timeouts: 0, workerHeapPeakBytes: 0 }, mainHeapPeakBytes: 0 }).length, 1);
});
