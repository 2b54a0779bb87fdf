// The supervisor dashboard's views of the API (src/office/supervision.ts, supervision-uploads.ts).
import type { KeyTotals, Slice } from '../../../../../src/core/figures-summary.js';
import type { Finding } from '../../../../../src/core/finding.js';

export type { Finding, KeyTotals, Slice };

// The API's views, typed where they are made (type-only: nothing of the server is bundled).
export type { AgencyRollup, ReportState, RollupView, Timeliness } from '../../../../../src/office/supervision.js';
export type { ExaminedUpload } from '../../../../../src/office/supervision-uploads.js';

/** "80%" or "—". */
export function percent(rate: number | null): string {
  return rate === null ? '—' : `${Math.round(rate * 1000) / 10}%`;
}
