// Text normalisation shared by the reader and the checks. Pure functions.

/** Full-width ASCII (！–～, U+FF01–FF5E) and the ideographic space to their half-width forms. */
export function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E\u3000]/g, (ch) =>
    ch === '\u3000' ? ' ' : String.fromCharCode(ch.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A label in a comparable form: half-width, no white space, Chinese-style brackets and commas,
 * one kind of dot and quote. "（三） 不予公开" and "(三)不予公开" compare equal.
 */
export function normalizeLabel(s: string): string {
  return toHalfWidth(s)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/[,，]/g, '，')
    .replace(/[:：]/g, '：')
    .replace(/(\d)\s*[.、]/g, '$1.')
    .replace(/[“”"＂]/g, '"')
    .replace(/[‘’']/g, "'");
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
