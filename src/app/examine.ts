// Use case: read a published report and check it. The reader's diagnostics and the checks' findings
// come back as one list, so every caller (CLI, API, bulk jobs) reports the same things.
import { runChecks } from '../core/checks/index.js';
import { sortFindings, type Finding } from '../core/finding.js';
import type { Report } from '../core/report.js';
import { readReport } from '../reader/read-report.js';

export type Examined =
  | { ok: true; report: Report; findings: Finding[] }
  | { ok: false; failure: { code: string; message: string } };

export function examine(input: Uint8Array | string): Examined {
  const read = readReport(input);
  if (!read.ok) return { ok: false, failure: { code: read.code, message: read.message } };
  return { ok: true, report: read.report, findings: sortFindings([...read.diagnostics, ...runChecks(read.report)]) };
}
