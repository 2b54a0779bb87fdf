// Use case: read a published report and check it. The reader's diagnostics and the checks' findings
// come back as one list, so every caller (CLI, API, bulk jobs) reports the same things.
import { runChecks } from '../core/checks/index.js';
import { sortFindings, type Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { readDocument } from '../reader/read-document.js';
import { readReport, type ReadResult } from '../reader/read-report.js';

export type Examined =
  | { ok: true; report: Report; findings: Finding[] }
  | { ok: false; failure: { code: string; message: string } };

function withChecks(read: ReadResult): Examined {
  if (!read.ok) return { ok: false, failure: { code: read.code, message: read.message } };
  return { ok: true, report: read.report, findings: sortFindings([...read.diagnostics, ...runChecks(read.report)]) };
}

/** Any document: text, HTML, DOCX or PDF. */
export async function examine(bytes: Uint8Array): Promise<Examined> {
  return withChecks(await readDocument(bytes));
}

/** Text or HTML only, synchronously (benchmarks, tests). */
export function examineText(input: Uint8Array | string): Examined {
  return withChecks(readReport(input));
}

/** A report read only in part (the document stops before its tables end): unreadable as a whole. */
export function isIncomplete(e: Examined): boolean {
  return e.ok && e.findings.some((f) => f.code === 'REPORT_TRUNCATED');
}
