// The one outcome of a concluded application and the result rows of section 三 in both formats.
// The 2021 format splits the 2019 row （六）其他处理 into three (逾期不补正, 逾期未缴费, 其他); an
// outcome recorded as plain 其他处理 (`otherHandling`, from 2019-era records) has no 2021 row.
import { FORMATS, resultRowKeys, type FormatVersion } from '../formats.js';

export type Outcome =
  | 'granted'
  | 'partiallyGranted'
  | 'deniedStateSecret'
  | 'deniedOtherLaw'
  | 'deniedThreeSafety'
  | 'deniedThirdParty'
  | 'deniedInternalAffairs'
  | 'deniedProcessInfo'
  | 'deniedEnforcementFile'
  | 'deniedAdministrativeQuery'
  | 'unavailableNotHeld'
  | 'unavailableNeedsCreation'
  | 'unavailableUnclear'
  | 'notProcessedPetition'
  | 'notProcessedDuplicate'
  | 'notProcessedPublication'
  | 'notProcessedExcessive'
  | 'notProcessedConfirmation'
  | 'otherNoCorrection'
  | 'otherNoFee'
  | 'otherElse'
  | 'otherHandling';

/** The 2021 result rows in table order, then the 2019-only （六）其他处理. */
export const OUTCOMES: readonly Outcome[] = [
  'granted',
  'partiallyGranted',
  'deniedStateSecret',
  'deniedOtherLaw',
  'deniedThreeSafety',
  'deniedThirdParty',
  'deniedInternalAffairs',
  'deniedProcessInfo',
  'deniedEnforcementFile',
  'deniedAdministrativeQuery',
  'unavailableNotHeld',
  'unavailableNeedsCreation',
  'unavailableUnclear',
  'notProcessedPetition',
  'notProcessedDuplicate',
  'notProcessedPublication',
  'notProcessedExcessive',
  'notProcessedConfirmation',
  'otherNoCorrection',
  'otherNoFee',
  'otherElse',
  'otherHandling',
];

/** The three 2021 rows that the 2019 format reports together as （六）其他处理. */
const OTHER_2021: readonly Outcome[] = ['otherNoCorrection', 'otherNoFee', 'otherElse'];

export function isOutcome(value: unknown): value is Outcome {
  return typeof value === 'string' && (OUTCOMES as readonly string[]).includes(value);
}

/**
 * The result row an outcome is counted in, or null when the format has no row for it (plain
 * 其他处理 in the 2021 format: which of its three rows is not known, and is not guessed).
 */
export function resultRowFor(outcome: Outcome, format: FormatVersion): string | null {
  if (format === '2019') return OTHER_2021.includes(outcome) ? 'otherHandling' : outcome;
  return outcome === 'otherHandling' ? null : outcome;
}

/** Whether an application concluded in a year of `format` may have this outcome. */
export function outcomeAllowedIn(outcome: Outcome, format: FormatVersion): boolean {
  return resultRowFor(outcome, format) !== null;
}

/** The outcomes a result row counts (the inverse of resultRowFor). */
export function outcomesOfRow(row: string, format: FormatVersion): Outcome[] {
  return OUTCOMES.filter((o) => resultRowFor(o, format) === row);
}

/** The outcome's official label, e.g. "（三）不予公开1.属于国家秘密"; 2021 wording except for 其他处理. */
export function outcomeLabel(outcome: Outcome): string {
  const format: FormatVersion = outcome === 'otherHandling' ? '2019' : '2021';
  return FORMATS[format].applicationRows.find((r) => r.key === outcome)?.label ?? outcome;
}

/** Result row keys of a format, in table order (same as formats.ts resultRowKeys). */
export function resultRows(format: FormatVersion): string[] {
  return resultRowKeys(FORMATS[format]);
}

/** Outcomes that only a lapse event produces (条例第三十条; 国办函〔2020〕109号), never a decision. */
export const LAPSE_OUTCOMES: readonly Outcome[] = ['otherNoCorrection', 'otherNoFee'];
