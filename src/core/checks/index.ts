// All check rules over a report. Each rule is pure: same report, same findings.
import type { Finding, Severity } from '../finding.js';
import type { Report } from '../report.js';
import { checkArithmetic } from './arithmetic.js';
import { checkFormatYear } from './format-year.js';
import { checkNarrativeFigures } from './narrative-figures.js';
import { checkNarrativeYear } from './narrative-year.js';
import { checkPublicationDeadline } from './publication-deadline.js';
import { checkTownshipRegulations } from './township-regulations.js';
import { checkValues } from './values.js';

export type Check = (report: Report) => Finding[];

export const CHECKS: readonly Check[] = [
  checkFormatYear,
  checkValues,
  checkArithmetic,
  checkTownshipRegulations,
  checkNarrativeYear,
  checkNarrativeFigures,
  checkPublicationDeadline,
];

/** Every code the checks can emit, with its severity (for docs/errors.md). */
export const CHECK_CODES: Readonly<Record<string, Severity>> = {
  FORMAT_YEAR_MISMATCH: 'error',
  VALUE_NEGATIVE: 'error',
  VALUE_NOT_INTEGER: 'error',
  R1_BALANCE: 'error',
  R2_RESULTS_TOTAL: 'error',
  R3_ROW_TOTAL: 'error',
  R4_REVIEW_TOTAL: 'error',
  IDENTITY_UNVERIFIABLE: 'info',
  TOWNSHIP_REGULATIONS: 'warning',
  NARRATIVE_YEAR_MISMATCH: 'warning',
  NARRATIVE_FIGURES_MISMATCH: 'warning',
  PUBLISHED_LATE: 'error',
};

export function runChecks(report: Report): Finding[] {
  return CHECKS.flatMap((check) => check(report));
}

export { checkArithmetic, checkFormatYear, checkNarrativeFigures, checkNarrativeYear, checkPublicationDeadline, checkTownshipRegulations, checkValues };
export { statutoryDeadline, type StatutoryDeadline } from './publication-deadline.js';
export { agencyKind, isTownship, type AgencyKind } from './agency.js';
