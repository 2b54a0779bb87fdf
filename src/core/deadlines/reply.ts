// The reply deadline of an application (条例第三十、三十三条) and the 补正 notice deadline.
import { addDays, type IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import {
  calendarWarnings,
  consultationAfterDue,
  consultationBeforeReceipt,
  consultationLong,
  consultationOpen,
  consultationPeriodInvalid,
  correctedBeforeReceived,
  correctionNoticeLate,
  correctionNoticeOutOfOrder,
  dateProblem,
  extensionInvalid,
  receivedOnNonWorkingDay,
} from './problems.js';
import { receiptDate } from './receipt.js';
import { CONSULTATION_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, EXTENSION_MAX_WORKING_DAYS, REPLY_WORKING_DAYS } from './rules.js';
import type { DeadlineError, DeadlineWarning, Outcome, Receipt, ReplyInput } from './types.js';
import { countWorkingDays, isWorkingDay, mergeSpans, newTrace, walkWorkingDays, type Span, type Trace } from './walk.js';

/** An application's dates, checked and put in the order the clock needs. */
export interface Prepared {
  receivedOn: IsoDate;
  /** The day after which the reply clock counts: receipt, or receipt of the corrected application. */
  clockFrom: IsoDate;
  /** Consultation periods as given (open ones closed provisionally). */
  consultations: Span[];
  /** The days the clock stands still: the day after each consultation began through its end, merged. */
  suspended: Span[];
  warnings: DeadlineWarning[];
  trace: Trace;
}

function suspension(consultations: readonly Span[]): Span[] {
  const days = consultations.map((c) => ({ from: addDays(c.from, 1), to: c.to })).filter((s) => s.from <= s.to);
  return mergeSpans(days);
}

function noticeDue(calendar: WorkingCalendar, trace: Trace, receivedOn: IsoDate): IsoDate {
  // 第三十条: 补正 notice within 7 working days of receipt.
  return walkWorkingDays(calendar, trace, receivedOn, CORRECTION_NOTICE_WORKING_DAYS).due;
}

export function prepare(calendar: WorkingCalendar, input: ReplyInput): { ok: true; prepared: Prepared } | DeadlineError {
  const trace = newTrace();
  const warnings: DeadlineWarning[] = [];
  const receipt = receiptDate(input.received);
  if (!receipt.ok) return receipt;
  const receivedOn = receipt.date;

  if (input.corrected !== undefined) {
    const bad = dateProblem(input.corrected, 'corrected', '收到补正申请日期');
    if (bad) return bad;
    if (input.corrected < receivedOn) return correctedBeforeReceived(input.corrected, receivedOn);
  }
  if (input.correctionNoticeSent !== undefined) {
    const sent = input.correctionNoticeSent;
    const bad = dateProblem(sent, 'correctionNoticeSent', '补正通知发出日期');
    if (bad) return bad;
    if (sent < receivedOn || (input.corrected !== undefined && sent > input.corrected)) {
      return correctionNoticeOutOfOrder(sent, receivedOn, input.corrected);
    }
    const due = noticeDue(calendar, trace, receivedOn);
    if (sent > due) warnings.push(correctionNoticeLate(sent, due));
  }

  // 第三十条: after a 补正 the reply period runs from receipt of the corrected application.
  const clockFrom = input.corrected ?? receivedOn;
  if (!isWorkingDay(calendar, trace, clockFrom)) warnings.push(receivedOnNonWorkingDay(clockFrom, input.corrected !== undefined));

  const consultations: Span[] = [];
  for (const [i, c] of (input.consultations ?? []).entries()) {
    const field = `consultations[${i}]`;
    const badFrom = dateProblem(c.from, `${field}.from`, '征求意见开始日期');
    if (badFrom) return badFrom;
    if (c.from < clockFrom) return consultationBeforeReceipt(`${field}.from`, c.from, clockFrom, input.corrected !== undefined);
    let to: IsoDate;
    if (c.to === undefined) {
      // Still open: assume the consulted party uses its full 15 working days (第三十二、三十四条).
      to = walkWorkingDays(calendar, trace, c.from, CONSULTATION_WORKING_DAYS).due;
      warnings.push(consultationOpen(c.from, to));
    } else {
      const badTo = dateProblem(c.to, `${field}.to`, '征求意见结束日期');
      if (badTo) return badTo;
      if (c.to < c.from) return consultationPeriodInvalid(`${field}.to`, { from: c.from, to: c.to });
      to = c.to;
      const length = countWorkingDays(calendar, trace, c.from, to);
      if (length > CONSULTATION_WORKING_DAYS) warnings.push(consultationLong({ from: c.from, to }, length));
    }
    consultations.push({ from: c.from, to });
  }
  return {
    ok: true,
    prepared: { receivedOn, clockFrom, consultations, suspended: suspension(consultations), warnings, trace },
  };
}

export interface ReplyDue {
  /** Last day for the reply. */
  due: IsoDate;
  receivedOn: IsoDate;
  clockFrom: IsoDate;
  /** Working days not counted because of consultations (第三十三条第二款). */
  suspendedWorkingDays: number;
}

/**
 * The last day of a period of `workingDays` on the reply clock; consultations starting after it
 * had run out are reported and not deducted.
 */
export function dueAfter(calendar: WorkingCalendar, p: Prepared, workingDays: number): { walk: ReplyDue; warnings: DeadlineWarning[] } {
  // 第三十三条: 20 working days from receipt, the receipt day itself not counted; 第三十三条第二款:
  // consultation time is not counted, so working days inside a consultation are skipped.
  const walk = walkWorkingDays(calendar, p.trace, p.clockFrom, workingDays, p.suspended);
  // A consultation begun on the last day or later suspends nothing: the period had already run out.
  const late = p.consultations.filter((s) => s.from >= walk.due).map((s) => consultationAfterDue(s, walk.due));
  return {
    walk: { due: walk.due, receivedOn: p.receivedOn, clockFrom: p.clockFrom, suspendedWorkingDays: walk.suspendedWorkingDays },
    warnings: late,
  };
}

/** 条例第三十三条第一款: the reply is due on the 20th working day after receipt. */
export function replyDue(calendar: WorkingCalendar, input: ReplyInput): Outcome<ReplyDue> {
  const r = prepare(calendar, input);
  if (!r.ok) return r;
  const { walk, warnings } = dueAfter(calendar, r.prepared, REPLY_WORKING_DAYS);
  return { ok: true, ...walk, warnings: [...r.prepared.warnings, ...warnings, ...calendarWarnings(calendar, r.prepared.trace)] };
}

export function validExtension(days: unknown): days is number {
  return typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= EXTENSION_MAX_WORKING_DAYS;
}

export interface ExtendedDue extends ReplyDue {
  /** The reply deadline before the extension. */
  originalDue: IsoDate;
  extensionWorkingDays: number;
}

/**
 * 条例第三十三条第二款: with the approval of the head of the disclosure office, the deadline may be
 * extended by at most 20 working days, counted on from the original deadline.
 */
export function extendedDue(calendar: WorkingCalendar, input: ReplyInput, workingDays: number = EXTENSION_MAX_WORKING_DAYS): Outcome<ExtendedDue> {
  if (!validExtension(workingDays)) return extensionInvalid(workingDays);
  const r = prepare(calendar, input);
  if (!r.ok) return r;
  const original = dueAfter(calendar, r.prepared, REPLY_WORKING_DAYS).walk.due;
  const { walk, warnings } = dueAfter(calendar, r.prepared, REPLY_WORKING_DAYS + workingDays);
  return {
    ok: true,
    ...walk,
    originalDue: original,
    extensionWorkingDays: workingDays,
    warnings: [...r.prepared.warnings, ...warnings, ...calendarWarnings(calendar, r.prepared.trace)],
  };
}

/** 条例第三十条: the one-time 补正 notice is due within 7 working days of receipt. */
export function correctionNoticeDue(calendar: WorkingCalendar, received: IsoDate | Receipt): Outcome<{ due: IsoDate; receivedOn: IsoDate }> {
  const receipt = receiptDate(received);
  if (!receipt.ok) return receipt;
  const trace = newTrace();
  const due = noticeDue(calendar, trace, receipt.date);
  return { ok: true, due, receivedOn: receipt.date, warnings: calendarWarnings(calendar, trace) };
}
