// Errors of the application life cycle: stable codes (docs/errors.md), Chinese messages.
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { STATE_LABELS, type ApplicationEventType, type ApplicationState, type ApplyError } from './types.js';

export const EVENT_LABELS: Readonly<Record<ApplicationEventType, string>> = {
  register: '登记申请',
  requestCorrection: '发出补正通知',
  receiveCorrection: '登记收到补正',
  correctionLapsed: '登记逾期未补正',
  startConsultation: '征求意见',
  endConsultation: '结束征求意见',
  requestExtension: '申请延期答复',
  approveExtension: '批准延期答复',
  rejectExtension: '不批准延期答复',
  noticeFee: '发出收费通知',
  payFee: '登记缴费',
  feeLapsed: '登记逾期未缴费',
  decide: '作出答复',
  deliver: '登记送达',
  close: '归档',
};

export function fail(code: string, message: string): ApplyError {
  return { ok: false, code, message };
}


/** An event the state does not allow, with no more specific code. */
export function notNow(state: ApplicationState, type: ApplicationEventType): ApplyError {
  return fail('TRANSITION_INVALID', `申请当前状态为“${STATE_LABELS[state]}”，不能${EVENT_LABELS[type]}。`);
}

export function missingField(label: string): ApplyError {
  return fail('APPLICATION_FIELD_MISSING', `${label}不能为空。`);
}

export function outOfOrder(type: ApplicationEventType, on: IsoDate, last: IsoDate): ApplyError {
  return fail('EVENT_OUT_OF_ORDER', `${EVENT_LABELS[type]}的日期${chineseDate(on)}早于上一办理环节的日期${chineseDate(last)}，请检查。`);
}
