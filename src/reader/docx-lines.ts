// DOCX → lines. The main part (word/document.xml) is streamed through htmlparser2 in XML mode, no DOM:
// paragraphs become text lines, table rows become lines of cells (kind 'html': an empty cell is a cell).
// Merged cells follow the HTML rule: a horizontally merged cell (w:gridSpan) counts once, and the
// continuation of a vertical merge (w:vMerge without val="restart") is left out, like a cell covered by
// a rowspan.
import type JSZip from 'jszip';
import { Parser } from 'htmlparser2';
import { TextDecoder } from 'node:util';
import { makeLine, type Line } from './lines.js';
import { parsePrinted } from './numbers.js';
import type { ReadFailure } from './read-report.js';
import { entryText, EntryTooLarge, openZip, readEntry } from './zip-entry.js';

/** An annual report's document.xml is a few hundred kilobytes; beyond this it is a zip bomb or not a report. */
export const MAX_DOCUMENT_XML_BYTES = 50 * 1024 * 1024;

const W_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main', // Strict OOXML
]);

export async function docxToLines(bytes: Uint8Array): Promise<Line[] | ReadFailure> {
  const opened = await openZip(bytes);
  if (!opened.ok) return fail('INPUT_DAMAGED', '文件已损坏：无法作为 Word（.docx）文档打开（ZIP 结构不完整或已被截断）。');
  const zip = opened.zip;
  const other = await otherContainer(zip);
  if (other) return other;

  const path = (await mainPartPath(zip)) ?? 'word/document.xml';
  const entry = readEntry(zip, path, MAX_DOCUMENT_XML_BYTES);
  if (!entry.ok) {
    return entry.reason === 'too-large'
      ? fail('INPUT_TOO_LARGE', `Word 文档正文解压后超过 ${MAX_DOCUMENT_XML_BYTES / 1048576} MB，不是一份年度报告（可能是恶意构造的压缩文件）。`)
      : fail('INPUT_DAMAGED', 'Word 文档已损坏：缺少正文部分（word/document.xml）。');
  }
  const extractor = new DocumentXml();
  try {
    let decoder: TextDecoder | null = null;
    for await (const chunk of entry.chunks) {
      decoder ??= new TextDecoder(chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8');
      extractor.write(decoder.decode(chunk, { stream: true }));
    }
    if (decoder) extractor.write(decoder.decode());
  } catch (e) {
    if (e instanceof EntryTooLarge) {
      return fail('INPUT_TOO_LARGE', `Word 文档正文解压后超过 ${MAX_DOCUMENT_XML_BYTES / 1048576} MB，不是一份年度报告（可能是恶意构造的压缩文件）。`);
    }
    return fail('INPUT_DAMAGED', 'Word 文档已损坏：正文部分无法解压（数据不完整或已损坏）。');
  }
  const lines = extractor.end();
  if (lines.length === 0) {
    return extractor.images > 0
      ? fail('INPUT_SCANNED', '这份 Word 文档只有图片，没有文字，无法读取；请提供带文字的原文或 PDF。')
      : fail('INPUT_EMPTY', 'Word 文档没有任何文字内容。');
  }
  return lines;
}

function fail(code: ReadFailure['code'], message: string): ReadFailure {
  return { ok: false, code, message };
}

/** Other Office and OpenDocument files are ZIPs too: name them instead of calling them damaged. */
async function otherContainer(zip: JSZip): Promise<ReadFailure | null> {
  if (zip.file('xl/workbook.xml')) {
    return fail('INPUT_UNSUPPORTED', '这是 Excel 表格（.xlsx）文件，不是 Word 文档；请提供年度报告的 Word（.docx）、PDF 或网页原文。');
  }
  if (zip.file('ppt/presentation.xml')) {
    return fail('INPUT_UNSUPPORTED', '这是 PowerPoint 演示文稿（.pptx）文件，不是年度报告文档；请提供 Word（.docx）、PDF 或网页原文。');
  }
  const mimetype = zip.file('mimetype') ? await entryText(zip, 'mimetype', 1024) : null;
  if (mimetype?.startsWith('application/vnd.oasis.opendocument')) {
    return fail('INPUT_UNSUPPORTED', '这是 OpenDocument（WPS/LibreOffice 的 .odt 等）文件，请另存为 .docx 或 PDF 后重试。');
  }
  if (!zip.file('word/document.xml') && !zip.file('[Content_Types].xml')) {
    return fail('INPUT_UNSUPPORTED', '这是一个 ZIP 压缩包，不是 Word（.docx）文档；请解压后提供其中的报告文件。');
  }
  return null;
}

/** The main document part named by the package relationships (almost always word/document.xml). */
async function mainPartPath(zip: JSZip): Promise<string | null> {
  const rels = await entryText(zip, '_rels/.rels');
  if (!rels) return null;
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!/Type="[^"]*\/officeDocument"/.test(tag)) continue;
    const target = /Target="([^"]+)"/.exec(tag)?.[1];
    if (target && !/^[a-z]+:/i.test(target)) return target.replace(/^\/+/, '');
  }
  return null;
}

