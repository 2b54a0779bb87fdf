// PDF → lines. (Placeholder until the PDF extractor lands.)
import type { Line } from './lines.js';
import type { ReadFailure } from './read-report.js';

export async function pdfToLines(_bytes: Uint8Array): Promise<Line[] | ReadFailure> {
  return { ok: false, code: 'INPUT_UNSUPPORTED', message: '暂不支持读取 PDF 文件。' };
}
