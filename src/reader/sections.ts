// Reading the three table sections into figures. Each returns what it could not place for the solver.
import { setCell, type Cell, type CellRef, type ReportFigures, type TableKey } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import {
  APPLICANT_COLUMNS,
  APPLICANT_GROUP_LABEL,
  APPLICATIONS_NOTE,
  LITIGATION_LABEL,
  ORGANISATION_GROUP_LABEL,
  PROACTIVE_HEADER_LABEL,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  REVIEW_LABEL,
  type ColumnSpec,
  type FormatSpec,
  type SectionNo,
  type ValueKind,
} from '../core/formats.js';
import { normalizeLabel } from '../core/text.js';
import { headerFindings, rowLabelFinding, type ExpectedHeader } from './labels.js';
import { APPLICATION_ROW_PATTERNS, PROACTIVE_ROW_PATTERNS } from './row-keys.js';
import { looseNumbers, settleByOrder, type OrderClaim } from './row-order.js';
import { trimRun, walkRows, type RowRead, type TextToken, type ValueToken, type WalkResult } from './rows.js';
import type { AmbiguousRow } from './solve.js';
import type { Token } from './tokens.js';
import { placements, readCell } from './values.js';
import { cuts, flattenedSegments } from './flattened.js';

export interface SectionRead {
  rowsFound: number;
  ambiguous: AmbiguousRow[];
  findings: Finding[];
}

interface RowTarget {
  table: TableKey;
  row: string;
  label: string;
  columns: readonly ColumnSpec[];
}

/** Put one row's values into the figures, or hand the solver its candidate placements. */
function placeRow(figures: ReportFigures, target: RowTarget, values: readonly ValueToken[], section: SectionNo, out: SectionRead, short: string[]): void {
  const where = { section, table: target.table, row: target.row };
  const cells: CellRef[] = target.columns.map((c) => ({ table: target.table, row: target.row, column: c.key }));
  const n = target.columns.length;
  const segments = flattenedSegments(values, n);
  if (segments) {
    placeFlattened(cells, target.columns.map((c) => c.kind), segments, values, out, `“${target.label}”行`, where);
    return;
  }
  if (values.length > n) {
    out.findings.push({
      code: 'ROW_TOO_MANY_VALUES',
      severity: 'error',
      message: `“${target.label}”行有${values.length}个数值，应为${n}个，无法确定各数值所在列，该行按未知处理。`,
      ...where,
      line: values[0]?.lineNo,
    });
    return;
  }
  const read = values.map((v, i) => {
    // Until placed, a value's column (and so its kind) is only certain in a full row.
    const kind = values.length === n ? target.columns[i]!.kind : target.columns[0]!.kind;
    const r = readCell(v, kind);
    if (!r.ok) {
      out.findings.push({ code: 'CELL_INVALID', severity: 'error', message: `“${target.label}”行：${r.reason}，该单元格按未知处理。`, ...where, line: v.lineNo });
      return null;
    }
    if (r.converted) out.findings.push({ code: 'VALUE_CONVERTED', severity: 'info', message: `“${target.label}”行：${r.converted}。`, ...where });
    return r.value;
  });
  if (values.length === n) {
    cells.forEach((ref, i) => setCell(figures, ref, read[i] ?? null));
    return;
  }
  short.push(target.label);
  const mixedKinds = new Set(target.columns.map((c) => c.kind)).size > 1;
  const candidates = mixedKinds ? null : placements(read, n);
  if (candidates) out.ambiguous.push({ cells, candidates });
}

