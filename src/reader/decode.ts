// Bytes → text. Detects UTF-8, UTF-16 (with or without BOM) and GB18030/GBK; refuses binary,
// empty and oversized input with a clear reason instead of decoding garbage.
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  ok: true;
  text: string;
  encoding: Encoding;
}

export interface InputError {
  ok: false;
  code: 'INPUT_EMPTY' | 'INPUT_TOO_LARGE' | 'INPUT_BINARY' | 'INPUT_ENCODING' | 'INPUT_UNSUPPORTED';
  message: string;
}

/** Published reports are tens of kilobytes; anything this large is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export function decode(bytes: Uint8Array): Decoded | InputError {
  if (bytes.length === 0) return fail('INPUT_EMPTY', '文件为空。');
  if (bytes.length > MAX_INPUT_BYTES) {
    return fail('INPUT_TOO_LARGE', `文件过大（${(bytes.length / 1048576).toFixed(1)} MB，上限 ${MAX_INPUT_BYTES / 1048576} MB），不是一份年度报告。`);
  }
  const container = sniffContainer(bytes);
  if (container) return fail('INPUT_UNSUPPORTED', `这是${CONTAINER_NAMES[container]}文件，不是文本或 HTML。`);

  const bom = bomEncoding(bytes);
  if (bom) return finish(decodeWith(bytes.subarray(bom.length), bom.encoding), bom.encoding);
  const utf16 = guessUtf16(bytes);
  if (utf16) return finish(utf16.text, utf16.encoding);
  if (bytes.includes(0)) return fail('INPUT_BINARY', '文件含有二进制数据，不是文本或 HTML 文件。');

  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return finish(utf8, 'utf-8');
  return finish(decodeWith(bytes, 'gb18030'), 'gb18030');
}

function finish(text: string, encoding: Encoding): Decoded | InputError {
  if (!looksLikeText(text)) {
    return fail('INPUT_ENCODING', `无法识别文件编码（按 ${encoding} 解码得到乱码），请转换为 UTF-8 或 GBK 后重试。`);
  }
  return { ok: true, text, encoding };
}

function fail(code: InputError['code'], message: string): InputError {
  return { ok: false, code, message };
}

export type Container = 'pdf' | 'zip' | 'ole';

const CONTAINER_NAMES: Record<Container, string> = { pdf: ' PDF ', zip: ' ZIP（DOCX/XLSX）', ole: '旧版 Office（DOC/XLS）' };

/** Binary document formats, by their magic bytes (a PDF may have a little junk before %PDF). */
export function sniffContainer(b: Uint8Array): Container | null {
  if (Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1024)).includes('%PDF-')) return 'pdf';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'zip';
  if (b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0) return 'ole';
  return null;
}

function bomEncoding(b: Uint8Array): { encoding: Encoding; length: number } | null {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** UTF-16 without BOM: text with NUL bytes is tried both ways round; the readable one wins. */
function guessUtf16(b: Uint8Array): { encoding: Encoding; text: string } | null {
  if (!b.subarray(0, 65536).includes(0)) return null;
  const even = b.length & ~1;
  const tries = (['utf-16le', 'utf-16be'] as const).map((encoding) => {
    const text = decodeWith(b.subarray(0, even), encoding);
    return { encoding, text, score: plausibility(text) };
  });
  const best = tries[0]!.score >= tries[1]!.score ? tries[0]! : tries[1]!;
  return best.score >= PLAUSIBLE ? best : null;
}

const utf8Decoder = new TextDecoder('utf-8', { fatal: true });

function strictUtf8(b: Uint8Array): string | null {
  try {
    return utf8Decoder.decode(b);
  } catch {
    return null;
  }
}

function decodeWith(b: Uint8Array, encoding: Encoding): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(b);
  return iconv.decode(Buffer.from(b.buffer, b.byteOffset, b.byteLength), encoding);
}

/**
 * Decoded text of a Chinese report is ASCII, CJK ideographs and CJK or full-width punctuation;
 * noise decoded with the wrong encoding is control characters, lone surrogates and scattered scripts.
 */
function looksLikeText(text: string): boolean {
  return plausibility(text) >= PLAUSIBLE;
}

const PLAUSIBLE = 0.9;

function plausibility(text: string): number {
  const sample = text.length > 65_536 ? text.slice(0, 65_536) : text;
  if (sample.length === 0) return 1;
  let plausible = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (
      (c >= 32 && c < 127) || c === 9 || c === 10 || c === 13 ||
      (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) || c === 0xa0 || c === 0xb7 || c === 0xd7 || (c >= 0x2460 && c <= 0x24ff)
    ) {
      plausible++;
    }
  }
  return plausible / sample.length;
}
