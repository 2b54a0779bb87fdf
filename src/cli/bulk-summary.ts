// The closing summary of a bulk run, on stderr: how many files were read fully, partly, not at all,
// and why, by code (docs/errors.md) with a short Chinese name.
import type { BulkResult } from '../app/bulk.js';
import { byCount, OTHER_REASON } from '../app/bulk-tally.js';
import { formatDuration } from './progress.js';

const FAILURE_NAMES: Readonly<Record<string, string>> = {
  INPUT_EMPTY: '文件为空',
  INPUT_TOO_LARGE: '文件过大',
  INPUT_BINARY: '二进制数据',
  INPUT_ENCODING: '编码无法识别',
  INPUT_UNSUPPORTED: '不支持的文件格式',
  INPUT_UNREADABLE: '无法打开',
  INPUT_DAMAGED: '文件已损坏',
  INPUT_SCANNED: '扫描件（没有文字层）',
  INPUT_IS_DIRECTORY: '是文件夹',
  NOT_A_REPORT: '不是年度报告',
  REPORT_TRUNCATED: '报告不完整',
  FILE_TIMEOUT: '读取超时',
  FILE_OUT_OF_MEMORY: '内存不足',
  WORKER_FAILED: '读取线程出错',
  INTERNAL_ERROR: '内部错误',
  [OTHER_REASON]: '其他',
};

const PARTIAL_NAMES: Readonly<Record<string, string>> = {
  SECTION_MISSING: '缺少部分',
  TABLE_MISSING: '缺少表格',
  ROW_MISSING: '缺行',
  COLUMN_MISSING: '缺列或缺格',
  ROW_TOO_MANY_VALUES: '一行数值过多',
  CELL_INVALID: '数值不可能',
  CELL_UNKNOWN: '单元格无法确定',
  [OTHER_REASON]: '其他（表格留空）',
};

function reasonLines(entries: [string, number][], names: Readonly<Record<string, string>>): string[] {
  const width = Math.max(...entries.map(([code]) => code.length));
  return entries.map(([code, n]) => `  ${code.padEnd(width)}  ${String(n).padStart(6)}  ${names[code] ?? ''}`.trimEnd());
}

export function summaryLines(result: BulkResult): string[] {
  const { tally: t, seconds } = result;
  const rate = seconds > 0 ? t.done / seconds : 0;
  const lines = [
    `共 ${t.done} 份：已读 ${t.full} 份 · 部分读出 ${t.partial} 份 · 失败 ${t.failed} 份（用时 ${formatDuration(seconds)}，${rate.toFixed(0)} 份/秒）`,
  ];
  if (t.partial > 0) {
    lines.push(`部分读出（有单元格未知）的原因，份数（一份可有几个原因）：`, ...reasonLines(byCount(t.partialReasons), PARTIAL_NAMES));
  }
  if (t.failed > 0) lines.push('失败的原因，份数：', ...reasonLines(byCount(t.failures), FAILURE_NAMES));
  return lines;
}