/** A walked row into the figures: its own row, or — when several labels stood before it — one of them. */
function placeRead(figures: ReportFigures, r: RowRead, targetOf: (key: string) => RowTarget, section: SectionNo, out: SectionRead, short: string[]): void {
  if (!r.alternatives) {
    const target = targetOf(r.key);
    placeRow(figures, target, trimRun(r.values, target.columns.length), section, out, short);
    return;
  }
  const targets = r.alternatives.map(targetOf);
  const cells = targets.flatMap((t) => t.columns.map((c): CellRef => ({ table: t.table, row: t.row, column: c.key })));
  const candidates: Cell[][] = [];
  let offset = 0;
  for (const t of targets) {
    const own = rowCandidates(t, trimRun(r.values, t.columns.length));
    for (const c of own ?? []) {
      const combined: Cell[] = new Array<Cell>(cells.length).fill(null);
      c.forEach((v, i) => (combined[offset + i] = v));
      candidates.push(combined);
    }
    offset += t.columns.length;
  }
  out.findings.push({
    code: 'ROW_LABEL_AMBIGUOUS',
    severity: 'warning',
    message: `第${section}部分一组数值之前有多个行标签（${names(targets.map((t) => t.label))}），无法确定属于哪一行；只有表格勾稽关系能唯一确定的单元格被填入。`,
    section,
    table: targets[0]!.table,
    line: r.lineNo,
  });
  if (candidates.length > 0) out.ambiguous.push({ cells, candidates });
}

/**
 * Every run of values the walk found into the figures: by its label, or by where it stands (claims).
 * Sets `rowsFound`; returns the rows that have values.
 */
function placeWalk(
  figures: ReportFigures,
  walk: WalkResult,
  claims: readonly OrderClaim[],
  targetOf: (key: string) => RowTarget,
  section: SectionNo,
  out: SectionRead,
  short: string[],
): Set<string> {
  const claimOf = new Map(claims.map((c) => [c.run, c]));
  const loose = looseNumbers(walk, (key) => targetOf(key).columns.length);
  const found = new Set<string>();
  const byOrder: RowTarget[] = [];
  for (const run of walk.runs) {
    const claim = claimOf.get(run);
    if (claim?.by === 'window') {
      // The labels before it are no evidence here: any row of the window, as the arithmetic allows.
      const window = claim.window ?? [];
      if (window.length === 0) continue;
      placeRead(figures, { key: window[0]!, alternatives: window, labelTokens: run.row?.labelTokens ?? [], values: claim.values, lineNo: claim.values[0]!.lineNo }, targetOf, section, out, short);
      for (const key of window) found.add(key);
    } else if (claim) {
      const target = targetOf(claim.key);
      found.add(claim.key);
      if (claim.by !== 'order') placeRow(figures, target, claim.values, section, out, short);
      else {
        byOrder.push(target);
        placeByOrder(target, claim.values, out);
      }
    } else if (run.row && !loose.has(run)) {
      placeRead(figures, run.row, targetOf, section, out, short);
      for (const key of run.row.alternatives ?? [run.row.key]) found.add(key);
    }
  }
  out.rowsFound = walk.rows.length + claims.filter((c) => c.run.row === null).length;
  if (byOrder.length > 0) {
    out.findings.push({
      code: 'ROW_LABEL_AMBIGUOUS',
      severity: 'warning',
      message: `第${section}部分有${byOrder.length}行数值与行标签分离（转换时标签被移开）：${names(byOrder.map((t) => t.label))}按表格的行序确定，仅在表格勾稽关系成立时采用。`,
      section,
      table: byOrder[0]!.table,
    });
  }
  return found;
}

/** A full row placed by the table's row order: the solver keeps it only if the arithmetic holds with it. */
function placeByOrder(target: RowTarget, values: readonly ValueToken[], out: SectionRead): void {
  const read: Cell[] = [];
  for (let i = 0; i < values.length; i++) {
    const r = readCell(values[i]!, target.columns[i]!.kind);
    if (!r.ok) return;
    read.push(r.value);
  }
  const cells = target.columns.map((c): CellRef => ({ table: target.table, row: target.row, column: c.key }));
  out.ambiguous.push({ cells, candidates: [read], needsTrust: true });
}

