// 补正 (条例第三十条): one notice, the clock void until the corrected application arrives, or the lapse.
import { chineseDate } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';
import { fail, missingField, notNow } from './errors.js';
import { alreadyDecided, conclude, copy, LAW, textOf, type EventOf, type Step } from './step.js';
import type { Application, ApplyError, Effect } from './types.js';

export function requestCorrection(app: Application, e: EventOf<'requestCorrection'>): Step {
  if (app.correction !== null) {
    return fail('CORRECTION_TWICE', `已于${chineseDate(app.correction.noticeSent)}发出补正通知：补正应当一次性告知（条例第三十条），不能再次要求补正。`);
  }
  const done = alreadyDecided(app);
  if (done) return done;
  if (app.state !== 'registered' || app.consultations.length > 0 || app.extension !== null || app.fee !== null) {
    return fail('CORRECTION_TOO_LATE', '补正通知应当在收到申请后、征求意见、延期或收费之前发出（条例第三十条），当前已不能要求补正。');
  }
  const items = textOf(e.items);
  if (items === null) return missingField('需要补正的事项');
  const bad = dateProblem(e.respondBy, 'respondBy', '补正期限');
  if (bad) return bad;
  if (e.respondBy <= e.on) return fail('CORRECTION_PERIOD_INVALID', `补正期限${chineseDate(e.respondBy)}应当晚于补正通知日期${chineseDate(e.on)}。`);
  const next = copy(app);
  next.correction = { noticeSent: e.on, items, respondBy: e.respondBy };
  next.state = 'awaitingCorrection';
  return { ok: true, next, effects: [{ kind: 'letter', letter: 'correctionNotice', basis: `${LAW}第三十条` }] };
}

function awaitingCorrection(app: Application, type: 'receiveCorrection' | 'correctionLapsed'): ApplyError | null {
  if (app.correction === null) return fail('CORRECTION_NOT_REQUESTED', '该申请没有发出过补正通知。');
  if (app.state !== 'awaitingCorrection') return alreadyDecided(app) ?? notNow(app.state, type);
  return null;
}

export function receiveCorrection(app: Application, e: EventOf<'receiveCorrection'>): Step {
  const bad = awaitingCorrection(app, 'receiveCorrection');
  if (bad) return bad;
  const next = copy(app);
  const correction = next.correction!;
  correction.receivedOn = e.on;
  next.state = 'registered';
  const effects: Effect[] = [];
  if (e.on > correction.respondBy) {
    effects.push({
      kind: 'warning',
      code: 'CORRECTION_RECEIVED_LATE',
      message: `补正材料于${chineseDate(e.on)}收到，晚于补正期限${chineseDate(correction.respondBy)}；已按收到补正处理，答复期限自收到之日起重新计算。`,
    });
  }
  return { ok: true, next, effects };
}

export function correctionLapsed(app: Application, e: EventOf<'correctionLapsed'>): Step {
  const bad = awaitingCorrection(app, 'correctionLapsed');
  if (bad) return bad;
  const correction = app.correction!;
  if (e.on <= correction.respondBy) {
    return fail('CORRECTION_PERIOD_RUNNING', `补正期限至${chineseDate(correction.respondBy)}，届满前不能按逾期未补正处理。`);
  }
  const next = copy(app);
  next.correction!.lapsedOn = e.on;
  // 第三十条: no correction without good reason in time → the application is deemed abandoned (2021: （六）1).
  return conclude(next, 'otherNoCorrection', e.on, null, `${LAW}第三十条`);
}
