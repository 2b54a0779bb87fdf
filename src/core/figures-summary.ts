// The few numbers of a report that a supervisor compares across agencies and years: key totals of
// sections 三 and 四, the results grouped as the table groups them (予以公开 … 其他处理), and new
// applications by applicant type. Labels come from formats.ts.
import type { Cell, ReportFigures } from './figures.js';
import { APPLICANT_COLUMNS, APPLICANT_PARTS, FORMATS, RESULTS_GROUP, resultRowKeys } from './formats.js';

export interface KeyTotals {
  /** 本年新收. */
  newReceived: Cell;
  /** 上年结转. */
  carriedOver: Cell;
  /** 办结（（七）总计）. */
  concluded: Cell;
  /** 结转下年度. */
  carriedForward: Cell;
  granted: Cell;
  partiallyGranted: Cell;
  /** 行政复议总计. */
  reviews: Cell;
  /** 行政诉讼总计 (direct and after review). */
  lawsuits: Cell;
}

export const KEY_TOTAL_LABELS: Readonly<Record<keyof KeyTotals, string>> = {
  newReceived: '本年新收申请',
  carriedOver: '上年结转',
  concluded: '本年办结',
  carriedForward: '结转下年度',
  granted: '予以公开',
  partiallyGranted: '部分公开',
  reviews: '行政复议',
  lawsuits: '行政诉讼',
};

/** Known values summed, or null when any is unknown. */
function sum(cells: readonly Cell[]): Cell {
  let total = 0;
  for (const c of cells) {
    if (c === null) return null;
    total += c;
  }
  return total;
}

const total = (f: ReportFigures, table: 'applications' | 'reviewLitigation', row: string): Cell => f[table][row]?.['total'] ?? null;

export function keyTotals(f: ReportFigures): KeyTotals {
  return {
    newReceived: total(f, 'applications', 'newReceived'),
    carriedOver: total(f, 'applications', 'carriedOver'),
    concluded: total(f, 'applications', 'resultsTotal'),
    carriedForward: total(f, 'applications', 'carriedForward'),
    granted: total(f, 'applications', 'granted'),
    partiallyGranted: total(f, 'applications', 'partiallyGranted'),
    reviews: total(f, 'reviewLitigation', 'review'),
    lawsuits: sum([total(f, 'reviewLitigation', 'litigationDirect'), total(f, 'reviewLitigation', 'litigationAfterReview')]),
  };
}

export interface Slice {
  key: string;
  label: string;
  value: Cell;
}

/** "（二）部分公开（区分处理的…）" → "部分公开"; "（三）不予公开" → "不予公开". */
function shortLabel(label: string): string {
  return label.replace(/^（[一二三四五六七八九十]+）/, '').replace(/（.*）$/, '');
}

/**
 * The results of the year (（七）总计 column 总计) grouped as the table groups them: 予以公开, 部分公开,
 * 不予公开, 无法提供, 不予处理, 其他处理 (one row in the 2019 format, three in the 2021 format).
 */
export function outcomeGroups(f: ReportFigures): Slice[] {
  const spec = FORMATS[f.format];
  const groups = new Map<string, { key: string; label: string; cells: Cell[] }>();
  const results = new Set(resultRowKeys(spec));
  for (const row of spec.applicationRows) {
    if (!results.has(row.key) || row.group === null) continue;
    // A row of the results group itself is its own group; a numbered row belongs to its sub-group.
    // Keyed by the group's first row.
    const [id, label] = row.group === RESULTS_GROUP ? [row.key, shortLabel(row.cellLabel)] : [row.group, shortLabel(row.group)];
    const group = groups.get(id) ?? { key: row.key, label, cells: [] };
    group.cells.push(f.applications[row.key]?.['total'] ?? null);
    groups.set(id, group);
  }
  return [...groups.values()].map((g) => ({ key: g.key, label: g.label, value: sum(g.cells) }));
}

/** New applications of the year by applicant type (自然人 … 其他), without 总计. */
export function newByApplicantType(f: ReportFigures): Slice[] {
  return APPLICANT_COLUMNS.filter((c) => APPLICANT_PARTS.includes(c.key)).map((c) => ({ key: c.key, label: c.label, value: f.applications['newReceived']?.[c.key] ?? null }));
}
