// Personal and organisational identifiers on application forms: the 18-digit 居民身份证号码
// (GB 11643-1999, ISO 7064 MOD 11-2 check character) and the 统一社会信用代码 (GB 32100-2015,
// MOD 31 check character), and the masked forms shown in lists and exports.

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** An 18-character resident ID number with a valid check character and a real date of birth. */
export function isResidentIdNumber(text: string): boolean {
  const id = text.trim().toUpperCase();
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  const birth = new Date(Date.UTC(y, m - 1, d));
  if (y < 1900 || birth.getUTCMonth() !== m - 1 || birth.getUTCDate() !== d) return false;
  const sum = ID_WEIGHTS.reduce((s, w, i) => s + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** An 18-character 统一社会信用代码 with a valid check character. */
export function isCreditCode(text: string): boolean {
  const code = text.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return false;
  const sum = CREDIT_WEIGHTS.reduce((s, w, i) => s + w * CREDIT_ALPHABET.indexOf(code[i]!), 0);
  return CREDIT_ALPHABET[(31 - (sum % 31)) % 31] === code[17];
}

/** Keeps the first `head` and last `tail` characters, masking the rest with *. */
function mask(text: string, head: number, tail: number): string {
  const chars = [...text.trim()];
  if (chars.length <= head + tail) return '*'.repeat(chars.length);
  return chars.slice(0, head).join('') + '*'.repeat(chars.length - head - tail) + chars.slice(chars.length - tail).join('');
}

/** 110101********123X: region code and the last four, never the date of birth. */
export function maskIdNumber(text: string): string {
  return mask(text.toUpperCase(), text.trim().length >= 15 ? 6 : 1, text.trim().length >= 15 ? 4 : 1);
}

/** 138****5678 for mobiles; other numbers keep their last four only. */
export function maskPhone(text: string): string {
  const t = text.trim();
  return /^1\d{10}$/.test(t) ? mask(t, 3, 4) : mask(t, 0, Math.min(4, Math.max(0, t.length - 3)));
}
