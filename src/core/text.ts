// Text normalisation shared by the reader and the checks. Pure functions.

/** Full-width ASCII (！–～, U+FF01–FF5E) and the ideographic space to their half-width forms. */
const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;

export function toHalfWidth(s: string): string {
  if (!FULL_WIDTH.test(s)) return s;
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A label in a comparable form: half-width, no white space, Chinese-style brackets, commas and colons,
 * "1." for "1、" / "1．", one kind of quote. "（三） 不予公开" and "(三)不予公开" compare equal.
 * One pass over the characters: the reader calls this for every cell it sees.
 */
export function normalizeLabel(s: string): string {
  let out = '';
  let lastDigit = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0x200b || c === 0xfeff || c === 0x2028 || c === 0x2029) {
      continue;
    }
    let ch: string;
    if (c === 0x28) ch = '（';
    else if (c === 0x29) ch = '）';
    else if (c === 0x2c) ch = '，';
    else if (c === 0x3a) ch = '：';
    else if ((c === 0x2e || c === 0x3001) && lastDigit) ch = '.';
    else if (c === 0x201c || c === 0x201d || c === 0x22) ch = '"';
    else if (c === 0x2018 || c === 0x2019 || c === 0x27) ch = "'";
    else ch = String.fromCharCode(c);
    lastDigit = c >= 0x30 && c <= 0x39;
    out += ch;
  }
  return out;
}

/** Levenshtein distance, for telling a typo from a different label. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}
