// 行政复议 and 行政诉讼 (direct, or after reconsideration) brought over the agency's handling of
// disclosure, with their outcomes: 维持 / 纠正 / 其他 once concluded, 尚未审结 until then.
// Groups and columns are those of section 四 (formats.ts REVIEW_GROUPS, REVIEW_COLUMNS).
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';
import { REVIEW_COLUMNS, REVIEW_GROUPS } from '../formats.js';
import { normalizeLabel } from '../text.js';

export type AppealKind = 'review' | 'litigationDirect' | 'litigationAfterReview';
export type AppealOutcome = 'maintained' | 'corrected' | 'other';
/** The outcome, or 尚未审结 while not concluded. */
export type AppealStatus = AppealOutcome | 'pending';

export const APPEAL_KINDS: readonly AppealKind[] = ['review', 'litigationDirect', 'litigationAfterReview'];
export const APPEAL_OUTCOMES: readonly AppealOutcome[] = ['maintained', 'corrected', 'other'];

export interface Appeal {
  id: string;
  kind: AppealKind;
  /** The application it is about, when known. */
  applicationId?: string;
  /** For litigation after review: the review it follows. */
  reviewId?: string;
  /** 复议机关 or 人民法院. */
  body?: string;
  filedOn: IsoDate;
  concludedOn: IsoDate | null;
  outcome: AppealOutcome | null;
}

export type AppealError = { ok: false; code: string; message: string };
export type AppealResult = { ok: true; appeal: Appeal } | AppealError;

const fail = (code: string, message: string): AppealError => ({ ok: false, code, message });

export function isAppealKind(value: unknown): value is AppealKind {
  return typeof value === 'string' && (APPEAL_KINDS as readonly string[]).includes(value);
}

export function isAppealOutcome(value: unknown): value is AppealOutcome {
  return typeof value === 'string' && (APPEAL_OUTCOMES as readonly string[]).includes(value);
}

/** 行政复议, 未经复议直接起诉, 复议后起诉. */
export function appealKindLabel(kind: AppealKind): string {
  return REVIEW_GROUPS.find((g) => g.key === kind)?.label ?? kind;
}

/** 结果维持, 结果纠正, 其他结果, 尚未审结. */
export function appealStatusLabel(status: AppealStatus): string {
  return REVIEW_COLUMNS.find((c) => c.key === status)?.label ?? status;
}

/** The outcome named by 维持/结果维持, 纠正/结果纠正, 其他/其他结果; null otherwise (never a guess). */
export function appealOutcomeFromLabel(text: string): AppealOutcome | null {
  const t = normalizeLabel(text);
  for (const o of APPEAL_OUTCOMES) {
    const label = normalizeLabel(appealStatusLabel(o));
    if (t === label || t === label.replace(/^结果/, '').replace(/结果$/, '')) return o;
  }
  return null;
}

/** Status on a day: the outcome once concluded on or before it, else pending (if filed by then). */
export function appealStatusOn(appeal: Appeal, date: IsoDate): AppealStatus | null {
  if (appeal.filedOn > date) return null;
  return appeal.concludedOn !== null && appeal.concludedOn <= date && appeal.outcome !== null ? appeal.outcome : 'pending';
}

/** A new appeal, checked; `review` is the reconsideration a litigation after review follows. */
export function fileAppeal(input: Omit<Appeal, 'concludedOn' | 'outcome'>, review?: Appeal): AppealResult {
  if (typeof input.id !== 'string' || input.id.trim() === '') return fail('APPEAL_FIELD_MISSING', '复议或诉讼编号不能为空。');
  if (!isAppealKind(input.kind)) return fail('APPEAL_KIND_INVALID', `类别“${String(input.kind)}”无效，应为行政复议、未经复议直接起诉或复议后起诉。`);
  const bad = dateProblem(input.filedOn, 'filedOn', '申请复议或起诉日期');
  if (bad) return bad;
  if (review !== undefined) {
    if (input.kind !== 'litigationAfterReview' || review.kind !== 'review') {
      return fail('APPEAL_REVIEW_LINK_INVALID', '只有复议后起诉可以关联一项行政复议。');
    }
    // 复议后起诉: the suit follows the reconsideration decision.
    if (review.concludedOn === null) return fail('APPEAL_REVIEW_LINK_INVALID', '所关联的行政复议尚未审结，不能登记为复议后起诉。');
    if (input.filedOn < review.concludedOn) {
      return fail('APPEAL_DATE_ORDER', `起诉日期${chineseDate(input.filedOn)}早于复议决定日期${chineseDate(review.concludedOn)}。`);
    }
  }
  return {
    ok: true,
    appeal: { ...input, id: input.id.trim(), ...(review ? { reviewId: review.id } : {}), concludedOn: null, outcome: null },
  };
}

/** Records the decision or judgment. */
export function concludeAppeal(appeal: Appeal, on: IsoDate, outcome: AppealOutcome): AppealResult {
  if (appeal.concludedOn !== null) return fail('APPEAL_ALREADY_CONCLUDED', `该案已于${chineseDate(appeal.concludedOn)}审结。`);
  if (!isAppealOutcome(outcome)) return fail('APPEAL_OUTCOME_INVALID', `结果“${String(outcome)}”无效，应为结果维持、结果纠正或其他结果。`);
  const bad = dateProblem(on, 'concludedOn', '审结日期');
  if (bad) return bad;
  if (on < appeal.filedOn) return fail('APPEAL_DATE_ORDER', `审结日期${chineseDate(on)}早于申请复议或起诉日期${chineseDate(appeal.filedOn)}。`);
  return { ok: true, appeal: { ...appeal, concludedOn: on, outcome } };
}

/** Problems of a stored appeal record (for reports built from records). */
export function appealProblems(appeal: Appeal): AppealError[] {
  const where = `复议诉讼记录“${appeal.id}”`;
  const out: AppealError[] = [];
  if (!isAppealKind(appeal.kind)) out.push(fail('APPEAL_KIND_INVALID', `${where}的类别“${String(appeal.kind)}”无效。`));
  const badFiled = dateProblem(appeal.filedOn, 'filedOn', `${where}的申请复议或起诉日期`);
  if (badFiled) out.push(badFiled);
  if (appeal.concludedOn !== null) {
    const badEnd = dateProblem(appeal.concludedOn, 'concludedOn', `${where}的审结日期`);
    if (badEnd) out.push(badEnd);
    else if (!badFiled && appeal.concludedOn < appeal.filedOn) out.push(fail('APPEAL_DATE_ORDER', `${where}的审结日期早于申请复议或起诉日期。`));
    if (!isAppealOutcome(appeal.outcome)) out.push(fail('APPEAL_OUTCOME_INVALID', `${where}已审结，但结果“${String(appeal.outcome)}”无效。`));
  } else if (appeal.outcome !== null) {
    out.push(fail('APPEAL_OUTCOME_INVALID', `${where}有结果但没有审结日期。`));
  }
  return out;
}
