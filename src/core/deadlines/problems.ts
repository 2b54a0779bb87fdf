// Every error and warning of the deadline engine, with its stable code and Chinese message.
import { chineseDate, chineseWeekday, isIsoDate, type IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import { CONSULTATION_WORKING_DAYS, CORRECTION_NOTICE_WORKING_DAYS, EXTENSION_MAX_WORKING_DAYS, FIRST_DATE, LAST_DATE } from './rules.js';
import type { DeadlineError, DeadlineWarning } from './types.js';
import { spanText, type Span, type Trace } from './walk.js';

/** An invalid or implausible date in `field` (labelled in Chinese), or null when it is fine. */
export function dateProblem(value: unknown, field: string, label: string): DeadlineError | null {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    return { ok: false, code: 'DATE_INVALID', field, message: `${label}“${String(value)}”不是有效日期，应为 YYYY-MM-DD 格式（如 2024-09-27）。` };
  }
  if (value < FIRST_DATE || value > LAST_DATE) {
    return { ok: false, code: 'DATE_OUT_OF_RANGE', field, message: `${label}${chineseDate(value)}超出可计算的范围（2000年至2199年），请检查年份。` };
  }
  return null;
}

export function confirmedBeforeSent(field: string, sent: IsoDate, confirmed: IsoDate): DeadlineError {
  return {
    ok: false,
    code: 'RECEIPT_CONFIRMED_BEFORE_SENT',
    field,
    message: `确认收到申请的日期${chineseDate(confirmed)}早于申请发出的日期${chineseDate(sent)}，请检查。`,
  };
}

export function correctedBeforeReceived(corrected: IsoDate, received: IsoDate): DeadlineError {
  return {
    ok: false,
    code: 'CORRECTED_BEFORE_RECEIVED',
    field: 'corrected',
    message: `收到补正申请的日期${chineseDate(corrected)}早于收到原申请的日期${chineseDate(received)}，请检查。`,
  };
}

export function correctionNoticeOutOfOrder(sent: IsoDate, received: IsoDate, corrected: IsoDate | undefined): DeadlineError {
  const message =
    sent < received
      ? `补正通知的发出日期${chineseDate(sent)}早于收到申请的日期${chineseDate(received)}，请检查。`
      : `补正通知的发出日期${chineseDate(sent)}晚于收到补正申请的日期${chineseDate(corrected ?? sent)}，请检查。`;
  return { ok: false, code: 'CORRECTION_NOTICE_OUT_OF_ORDER', field: 'correctionNoticeSent', message };
}

export function consultationPeriodInvalid(field: string, span: Span): DeadlineError {
  return {
    ok: false,
    code: 'CONSULTATION_PERIOD_INVALID',
    field,
    message: `征求意见的结束日期${chineseDate(span.to)}早于开始日期${chineseDate(span.from)}，请检查。`,
  };
}

export function consultationBeforeReceipt(field: string, from: IsoDate, clockFrom: IsoDate, corrected: boolean): DeadlineError {
  const what = corrected ? '收到补正申请' : '收到申请';
  return {
    ok: false,
    code: 'CONSULTATION_BEFORE_RECEIPT',
    field,
    message: `征求意见的开始日期${chineseDate(from)}早于${what}的日期${chineseDate(clockFrom)}：答复期限尚未起算，无需扣除，请检查。`,
  };
}

export function extensionInvalid(days: unknown): DeadlineError {
  if (typeof days === 'number' && Number.isInteger(days) && days > EXTENSION_MAX_WORKING_DAYS) {
    return {
      ok: false,
      code: 'EXTENSION_TOO_LONG',
      field: 'extension',
      message: `延长答复期限最长不得超过${EXTENSION_MAX_WORKING_DAYS}个工作日（条例第三十三条第二款），不能延长${days}个工作日。`,
    };
  }
  return { ok: false, code: 'EXTENSION_INVALID', field: 'extension', message: `延长的工作日数“${String(days)}”无效，应为1至${EXTENSION_MAX_WORKING_DAYS}的整数。` };
}

export function receivedOnNonWorkingDay(date: IsoDate, corrected: boolean): DeadlineWarning {
  const what = corrected ? '收到补正申请之日' : '收到申请之日';
  return {
    code: 'RECEIVED_ON_NON_WORKING_DAY',
    message:
      `${what}${chineseDate(date)}（${chineseWeekday(date)}）不是工作日；期限自次日起按工作日计算。` +
      '如本地规定非工作日收到的申请以下一个工作日为收到日期，请按该日期重新计算。',
  };
}

export function correctionNoticeLate(sent: IsoDate, due: IsoDate): DeadlineWarning {
  return {
    code: 'CORRECTION_NOTICE_LATE',
    message: `补正通知于${chineseDate(sent)}发出，晚于收到申请后${CORRECTION_NOTICE_WORKING_DAYS}个工作日的期限${chineseDate(due)}（条例第三十条）。`,
  };
}

export function consultationOpen(from: IsoDate, assumedTo: IsoDate): DeadlineWarning {
  return {
    code: 'CONSULTATION_OPEN',
    message:
      `自${chineseDate(from)}开始的征求意见尚未结束，暂按被征求意见方${CONSULTATION_WORKING_DAYS}个工作日的答复期限` +
      `（至${chineseDate(assumedTo)}）扣除；收到意见后请填写结束日期重新计算。`,
  };
}

export function consultationLong(span: Span, workingDays: number): DeadlineWarning {
  return {
    code: 'CONSULTATION_LONG',
    message:
      `征求意见期间（${spanText(span)}）扣除${workingDays}个工作日，超过被征求意见方${CONSULTATION_WORKING_DAYS}个工作日的答复期限` +
      '（条例第三十二条、第三十四条）；已全部扣除，请核实超出部分是否应当扣除。',
  };
}

export function consultationAfterDue(span: Span, due: IsoDate): DeadlineWarning {
  return {
    code: 'CONSULTATION_AFTER_DUE',
    message: `征求意见（${spanText(span)}）始于答复期限（${chineseDate(due)}）的最后一天或之后，期限已经届满，这段时间未予扣除。`,
  };
}

/** The warnings about the calendar a computation relied on. */
export function calendarWarnings(calendar: WorkingCalendar, trace: Trace): DeadlineWarning[] {
  const warnings: DeadlineWarning[] = [];
  if (trace.unknownYears.size > 0) {
    const years = [...trace.unknownYears].sort((a, b) => a - b).map((y) => `${y}年`).join('、');
    warnings.push({
      code: 'BEYOND_CALENDAR',
      message:
        `期限计算涉及日历数据未覆盖的年份（${years}；节假日安排目前覆盖${calendar.knownFrom}年至${calendar.knownUntil}年），` +
        '这些年份已按周一至周五为工作日计算，未计节假日和调休，请管理员补充节假日安排。',
    });
  }
  if (trace.changedOfficialDays.size > 0) {
    const days = [...trace.changedOfficialDays.values()]
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .map((d) => `${chineseDate(d.date)}设为${d.working ? '工作日' : '休息日'}${d.name ? `（${d.name}）` : ''}`)
      .join('，');
    warnings.push({ code: 'CALENDAR_OVERRIDE_USED', message: `期限计算采用了管理员对国务院节假日安排的调整：${days}。` });
  }
  return warnings;
}

/** Warnings without repeats, in first-seen order. */
export function uniqueWarnings(warnings: readonly DeadlineWarning[]): DeadlineWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.code}\u0000${w.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
