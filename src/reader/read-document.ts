// Any document → report: PDF and DOCX go through their own extractors into lines; text and HTML are
// decoded and split. Asynchronous because PDF text extraction is.
import { decode, MAX_INPUT_BYTES, sniffContainer } from './decode.js';
import { docxToLines } from './docx-lines.js';
import { pdfToLines } from './pdf-lines.js';
import { guarded, readLines, readReport, type ReadResult } from './read-report.js';

export async function readDocument(bytes: Uint8Array): Promise<ReadResult> {
  try {
    return await readAny(bytes);
  } catch (e) {
    return guarded(() => {
      throw e;
    });
  }
}

async function readAny(bytes: Uint8Array): Promise<ReadResult> {
  if (bytes.length > MAX_INPUT_BYTES) {
    const verdict = decode(bytes); // the same size verdict as for text
    if (!verdict.ok) return verdict;
  }
  const container = sniffContainer(bytes);
  if (container === 'pdf') {
    const lines = await pdfToLines(bytes);
    return 'ok' in lines ? lines : guarded(() => readLines(lines, null, 'pdf'));
  }
  if (container === 'zip') {
    const lines = await docxToLines(bytes);
    return 'ok' in lines ? lines : guarded(() => readLines(lines, null, 'docx'));
  }
  if (container === 'ole') {
    return { ok: false, code: 'INPUT_UNSUPPORTED', message: '这是旧版 Word/Excel（.doc/.xls）文件，请另存为 .docx 或 PDF 后重试。' };
  }
  return readReport(bytes);
}
