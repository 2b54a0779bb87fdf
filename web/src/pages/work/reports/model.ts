// What the annual report pages share: the API's views of a report (src/office/reports.ts), addresses
// with the optional agency (a supervisor reading an agency below), and finding a finding's place in
// the document (cell, row, or section text) to scroll to and highlight.
import type { ReportFigures } from '../../../../../src/core/figures.js';
import type { Finding } from '../../../../../src/core/finding.js';
import type { SectionNo } from '../../../../../src/core/formats.js';

export type { Finding, ReportFigures, SectionNo };
export type { ReportStatus } from '../../../../../src/db/vocabulary.js';
export type { Narratives } from '../../../../../src/office/report-narratives.js';
// The API's views, typed where they are made (type-only: nothing of the server is bundled).
export type { FiguresView, VersionList, VersionSummary, VersionView } from '../../../../../src/office/reports.js';
import type { ReportStatus } from '../../../../../src/db/vocabulary.js';

export const STATUS_COLORS: Readonly<Record<ReportStatus, string>> = { draft: 'default', submitted: 'processing', approved: 'blue', published: 'success' };

/** `/api/reports/2024/versions/1/submit?agencyId=…` */
export function reportPath(year: number, rest: string, agencyId: string | null): string {
  return `/api/reports/${year}${rest}${agencyId ? `?agencyId=${encodeURIComponent(agencyId)}` : ''}`;
}

/** A time as a Chinese date and time (China time zone). */
export function timeText(iso: string | null): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}

export const LOCATED = 'gk-located';

/** The elements a finding is about: its cell, its row's cells, a column's cells, or its section's text. */
export function findingTargets(root: HTMLElement, f: Finding): HTMLElement[] {
  const all = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  const q = (s: string) => CSS.escape(s);
  if (f.table && f.row && f.column) return all(`[data-cell="${q(`${f.table}.${f.row}.${f.column}`)}"]`);
  if (f.table && f.row) return all(`[data-cell^="${q(`${f.table}.${f.row}.`)}"]`);
  if (f.table && f.column) return all(`[data-cell^="${q(`${f.table}.`)}"][data-cell$="${q(`.${f.column}`)}"]`);
  if (f.section) return all(`[data-narrative="${q(f.section)}"]`);
  return [];
}

/** Whether the finding points somewhere in the document. */
export function hasPlace(f: Finding): boolean {
  return Boolean(f.section || f.table);
}

/** Scrolls to the finding's place and highlights it (the previous highlight goes); focuses a text box there. */
export function locate(root: HTMLElement | null, f: Finding): boolean {
  if (!root) return false;
  const targets = findingTargets(root, f);
  const first = targets[0];
  if (!first) return false;
  for (const el of root.querySelectorAll(`.${LOCATED}`)) el.classList.remove(LOCATED);
  for (const el of targets) el.classList.add(LOCATED);
  first.scrollIntoView({ block: 'center', behavior: 'smooth' });
  const box = first.querySelector('textarea');
  if (box) box.focus({ preventScroll: true });
  else {
    first.tabIndex = -1;
    first.focus({ preventScroll: true });
  }
  return true;
}
