// Section 二 from the register and the counts staff enter for the year.
//
// From the register (never entered by hand):
//   2021 第二十条第（一）项: 本年制发件数 = issued in the year; 本年废止件数 = repealed in the year;
//        现行有效件数 = issued by 31 December and not repealed by then (the register must hold every
//        document in force).
//   2019 第二十条第（一）项: 本年新制作数量 = issued in the year; 本年新公开数量 = published in the year,
//        when every entry of the kind has its publication date (else it is entered by staff).
// Entered by staff: everything else — decisions on licensing, penalties and coercion, fee income
// in 万元 (2021); 上一年项目数量, 本年增/减, 处理决定数量, procurement and 对外公开总数量 (2019: a
// cumulative total that may reach back before the register). Cells nobody entered stay null.
import { FORMATS, formatForYear, type ColumnSpec, type FormatVersion } from '../formats.js';
import { emptyFigures, type FigureRow } from '../figures.js';
import { REGISTER_KINDS, REGISTER_ROWS, registerEntryProblems, tallyRegister, type RegisterEntry, type RegisterError } from './register.js';

/** Cell values entered by staff for one year: row key → column key → value. */
export type ProactiveCounts = Readonly<Record<string, Readonly<Record<string, number | null>>>>;

type Derived = Record<string, Record<string, number | null>>;

function derived(format: FormatVersion, year: number, register: readonly RegisterEntry[]): Derived {
  const out: Derived = {};
  for (const kind of REGISTER_KINDS) {
    const t = tallyRegister(register, kind, year);
    out[REGISTER_ROWS[kind]] =
      format === '2021' ? { issued: t.issued, repealed: t.repealed, inForce: t.inForce } : { newlyMade: t.issued, newlyPublished: t.published };
  }
  return out;
}

function valueProblem(column: ColumnSpec, value: number): string | null {
  if (!Number.isFinite(value)) return '不是有效数字';
  if (column.kind === 'signedCount') return Number.isInteger(value) ? null : '应为整数';
  if (value < 0) return '不能为负数';
  if (column.kind === 'count' && !Number.isInteger(value)) return '应为整数';
  return null;
}

/** The cells of section 二 staff may enter for a format (those the register does not give). */
export function enterableCells(format: FormatVersion): { row: string; column: ColumnSpec; caption: string; rowLabel: string }[] {
  const fixed = derived(format, 2000, []);
  return FORMATS[format].proactive.flatMap((t) =>
    t.rows.flatMap((r) =>
      t.columns.filter((c) => fixed[r.key]?.[c.key] === undefined || (format === '2019' && c.key === 'newlyPublished')).map((column) => ({ row: r.key, column, caption: t.caption, rowLabel: r.label })),
    ),
  );
}

export type ProactiveResult = { ok: true; rows: Record<string, FigureRow> } | { ok: false; errors: RegisterError[] };

/** Section 二 of `year` in its format. */
export function proactiveFigures(year: number, register: readonly RegisterEntry[], counts: ProactiveCounts | null): ProactiveResult {
  const format = formatForYear(year);
  const errors: RegisterError[] = register.flatMap(registerEntryProblems);
  const rows = emptyFigures(format).proactive;
  const fromRegister = derived(format, year, register);
  for (const [row, cells] of Object.entries(fromRegister)) for (const [column, value] of Object.entries(cells)) rows[row]![column] = value;
  const spec = FORMATS[format];
  for (const [row, cells] of Object.entries(counts ?? {})) {
    const table = spec.proactive.find((t) => t.rows.some((r) => r.key === row));
    const rowLabel = table?.rows.find((r) => r.key === row)?.label ?? row;
    for (const [column, value] of Object.entries(cells)) {
      const col = table?.columns.find((c) => c.key === column);
      if (!table || !col) {
        errors.push({ ok: false, code: 'COUNT_CELL_UNKNOWN', message: `${year}年适用${format}年版格式，第二部分没有“${rowLabel}”行“${column}”列。` });
        continue;
      }
      if (value === null) continue;
      const where = `第二部分“${rowLabel}”行“${col.label}”列`;
      const auto = fromRegister[row]?.[column];
      if (auto !== undefined && auto !== null) {
        errors.push({ ok: false, code: 'COUNT_CELL_DERIVED', message: `${where}由规章和行政规范性文件登记簿自动统计，不能手工填写。` });
        continue;
      }
      const bad = typeof value === 'number' ? valueProblem(col, value) : '不是数字';
      if (bad) {
        errors.push({ ok: false, code: 'COUNT_VALUE_INVALID', message: `${where}的值“${String(value)}”${bad}。` });
        continue;
      }
      rows[row]![column] = value;
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
