// A narrative that dates its statistics to another year (e.g. "截至2019年12月31日" in a 2020 report)
// was usually copied from an earlier report without being updated. Only statistics periods count:
// a cut-off at a year end, a 1月1日–12月31日 range, or an explicit 统计期限/统计期间. Plans ("2021年，将…",
// "到2021年底前…") and other dates ("截至2021年1月") are normal text and are left alone.
import type { Finding } from '../finding.js';
import type { SectionNo } from '../formats.js';
import type { Report } from '../report.js';
import { toHalfWidth } from '../text.js';
import { sectionTitlePlace } from './places.js';

const CN_DIGITS: Readonly<Record<string, string>> = {
  '〇': '0', '零': '0', '○': '0', '一': '1', '二': '2', '三': '3', '四': '4', '五': '5', '六': '6', '七': '7', '八': '8', '九': '9',
};

/** Half-width, no white space, Arabic digits in dates, no leading zeros: "2019年1月1日". */
export function normalizeDates(text: string): string {
  return toHalfWidth(text)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '')
    .replace(/[〇零○一二三四五六七八九]{4}(?=年)/g, (y) => [...y].map((ch) => CN_DIGITS[ch] ?? ch).join(''))
    .replace(/十二月三十一日/g, '12月31日')
    .replace(/(?<!十)一月一日/g, '1月1日')
    .replace(/(?<!\d)(\d{4})[./-](\d{1,2})[./-](\d{1,2})(?!\d)/g, '$1年$2月$3日')
    .replace(/(\d{4})年0?(\d{1,2})月(?:0?(\d{1,2})日)?/g, (_m, y: string, mo: string, d?: string) =>
      d === undefined ? `${y}年${mo}月` : `${y}年${mo}月${d}日`,
    );
}

const YEAR_END = '(?:12月31日|12月底|12月末|底|末)';
const DASH = '(?:至|到|—{1,2}|–|-|~)';

/** Each pattern captures the year(s) of a statistics period. */
const PATTERNS: readonly RegExp[] = [
  // 截至2019年12月31日 / 截止到2019年底 / 截至2019年末 (not "截至2019年底前": a deadline, not a cut-off).
  new RegExp(`(?:截至|截止)(?:到|至|于)?(\\d{4})年${YEAR_END}(?!前|之前|以前)`, 'g'),
  // 2019年1月1日至2019年12月31日 / 2019年1月1日起至12月31日.
  new RegExp(`(\\d{4})年1月1日(?:起|零时)?${DASH}(?:(\\d{4})年)?${YEAR_END}`, 'g'),
  // 统计期限为2019年1月1日… / 统计数据期间自2019年度….
  /统计[^。；;，,\d]{0,8}?(?:期限|期间|时限|时段|区间|周期|范围|时间)[为是自从:：]{0,3}(\d{4})年(?:度|1月1日|全年)/g,
];

interface Hit {
  start: number;
  end: number;
  text: string;
  year: number;
}

function mismatches(text: string, reportYear: number): Hit[] {
  const normalized = normalizeDates(text);
  const found: Hit[] = [];
  for (const pattern of PATTERNS) {
    for (const m of normalized.matchAll(pattern)) {
      const years = m.slice(1).filter((g): g is string => g !== undefined).map(Number);
      const other = years.find((y) => y !== reportYear);
      if (other !== undefined) found.push({ start: m.index, end: m.index + m[0].length, text: m[0], year: other });
    }
  }
  // The same words can match two patterns: merge overlapping matches and quote them once.
  const hits: Hit[] = [];
  for (const hit of found.sort((a, b) => a.start - b.start)) {
    const last = hits[hits.length - 1];
    if (last && hit.start < last.end) {
      last.end = Math.max(last.end, hit.end);
      last.text = normalized.slice(last.start, last.end);
    } else {
      hits.push({ ...hit });
    }
  }
  return hits;
}

export function checkNarrativeYear(report: Report): Finding[] {
  const year = report.figures.year;
  if (year === null) return [];
  const findings: Finding[] = [];
  const texts: [SectionNo | null, string | undefined][] = [
    [null, report.preamble],
    ...(Object.entries(report.narratives) as [SectionNo, string | undefined][]),
  ];
  for (const [section, text] of texts) {
    if (!text) continue;
    for (const hit of mismatches(text, year)) {
      findings.push({
        code: 'NARRATIVE_YEAR_MISMATCH',
        severity: 'warning',
        message: `${section ? sectionTitlePlace(section) : '报告开头'}写有“${hit.text}”：统计期在${hit.year}年，与报告年度${year}年不符，疑为沿用往年报告的文字`,
        ...(section ? { section } : {}),
      });
    }
  }
  return findings;
}
