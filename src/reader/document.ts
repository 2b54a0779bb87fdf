// The document around the tables: title, agency, year, dates, section boundaries, narratives.
import type { SectionNo } from '../core/formats.js';
import { toHalfWidth } from '../core/text.js';
import type { Line } from './lines.js';

export interface DocumentOutline {
  title: string | null;
  agency: string | null;
  year: number | null;
  publishedAt: string | null;
  signedAt: string | null;
  /** Index of the first line of each section found (its heading line, or its first table line). */
  starts: Partial<Record<SectionNo, number>>;
  /** Sections found by their heading (as opposed to by their table contents). */
  headed: Set<SectionNo>;
  /** Text on a heading line after the heading itself ("五、存在的主要问题及改进情况。我乡…"). */
  headingTail: Partial<Record<SectionNo, string>>;
  /** Index of the line holding the signature date, when the document ends with one. */
  signatureLine: number | null;
}

export const SECTION_ORDER: readonly SectionNo[] = ['一', '二', '三', '四', '五', '六'];

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.，,．]|[(（][一二三四五六七八九十]+[)）]|\d+[.、．]|第[一二三四五六]部分[、:：]?)\s*/;

const HEADING: Record<SectionNo, RegExp> = {
  一: /^总体情况/,
  二: /^主动公开(?:政府信息)?(?:的)?情况/,
  三: /^收到和处理政府信息公开申请(?:的)?情况/,
  四: /^.{0,14}行政复议.{0,6}行政诉讼(?:的)?情况/,
  五: /^.{0,12}存在的?主要问题(?:及|和)?(?:改进)?(?:情况)?/,
  六: /^其他需要报告的事项/,
};

/** A heading without its numbering must be the whole line and nothing but a known title. */
const BARE_HEADING: Record<SectionNo, RegExp> = {
  一: /^总体情况$/,
  二: /^主动公开(?:政府信息)?(?:的)?情况$/,
  三: /^收到和处理政府信息公开申请(?:的)?情况$/,
  四: /^(?:因)?政府信息公开(?:工作)?(?:被申请)?行政复议[、和及，]?(?:提起)?行政诉讼(?:的)?情况$/,
  五: /^(?:政府信息公开工作)?存在的?主要问题(?:及|和)?(?:改进)?(?:情况)?$/,
  六: /^其他需要报告的事项$/,
};

/** Where a section's tables start when its heading is missing. */
const TABLE_ANCHOR: Partial<Record<SectionNo, RegExp>> = {
  二: /第二十条第|^信息内容/,
  三: /勾稽关系|^申请人情况$|本年新收/,
  四: /^行政复议$|^行政诉讼$|^结果维持$/,
};

export function outline(lines: readonly Line[]): DocumentOutline {
  const starts: Partial<Record<SectionNo, number>> = {};
  const headed = new Set<SectionNo>();
  const headingTail: Partial<Record<SectionNo, string>> = {};
  let next = 0;
  for (let i = 0; i < lines.length && next < SECTION_ORDER.length; i++) {
    if (lines[i]!.cells.length > 1) continue; // a heading stands alone on its line
    const first = lines[i]!.norms[0] ?? '';
    for (let s = next; s < SECTION_ORDER.length; s++) {
      const no = SECTION_ORDER[s]!;
      const tail = headingMatch(first, no);
      if (tail === null) continue;
      starts[no] = i;
      headed.add(no);
      if (tail) headingTail[no] = tail;
      next = s + 1;
      break;
    }
  }
  fillMissingStarts(lines, starts);
  const head = lines.slice(0, Math.min(lines.length, starts['一'] ?? starts['二'] ?? 20, 30));
  const title = findTitle(head);
  const signatureLine = findSignatureLine(lines);
  return {
    ...title,
    publishedAt: findPublished(head),
    signedAt: signatureLine === null ? null : parseChineseDate(lines[signatureLine]!.cells.join('')),
    starts,
    headed,
    headingTail,
    signatureLine,
  };
}

/** The heading's trailing text ('' if none) when the (normalised) line is the heading of `no`; else null. */
function headingMatch(norm: string, no: SectionNo): string | null {
  const numbering = NUMBERING.exec(norm);
  const rest = numbering ? norm.slice(numbering[0].length) : norm;
  const m = HEADING[no].exec(rest);
  if (!m) return null;
  // Without numbering, only a short line on its own is a heading (not a sentence that names it).
  // Without its numbering a heading is a line of its own: "…其他需要报告的事项。本年度报告…" in
  // a preamble names the section, it does not start it.
  if (!numbering) return BARE_HEADING[no].test(norm.replace(/[。.：:]$/, '')) ? '' : null;
  return rest.slice(m[0].length).replace(/^[。.：:，,；;]/, '');
}

