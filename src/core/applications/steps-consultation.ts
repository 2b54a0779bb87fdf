// 征求意见 (条例第三十二、三十四条): the clock stands still while a consultation is open.
import { fail, missingField, notNow } from './errors.js';
import { alreadyDecided, copy, LAW, processingState, textOf, type EventOf, type Step } from './step.js';
import type { Application } from './types.js';

export function startConsultation(app: Application, e: EventOf<'startConsultation'>): Step {
  const done = alreadyDecided(app);
  if (done) return done;
  if (!['registered', 'extended', 'inConsultation'].includes(app.state)) return notNow(app.state, 'startConsultation');
  if (e.party !== 'thirdParty' && e.party !== 'agency') return fail('CONSULTATION_PARTY_INVALID', '被征求意见方应为第三方或其他机关。');
  const name = textOf(e.name);
  if (name === null) return missingField('被征求意见方');
  const next = copy(app);
  next.consultations.push({ party: e.party, name, from: e.on });
  next.state = 'inConsultation';
  const basis = e.party === 'thirdParty' ? `${LAW}第三十二条` : `${LAW}第三十四条`;
  return { ok: true, next, effects: [{ kind: 'letter', letter: 'consultationRequest', basis }] };
}

export function endConsultation(app: Application, e: EventOf<'endConsultation'>): Step {
  const open = app.consultations.flatMap((c, i) => (c.to === undefined ? [i] : []));
  if (app.state !== 'inConsultation' || open.length === 0) return fail('CONSULTATION_NONE_OPEN', '该申请没有正在进行的征求意见。');
  let index = e.index;
  if (index === undefined) {
    if (open.length > 1) return fail('CONSULTATION_AMBIGUOUS', `该申请有${open.length}项征求意见正在进行，请指明结束哪一项。`);
    index = open[0];
  }
  if (index === undefined || !open.includes(index)) {
    const which = Number.isInteger(index) ? `第${Number(index) + 1}项征求意见` : '所指的征求意见';
    return fail('CONSULTATION_NONE_OPEN', `${which}不存在或已经结束。`);
  }
  const next = copy(app);
  next.consultations[index]!.to = e.on;
  if (open.length === 1) next.state = processingState(next);
  return { ok: true, next, effects: [] };
}
