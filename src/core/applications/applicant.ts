// Applicant types: the six applicant columns of section 三 (自然人 and five kinds of 法人或其他组织).
// Labels come from formats.ts; the keys are the contract's column keys.
import { APPLICANT_COLUMNS, ORGANISATION_GROUP_LABEL } from '../formats.js';
import { normalizeLabel } from '../text.js';

export type ApplicantType = 'naturalPerson' | 'commercial' | 'research' | 'publicInterest' | 'legalService' | 'other';

export const APPLICANT_TYPES: readonly ApplicantType[] = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'];

export function isApplicantType(value: unknown): value is ApplicantType {
  return typeof value === 'string' && (APPLICANT_TYPES as readonly string[]).includes(value);
}

/** The official column label: 自然人, 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他. */
export function applicantTypeLabel(type: ApplicantType): string {
  return APPLICANT_COLUMNS.find((c) => c.key === type)?.label ?? type;
}

/** Words that name a natural person unambiguously in ledgers besides the official 自然人. */
const NATURAL_PERSON_WORDS = ['公民', '个人'];

/**
 * The applicant type a ledger cell or form field names, or null when the wording is not one of the
 * official labels (optionally under 法人或其他组织) or an unambiguous word for 自然人. Never a guess:
 * "企业" or "单位" are not accepted.
 */
export function applicantTypeFromLabel(text: string): ApplicantType | null {
  let t = normalizeLabel(text);
  const group = normalizeLabel(ORGANISATION_GROUP_LABEL);
  if (t.startsWith(group)) t = t.slice(group.length).replace(/^[-—–：:、/·（]+/, '').replace(/）$/, '');
  if (t === '') return null;
  if (NATURAL_PERSON_WORDS.includes(t)) return 'naturalPerson';
  for (const type of APPLICANT_TYPES) if (normalizeLabel(applicantTypeLabel(type)) === t) return type;
  return null;
}

/** "自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他", for messages. */
export function applicantTypeList(): string {
  return APPLICANT_TYPES.map(applicantTypeLabel).join('、');
}
