// Section 四 from appeal records.
//
// Counting rule: for report year Y, an appeal is counted in its group
//   - under its outcome (维持/纠正/其他) when it was concluded in Y (whenever it was filed), and
//   - under 尚未审结 when it was filed on or before 31 December Y and not concluded by then;
// 总计 is their sum. Appeals concluded before Y, or filed after Y, are not counted.
// Why: the table has no "carried over" column, so counting by conclusion is the only rule under
// which every appeal's outcome is reported exactly once (in the year it is known) and nothing open
// at the year end is hidden — the same rule section 三 uses for results and carried-forward
// applications. The cost: an appeal open across a year end is 尚未审结 in one report and appears
// again, with its outcome, in the next one (as a carried-over application does in section 三).
import type { FigureRow } from '../figures.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../formats.js';
import type { Appeal } from './appeals.js';

export function reviewLitigationFigures(year: number, appeals: readonly Appeal[]): Record<string, FigureRow> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const rows: Record<string, FigureRow> = Object.fromEntries(
    REVIEW_GROUPS.map((g) => [g.key, Object.fromEntries(REVIEW_COLUMNS.map((c) => [c.key, 0]))]),
  );
  for (const a of appeals) {
    const row = rows[a.kind];
    if (!row || a.filedOn > end) continue;
    let column: string;
    if (a.concludedOn !== null && a.concludedOn <= end && a.outcome !== null) {
      if (a.concludedOn < start) continue;
      column = a.outcome;
    } else {
      column = 'pending';
    }
    row[column] = (row[column] ?? 0) + 1;
    row['total'] = (row['total'] ?? 0) + 1;
  }
  return rows;
}
