// Registering an application, deciding it (exactly one outcome), delivering and closing it.
import { chineseDate, yearOf } from '../calendar/iso-date.js';
import { CHANNEL_LABELS, receiptDate } from '../deadlines/receipt.js';
import { formatForYear } from '../formats.js';
import { applicantTypeList, isApplicantType } from './applicant.js';
import { fail, missingField, notNow } from './errors.js';
import { isOutcome, LAPSE_OUTCOMES, outcomeAllowedIn, outcomeLabel } from './outcomes.js';
import { alreadyDecided, conclude, LAW, textOf, type EventOf, type Step } from './step.js';
import { parseTrackingCode } from './tracking-code.js';
import type { Application, ApplicationDeadlines, ApplyContext, ApplyError, RegisterEvent } from './types.js';

const NO_DEADLINES: ApplicationDeadlines = {
  correctionNoticeDue: '',
  clockFrom: null,
  replyDue: null,
  extendedDue: null,
  due: null,
  suspendedWorkingDays: 0,
  correctionRespondBy: null,
  feePayBy: null,
  warnings: [],
};

/** A new application from the register event (deadlines are filled in by the caller). */
export function register(e: RegisterEvent): { ok: true; application: Application } | ApplyError {
  const id = textOf(e.id);
  if (id === null) return missingField('申请编号');
  const code = parseTrackingCode(String(e.trackingCode ?? ''));
  if (!code.ok) return code;
  if (!isApplicantType(e.applicantType)) {
    return fail('APPLICANT_TYPE_INVALID', `申请人类型“${String(e.applicantType)}”无效，应为${applicantTypeList()}之一。`);
  }
  // 第二十九条: name, contact and a description of the information sought.
  const name = textOf(e.applicant?.name);
  if (name === null) return missingField('申请人姓名或者名称');
  const content = textOf(e.content);
  if (content === null) return missingField('申请公开的政府信息内容描述');
  if (typeof e.receipt !== 'string' && !(typeof e.receipt === 'object' && e.receipt !== null && Object.hasOwn(CHANNEL_LABELS, e.receipt.channel))) {
    return fail('RECEIPT_CHANNEL_INVALID', '收到申请的方式无效，应为当面提交、邮寄、互联网渠道、传真或电子邮件之一（条例第三十一条）。');
  }
  const receipt = receiptDate(e.receipt);
  if (!receipt.ok) return receipt;
  const application: Application = {
    id,
    trackingCode: code.code,
    state: 'registered',
    applicantType: e.applicantType,
    applicant: { ...e.applicant, name },
    content,
    ...(e.requestedForm !== undefined ? { requestedForm: e.requestedForm } : {}),
    channel: typeof e.receipt === 'string' ? null : e.receipt.channel,
    receipt: structuredClone(e.receipt),
    receivedOn: receipt.date,
    concludedOn: null,
    outcome: null,
    correction: null,
    consultations: [],
    extension: null,
    fee: null,
    decidedBy: null,
    deliveredOn: null,
    closedOn: null,
    lastEventOn: receipt.date,
    version: 0,
    deadlines: NO_DEADLINES,
  };
  return { ok: true, application };
}

export function decide(app: Application, e: EventOf<'decide'>, ctx: ApplyContext): Step {
  const done = alreadyDecided(app);
  if (done) return fail('ALREADY_DECIDED', `该申请已于${chineseDate(app.concludedOn ?? app.lastEventOn)}作出答复（${app.outcome ? outcomeLabel(app.outcome) : ''}），不能重复答复。`);
  switch (app.state) {
    case 'awaitingCorrection':
      return fail('DECIDE_AWAITING_CORRECTION', `补正期限至${chineseDate(app.correction?.respondBy ?? '')}：收到补正或补正期限届满前不能作出答复（条例第三十条）。`);
    case 'inConsultation':
      return fail('DECIDE_IN_CONSULTATION', '征求意见尚未结束：请先登记收到意见（或期满未答复）后再作出答复。');
    case 'feePending':
      return fail('DECIDE_FEE_PENDING', '收费通知待缴费：请先登记缴费或逾期未缴费。');
    default:
      break;
  }
  if (!isOutcome(e.outcome)) return fail('OUTCOME_INVALID', `办理结果“${String(e.outcome)}”无效，应为年度报告格式的办理结果之一。`);
  if (LAPSE_OUTCOMES.includes(e.outcome)) {
    const how = e.outcome === 'otherNoCorrection' ? '逾期未补正' : '逾期未缴费';
    return fail('OUTCOME_BY_LAPSE_ONLY', `“${outcomeLabel(e.outcome)}”由登记${how}产生，不能作为答复结果直接选择。`);
  }
  const format = formatForYear(yearOf(e.on));
  if (!outcomeAllowedIn(e.outcome, format)) {
    return fail('OUTCOME_NOT_IN_FORMAT', `${yearOf(e.on)}年适用2021年版年度报告格式，“其他处理”须选择具体情形：逾期不补正、逾期未缴费或其他。`);
  }
  // （四）3 is by definition after a 补正 (第三十条).
  if (e.outcome === 'unavailableUnclear' && app.correction?.receivedOn === undefined) {
    return fail('OUTCOME_NEEDS_CORRECTION', `“${outcomeLabel(e.outcome)}”只适用于收到补正之后：该申请没有收到过补正。`);
  }
  return conclude(structuredClone(app), e.outcome, e.on, ctx.actor.id, `${LAW}第三十六条`);
}

export function deliver(app: Application, e: EventOf<'deliver'>): Step {
  if (app.state === 'delivered') return fail('ALREADY_DELIVERED', `已于${chineseDate(app.deliveredOn ?? '')}送达。`);
  if (app.state !== 'decided') return notDecided(app, 'deliver');
  const next = structuredClone(app);
  next.state = 'delivered';
  next.deliveredOn = e.on;
  return { ok: true, next, effects: [] };
}

export function close(app: Application, e: EventOf<'close'>): Step {
  if (app.state === 'decided' && !(app.outcome !== null && LAPSE_OUTCOMES.includes(app.outcome))) {
    return fail('NOT_DELIVERED', '答复尚未送达，不能归档：请先登记送达。');
  }
  if (app.state !== 'decided' && app.state !== 'delivered') return notDecided(app, 'close');
  const next = structuredClone(app);
  next.state = 'closed';
  next.closedOn = e.on;
  return { ok: true, next, effects: [] };
}

function notDecided(app: Application, type: 'deliver' | 'close'): ApplyError {
  return app.state === 'closed' ? notNow(app.state, type) : fail('NOT_DECIDED', `申请尚未作出答复，不能${type === 'deliver' ? '登记送达' : '归档'}。`);
}
