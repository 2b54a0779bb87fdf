// commander reports usage errors in English; users of this command read Chinese.
const PATTERNS: [RegExp, (...m: string[]) => string][] = [
  [/unknown option '([^']+)'/, (o) => `未知选项 ${o}`],
  [/unknown command '([^']+)'/, (c) => `未知命令 ${c}`],
  [/missing required argument '([^']+)'/, (a) => `缺少参数 <${a}>`],
  [/required option '([^' ]+)[^']*' not specified/, (o) => `缺少必需的选项 ${o}`],
  [/option '([^' ]+)[^']*' argument '([^']*)' is invalid\. Allowed choices are (.*)\./, (o, v, c) => `选项 ${o} 的值“${v}”无效，可选：${c}`],
  [/option '([^' ]+)[^']*' argument missing/, (o) => `选项 ${o} 缺少取值`],
  [/too many arguments(?: for '([^']+)')?/, () => '参数过多'],
];

/** "error: unknown option '--x'" → "错误：未知选项 --x"; anything unrecognised is kept as it is. */
export function chineseUsageError(message: string): string {
  const text = message.replace(/^error:\s*/, '').trim();
  for (const [re, say] of PATTERNS) {
    const m = re.exec(text);
    if (m) return `错误：${say(...m.slice(1).map((x) => x ?? ''))}。`;
  }
  return message.trim();
}
