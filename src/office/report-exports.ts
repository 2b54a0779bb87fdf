// A stored report version as a document: the Report the renderers take, and its files. Exports are
// rendered from the stored row each time; a published row is frozen, so its exports always say the same.
import type { ReportFigures } from '../core/figures.js';
import type { Report } from '../core/report.js';
import type { ReportVersionRow } from '../db/report-versions.repository.js';
import { renderDocx } from '../render/docx.js';
import { renderHtml } from '../render/html.js';
import { reportTitle } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import { renderPdf } from '../render/pdf.js';
import { renderXlsx } from '../render/xlsx.js';
import { chinaDate } from './clock.js';
import { SECTION_NOS, type Narratives } from './report-narratives.js';
import { failure, ok, type Result } from './result.js';

export const EXPORT_FORMATS = ['html', 'docx', 'pdf', 'xlsx', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  html: 'text/html; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  json: 'application/json; charset=utf-8',
};

export interface ExportFile {
  filename: string;
  contentType: string;
  bytes: Buffer;
}

/** Only the section keys, only strings (the column is jsonb and may hold anything). */
export function narrativesOf(value: Record<string, unknown>): Narratives {
  const out: Narratives = {};
  for (const no of SECTION_NOS) {
    const text = value[no];
    if (typeof text === 'string') out[no] = text;
  }
  return out;
}

/** The version as a Report: published and signed on the day of publication (China), else undated. */
export function reportOf(row: ReportVersionRow): Report {
  const published = row.publishedAt ? chinaDate(row.publishedAt) : null;
  return {
    figures: row.figures as unknown as ReportFigures,
    title: null,
    publishedAt: published,
    signedAt: published,
    narratives: narrativesOf(row.narratives),
  };
}

const DRAFT_NAMES: Readonly<Record<ReportVersionRow['status'], string>> = { draft: '草稿', submitted: '送审稿', approved: '审定稿', published: '' };

/** "甲镇人民政府2024年政府信息公开工作年度报告", plus "（第2版草稿）" (送审稿, 审定稿) for a version not yet published. */
export function exportBaseName(row: ReportVersionRow): string {
  const title = reportTitle(reportOf(row));
  return row.status === 'published' ? title : `${title}（第${row.version}版${DRAFT_NAMES[row.status]}）`;
}

/** The version in `format`; a PDF needs Chromium on the server (PDF_UNAVAILABLE otherwise). */
export async function exportReport(row: ReportVersionRow, format: ExportFormat, baseName = exportBaseName(row)): Promise<Result<ExportFile>> {
  const report = reportOf(row);
  const file = (bytes: Buffer | Uint8Array | string): Result<ExportFile> =>
    ok({ filename: `${baseName}.${format}`, contentType: CONTENT_TYPES[format], bytes: typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes) });
  switch (format) {
    case 'html':
      return file(renderHtml(report));
    case 'docx':
      return file(await renderDocx(report));
    case 'xlsx':
      return file(await renderXlsx(report));
    case 'json':
      return file(`${JSON.stringify(renderJson(report, [], { version: row.version, status: row.status }), null, 2)}\n`);
    case 'pdf':
      try {
        return file(await renderPdf(renderHtml(report)));
      } catch (e) {
        return failure('PDF_UNAVAILABLE', e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : '暂时无法生成 PDF，请下载 Word 或 HTML 版本，或稍后再试。');
      }
  }
}
