// The tracking code (查询码) an applicant uses to look up their application: ten symbols from an
// alphabet without look-alikes, then one check symbol, shown as XXXX-XXXX-XXX. The check makes the
// weighted sum of all eleven symbols 0 modulo 31 (a prime, the alphabet's size), so any one mistyped
// symbol and any swap of two neighbours is caught. Pure: the caller supplies the random bytes.

/** 31 symbols: digits 2–9 and the letters except I, O (1, 0) and U (V). */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTVWXYZ';
const BASE = TRACKING_ALPHABET.length; // 31, prime
const DATA_SYMBOLS = 10;
/** 8 bytes = 64 bits for 31^10 ≈ 2^49.5 codes: the modulo bias is below 1/20000. */
export const TRACKING_CODE_BYTES = 8;

export type TrackingCodeResult = { ok: true; code: string } | { ok: false; code: 'TRACKING_CODE_INVALID'; message: string };

function checkSymbol(values: readonly number[]): number {
  // Σ (i+1)·v_i + (n+1)·c ≡ 0 (mod 31) → c = −S · (n+1)⁻¹.
  let sum = 0;
  values.forEach((v, i) => (sum = (sum + (i + 1) * v) % BASE));
  const weight = values.length + 1;
  let inverse = 1;
  while ((weight * inverse) % BASE !== 1) inverse++;
  return (((BASE - sum) % BASE) * inverse) % BASE;
}

function show(symbols: string): string {
  return `${symbols.slice(0, 4)}-${symbols.slice(4, 8)}-${symbols.slice(8)}`;
}

/** A new tracking code from at least 8 random bytes (e.g. crypto.getRandomValues in the shell). */
export function trackingCode(random: Uint8Array): TrackingCodeResult {
  if (random.length < TRACKING_CODE_BYTES) {
    return { ok: false, code: 'TRACKING_CODE_INVALID', message: `生成查询码需要至少${TRACKING_CODE_BYTES}个随机字节。` };
  }
  let n = 0n;
  for (const byte of random.subarray(0, TRACKING_CODE_BYTES)) n = (n << 8n) | BigInt(byte);
  const values: number[] = [];
  for (let i = 0; i < DATA_SYMBOLS; i++) {
    values.push(Number(n % BigInt(BASE)));
    n /= BigInt(BASE);
  }
  const symbols = [...values, checkSymbol(values)].map((v) => TRACKING_ALPHABET[v]!).join('');
  return { ok: true, code: show(symbols) };
}

/**
 * A tracking code as typed by a person, in its canonical form: case, spaces and hyphens do not
 * matter; a wrong symbol or a wrong check is an error.
 */
export function parseTrackingCode(text: string): TrackingCodeResult {
  const symbols = text.toUpperCase().replace(/[\s\-－—_]/g, '');
  const invalid = (why: string): TrackingCodeResult => ({ ok: false, code: 'TRACKING_CODE_INVALID', message: `查询码“${text}”${why}，请核对后重新输入。` });
  if (symbols.length !== DATA_SYMBOLS + 1) return invalid(`应为${DATA_SYMBOLS + 1}位`);
  const values = [...symbols].map((ch) => TRACKING_ALPHABET.indexOf(ch));
  if (values.some((v) => v < 0)) return invalid('含有查询码不使用的字符（查询码不含 0、1、I、O、U）');
  if (checkSymbol(values.slice(0, DATA_SYMBOLS)) !== values[DATA_SYMBOLS]) return invalid('校验位不符');
  return { ok: true, code: show(symbols) };
}

export function isTrackingCode(text: string): boolean {
  return parseTrackingCode(text).ok;
}