function fillMissingStarts(lines: readonly Line[], starts: Partial<Record<SectionNo, number>>): void {
  for (const no of ['二', '三', '四'] as const) {
    if (starts[no] !== undefined) continue;
    const prevIndex = SECTION_ORDER.indexOf(no) - 1;
    const after = SECTION_ORDER.slice(0, prevIndex + 1).reduce((acc, s) => Math.max(acc, starts[s] ?? -1), -1);
    const nextStart = SECTION_ORDER.slice(prevIndex + 2).map((s) => starts[s]).find((v) => v !== undefined);
    const anchor = TABLE_ANCHOR[no]!;
    for (let i = after + 1; i < (nextStart ?? lines.length); i++) {
      if (lines[i]!.norms.some((c) => anchor.test(c))) {
        starts[no] = i;
        break;
      }
    }
  }
}

const YEAR_IN_TITLE = /^(.*?)((?:19|20)\d{2})年度?(.*)$/;

function findTitle(head: readonly Line[]): { title: string | null; agency: string | null; year: number | null } {
  for (let i = 0; i < head.length; i++) {
    const text = compact(head[i]!.cells.join(''));
    if (text.length > 90 || /当前位置|首页|>/.test(text) || !/信息公开|政务公开/.test(text)) continue;
    if (/^(?:根据|按照|依据|本报告|本年度报告)/.test(text)) continue; // a sentence about the report, not its title
    let title = text;
    const following = compact(head[i + 1]?.cells.join('') ?? '');
    if (!/报告$/.test(title) && /^(?:工作)?(?:年度)?报告$/.test(following)) title += following;
    const m = YEAR_IN_TITLE.exec(title);
    if (!m || !/报告|工作$/.test(title)) continue;
    const year = Number(m[2]);
    const before = m[1]!.replace(/^(?:标题|题目|名称)[:：]/, '').replace(/^关于|关于$/g, '');
    const after = /^(.*?)(?:政府信息公开|政务公开)/.exec(m[3]!)?.[1] ?? '';
    // "上海市人民政府办公厅" on one line, "2025 年政府信息公开工作年度报告" on the next.
    const above = compact(head[i - 1]?.cells.join('') ?? '');
    const agencyAbove = /^[\u4e00-\u9fff（）()]{2,30}(?:政府|办公厅|办公室|局|委员会|委|厅|院|中心|署|所|处|镇|乡|街道|苏木)$/.test(above) ? above : '';
    const agency = before || after || agencyAbove || null;
    return { title, agency, year };
  }
  return { title: null, agency: null, year: null };
}

const PUBLISHED = /(?:发布日期|发布时间|发文日期|成文日期|公开日期|发布于|时间)\s*[:：]?\s*((?:19|20)\d{2})\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})/;

function findPublished(head: readonly Line[]): string | null {
  for (const line of head) {
    const m = PUBLISHED.exec(toHalfWidth(line.cells.join(' ')));
    if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** "2021年2月2日" or "二〇二一年二月二日" standing alone → ISO date. */
export function parseChineseDate(text: string): string | null {
  const s = compact(toHalfWidth(text));
  const m = /^([0-9〇零O一二三四五六七八九]{4})年([0-9一二三四五六七八九十]{1,3})月([0-9一二三四五六七八九十]{1,3})日$/.exec(s);
  if (!m) return null;
  const year = Number([...m[1]!].map((c) => (/\d/.test(c) ? c : String(CN_DIGITS[c] ?? ''))).join(''));
  return isoDate(year, cnNumber(m[2]!), cnNumber(m[3]!));
}

function cnNumber(s: string): number {
  if (/^\d+$/.test(s)) return Number(s);
  if (s === '十') return 10;
  const [tens, ones] = s.includes('十') ? s.split('十') : ['', s];
  return (tens ? CN_DIGITS[tens]! : s.includes('十') ? 1 : 0) * 10 + (ones ? CN_DIGITS[ones]! : 0);
}

function findSignatureLine(lines: readonly Line[]): number | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 4); i--) {
    if (parseChineseDate(lines[i]!.cells.join(''))) return i;
  }
  return null;
}

function isoDate(y: number, m: number, d: number): string | null {
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= 31 && y >= 1990 && y <= 2100)) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1) return null;
  return date.toISOString().slice(0, 10);
}

function compact(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, '');
}
