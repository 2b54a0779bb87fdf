// Hand-counted records for the contract suite (db-contract.ts): applications, appeals and documents
// of one agency around 2024, with the figures counted by hand from the lists below (not by code).
import type { NewAppeal } from './appeals.repository.js';
import type { ApplicantTypeCounts } from './application-counts.repository.js';
import type { NewApplication } from './applications.repository.js';
import type { DocumentYearCounts, NewNormativeDocument } from './proactive.repository.js';
import type { AppealKind, ApplicantType, ApplicationOutcome, NormativeDocumentKind } from './vocabulary.js';

type Row = [no: number, received: string, concluded: string | null, outcome: ApplicationOutcome | null, type: ApplicantType];

/** Fourteen applications; the comment says how each counts in 2024. */
const APPLICATIONS: readonly Row[] = [
  [1, '2023-11-20', null, null, 'naturalPerson'], // carried over, carried forward
  [2, '2023-12-15', '2024-01-10', 'granted', 'naturalPerson'], // carried over, granted
  [3, '2023-12-28', '2023-12-29', 'granted', 'naturalPerson'], // not counted: concluded in 2023
  [4, '2023-12-31', '2024-01-01', 'deniedThirdParty', 'commercial'], // carried over, deniedThirdParty
  [5, '2024-01-01', '2024-01-20', 'granted', 'naturalPerson'], // new, granted
  [6, '2024-03-05', '2024-03-30', 'partiallyGranted', 'naturalPerson'], // new, partiallyGranted
  [7, '2024-06-10', '2024-07-01', 'otherNoCorrection', 'research'], // new, otherNoCorrection
  [8, '2024-12-20', null, null, 'naturalPerson'], // new, carried forward
  [9, '2024-12-31', '2025-01-05', 'granted', 'legalService'], // new, carried forward
  [10, '2024-12-31', '2024-12-31', 'unavailableNotHeld', 'publicInterest'], // new, unavailableNotHeld
  [11, '2025-01-01', null, null, 'naturalPerson'], // not counted: received in 2025
  [12, '2022-05-05', '2024-02-02', 'notProcessedDuplicate', 'other'], // carried over, notProcessedDuplicate
  [13, '2022-06-06', '2025-03-03', 'granted', 'other'], // carried over, carried forward
  [14, '2024-08-08', '2024-08-20', 'granted', 'commercial'], // new, granted
];

export function handCountedApplications(agencyId: string, prefix: string): NewApplication[] {
  return APPLICATIONS.map(([no, receivedOn, concludedOn, outcome, applicantType]) => ({
    agencyId,
    trackingCode: `${prefix}-${no}`,
    referenceNumber: `2024-${no}`,
    source: 'imported',
    receivedOn,
    concludedOn,
    outcome,
    applicantType,
    state: concludedOn ? 'closed' : 'registered',
  }));
}

type Expected = Omit<ApplicantTypeCounts, 'outcomes'> & { outcomes: Partial<Record<ApplicationOutcome, number>> };

/** 2024, counted by hand from the comments above. */
export const EXPECTED_2024: Record<ApplicantType, Expected> = {
  naturalPerson: { newReceived: 3, carriedOver: 2, outcomes: { granted: 2, partiallyGranted: 1 }, concluded: 3, carriedForward: 2 },
  commercial: { newReceived: 1, carriedOver: 1, outcomes: { deniedThirdParty: 1, granted: 1 }, concluded: 2, carriedForward: 0 },
  research: { newReceived: 1, carriedOver: 0, outcomes: { otherNoCorrection: 1 }, concluded: 1, carriedForward: 0 },
  publicInterest: { newReceived: 1, carriedOver: 0, outcomes: { unavailableNotHeld: 1 }, concluded: 1, carriedForward: 0 },
  legalService: { newReceived: 1, carriedOver: 0, outcomes: {}, concluded: 0, carriedForward: 1 },
  other: { newReceived: 0, carriedOver: 2, outcomes: { notProcessedDuplicate: 1 }, concluded: 1, carriedForward: 1 },
};

export function handCountedAppeals(agencyId: string): NewAppeal[] {
  return [
    { agencyId, caseNumber: '案1', kind: 'review', filedOn: '2023-10-01', outcome: 'maintained', concludedOn: '2024-02-01' }, // maintained
    { agencyId, caseNumber: '案2', kind: 'review', filedOn: '2024-03-01' }, // pending
    { agencyId, caseNumber: '案3', kind: 'review', filedOn: '2024-04-01', outcome: 'corrected', concludedOn: '2024-06-01' }, // corrected
    { agencyId, caseNumber: '案4', kind: 'litigationDirect', filedOn: '2023-05-05', outcome: 'other', concludedOn: '2023-12-01' }, // not counted
    { agencyId, caseNumber: '案5', kind: 'litigationDirect', filedOn: '2024-09-09', outcome: 'maintained', concludedOn: '2025-01-10' }, // pending at year end
    { agencyId, caseNumber: '案6', kind: 'litigationAfterReview', filedOn: '2025-01-02' }, // not counted
    { agencyId, caseNumber: '案7', kind: 'litigationAfterReview', filedOn: '2024-02-02', outcome: 'other', concludedOn: '2024-11-11' }, // other
  ];
}

export const EXPECTED_APPEALS_2024: Record<AppealKind, { maintained: number; corrected: number; other: number; pending: number; total: number }> = {
  review: { maintained: 1, corrected: 1, other: 0, pending: 1, total: 3 },
  litigationDirect: { maintained: 0, corrected: 0, other: 0, pending: 1, total: 1 },
  litigationAfterReview: { maintained: 0, corrected: 0, other: 1, pending: 0, total: 1 },
};

export function handCountedDocuments(agencyId: string): NewNormativeDocument[] {
  return [
    { agencyId, kind: 'regulation', title: '规章甲', docNumber: '甲〔2020〕1号', issuedOn: '2020-01-01', publishedOn: '2020-01-10' }, // in force
    { agencyId, kind: 'regulation', title: '规章乙', docNumber: '甲〔2024〕2号', issuedOn: '2024-05-01', publishedOn: '2024-05-10', repealedOn: '2024-12-31' }, // issued, published, repealed
    { agencyId, kind: 'normativeDocument', title: '文件丙', docNumber: '甲规〔2023〕3号', issuedOn: '2023-03-03', publishedOn: '2023-03-10', repealedOn: '2024-06-06' }, // repealed
    { agencyId, kind: 'normativeDocument', title: '文件丁', issuedOn: '2024-02-02' }, // issued, in force, no publication date
    { agencyId, kind: 'normativeDocument', title: '文件戊', issuedOn: '2025-01-01', publishedOn: '2025-01-05' }, // not counted
    { agencyId, kind: 'normativeDocument', title: '文件己', issuedOn: '2022-01-01', repealedOn: '2023-01-01' }, // only: no publication date
  ];
}

export const EXPECTED_DOCUMENTS_2024: Record<NormativeDocumentKind, DocumentYearCounts> = {
  regulation: { issued: 1, published: 1, repealed: 1, inForce: 1, withoutPublishedOn: 0 },
  normativeDocument: { issued: 1, published: 0, repealed: 1, inForce: 1, withoutPublishedOn: 2 },
};
