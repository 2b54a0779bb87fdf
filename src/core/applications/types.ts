// An application for disclosure (依申请公开) as data: its state, the events that move it, and what
// applying an event returns. The life cycle itself is in lifecycle.ts.
import type { IsoDate } from '../calendar/iso-date.js';
import type { WorkingCalendar } from '../calendar/working-calendar.js';
import type { DeadlineWarning, Receipt, ReceiptChannel } from '../deadlines/types.js';
import type { Fee, FeeChoice } from '../fees/fees.js';
import type { ApplicantType } from './applicant.js';
import type { Outcome } from './outcomes.js';

/**
 * Where an application stands. Processing states: `registered` (the reply clock runs) and
 * `extended` (it runs to the extended deadline). Waiting states: `awaitingCorrection` (补正: the
 * clock is void until the corrected application arrives), `inConsultation` (征求意见: the clock
 * stands still), `feePending` (收费通知 sent). Then `decided` (one outcome, concluded), `delivered`,
 * `closed` (archived, final).
 */
export type ApplicationState =
  | 'registered'
  | 'extended'
  | 'awaitingCorrection'
  | 'inConsultation'
  | 'feePending'
  | 'decided'
  | 'delivered'
  | 'closed';

export const STATE_LABELS: Readonly<Record<ApplicationState, string>> = {
  registered: '办理中',
  extended: '已延期办理中',
  awaitingCorrection: '待补正',
  inConsultation: '征求意见中',
  feePending: '待缴费',
  decided: '已答复',
  delivered: '已送达',
  closed: '已归档',
};

/** 第二十九条: who applies and how to reach them. ID and phone are personal data (masked by the shells). */
export interface ApplicantDetails {
  /** 姓名或者名称. */
  name: string;
  idNumber?: string;
  phone?: string;
  address?: string;
  email?: string;
}

/** 征求意见 (第三十二条 third party, 第三十四条 other agency). */
export interface Consultation {
  party: 'thirdParty' | 'agency';
  /** Who was consulted. */
  name: string;
  /** The day the request went out. */
  from: IsoDate;
  /** The day the answer came back (or the consultation was ended without one); absent while open. */
  to?: IsoDate;
}

/** 补正 (第三十条). */
export interface Correction {
  noticeSent: IsoDate;
  /** What the applicant is asked to correct, told once (一次性告知). */
  items: string;
  /** The reasonable period the notice sets: last day for the corrected application. */
  respondBy: IsoDate;
  receivedOn?: IsoDate;
  lapsedOn?: IsoDate;
}

/** 延长答复期限 (第三十三条第二款). */
export interface Extension {
  workingDays: number;
  reason: string;
  requestedBy: string;
  requestedOn: IsoDate;
  approvedBy?: string;
  approvedOn?: IsoDate;
}

/** 信息处理费 (国办函〔2020〕109号). */
export interface FeeRecord {
  fee: Fee;
  noticeSent: IsoDate;
  /** The day the applicant received the notice (the payment period counts from the day after). */
  noticeServedOn: IsoDate;
  payBy: IsoDate;
  paidOn?: IsoDate;
  lapsedOn?: IsoDate;
}

/** Every deadline of the application as of its last event (recomputed by each event). */
export interface ApplicationDeadlines {
  /** 第三十条: last day for the 补正 notice. */
  correctionNoticeDue: IsoDate;
  /** The reply clock counts from the day after; null while a 补正 is awaited (the clock is void). */
  clockFrom: IsoDate | null;
  /** 第三十三条第一款; null while a 补正 is awaited. */
  replyDue: IsoDate | null;
  /** 第三十三条第二款, once an extension is approved. */
  extendedDue: IsoDate | null;
  /** The deadline in force for the reply. */
  due: IsoDate | null;
  suspendedWorkingDays: number;
  correctionRespondBy: IsoDate | null;
  feePayBy: IsoDate | null;
  warnings: DeadlineWarning[];
}

