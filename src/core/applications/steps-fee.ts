// 收费 (国办函〔2020〕109号): a fee notice, then payment within 20 working days or the lapse.
import { chineseDate } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';
import { newTrace, walkWorkingDays } from '../deadlines/walk.js';
import { chooseFee } from '../fees/fees.js';
import { fail, notNow } from './errors.js';
import { alreadyDecided, conclude, copy, processingState, type EventOf, type Step } from './step.js';
import type { Application, ApplyContext, ApplyError, Effect } from './types.js';

const FEE_RULES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';
/**
 * 109号 as restated by 四川省财政厅、发展改革委《关于政府信息公开信息处理费有关事项的通知》(2021-01-18):
 * the notice goes out within the processing period; pay within 20 working days from the day after
 * receiving it; unpaid = application abandoned. (The 办法's own later articles were not retrieved:
 * docs/format-spec.md §4.1.) No rule retrieved stops the reply clock meanwhile, so it keeps running.
 */
export const FEE_PAYMENT_WORKING_DAYS = 20;

export function noticeFee(app: Application, e: EventOf<'noticeFee'>, ctx: ApplyContext): Step {
  const done = alreadyDecided(app);
  if (done) return done;
  if (app.fee !== null) return fail('FEE_TWICE', `已于${chineseDate(app.fee.noticeSent)}发出收费通知，同一申请只能收费一次。`);
  if (app.state !== 'registered' && app.state !== 'extended') return notNow(app.state, 'noticeFee');
  if (typeof e.choice !== 'object' || e.choice === null || (e.choice.method !== 'byCount' && e.choice.method !== 'byPages')) {
    return fail('FEE_INPUT_INVALID', '收费通知须选择一种计费方式：按件计收或按量计收（国办函〔2020〕109号第三条）。');
  }
  const fee = chooseFee(e.choice);
  if (!fee.ok) return fee;
  if (fee.amountYuan === 0) return fail('FEE_NOT_DUE', '按所选计费方式，该申请不需要收费（免费额度以内），不应发出收费通知。');
  const servedOn = e.servedOn ?? e.on;
  const bad = dateProblem(servedOn, 'servedOn', '收费通知送达日期');
  if (bad) return bad;
  if (servedOn < e.on) return fail('EVENT_OUT_OF_ORDER', `收费通知送达日期${chineseDate(servedOn)}早于发出日期${chineseDate(e.on)}，请检查。`);
  const payBy = walkWorkingDays(ctx.calendar, newTrace(), servedOn, FEE_PAYMENT_WORKING_DAYS).due;
  const next = copy(app);
  next.fee = { fee, noticeSent: e.on, noticeServedOn: servedOn, payBy };
  next.state = 'feePending';
  const effects: Effect[] = [{ kind: 'letter', letter: 'feeNotice', basis: FEE_RULES }];
  if (app.deadlines.due !== null && e.on > app.deadlines.due) {
    effects.push({ kind: 'warning', code: 'FEE_NOTICE_LATE', message: `收费通知于${chineseDate(e.on)}发出，晚于答复期限${chineseDate(app.deadlines.due)}：收费通知应当在申请处理期限内发出。` });
  }
  return { ok: true, next, effects };
}

function feePending(app: Application, type: 'payFee' | 'feeLapsed'): ApplyError | null {
  if (app.fee === null) return fail('FEE_NOT_NOTICED', '该申请没有发出过收费通知。');
  if (app.state !== 'feePending') return alreadyDecided(app) ?? notNow(app.state, type);
  return null;
}

export function payFee(app: Application, e: EventOf<'payFee'>): Step {
  const bad = feePending(app, 'payFee');
  if (bad) return bad;
  const fee = app.fee!;
  if (e.on > fee.payBy) {
    return fail('FEE_PAYMENT_LATE', `缴费期限已于${chineseDate(fee.payBy)}届满，逾期未缴纳的视为放弃申请（${FEE_RULES}），请登记逾期未缴费。`);
  }
  const next = copy(app);
  next.fee!.paidOn = e.on;
  next.state = processingState(next);
  return { ok: true, next, effects: [] };
}

export function feeLapsed(app: Application, e: EventOf<'feeLapsed'>): Step {
  const bad = feePending(app, 'feeLapsed');
  if (bad) return bad;
  const fee = app.fee!;
  if (e.on <= fee.payBy) return fail('FEE_PERIOD_RUNNING', `缴费期限至${chineseDate(fee.payBy)}，届满前不能按逾期未缴费处理。`);
  const next = copy(app);
  next.fee!.lapsedOn = e.on;
  // Late payment = application abandoned, the agency stops processing it (2021: （六）2).
  return conclude(next, 'otherNoFee', e.on, null, FEE_RULES);
}
