// How one examined document is printed for people and for machines.
import type { Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { findingPlace, SEVERITY_NAMES } from '../render/labels.js';
import { renderJson } from '../render/json.js';
import type { Examined } from '../app/examine.js';

export function failureJson(source: string, failure: { code: string; message: string }): Record<string, unknown> {
  return { source, error: { code: failure.code, message: failure.message } };
}

/** What `check --json` prints for one file. */
export function checkJson(source: string, e: Examined): Record<string, unknown> {
  return e.ok
    ? { source, format: e.report.figures.format, year: e.report.figures.year, agency: e.report.figures.agency, findings: e.findings }
    : failureJson(source, e.failure);
}

export function reportJson(source: string | null, report: Report, findings: readonly Finding[]): Record<string, unknown> {
  return source === null ? renderJson(report, findings) : renderJson(report, findings, { source });
}

export function heading(report: Report): string {
  const f = report.figures;
  return `${f.agency ?? '（未识别机关）'} ${f.year ?? '？'}年度报告（${f.format} 版格式）`;
}

export function findingsText(report: Report, findings: readonly Finding[], indent = '  '): string {
  const lines = findings.map((f) => {
    const place = findingPlace(report.figures.format, f);
    return `${indent}[${SEVERITY_NAMES[f.severity]}] ${f.code}${place ? ` ${place}` : ''}：${f.message}`;
  });
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(`${indent}小结：${count('error')} 个错误，${count('warning')} 个警告，${count('info')} 条提示。`);
  return lines.join('\n');
}

/** Cells read versus cells of the format, for a one-line summary. */
export function cellSummary(report: Report): string {
  let known = 0;
  let total = 0;
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    for (const row of Object.values(report.figures[table])) {
      for (const v of Object.values(row)) {
        total++;
        if (v !== null) known++;
      }
    }
  }
  return `读出 ${known}/${total} 个单元格`;
}

export function examinedLines(source: string, e: Examined): string {
  if (!e.ok) return `== ${source}\n  无法读取（${e.failure.code}）：${e.failure.message}`;
  return `== ${source}\n${heading(e.report)}，${cellSummary(e.report)}\n${findingsText(e.report, e.findings)}`;
}