/** What the annual report needs of an application (also what a ledger row gives). */
export interface ApplicationRecord {
  /** 申请编号 or database id, for messages. */
  id?: string;
  applicantType: ApplicantType;
  receivedOn: IsoDate;
  /** The day the outcome became final (decision, or the lapse); null while open. */
  concludedOn: IsoDate | null;
  outcome: Outcome | null;
}

export interface Application extends ApplicationRecord {
  id: string;
  trackingCode: string;
  state: ApplicationState;
  applicant: ApplicantDetails;
  /** 申请公开的政府信息的名称、文号或者便于查询的其他特征性描述. */
  content: string;
  /** 获取信息的方式、途径 requested. */
  requestedForm?: string;
  channel: ReceiptChannel | null;
  receipt: Receipt | IsoDate;
  correction: Correction | null;
  consultations: Consultation[];
  extension: Extension | null;
  fee: FeeRecord | null;
  decidedBy: string | null;
  deliveredOn: IsoDate | null;
  closedOn: IsoDate | null;
  /** Date of the last event: events are applied in date order. */
  lastEventOn: IsoDate;
  /** Events applied so far (for optimistic concurrency in the store). */
  version: number;
  deadlines: ApplicationDeadlines;
}

// ---- Events -----------------------------------------------------------------------------------

export interface RegisterEvent {
  type: 'register';
  id: string;
  trackingCode: string;
  applicantType: ApplicantType;
  applicant: ApplicantDetails;
  content: string;
  requestedForm?: string;
  /** The day of receipt, or the channel and its dates (第三十一条). */
  receipt: Receipt | IsoDate;
}

export type ApplicationEvent =
  | RegisterEvent
  | { type: 'requestCorrection'; on: IsoDate; items: string; respondBy: IsoDate }
  | { type: 'receiveCorrection'; on: IsoDate }
  | { type: 'correctionLapsed'; on: IsoDate }
  | { type: 'startConsultation'; on: IsoDate; party: Consultation['party']; name: string }
  /** Ends the open consultation (`index` into `consultations` when several are open). */
  | { type: 'endConsultation'; on: IsoDate; index?: number }
  | { type: 'requestExtension'; on: IsoDate; workingDays: number; reason: string }
  | { type: 'approveExtension'; on: IsoDate }
  | { type: 'rejectExtension'; on: IsoDate }
  | { type: 'noticeFee'; on: IsoDate; choice: FeeChoice; servedOn?: IsoDate }
  | { type: 'payFee'; on: IsoDate }
  | { type: 'feeLapsed'; on: IsoDate }
  | { type: 'decide'; on: IsoDate; outcome: Outcome }
  | { type: 'deliver'; on: IsoDate; method?: string }
  | { type: 'close'; on: IsoDate };

export type ApplicationEventType = ApplicationEvent['type'];

// ---- Context, effects, result -----------------------------------------------------------------

/** 经办人, 审核人 (政府信息公开工作机构负责人, who approves extensions), administrator, supervisor. */
export type Role = 'clerk' | 'approver' | 'administrator' | 'supervisor';

export interface Actor {
  id: string;
  role: Role;
}

export interface ApplyContext {
  calendar: WorkingCalendar;
  actor: Actor;
  /** When the event is recorded (ISO timestamp from the shell's clock): for the history only. */
  now: string;
}

/** The notices and letters the 条例 requires at each step, for the letter templates. */
export type LetterKind =
  | 'correctionNotice'
  | 'consultationRequest'
  | 'extensionNotice'
  | 'feeNotice'
  | 'reply'
  | 'terminationNotice';

export type Effect =
  /** One entry for the append-only history: who, when, what. */
  | { kind: 'history'; event: ApplicationEvent; by: string; role: Role; at: string }
  | { kind: 'letter'; letter: LetterKind; basis: string }
  | { kind: 'deadlines'; deadlines: ApplicationDeadlines }
  | { kind: 'concluded'; outcome: Outcome; on: IsoDate }
  | { kind: 'warning'; code: string; message: string };

export interface ApplyError {
  ok: false;
  code: string;
  /** Chinese, for people. */
  message: string;
}

export type ApplyResult = { ok: true; application: Application; effects: Effect[] } | ApplyError;
