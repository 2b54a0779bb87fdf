import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chineseUsageError } from './usage-errors.js';

test('commander usage errors in Chinese', () => {
  assert.equal(chineseUsageError("error: unknown option '--frob'"), '错误：未知选项 --frob。');
  assert.equal(chineseUsageError("error: unknown command 'frobnicate'"), '错误：未知命令 frobnicate。');
  assert.equal(chineseUsageError("error: missing required argument 'files'"), '错误：缺少参数 <files>。');
  assert.equal(chineseUsageError("error: required option '--to <format>' not specified"), '错误：缺少必需的选项 --to。');
  assert.equal(
    chineseUsageError("error: option '--to <format>' argument 'xyz' is invalid. Allowed choices are html, md."),
    '错误：选项 --to 的值“xyz”无效，可选：html, md。',
  );
  assert.equal(chineseUsageError('error: something new'), 'error: something new', 'unknown messages are kept');
});