/** The readings of one row's printed values, when they are plain numbers: exact, or placed if short. */
function rowCandidates(target: RowTarget, values: readonly ValueToken[]): Cell[][] | null {
  const n = target.columns.length;
  if (values.length > n || values.some((v) => v.kind === 'run')) return null;
  const read = values.map((v, i) => {
    const r = readCell(v, values.length === n ? target.columns[i]!.kind : target.columns[0]!.kind);
    return r.ok ? r.value : null;
  });
  if (values.length === n) return [read];
  return new Set(target.columns.map((c) => c.kind)).size > 1 ? null : placements(read, n);
}

/** A row whose values were printed run together: every cut is a candidate for the solver. */
function placeFlattened(
  cells: CellRef[],
  kinds: ValueKind[],
  segments: string[],
  values: readonly ValueToken[],
  out: SectionRead,
  place: string,
  where: Pick<Finding, 'section' | 'table' | 'row'>,
): void {
  // The digits may also be what they look like, whole numbers with cells lost around them:
  // those placements stay candidates too, so only what every reading agrees on is kept.
  const printed = values.filter((v) => v.kind !== 'blank').map((v) => (v.kind === 'run' ? v.digits : v.raw));
  const asIs = printed.every((d) => /^\d{1,15}$/.test(d) && !/^0\d/.test(d)) && printed.length < kinds.length
    ? placements(printed.map(Number), kinds.length)
    : [];
  const split = cuts(segments, kinds);
  const whole = asIs ?? [];
  const candidates = split ? [...split, ...whole] : null;
  out.findings.push({
    code: 'VALUES_RUN_TOGETHER',
    severity: 'warning',
    message: `${place}的数值连在一起印出（“${segments.join(' ')}”），按表格勾稽关系拆分；不能唯一确定的单元格按未知处理。`,
    ...where,
  });
  if (split && candidates && candidates.length > 0) out.ambiguous.push({ cells, candidates, readings: { cut: split, whole } });
}

/** Row labels for a message: all of them, or the first three and how many. */
function names(labels: readonly string[]): string {
  return labels.length > 3 ? `${labels.slice(0, 3).map((s) => `“${s}”`).join('、')}等${labels.length}行` : labels.map((s) => `“${s}”`).join('、');
}

/** `columns`: how many columns the rows should have, in words ("7列", "规定列数"). */
function shortRowsFinding(short: readonly string[], columns: string, section: SectionNo, table: TableKey): Finding[] {
  if (short.length === 0) return [];
  return [{
    code: 'COLUMN_MISSING',
    severity: 'error',
    message: `第${section}部分${names(short)}的数值少于${columns}（表格缺列或单元格丢失）；只有能由表格勾稽关系唯一确定的单元格被填入。`,
    section,
    table,
  }];
}

function missingRowsFinding(missing: readonly string[], section: SectionNo, table: TableKey): Finding[] {
  if (missing.length === 0) return [];
  return [{
    code: 'ROW_MISSING',
    severity: 'error',
    message: `第${section}部分未找到以下行的数值：${missing.map((s) => `“${s}”`).join('、')}。`,
    section,
    table,
  }];
}

function labelFindings(rows: readonly RowRead[], labelOf: (key: string) => string, section: SectionNo, table: TableKey): Finding[] {
  return rows.flatMap((r) => rowLabelFinding(r.labelTokens, labelOf(r.key), { section, table, row: r.key }) ?? []);
}

