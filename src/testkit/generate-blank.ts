// A complete, balanced report with every cell 0: the starting point for hand-made test cases.
import { emptyFigures } from '../core/figures.js';
import { formatForYear, type FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';

export interface BlankReportOptions {
  format?: FormatVersion;
  year?: number | null;
  agency?: string | null;
}

export function blankReport(options: BlankReportOptions = {}): Report {
  const year = options.year === undefined ? 2020 : options.year;
  const format = options.format ?? (year === null ? '2021' : formatForYear(year));
  const agency = options.agency === undefined ? '凤翔区人民政府' : options.agency;
  const figures = emptyFigures(format, year, agency);
  for (const table of [figures.proactive, figures.applications, figures.reviewLitigation]) {
    for (const row of Object.values(table)) for (const column of Object.keys(row)) row[column] = 0;
  }
  return { figures, title: null, publishedAt: null, signedAt: null, narratives: {} };
}