/** Elements whose content is not document text: properties, deleted or moved-away text, field codes. */
const HIDDEN_LOCAL = new Set(['pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'delText', 'instrText', 'del', 'moveFrom', 'delInstrText']);

interface OpenCell {
  text: string;
  /** A vertical-merge continuation or an old-style horizontal-merge continuation: left out of the row. */
  covered: boolean;
}

/** The streaming state machine over document.xml. */
class DocumentXml {
  images = 0;
  private readonly out: Line[] = [];
  private w = 'w:';
  private rootSeen = false;
  private hidden = 0;
  private readonly hiding: boolean[] = [];
  private inText = 0;
  private tableDepth = 0;
  private row: string[] | null = null;
  private cell: OpenCell | null = null;
  /** Open paragraphs outside tables (text boxes nest a paragraph inside a paragraph). */
  private readonly paragraphs: string[] = [];
  private readonly parser: Parser;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attribs) => this.open(name, attribs),
        ontext: (data) => {
          if (this.inText > 0 && this.hidden === 0) this.append(data);
        },
        onclosetag: (name) => this.close(name),
      },
      { xmlMode: true, decodeEntities: true },
    );
  }

  write(chunk: string): void {
    this.parser.write(chunk);
  }

  end(): Line[] {
    this.parser.end();
    this.endRow();
    while (this.paragraphs.length > 0) this.flushParagraph(this.paragraphs.pop()!);
    return this.out;
  }

  private local(name: string): string | null {
    return name.startsWith(this.w) ? name.slice(this.w.length) : null;
  }

  private open(name: string, attribs: Record<string, string>): void {
    if (!this.rootSeen) {
      this.rootSeen = true;
      for (const [attr, value] of Object.entries(attribs)) {
        if (attr.startsWith('xmlns:') && W_NAMESPACES.has(value)) this.w = `${attr.slice(6)}:`;
      }
    }
    const local = this.local(name);
    // mc:Fallback repeats the content of mc:Choice (text boxes, shapes) for older readers.
    const hides = (local !== null && HIDDEN_LOCAL.has(local)) || name.endsWith(':Fallback');
    this.hiding.push(hides);
    if (hides) this.hidden++;
    if (name.endsWith(':drawing') || name.endsWith(':pict') || name === 'v:imagedata') this.images++;
    if (this.hidden > 0 || local === null) return;
    switch (local) {
      case 't':
        this.inText++;
        break;
      case 'tab':
      case 'ptab':
        this.append(this.tableDepth > 0 ? ' ' : '\t');
        break;
      case 'br':
      case 'cr':
        this.lineBreak();
        break;
      case 'noBreakHyphen':
        this.append('-');
        break;
      case 'p':
        if (this.tableDepth === 0) this.paragraphs.push('');
        break;
      case 'tbl':
        if (this.tableDepth === 0) {
          // A table anchored inside a paragraph (text box) ends that paragraph's text so far.
          const open = this.paragraphs.length;
          if (open > 0) {
            this.flushParagraph(this.paragraphs[open - 1]!);
            this.paragraphs[open - 1] = '';
          }
        } else {
          this.append(' ');
        }
        this.tableDepth++;
        break;
      case 'tr':
        if (this.tableDepth === 1) {
          this.endRow();
          this.row = [];
        } else this.append(' ');
        break;
      case 'tc':
        if (this.tableDepth === 1) {
          this.endCell();
          this.row ??= [];
          this.cell = { text: '', covered: false };
        } else this.append(' ');
        break;
      case 'vMerge':
        // No val means "continue" (ECMA-376 §17.4.85).
        if (this.tableDepth === 1 && this.cell && (attribs[`${this.w}val`] ?? 'continue') === 'continue') this.cell.covered = true;
        break;
      case 'hMerge':
        if (this.tableDepth === 1 && this.cell && (attribs[`${this.w}val`] ?? 'continue') === 'continue') this.cell.covered = true;
        break;
    }
  }

  private close(name: string): void {
    const hid = this.hiding.pop();
    if (hid) {
      this.hidden--;
      return;
    }
    if (this.hidden > 0) return;
    const local = this.local(name);
    switch (local) {
      case 't':
        this.inText = Math.max(0, this.inText - 1);
        break;
      case 'p':
        if (this.tableDepth > 0) this.append(' ');
        else if (this.paragraphs.length > 0) this.flushParagraph(this.paragraphs.pop()!);
        break;
      case 'tbl':
        this.tableDepth = Math.max(0, this.tableDepth - 1);
        if (this.tableDepth === 0) this.endRow();
        else this.append(' ');
        break;
      case 'tr':
        if (this.tableDepth === 1) this.endRow();
        break;
      case 'tc':
        if (this.tableDepth === 1) this.endCell();
        else this.append(' ');
        break;
    }
  }

  private append(s: string): void {
    if (this.tableDepth > 0) {
      if (this.cell) this.cell.text += s;
      return;
    }
    const open = this.paragraphs.length;
    if (open > 0) this.paragraphs[open - 1] += s;
  }

  private lineBreak(): void {
    if (this.tableDepth > 0) {
      this.append(' ');
      return;
    }
    const open = this.paragraphs.length;
    if (open === 0) return;
    this.flushParagraph(this.paragraphs[open - 1]!);
    this.paragraphs[open - 1] = '';
  }

  private endCell(): void {
    if (this.row && this.cell && !this.cell.covered) this.row.push(collapse(this.cell.text));
    this.cell = null;
  }

  private endRow(): void {
    this.endCell();
    if (this.row && this.row.some((c) => c !== '')) this.out.push(makeLine(this.row, this.out.length + 1, 'html'));
    this.row = null;
  }

  /**
   * A paragraph's text. Tabs separate cells only in a paragraph laid out as a table row (a label, then
   * values); as they only align, empty pieces between them are dropped (never an empty table cell).
   * Anywhere else a tab is a space: "一、<tab>总体情况" is one heading.
   */
  private flushParagraph(text: string): void {
    const pieces = text.split('\t').map(collapse).filter((c) => c !== '');
    if (pieces.length === 0) return;
    const row = pieces.length > 1 && pieces.slice(1).some(isValue);
    const cells = row ? pieces : [pieces.join(' ')];
    this.out.push(makeLine(cells, this.out.length + 1, row ? 'tab' : 'text'));
  }
}

const isValue = (cell: string): boolean => /^[-—–－/／无]+$/.test(cell) || parsePrinted(cell) !== null;

function collapse(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
