// The supervisor dashboard's views of the API (src/office/supervision.ts, supervision-uploads.ts).
import type { ReportFigures } from '../../../../../src/core/figures.js';
import type { KeyTotals, Slice } from '../../../../../src/core/figures-summary.js';
import type { Finding } from '../../../../../src/core/finding.js';

export type { Finding, KeyTotals, Slice };

export interface Timeliness {
  concluded: number;
  onTime: number;
  onTimeRate: number | null;
  overdueNow: number;
}

export interface ReportState {
  deadline: string;
  deadlineBasis: string;
  latest: { version: number; status: string; statusLabel: string; errors: number; warnings: number; updatedAt: string } | null;
  published: { firstPublishedAt: string; firstPublishedOn: string; version: number } | null;
  late: boolean;
  daysLate: number | null;
  missing: boolean;
  failing: boolean;
}

export interface AgencyRollup {
  agencyId: string;
  agencyName: string;
  level: string;
  parentId: string | null;
  depth: number;
  childIds: string[];
  figures: ReportFigures | null;
  problems: { code: string; message: string }[];
  subtree: { figures: ReportFigures; agencies: number; leftOut: string[] } | null;
  totals: KeyTotals | null;
  previousTotals: KeyTotals | null;
  timeliness: Timeliness;
  ownTimeliness: Timeliness;
  report: ReportState;
}

export interface RollupView {
  year: number;
  today: string;
  format: ReportFigures['format'];
  agencies: AgencyRollup[];
  overall: {
    agencies: number;
    leftOut: string[];
    figures: ReportFigures;
    totals: KeyTotals;
    previousTotals: KeyTotals | null;
    byOutcome: Slice[];
    byApplicantType: Slice[];
    timeliness: Timeliness;
  };
  attention: { agencyId: string; agencyName: string; issues: { kind: 'late' | 'missing' | 'failing'; label: string }[] }[];
}

/** POST /api/supervision/uploads. */
export interface ExaminedUpload {
  filename: string;
  status: 'full' | 'partial' | 'failed';
  statusLabel: string;
  failure: { code: string; message: string } | null;
  reasons: string[];
  agency: string | null;
  year: number | null;
  format: string | null;
  title: string | null;
  publishedAt: string | null;
  matchedAgency: { id: string; name: string } | null;
  cells: { known: number; total: number } | null;
  totals: KeyTotals | null;
  errors: number;
  warnings: number;
  findings: Finding[];
}

/** "80%" or "—". */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
