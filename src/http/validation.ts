// Request validation errors in Chinese: ajv's messages translated by ajv-i18n, each prefixed with
// where in the request the problem is.
import type { FastifySchemaValidationError } from 'fastify/types/schema.js';
import { createRequire } from 'node:module';

// ajv-i18n is CommonJS: its module is the function.
const localizeZh = createRequire(import.meta.url)('ajv-i18n/localize/zh') as (errors: unknown[] | null | undefined) => void;

const PART_NAMES: Readonly<Record<string, string>> = { body: '请求体', querystring: '查询参数', params: '路径参数', headers: '请求头' };

export function validationMessage(errors: readonly FastifySchemaValidationError[], part: string): string {
  localizeZh(errors as unknown[]);
  const where = PART_NAMES[part] ?? part;
  const lines = errors.slice(0, 5).map((e) => {
    const path = e.instancePath ? e.instancePath.replace(/^\//, '').replace(/\//g, '.') : '';
    const extra = e.keyword === 'additionalProperties' ? `：${String((e.params as { additionalProperty?: unknown }).additionalProperty)}` : '';
    // A pattern in a message means nothing to people: say what is wrong instead.
    const message = e.keyword === 'pattern' ? '格式不正确（不能为空白或含有控制字符，日期应为 YYYY-MM-DD）' : (e.message ?? '无效');
    return `${path ? `${where}中的“${path}”` : where}${message}${extra}`;
  });
  return `请求参数无效：${lines.join('；')}。`;
}
