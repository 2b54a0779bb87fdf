// PDF → lines: the text layer of every page through pdfjs-dist (loaded only when a PDF comes in),
// laid out into lines of cells by pdf-layout.ts. Scanned, encrypted, damaged, huge or slow PDFs give
// a ReadFailure, never an exception.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Line } from './lines.js';
import { pagesToLines, visualLines, type PageText, type TextRun } from './pdf-layout.js';
import { pageRules } from './pdf-rules.js';
import type { ReadFailure } from './read-report.js';

export interface PdfLimits {
  /** An annual report has a handful of pages; more than this is not one. */
  maxPages: number;
  /** Wall-clock budget for opening the file and extracting every page. */
  timeoutMs: number;
}

export const PDF_LIMITS: PdfLimits = { maxPages: 300, timeoutMs: 30_000 };

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
type PdfDocument = Awaited<ReturnType<Pdfjs['getDocument']>['promise']>;
type PdfPage = Awaited<ReturnType<PdfDocument['getPage']>>;

let pdfjs: Promise<Pdfjs> | null = null;
const loadPdfjs = (): Promise<Pdfjs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** CMaps for PDFs that use the predefined Chinese encodings (UniGB-UCS2-H …) instead of embedding. */
function assetDirs(): { cMapUrl: string; standardFontDataUrl: string } | null {
  try {
    const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
    return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
  } catch {
    return null;
  }
}

class Timeout extends Error {}

export async function pdfToLines(bytes: Uint8Array, limits: PdfLimits = PDF_LIMITS): Promise<Line[] | ReadFailure> {
  const deadline = Date.now() + limits.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Timeout()), limits.timeoutMs);
  });
  expired.catch(() => undefined); // raced below; never unhandled
  let task: ReturnType<Pdfjs['getDocument']> | null = null;
  try {
    const lib = await loadPdfjs();
    task = lib.getDocument({
      data: new Uint8Array(bytes), // pdfjs may take ownership of the buffer; the caller keeps theirs
      useSystemFonts: false,
      isEvalSupported: false,
      disableFontFace: true,
      verbosity: lib.VerbosityLevel.ERRORS,
      ...assetDirs(),
      cMapPacked: true,
    });
    const doc = await Promise.race([task.promise, expired]);
    if (doc.numPages === 0) return fail('INPUT_DAMAGED', 'PDF 文件已损坏：没有任何页面。');
    if (doc.numPages > limits.maxPages) {
      return fail('INPUT_TOO_LARGE', `PDF 有 ${doc.numPages} 页（上限 ${limits.maxPages} 页），不是一份年度报告。`);
    }
    const pages: PageText[] = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages; n++) {
      if (Date.now() > deadline) throw new Timeout();
      try {
        pages.push(await Promise.race([doc.getPage(n).then((page) => pageText(lib, page)), expired]));
      } catch (e) {
        if (e instanceof Timeout) throw e;
        failed++; // one damaged page should not lose the others
      }
    }
    if (pages.length === 0) return fail('INPUT_DAMAGED', 'PDF 文件已损坏：所有页面都无法读取。');
    const chars = pages.reduce((s, p) => s + p.runs.reduce((t, r) => t + r.text.replace(/\s/g, '').length, 0), 0);
    if (chars === 0) {
      return failed > 0
        ? fail('INPUT_DAMAGED', `PDF 文件已损坏：${failed} 页无法读取，其余页面没有文字。`)
        : fail('INPUT_SCANNED', '这是扫描件（图片），没有文字层，无法读取；请提供带文字的 PDF 或原文。');
    }
    if (!plausibleText(pages)) {
      return fail('INPUT_ENCODING', 'PDF 的字体缺少文字编码信息，提取出的文字是乱码，无法读取；请提供原文或另行导出的 PDF。');
    }
    return pagesToLines(pages);
  } catch (e) {
    if (e instanceof Timeout) {
      return fail('INPUT_DAMAGED', `PDF 文件无法在 ${Math.ceil(limits.timeoutMs / 1000)} 秒内读取完毕（文件可能已损坏或结构异常）。`);
    }
    if ((e as { name?: unknown } | null)?.name === 'PasswordException') {
      return fail('INPUT_DAMAGED', 'PDF 文件已加密，需要密码才能打开，无法读取；请提供未加密的文件。');
    }
    return fail('INPUT_DAMAGED', 'PDF 文件已损坏或不完整，无法打开。');
  } finally {
    clearTimeout(timer);
    await task?.destroy().catch(() => undefined);
  }
}

function fail(code: ReadFailure['code'], message: string): ReadFailure {
  return { ok: false, code, message };
}

/** A page's text runs and table rules in top-down page space (the viewport applies /Rotate and the crop box). */
async function pageText(lib: Pdfjs, page: PdfPage): Promise<PageText> {
  const viewport = page.getViewport({ scale: 1 });
  const content = await page.getTextContent();
  const runs: TextRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = lib.Util.transform(viewport.transform, item.transform) as number[];
    if (a === undefined || b === undefined || c === undefined || d === undefined || e === undefined || f === undefined) continue;
    // Upright horizontal text only: rotated watermarks and stamps are not report content.
    if (Math.abs(b) > 0.05 * Math.abs(a) || a <= 0) continue;
    const size = Math.hypot(c, d);
    runs.push({ text: item.str, x: e, y: f, width: item.width * viewport.scale, size });
  }
  // Borders are only looked for on pages with columns of text: the operator list costs as much as the text.
  const tabular = visualLines(runs).some((line) => line.cells.length > 1);
  const transform = viewport.transform as [number, number, number, number, number, number];
  const rules = tabular ? pageRules(lib, await page.getOperatorList(), transform) : [];
  page.cleanup();
  return { height: viewport.height, runs, rules };
}

/** Text from fonts without a usable Unicode mapping comes out as private-use or control characters. */
function plausibleText(pages: readonly PageText[]): boolean {
  let total = 0;
  let odd = 0;
  for (const page of pages) {
    for (const run of page.runs) {
      for (const ch of run.text) {
        const c = ch.codePointAt(0)!;
        total++;
        if (c < 0x20 || (c >= 0xe000 && c <= 0xf8ff) || c === 0xfffd) odd++;
      }
    }
  }
  return odd <= total * 0.3;
}
