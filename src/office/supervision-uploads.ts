// A published report file handed to the supervisor (PDF, DOCX, HTML or text), read with the reader and
// checked, as the bulk command does: agency, year, figures, read status and findings. Nothing is
// stored: the answer is all there is.
import { examine, type Examined } from '../app/examine.js';
import { cellCounts, examinedOutcome, STATUS_NAMES, type Status } from '../app/bulk-item.js';
import { normalizeAgency } from '../core/checks/agency.js';
import type { ReportFigures } from '../core/figures.js';
import { keyTotals, type KeyTotals } from '../core/figures-summary.js';
import type { Finding } from '../core/finding.js';
import type { FormatVersion } from '../core/formats.js';
import { SupervisionRepository } from '../db/supervision.repository.js';
import { denied, type Principal } from './access.js';
import type { Office } from './office.js';
import { ok, type Result } from './result.js';

export interface ExaminedUpload {
  filename: string;
  /** full: every cell read; partial: some unknown; failed: not read at all. */
  status: Status;
  statusLabel: string;
  /** Why the file could not be read at all. */
  failure: { code: string; message: string } | null;
  /** When partly read: the codes of the diagnostics that explain the unknown cells. */
  reasons: string[];
  agency: string | null;
  year: number | null;
  format: FormatVersion | null;
  title: string | null;
  publishedAt: string | null;
  /** The agency in the caller's scope the report names, when exactly one has that name. */
  matchedAgency: { id: string; name: string } | null;
  cells: { known: number; total: number } | null;
  figures: ReportFigures | null;
  totals: KeyTotals | null;
  errors: number;
  warnings: number;
  findings: Finding[];
}

async function examineSafely(bytes: Uint8Array): Promise<Examined> {
  try {
    return await examine(bytes);
  } catch (e) {
    // The reader does not throw on bad input; a bug still becomes an answer about this file.
    return { ok: false, failure: { code: 'INTERNAL_ERROR', message: `读取时发生内部错误：${e instanceof Error ? e.message : String(e)}` } };
  }
}

export async function examineUpload(office: Office, by: Principal, bytes: Uint8Array, filename: string): Promise<Result<ExaminedUpload>> {
  const no = denied(by, 'reports.read');
  if (no) return no;
  const examined = await examineSafely(bytes);
  const outcome = examinedOutcome(filename, examined, 'examined');
  const base = { filename, status: outcome.status, statusLabel: STATUS_NAMES[outcome.status], reasons: outcome.reasons };
  if (!examined.ok) {
    return ok({
      ...base,
      failure: examined.failure,
      agency: null,
      year: null,
      format: null,
      title: null,
      publishedAt: null,
      matchedAgency: null,
      cells: null,
      figures: null,
      totals: null,
      errors: 0,
      warnings: 0,
      findings: [],
    });
  }
  const { report, findings } = examined;
  const name = report.figures.agency;
  const matches = name ? (await new SupervisionRepository(office.db).agencies(by.reportScope)).filter((a) => normalizeAgency(a.name) === normalizeAgency(name)) : [];
  const match = matches.length === 1 ? matches[0]! : null;
  return ok({
    ...base,
    failure: null,
    agency: name,
    year: report.figures.year,
    format: report.figures.format,
    title: report.title,
    publishedAt: report.publishedAt,
    matchedAgency: match ? { id: match.id, name: match.name } : null,
    cells: cellCounts(report),
    figures: report.figures,
    totals: keyTotals(report.figures),
    errors: findings.filter((f) => f.severity === 'error').length,
    warnings: findings.filter((f) => f.severity === 'warning').length,
    findings,
  });
}
