// Reading one printed value: full-width digits, thousands separators, signs, 元 / 万元.
import { toHalfWidth } from '../core/text.js';

export interface PrintedNumber {
  /** Decimal digits as printed, sign included, separators removed: "-1", "24672.02". */
  digits: string;
  unit: '元' | '万元' | null;
}

const HAS_DIGIT = /[0-9\uFF10-\uFF19]/;
const NUMBER = /^([+\-−－]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(元|万元|件|条|个|项|次)?$/;
/** Count words printed after a number ("2件"): the number is still a count. */
const COUNT_WORDS = new Set(['件', '条', '个', '项', '次']);

/** A printed number, or null when the text is not one number. */
export function parsePrinted(raw: string): PrintedNumber | null {
  if (!HAS_DIGIT.test(raw)) return null; // most cells are labels: leave early
  const s = toHalfWidth(raw).trim();
  const m = NUMBER.exec(s);
  if (!m) return null;
  const body = m[2]!.replace(/,/g, '');
  // "036" is not how anyone prints 36: more likely two cells run together.
  if (/^0\d/.test(body)) return null;
  const sign = m[1] && m[1] !== '+' ? '-' : '';
  const unit = m[3] && !COUNT_WORDS.has(m[3]) ? (m[3] as PrintedNumber['unit']) : null;
  return { digits: sign + body, unit };
}

/** Multiply a decimal string by 10^power without floating-point error. */
export function shiftDecimal(digits: string, power: number): number {
  const negative = digits.startsWith('-');
  const [int = '0', frac = ''] = digits.replace('-', '').split('.');
  let all = int + frac;
  let point = int.length + power;
  if (point > all.length) all = all.padEnd(point, '0');
  if (point < 0) {
    all = '0'.repeat(-point) + all;
    point = 0;
  }
  const text = `${all.slice(0, point) || '0'}.${all.slice(point) || '0'}`;
  const value = Number(text);
  return negative ? -value : value;
}
