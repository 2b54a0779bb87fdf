// The reader's entry point: a published annual report (bytes or text) → figures, narratives and
// diagnostics. Never throws on bad input: every failure is a result with a code and a Chinese message.
import { emptyFigures } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { FORMATS, formatForYear, type FormatVersion, type SectionNo } from '../core/formats.js';
import { rowLabel, sectionByNo, TABLE_SECTION } from '../core/labels.js';
import { identitiesFor } from '../core/identities.js';
import type { Report } from '../core/report.js';
import { decode, type Encoding } from './decode.js';
import { outline, SECTION_ORDER, type DocumentOutline } from './document.js';
import { htmlToLines } from './html-lines.js';
import { looksLikeHtml, textToLines, type Line } from './lines.js';
import { FORMAT_SIGNALS } from './row-keys.js';
import { readApplications, readProactive, readReview } from './sections.js';
import { solveReadings } from './solve.js';
import { tokenize } from './tokens.js';

export interface ReadSuccess {
  ok: true;
  report: Report;
  /** What the reader noticed: damaged layout, unknown cells, label typos. */
  diagnostics: Finding[];
  encoding: Encoding | null;
  kind: DocumentKind;
}

/** What the document was before it became lines. */
export type DocumentKind = 'text' | 'html' | 'docx' | 'pdf';

export interface ReadFailure {
  ok: false;
  code:
    | 'INPUT_EMPTY'
    | 'INPUT_TOO_LARGE'
    | 'INPUT_BINARY'
    | 'INPUT_ENCODING'
    | 'INPUT_UNSUPPORTED'
    | 'INPUT_DAMAGED'
    | 'INPUT_SCANNED'
    | 'NOT_A_REPORT'
    | 'READER_ERROR';
  message: string;
}

export type ReadResult = ReadSuccess | ReadFailure;

export function readReport(input: Uint8Array | string): ReadResult {
  return guarded(() => readInput(input));
}

/** The reader never throws at its callers: a defect in it becomes a failure with a code. */
export function guarded(read: () => ReadResult): ReadResult {
  try {
    return read();
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, code: 'READER_ERROR', message: `读取时发生内部错误（${detail}），请将该文件报告给维护者。` };
  }
}

function readInput(input: Uint8Array | string): ReadResult {
  let text: string;
  let encoding: Encoding | null = null;
  if (typeof input === 'string') {
    text = input;
  } else {
    const decoded = decode(input);
    if (!decoded.ok) return decoded;
    text = decoded.text;
    encoding = decoded.encoding;
  }
  if (text.trim() === '') return { ok: false, code: 'INPUT_EMPTY', message: '文件没有任何文字内容。' };
  const kind = looksLikeHtml(text) ? 'html' : 'text';
  const lines = kind === 'html' ? htmlToLines(text) : textToLines(text);
  return readLines(lines, encoding, kind);
}

/** Lines of any document kind → report. Every extractor (text, HTML, DOCX, PDF) ends here. */
export function readLines(lines: readonly Line[], encoding: Encoding | null, kind: DocumentKind): ReadResult {
  const doc = outline(lines);
  const format = detectFormat(lines, doc.year);
  if (!format) return notAReport(encoding);
  const spec = FORMATS[format];
  const figures = emptyFigures(format, doc.year, doc.agency);
  const region = (no: SectionNo) => tokenize(sectionLines(lines, doc, no));

  const proactive = doc.starts['二'] === undefined ? null : readProactive(region('二'), spec, figures);
  const applications = doc.starts['三'] === undefined ? null : readApplications(region('三'), spec, figures);
  const review = doc.starts['四'] === undefined ? null : readReview(region('四'), figures);
  const found = (proactive?.rowsFound ?? 0) + (applications?.rowsFound ?? 0) + (review?.rowsFound ?? 0);
  if ((applications?.rowsFound ?? 0) < 3 && (proactive?.rowsFound ?? 0) < 2) return notAReport(encoding);

  const diagnostics: Finding[] = [];
  for (const part of [proactive, applications, review]) if (part) diagnostics.push(...part.findings);
  const ambiguous = [proactive, applications, review].flatMap((p) => p?.ambiguous ?? []);
  const solved = solveReadings(figures, identitiesFor(format), ambiguous);
  if (solved.inferred.length > 0) {
    diagnostics.push({
      code: 'CELL_INFERRED',
      severity: 'info',
      message: `${solved.inferred.length} 个未印出或无法直接定位的单元格由表格勾稽关系唯一确定后填入。`,
    });
  }
  for (const { row, cells } of solved.unresolved) {
    const first = cells[0]!;
    const shown = row.candidates.slice(0, 3).map((c) => c.map((v) => v ?? '?').join('|'));
    const more = row.candidates.length > 3 ? `等 ${row.candidates.length} 种` : '';
    diagnostics.push({
      code: 'CELL_UNKNOWN',
      severity: 'warning',
      message: `“${rowLabel(format, first.table, first.row) ?? first.row}”有 ${cells.length} 个单元格无法确定所在列或数值，按未知（null）处理。可能的读法：${shown.join('；')}${more}。`,
      table: first.table,
      row: first.row,
      section: TABLE_SECTION[first.table],
    });
  }
  diagnostics.push(...structureFindings(doc, { proactive, applications, review }));
  const truncated = isTruncated(doc, applications?.rowsFound ?? 0, review?.rowsFound ?? 0);
  if (truncated) {
    // What was read is still given (a researcher may want the part that is there); callers treat
    // the report as unreadable as a whole (exit 2).
    diagnostics.push({
      code: 'REPORT_TRUNCATED',
      severity: 'error',
      message: `文件不完整：在第${truncated}部分的表格之前或之中结束（已识别 ${found} 行数据）。请检查文件是否被截断。`,
      section: truncated,
    });
  }
  const report: Report = {
    figures,
    title: doc.title,
    publishedAt: doc.publishedAt,
    signedAt: doc.signedAt,
    preamble: preamble(lines, doc),
    narratives: narratives(lines, doc),
  };
  return { ok: true, report, diagnostics, encoding, kind };
}

