// Counts of a bulk run, for the progress line and the closing summary.
import type { Outcome } from './bulk-item.js';

export interface Tally {
  done: number;
  full: number;
  partial: number;
  failed: number;
  /** Failed files by failure code. */
  failures: Map<string, number>;
  /** Partly read files by the diagnostic codes that explain their unknown cells (a file may count under several). */
  partialReasons: Map<string, number>;
}

export function emptyTally(): Tally {
  return { done: 0, full: 0, partial: 0, failed: 0, failures: new Map(), partialReasons: new Map() };
}

const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

/** Code for a partly read file whose unknown cells no diagnostic explains. */
export const OTHER_REASON = 'OTHER';

export function addOutcome(t: Tally, o: Pick<Outcome, 'status' | 'code' | 'reasons'>): void {
  t.done++;
  t[o.status]++;
  if (o.status === 'failed') bump(t.failures, o.code ?? OTHER_REASON);
  if (o.status === 'partial') {
    if (o.reasons.length === 0) bump(t.partialReasons, OTHER_REASON);
    for (const r of o.reasons) bump(t.partialReasons, r);
  }
}

/** Entries by count, largest first, then by code. */
export function byCount(m: ReadonlyMap<string, number>): [string, number][] {
  return [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}
