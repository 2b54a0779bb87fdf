// 信息处理费 (《政府信息公开信息处理费管理办法》, 国办函〔2020〕109号). 第三条: charged by count (按件)
// or by quantity (按量), both 超额累进 — each band is priced at its own rate, like income tax — and
// for any one application only one of the two, never both. Amounts in whole 元.
//
// Worked examples:
// - By count: an applicant has made 25 applications this natural month and files 1 more split into
//   10 items (一事一申请). Items 26–35: 26–30 are in the 11–30 band at 100 元 (5 × 100 = 500), 31–35
//   in the 31–40 band at 200 元 (5 × 200 = 1000): 1500 元.
// - By pages: 250 pages. 1–30 free; 31–100 at 10 元 (70 × 10 = 700); 101–200 at 20 元
//   (100 × 20 = 2000); 201–250 at 40 元 (50 × 40 = 2000): 4700 元.

/** One band of a progressive fee, as charged. */
export interface FeeLine {
  /** First and last unit (ordinal item of the month, or page) charged at this rate, inclusive. */
  from: number;
  to: number;
  units: number;
  rateYuan: number;
  amountYuan: number;
}

export type FeeMethod = 'byCount' | 'byPages';

export interface Fee {
  ok: true;
  method: FeeMethod;
  amountYuan: number;
  /** The charged bands, free ones included, in order. */
  lines: FeeLine[];
  /** The rule, in Chinese, for the fee notice. */
  basis: string;
}

export interface FeeError {
  ok: false;
  code: 'FEE_INPUT_INVALID';
  message: string;
  field: string;
}

const BASIS_COUNT = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条、第四条：按件计收，超额累进';
const BASIS_PAGES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）第三条、第五条：按量计收，超额累进';

/**
 * 第四条: the rate of the n-th item an applicant files in one natural month. ≤ 10: free; 11–30:
 * 100 元; from 31, each band of 10 items costs 100 元 more (31–40: 200, 41–50: 300, …).
 */
export function countRateYuan(n: number): number {
  if (n <= 10) return 0;
  if (n <= 30) return 100;
  return 100 * (2 + Math.floor((n - 31) / 10));
}

/** 第五条: the rate of the n-th page of one application. ≤ 30: free; 31–100: 10 元; 101–200: 20 元; ≥ 201: 40 元. */
export function pageRateYuan(n: number): number {
  if (n <= 30) return 0;
  if (n <= 100) return 10;
  if (n <= 200) return 20;
  return 40;
}

/** Units first..last priced by `rate`, grouped into runs of the same rate. */
function progressive(first: number, last: number, rate: (n: number) => number): { amountYuan: number; lines: FeeLine[] } {
  const lines: FeeLine[] = [];
  for (let n = first; n <= last; n++) {
    const r = rate(n);
    const line = lines[lines.length - 1];
    if (line && line.rateYuan === r) {
      line.to = n;
      line.units++;
      line.amountYuan += r;
    } else {
      lines.push({ from: n, to: n, units: 1, rateYuan: r, amountYuan: r });
    }
  }
  return { amountYuan: lines.reduce((sum, l) => sum + l.amountYuan, 0), lines };
}

function wholeNumber(value: unknown, min: number, field: string, label: string): FeeError | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= min) return null;
  return { ok: false, code: 'FEE_INPUT_INVALID', field, message: `${label}“${String(value)}”无效，应为不小于${min}的整数。` };
}

/** Bands are walked unit by unit; no real application has more. */
const MAX_UNITS = 1_000_000;

function tooMany(value: number, field: string, label: string): FeeError | null {
  return value > MAX_UNITS ? { ok: false, code: 'FEE_INPUT_INVALID', field, message: `${label}${value}超出可计算的范围（${MAX_UNITS}）。` } : null;
}

/**
 * 第四条 按件计收: the fee for an application of `items` items (after splitting 一事一申请), by the
 * applicant who has already filed `itemsThisMonthBefore` items in the same natural month.
 */
export function feeByCount(itemsThisMonthBefore: number, items: number = 1): Fee | FeeError {
  const bad =
    wholeNumber(itemsThisMonthBefore, 0, 'itemsThisMonthBefore', '本月此前已申请件数') ??
    wholeNumber(items, 1, 'items', '本次申请件数') ??
    tooMany(itemsThisMonthBefore + items, 'items', '本月累计申请件数');
  if (bad) return bad;
  const { amountYuan, lines } = progressive(itemsThisMonthBefore + 1, itemsThisMonthBefore + items, countRateYuan);
  return { ok: true, method: 'byCount', amountYuan, lines, basis: BASIS_COUNT };
}

/** 第五条 按量计收: the fee for one application of `pages` pages (paper, e-mail or copied data). */
export function feeByPages(pages: number): Fee | FeeError {
  const bad = wholeNumber(pages, 0, 'pages', '页数') ?? tooMany(pages, 'pages', '页数');
  if (bad) return bad;
  const { amountYuan, lines } = progressive(1, pages, pageRateYuan);
  return { ok: true, method: 'byPages', amountYuan, lines, basis: BASIS_PAGES };
}

/** The agency's choice for one application: one method, with only that method's measure (第三条). */
export type FeeChoice =
  | { method: 'byCount'; itemsThisMonthBefore: number; items?: number }
  | { method: 'byPages'; pages: number };

/** The fee of one application under the method the agency chose for it (never both: 第三条). */
export function chooseFee(choice: FeeChoice): Fee | FeeError {
  return choice.method === 'byCount' ? feeByCount(choice.itemsThisMonthBefore, choice.items ?? 1) : feeByPages(choice.pages);
}

/** Both fees side by side, for the clerk to choose one (charging both is not allowed). */
export function feeOptions(input: { itemsThisMonthBefore: number; items?: number; pages: number }): { byCount: Fee | FeeError; byPages: Fee | FeeError } {
  return { byCount: feeByCount(input.itemsThisMonthBefore, input.items ?? 1), byPages: feeByPages(input.pages) };
}
