// The arithmetic identities (勾稽关系) every report's tables must satisfy, as data.
// The checks report where they fail; the reader uses them to fill cells they determine exactly.
import { type CellRef } from './figures.js';
import {
  APPLICANT_COLUMNS,
  APPLICANT_PARTS,
  FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  resultRowKeys,
  type FormatVersion,
} from './formats.js';

export type IdentityCode = 'R1_BALANCE' | 'R2_RESULTS_TOTAL' | 'R3_ROW_TOTAL' | 'R4_REVIEW_TOTAL';

/** sum(left) = sum(right). */
export interface Identity {
  code: IdentityCode;
  left: CellRef[];
  right: CellRef[];
  /** The row or column the identity is about, for messages. */
  row?: string;
  column?: string;
}

const app = (row: string, column: string): CellRef => ({ table: 'applications', row, column });

const cache = new Map<FormatVersion, readonly Identity[]>();

/** The identities of a format (built once per format and shared: do not modify). */
export function identitiesFor(format: FormatVersion): readonly Identity[] {
  let ids = cache.get(format);
  if (!ids) {
    ids = buildIdentities(format);
    cache.set(format, ids);
  }
  return ids;
}

function buildIdentities(format: FormatVersion): Identity[] {
  const spec = FORMATS[format];
  const out: Identity[] = [];
  for (const { key: column } of APPLICANT_COLUMNS) {
    // R1, printed in the table itself: 第一项加第二项之和，等于第三项加第四项之和 (per column).
    out.push({
      code: 'R1_BALANCE',
      left: [app('newReceived', column), app('carriedOver', column)],
      right: [app('resultsTotal', column), app('carriedForward', column)],
      column,
    });
    // R2: （七）总计 is the sum of the result rows (（三）–（六） have no subtotal rows).
    out.push({
      code: 'R2_RESULTS_TOTAL',
      left: resultRowKeys(spec).map((row) => app(row, column)),
      right: [app('resultsTotal', column)],
      column,
    });
  }
  // R3: 总计 column = the six applicant columns, per row.
  for (const { key: row } of spec.applicationRows) {
    out.push({ code: 'R3_ROW_TOTAL', left: APPLICANT_PARTS.map((c) => app(row, c)), right: [app(row, 'total')], row });
  }
  // R4: each review / litigation group: 维持 + 纠正 + 其他 + 尚未审结 = 总计.
  for (const { key: row } of REVIEW_GROUPS) {
    const parts = REVIEW_COLUMNS.filter((c) => c.key !== 'total');
    out.push({
      code: 'R4_REVIEW_TOTAL',
      left: parts.map((c) => ({ table: 'reviewLitigation', row, column: c.key })),
      right: [{ table: 'reviewLitigation', row, column: 'total' }],
      row,
    });
  }
  return out;
}
