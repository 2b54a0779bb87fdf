// The arithmetic identities R1–R4 (docs/format-spec.md §3): every one whose cells are all known.
// R1 is printed in the official table itself: 第一项加第二项之和，等于第三项加第四项之和 (per column).
import { getCell, type CellRef, type TableKey } from '../figures.js';
import type { Finding } from '../finding.js';
import { APPLICANT_COLUMNS, REVIEW_COLUMNS, type FormatVersion } from '../formats.js';
import { identitiesFor, type Identity } from '../identities.js';
import type { Report } from '../report.js';
import {
  applicationRowShort,
  applicationRowSpec,
  formatNumber,
  sectionPlace,
  TABLE_SECTION,
  tablePlace,
} from './places.js';

const EPSILON = 1e-9;

/** Known values of the cells, or null when any of them is unknown. */
function sumOf(report: Report, refs: readonly CellRef[]): number | null {
  let sum = 0;
  for (const ref of refs) {
    const value = getCell(report.figures, ref);
    if (value === null) return null;
    sum += value;
  }
  return sum;
}

/** How each side of an identity is named in messages, e.g. "一+二" and "（七）总计+四". */
function sideNames(format: FormatVersion, identity: Identity): [string, string] {
  const rows = (refs: readonly CellRef[]) => refs.map((r) => applicationRowShort(format, r.row)).join('+');
  const parts = APPLICANT_COLUMNS.slice(0, 6);
  switch (identity.code) {
    case 'R1_BALANCE':
      return [rows(identity.left), rows(identity.right)];
    case 'R2_RESULTS_TOTAL': {
      const first = resultItemNumber(format, identity.left[0]?.row ?? '');
      const last = resultItemNumber(format, identity.left[identity.left.length - 1]?.row ?? '');
      return [`${first}至${last}各项之和`, rows(identity.right)];
    }
    case 'R3_ROW_TOTAL':
      return [`${parts[0]?.label}至${parts[parts.length - 1]?.label}各列之和`, APPLICANT_COLUMNS[6]?.label ?? ''];
    case 'R4_REVIEW_TOTAL':
      return [
        REVIEW_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.label).join('+'),
        REVIEW_COLUMNS.find((c) => c.key === 'total')?.label ?? '',
      ];
  }
}

/** "（一）"…"（六）": the item number of a result row, from its own label or (numbered sub-rows) its group's. */
function resultItemNumber(format: FormatVersion, row: string): string {
  const spec = applicationRowSpec(format, row);
  const item = /^（.+?）/;
  return spec?.cellLabel.match(item)?.[0] ?? spec?.group?.match(item)?.[0] ?? '';
}

function tableOf(identity: Identity): TableKey {
  return identity.left[0]?.table ?? 'applications';
}

export function checkArithmetic(report: Report): Finding[] {
  const format = report.figures.format;
  const findings: Finding[] = [];
  const unverifiable = new Map<TableKey, number>();
  for (const identity of identitiesFor(format)) {
    const table = tableOf(identity);
    const left = sumOf(report, identity.left);
    const right = sumOf(report, identity.right);
    if (left === null || right === null) {
      unverifiable.set(table, (unverifiable.get(table) ?? 0) + 1);
      continue;
    }
    if (Math.abs(left - right) <= EPSILON) continue;
    const [leftName, rightName] = sideNames(format, identity);
    const place = tablePlace(format, table, identity.row, identity.column);
    // A one-cell side (R2's （七）总计) is where the finding points to.
    const row = identity.row ?? (identity.right.length === 1 ? identity.right[0]?.row : undefined);
    findings.push({
      code: identity.code,
      severity: 'error',
      message: `${place}：${leftName}=${formatNumber(left)}，而${rightName}=${formatNumber(right)}`,
      section: TABLE_SECTION[table],
      table,
      ...(row !== undefined ? { row } : {}),
      ...(identity.column !== undefined ? { column: identity.column } : {}),
    });
  }
  for (const [table, count] of unverifiable) {
    findings.push({
      code: 'IDENTITY_UNVERIFIABLE',
      severity: 'info',
      message: `${sectionPlace(TABLE_SECTION[table])}：有${count}条勾稽关系因单元格空白或无法确认而未能校验`,
      section: TABLE_SECTION[table],
      table,
    });
  }
  return findings;
}