export function readProactive(tokens: readonly Token[], spec: FormatSpec, figures: ReportFigures): SectionRead {
  const out: SectionRead = { rowsFound: 0, ambiguous: [], findings: [] };
  const targets = spec.proactive.flatMap((t) =>
    t.rows.map((r): RowTarget => ({ table: 'proactive', row: r.key, label: r.label, columns: t.columns })),
  );
  const order = targets.map((t) => t.row);
  const walk = walkRows(tokens, PROACTIVE_ROW_PATTERNS, order);
  const targetOf = (key: string): RowTarget => targets.find((t) => t.row === key)!;
  const claims = settleByOrder(walk, PROACTIVE_ROW_PATTERNS, order, (key) => targetOf(key).columns.length);
  const short: string[] = [];
  const found = placeWalk(figures, walk, claims, targetOf, '二', out, short);
  out.findings.push(
    ...shortRowsFinding(short, '规定列数', '二', 'proactive'),
    ...missingRowsFinding(targets.filter((t) => !found.has(t.row)).map((t) => t.label), '二', 'proactive'),
    ...labelFindings(walk.rows, (k) => targets.find((t) => t.row === k)!.label, '二', 'proactive'),
    ...headerFindings(walk.textTokens, proactiveHeaders(spec), '二'),
  );
  return out;
}

function proactiveHeaders(spec: FormatSpec): ExpectedHeader[] {
  const counts = new Map<string, number>();
  for (const t of spec.proactive) for (const c of t.columns) counts.set(c.label, (counts.get(c.label) ?? 0) + 1);
  return [
    ...spec.proactive.map((t) => ({ label: t.caption, count: 1, missingCode: 'CAPTION_MISSING' })),
    { label: PROACTIVE_HEADER_LABEL, count: spec.proactive.length },
    ...[...counts].map(([label, count]) => ({ label, count })),
  ];
}

export function readApplications(tokens: readonly Token[], spec: FormatSpec, figures: ReportFigures): SectionRead {
  const out: SectionRead = { rowsFound: 0, ambiguous: [], findings: [] };
  const order = spec.applicationRows.map((r) => r.key);
  const walk = walkRows(tokens, APPLICATION_ROW_PATTERNS[spec.version], order);
  const short: string[] = [];
  const labelOf = (key: string): string => spec.applicationRows.find((r) => r.key === key)!.label;
  const targetOf = (key: string): RowTarget => ({ table: 'applications', row: key, label: labelOf(key), columns: APPLICANT_COLUMNS });
  const claims = settleByOrder(walk, APPLICATION_ROW_PATTERNS[spec.version], order, () => APPLICANT_COLUMNS.length);
  const found = placeWalk(figures, walk, claims, targetOf, '三', out, short);
  const cellLabelOf = (key: string): string => spec.applicationRows.find((r) => r.key === key)!.cellLabel;
  out.findings.push(
    ...shortRowsFinding(short, `${APPLICANT_COLUMNS.length}列`, '三', 'applications'),
    ...missingRowsFinding(spec.applicationRows.filter((r) => !found.has(r.key)).map((r) => r.label), '三', 'applications'),
    ...labelFindings(walk.rows, cellLabelOf, '三', 'applications'),
    ...groupLabelFindings(walk.textTokens, spec),
    ...headerFindings(walk.headerTokens, [
      { label: APPLICATIONS_NOTE, count: 1 },
      { label: APPLICANT_GROUP_LABEL, count: 1 },
      { label: ORGANISATION_GROUP_LABEL, count: 1 },
      ...APPLICANT_COLUMNS.map((c) => ({ label: c.label, count: 1 })),
    ], '三'),
  );
  return out;
}

/** （三）不予公开 and the other spanning group labels carry no numbers, but belong in the table. */
function groupLabelFindings(tokens: readonly TextToken[], spec: FormatSpec): Finding[] {
  const joined = tokens.map((t) => t.norm).join('');
  return spec.applicationGroups
    .filter((group) => {
      const word = normalizeLabel(group).replace(/^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)/, '').slice(0, 4);
      return !joined.includes(word);
    })
    .map((group) => ({
      code: 'GROUP_LABEL_MISSING',
      severity: 'warning' as const,
      message: `第三部分缺少分组标签“${group}”。`,
      section: '三' as const,
      table: 'applications' as const,
    }));
}

