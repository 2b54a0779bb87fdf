// A letter or notice to an applicant (or, for 征求意见, to the party consulted) as data: drafted
// from a template by draft.ts, edited by staff, checked by validate.ts, printed by render/letter-docx.ts.
import type { IsoDate } from '../calendar/iso-date.js';
import type { Application, LetterKind } from '../applications/types.js';
import type { Outcome } from '../applications/outcomes.js';

export interface Letter {
  kind: LetterKind;
  /** The decision a reply or termination notice states. */
  outcome?: Outcome;
  /** 标题, e.g. 政府信息公开申请答复书. */
  title: string;
  /** 发文字号, e.g. 〔2024〕第12号. */
  reference: string;
  /** 主送: the applicant's (or consulted party's) name and a full-width colon. */
  addressee: string;
  /** 正文, one entry per paragraph; staff may edit them. */
  paragraphs: string[];
  /** The article and item the letter rests on, as cited in the body. */
  basis: string;
  /** The day the letter sets (补正期限, 延长后的答复期限, 缴费期限), stated in the body. */
  deadline?: IsoDate;
  /** 署名. */
  agencyName: string;
  /** 成文日期. */
  date: IsoDate;
  /** 附注: contact person and telephone, printed in brackets under the date. */
  contact?: string;
}

export interface DraftInput {
  kind: LetterKind;
  application: Application;
  agencyName: string;
  date: IsoDate;
  /** For a reply (or termination notice): defaults to the application's recorded outcome. */
  outcome?: Outcome;
  /** A full 文号 as given, or only its number ("12" → 〔2024〕第12号); default: the tracking code. */
  reference?: string;
  contact?: string;
  /** 征求意见函: which consultation (index into application.consultations); default the latest. */
  consultationIndex?: number;
}

export type DraftErrorCode = 'LETTER_INPUT_INVALID' | 'LETTER_OUTCOME_MISSING' | 'LETTER_OUTCOME_MISMATCH' | 'LETTER_NOT_READY';

export type DraftResult = { ok: true; letter: Letter } | { ok: false; code: DraftErrorCode; message: string };

export const LETTER_TITLES: Readonly<Record<LetterKind, string>> = {
  reply: '政府信息公开申请答复书',
  correctionNotice: '补正申请告知书',
  extensionNotice: '延长答复期限告知书',
  consultationRequest: '征求意见函',
  feeNotice: '收费通知书',
  terminationNotice: '终止办理告知书',
};

export const LETTER_KINDS = Object.keys(LETTER_TITLES) as LetterKind[];

export function isLetterKind(value: unknown): value is LetterKind {
  return typeof value === 'string' && Object.hasOwn(LETTER_TITLES, value);
}

/**
 * Text staff must supply before sending (the withheld part of a 部分公开, the law that forbids
 * disclosure, how to pay): validateLetter refuses a letter that still contains the mark.
 */
export const PLACEHOLDER_MARK = '【请填写';

export function placeholder(what: string): string {
  return `${PLACEHOLDER_MARK}：${what}】`;
}
