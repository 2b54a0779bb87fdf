// The report as JSON: the contract's figures (contract/annual-report.schema.json), exactly, plus siblings.
import { emptyFigures, getCell, type ReportFigures } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { SECTIONS, type SectionNo } from '../core/formats.js';
import type { Report } from '../core/report.js';

export interface ReportJson extends ReportFigures {
  title: string | null;
  publishedAt: string | null;
  signedAt: string | null;
  narratives: Partial<Record<SectionNo, string>>;
  diagnostics: Finding[];
  [extra: string]: unknown;
}

/** Keys of the contract, in the contract's order. */
export const CONTRACT_KEYS = ['schemaVersion', 'format', 'year', 'agency', 'proactive', 'applications', 'reviewLitigation'] as const;

/**
 * Only the contract keys, rebuilt from the format so that stray keys never leak into the export and
 * every row and column is present in the contract's order.
 */
export function figuresJson(figures: ReportFigures): ReportFigures {
  const out = emptyFigures(figures.format, figures.year, figures.agency);
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    for (const [row, cells] of Object.entries(out[table])) {
      for (const column of Object.keys(cells)) cells[column] = getCell(figures, { table, row, column });
    }
  }
  return out;
}

/**
 * The figures followed by title, publishedAt, signedAt, narratives (in section order) and diagnostics.
 * `extra` adds more siblings (e.g. `source`); it cannot replace any of those keys.
 */
export function renderJson(report: Report, findings?: readonly Finding[], extra?: Readonly<Record<string, unknown>>): ReportJson {
  const narratives: Partial<Record<SectionNo, string>> = {};
  for (const { no } of SECTIONS) {
    const text = report.narratives[no];
    if (text !== undefined) narratives[no] = text;
  }
  const out: ReportJson = {
    ...figuresJson(report.figures),
    title: report.title,
    publishedAt: report.publishedAt,
    signedAt: report.signedAt,
    narratives,
    diagnostics: (findings ?? []).map((f) => ({ ...f })),
  };
  for (const [key, value] of Object.entries(extra ?? {})) {
    // defineProperty, so that a "__proto__" key stays a plain key.
    if (!Object.hasOwn(out, key)) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
