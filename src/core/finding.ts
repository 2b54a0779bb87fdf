// Findings: what a check or the reader has to say about a report, as data with a stable code.
import type { SectionNo } from './formats.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  /** Stable identifier, listed in docs/errors.md. */
  code: string;
  severity: Severity;
  /** Chinese, for people. */
  message: string;
  section?: SectionNo;
  /** Contract keys of the place, when the finding is about one row or cell. */
  table?: 'proactive' | 'applications' | 'reviewLitigation';
  row?: string;
  column?: string;
  /** 1-based line in the source document, when known. */
  line?: number;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}
