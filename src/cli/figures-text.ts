// A report's figures as plain text for the terminal: section 二 as lines, sections 三 and 四 as
// aligned tables (CJK characters take two columns).
import type { Cell, FigureRow, ReportFigures } from '../core/figures.js';
import { APPLICANT_COLUMNS, FORMATS, RESULTS_GROUP, REVIEW_COLUMNS, REVIEW_GROUPS, SECTIONS } from '../core/formats.js';
import { sectionHeading } from '../core/labels.js';
import { displayWidth } from './progress.js';

const LABEL_WIDTH = 34;

function fit(text: string, width: number): string {
  if (displayWidth(text) <= width) return text + ' '.repeat(width - displayWidth(text));
  let out = '';
  for (const ch of text) {
    if (displayWidth(out + ch) > width - 2) break;
    out += ch;
  }
  return `${out}…${' '.repeat(width - displayWidth(out) - 1)}`;
}

const shown = (v: Cell | undefined): string => (v === null || v === undefined ? '—' : String(v));

function table(columns: readonly { key: string; label: string }[], rows: readonly { label: string; cells: FigureRow | undefined }[]): string[] {
  const widths = columns.map((c) => Math.max(displayWidth(c.label), 4));
  const line = (label: string, values: string[]) =>
    `  ${fit(label, LABEL_WIDTH)}${values.map((v, i) => ' '.repeat(2 + widths[i]! - displayWidth(v)) + v).join('')}`.trimEnd();
  return [line('', columns.map((c) => c.label)), ...rows.map((r) => line(r.label, columns.map((c) => shown(r.cells?.[c.key]))))];
}

function heading(no: '二' | '三' | '四'): string {
  const s = SECTIONS.find((x) => x.no === no)!;
  return sectionHeading(s);
}

export function figuresText(f: ReportFigures): string {
  const spec = FORMATS[f.format];
  const out = [`${f.agency ?? ''} ${f.year ?? ''}年度政府信息公开工作年度报告数据（${f.format} 版格式）`, '', heading('二')];
  for (const t of spec.proactive) {
    for (const r of t.rows) {
      const cells = f.proactive[r.key];
      out.push(`  ${r.label}（${t.caption}）：${t.columns.map((c) => `${c.label} ${shown(cells?.[c.key])}`).join('，')}`);
    }
  }
  out.push('', heading('三'));
  out.push(
    ...table(
      APPLICANT_COLUMNS,
      spec.applicationRows.map((r) => ({ label: r.group && r.group !== RESULTS_GROUP ? `${r.group}${r.cellLabel}` : r.cellLabel, cells: f.applications[r.key] })),
    ),
  );
  const total = (row: string) => f.applications[row]?.['total'] ?? null;
  const [a, b, c, d] = [total('newReceived'), total('carriedOver'), total('resultsTotal'), total('carriedForward')];
  if (a !== null && b !== null && c !== null && d !== null) {
    out.push(`  勾稽关系：第一项 ${a} ＋ 第二项 ${b} ＝ ${a + b}；第三项 ${c} ＋ 第四项 ${d} ＝ ${c + d}${a + b === c + d ? '，一致' : '，不一致'}。`);
  }
  out.push('', heading('四'));
  out.push(...table(REVIEW_COLUMNS, REVIEW_GROUPS.map((g) => ({ label: g.key === 'review' ? g.label : `行政诉讼·${g.label}`, cells: f.reviewLitigation[g.key] }))));
  return out.join('\n');
}
