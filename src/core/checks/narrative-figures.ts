// The narrative's own counts against the tables (a practitioner check, format-spec §3.3 R8): "全年共收到
// 政府信息公开申请81件" with 80 in the table is a defect readers notice first. Only unmistakable phrasings
// are compared, and a count that matches any reasonable reading of the table is accepted.
import type { Cell } from '../figures.js';
import type { Finding } from '../finding.js';
import type { Report } from '../report.js';
import { toHalfWidth } from '../text.js';

interface Claim {
  /** What the sentence says, for the message. */
  what: string;
  pattern: RegExp;
  /** The table values the stated number may equal (null: not known, nothing to compare). */
  readings: (report: Report) => Cell[];
}

const total = (report: Report, table: 'applications' | 'reviewLitigation', row: string): Cell =>
  report.figures[table][row]?.['total'] ?? null;
const sum = (...cells: Cell[]): Cell => (cells.some((c) => c === null) ? null : cells.reduce<number>((a, c) => a + (c ?? 0), 0));

const CLAIMS: Claim[] = [
  {
    what: '收到的政府信息公开申请',
    pattern: /(?:共|新|全年|本年度?)收到(?:各类)?政府信息公开申请(?:共计|共)?(\d+)件/g,
    // "共收到" sometimes includes the carried-over applications.
    readings: (r) => [total(r, 'applications', 'newReceived'), sum(total(r, 'applications', 'newReceived'), total(r, 'applications', 'carriedOver'))],
  },
  {
    what: '被申请行政复议',
    pattern: /被申请行政复议(?:共计|共)?(\d+)(?:件|起|次)/g,
    readings: (r) => [total(r, 'reviewLitigation', 'review')],
  },
  {
    what: '被提起行政诉讼',
    pattern: /被提起行政诉讼(?:共计|共)?(\d+)(?:件|起|次)/g,
    readings: (r) => [sum(total(r, 'reviewLitigation', 'litigationDirect'), total(r, 'reviewLitigation', 'litigationAfterReview'))],
  },
];

export function checkNarrativeFigures(report: Report): Finding[] {
  const text = toHalfWidth(report.narratives['一'] ?? '').replace(/\s+/g, '');
  const findings: Finding[] = [];
  for (const claim of CLAIMS) {
    const readings = claim.readings(report);
    if (readings.every((v) => v === null)) continue;
    for (const m of text.matchAll(claim.pattern)) {
      const stated = Number(m[1]);
      if (readings.some((v) => v === stated)) continue;
      const table = readings.find((v) => v !== null);
      findings.push({
        code: 'NARRATIVE_FIGURES_MISMATCH',
        severity: 'warning',
        message: `第一部分写有“${m[0]}”，而表格中${claim.what}为${table}件，请核对。`,
        section: '一',
      });
    }
  }
  return findings;
}
