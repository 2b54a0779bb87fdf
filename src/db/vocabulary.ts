// The closed sets of values the schema checks (migrations/001_initial.sql), as TypeScript types.
// Values are the project's one vocabulary: the shared contract's keys (applicant columns, result rows,
// review groups) and the core's identifiers (receipt channels, life-cycle states, roles). A test keeps
// these lists, the core and the schema's CHECK constraints in step.
import { OUTCOMES, type Outcome } from '../core/applications/outcomes.js';

export const AGENCY_LEVELS = ['national', 'province', 'city', 'county', 'township', 'department'] as const;
export type AgencyLevel = (typeof AGENCY_LEVELS)[number];

/** 经办人, 审核人, administrator, supervisor of a subtree. */
export const USER_ROLES = ['clerk', 'approver', 'administrator', 'supervisor'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** 条例第三十一条: how the application arrived (the deadline engine's ReceiptChannel). */
export const CHANNELS = ['inPerson', 'post', 'postUnsigned', 'online', 'fax', 'email'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The life cycle's states (src/core/applications); the last three are concluded (with an outcome). */
export const APPLICATION_STATES = ['registered', 'extended', 'awaitingCorrection', 'inConsultation', 'feePending', 'decided', 'delivered', 'closed'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** The six applicant columns of section 三 (contract keys). */
export const APPLICANT_TYPES = ['naturalPerson', 'commercial', 'research', 'publicInterest', 'legalService', 'other'] as const;
export type ApplicantType = (typeof APPLICANT_TYPES)[number];

/**
 * The result rows of section 三 (contract keys): exactly one per concluded application — the core's
 * outcomes (the 2021 rows, and the 2019 format's plain （六）其他处理 for records of 2019–2020).
 */
export const APPLICATION_OUTCOMES = OUTCOMES;
export type ApplicationOutcome = Outcome;

/** Registered in the office, or brought in from an Excel/CSV ledger (台账), where less is known. */
export const APPLICATION_SOURCES = ['registered', 'imported'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

/** Section 四's groups (contract keys). */
export const APPEAL_KINDS = ['review', 'litigationDirect', 'litigationAfterReview'] as const;
export type AppealKind = (typeof APPEAL_KINDS)[number];

/** 维持 / 纠正 / 其他; a pending appeal has none (尚未审结). */
export const APPEAL_OUTCOMES = ['maintained', 'corrected', 'other'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

export const NORMATIVE_DOCUMENT_KINDS = ['regulation', 'normativeDocument'] as const;
export type NormativeDocumentKind = (typeof NORMATIVE_DOCUMENT_KINDS)[number];

export const REPORT_STATUSES = ['draft', 'submitted', 'approved', 'published'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
