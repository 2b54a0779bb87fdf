// What the 复议诉讼 pages share: the API's view of a case (src/office/appeals.ts AppealView).
import type { AppealKind, AppealStatus } from '../../../../../src/core/appeals/appeals.js';

// Typed where it is made (type-only: nothing of the server is bundled).
export type { AppealView } from '../../../../../src/office/appeals.js';

/** What the 复议机关 or court is called on the form, by kind. */
export const BODY_LABELS: Readonly<Record<AppealKind, string>> = {
  review: '复议机关',
  litigationDirect: '人民法院',
  litigationAfterReview: '人民法院',
};

export const STATUS_COLORS: Readonly<Record<AppealStatus, string>> = {
  pending: 'gold',
  maintained: 'green',
  corrected: 'red',
  other: 'default',
};

/** Report years the filters offer: this year back to 2008 (the 条例 in force). */
export function yearsUpTo(year: number): number[] {
  const out: number[] = [];
  for (let y = year; y >= 2008; y--) out.push(y);
  return out;
}