export function readReview(tokens: readonly Token[], figures: ReportFigures): SectionRead {
  const out: SectionRead = { rowsFound: 0, ambiguous: [], findings: [] };
  const all = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => ({ ...c, group: g.key })));
  const runs: { values: ValueToken[]; before: TextToken[] }[] = [];
  const texts: TextToken[] = [];
  let before: TextToken[] = [];
  for (let i = 0; i < tokens.length; ) {
    const t = tokens[i]!;
    if (t.kind === 'text') {
      texts.push(t);
      before.push(t);
      i++;
      continue;
    }
    const values: ValueToken[] = [];
    while (i < tokens.length && tokens[i]!.kind !== 'text') values.push(tokens[i++] as ValueToken);
    if (values.some((v) => v.kind === 'number' || v.raw !== '')) runs.push({ values, before });
    before = [];
  }
  const short: string[] = [];
  const n = REVIEW_COLUMNS.length;
  const placeGroup = (g: (typeof REVIEW_GROUPS)[number], values: readonly ValueToken[]): void =>
    placeRow(figures, { table: 'reviewLitigation', row: g.key, label: g.label, columns: REVIEW_COLUMNS }, values, '四', out, short);
  const perGroup = runs.length >= 3 && REVIEW_GROUPS.every((g, i) => runs[i]!.before.some((t) => t.norm.includes(normalizeLabel(g.label))));
  if (perGroup) {
    // Some reports print one row per group, each with its own label and five values.
    REVIEW_GROUPS.forEach((g, i) => placeGroup(g, trimRun(runs[i]!.values, n)));
    out.rowsFound = 3;
  } else if (runs.length > 0) {
    const longest = runs.reduce((a, b) => (b.values.length > a.values.length ? b : a));
    const values = trimRun(longest.values, all.length);
    if (values.length === all.length) REVIEW_GROUPS.forEach((g, gi) => placeGroup(g, values.slice(gi * n, gi * n + n)));
    else placeWhole(values, out, short);
    out.rowsFound = 1;
  }
  out.findings.push(
    ...shortRowsFinding(short, `${all.length}列`, '四', 'reviewLitigation'),
    ...headerFindings(texts, [
      { label: REVIEW_LABEL, count: 1 },
      { label: LITIGATION_LABEL, count: 1 },
      ...REVIEW_GROUPS.slice(1).map((g) => ({ label: g.label, count: 1 })),
      ...REVIEW_COLUMNS.map((c) => ({ label: c.label, count: REVIEW_GROUPS.length })),
    ], '四'),
  );
  if (out.rowsFound === 0) {
    out.findings.push({ code: 'ROW_MISSING', severity: 'error', message: '第四部分未找到行政复议、行政诉讼的数值。', section: '四', table: 'reviewLitigation' });
  }
  return out;
}

/** The 15-cell row of section 四 printed with fewer values: placed as one row across the groups. */
function placeWhole(values: readonly ValueToken[], out: SectionRead, short: string[]): void {
  const cells: CellRef[] = REVIEW_GROUPS.flatMap((g) => REVIEW_COLUMNS.map((c) => ({ table: 'reviewLitigation' as const, row: g.key, column: c.key })));
  const segments = flattenedSegments(values, cells.length);
  if (segments) {
    placeFlattened(cells, cells.map(() => 'count'), segments, values, out, '第四部分数据行', { section: '四', table: 'reviewLitigation' });
    return;
  }
  const read = values.map((v) => {
    const r = readCell(v, 'count');
    return r.ok ? r.value : null;
  });
  if (values.length > cells.length) {
    out.findings.push({ code: 'ROW_TOO_MANY_VALUES', severity: 'error', message: `第四部分有${values.length}个数值，应为${cells.length}个，按未知处理。`, section: '四', table: 'reviewLitigation' });
    return;
  }
  short.push('行政复议、行政诉讼');
  const candidates = placements(read, cells.length);
  if (candidates) out.ambiguous.push({ cells, candidates });
}