function notAReport(encoding: Encoding | null): ReadFailure {
  const hint = encoding === 'gb18030' ? '（文件按 GBK/GB18030 解码；若原文是其他编码，请先转换为 UTF-8）' : '';
  return {
    ok: false,
    code: 'NOT_A_REPORT',
    message: `未找到政府信息公开工作年度报告的表格（主动公开、依申请公开、复议诉讼），不是一份年度报告${hint}。`,
  };
}

function detectFormat(lines: readonly Line[], year: number | null): FormatVersion | null {
  const text = lines.map((l) => l.norms.join('')).join('\n');
  const score = (f: FormatVersion) => FORMAT_SIGNALS[f].filter((re) => re.test(text)).length;
  const s2019 = score('2019');
  const s2021 = score('2021');
  if (s2019 === 0 && s2021 === 0) return null;
  if (s2019 === s2021) return year === null ? '2021' : formatForYear(year);
  return s2019 > s2021 ? '2019' : '2021';
}

/** Index of the line where the section after `no` starts (or the end of the document). */
function sectionEnd(lines: readonly Line[], doc: DocumentOutline, no: SectionNo): number {
  const later = SECTION_ORDER.slice(SECTION_ORDER.indexOf(no) + 1)
    .map((s) => doc.starts[s])
    .filter((v): v is number => v !== undefined);
  return Math.min(...later, doc.signatureLine ?? lines.length, lines.length);
}

function sectionLines(lines: readonly Line[], doc: DocumentOutline, no: SectionNo): Line[] {
  const start = doc.starts[no];
  if (start === undefined) return [];
  return lines.slice(doc.headed.has(no) ? start + 1 : start, sectionEnd(lines, doc, no));
}

const NARRATIVE_LINE = 40;

function narratives(lines: readonly Line[], doc: DocumentOutline): Report['narratives'] {
  const out: Report['narratives'] = {};
  for (const no of SECTION_ORDER) {
    const body = sectionLines(lines, doc, no);
    const tables = no === '二' || no === '三' || no === '四';
    const paragraphs = body
      .filter((l) => !tables || (l.cells.length === 1 && l.cells[0]!.length >= NARRATIVE_LINE))
      .map((l) => l.cells.join(' ').trim());
    const tail = doc.headingTail[no];
    if (tail) paragraphs.unshift(tail);
    const text = paragraphs.join('\n').trim();
    if (text) out[no] = text;
  }
  return out;
}

const METADATA = /浏览次数|发布日期|发布时间|字体|当前位置|来源[:：]|打印|关闭窗口|分享/;

function preamble(lines: readonly Line[], doc: DocumentOutline): string | undefined {
  const first = SECTION_ORDER.map((s) => doc.starts[s]).find((v) => v !== undefined) ?? 0;
  const text = lines
    .slice(0, first)
    .map((l) => l.cells.join(' ').trim())
    .filter((t) => t.length >= 15 && !METADATA.test(t) && !/年度报告$|工作$/.test(t.replace(/\s/g, '')))
    .join('\n');
  return text || undefined;
}

function structureFindings(
  doc: DocumentOutline,
  parts: Record<'proactive' | 'applications' | 'review', { rowsFound: number } | null>,
): Finding[] {
  const out: Finding[] = [];
  for (const no of SECTION_ORDER) {
    if (doc.starts[no] === undefined) {
      out.push({ code: 'SECTION_MISSING', severity: 'error', message: `缺少第${no}部分“${sectionTitle(no)}”。`, section: no });
    } else if (!doc.headed.has(no)) {
      out.push({ code: 'SECTION_HEADING_MISSING', severity: 'warning', message: `第${no}部分缺少标题“${no}、${sectionTitle(no)}”。`, section: no });
    }
  }
  const tables: [SectionNo, keyof typeof parts][] = [['二', 'proactive'], ['三', 'applications'], ['四', 'review']];
  for (const [no, key] of tables) {
    if (doc.starts[no] !== undefined && (parts[key]?.rowsFound ?? 0) === 0) {
      out.push({ code: 'TABLE_MISSING', severity: 'error', message: `第${no}部分没有可识别的统计表格。`, section: no });
    }
  }
  return out;
}

/** The section whose table the document stops in or before, when nothing follows it. */
function isTruncated(doc: DocumentOutline, applicationRows: number, reviewRows: number): SectionNo | null {
  const after = (no: SectionNo) => SECTION_ORDER.slice(SECTION_ORDER.indexOf(no) + 1).some((s) => doc.starts[s] !== undefined);
  if (applicationRows === 0 && !after('三')) return '三';
  if (reviewRows === 0 && !after('四')) return '四';
  return null;
}

function sectionTitle(no: SectionNo): string {
  return sectionByNo(no)?.title ?? '';
}
