// Inputs and results of the deadline engine. Results are data: `ok` with warnings, or a stable code
// with a Chinese message (docs/errors.md).
import type { IsoDate } from '../calendar/iso-date.js';

/**
 * How the application arrived, with the dates 条例第三十一条 turns into the day of receipt:
 * in person → the day it was handed in; post → the day the agency signed for it; post that needs
 * no signature → the day the office confirmed it with the applicant; internet, fax, e-mail → the
 * day both sides confirmed it. `sentOn`, when given, is only checked against the confirmation.
 */
export type Receipt =
  | { channel: 'inPerson'; submittedOn: IsoDate }
  | { channel: 'post'; signedForOn: IsoDate }
  | { channel: 'postUnsigned'; confirmedOn: IsoDate; sentOn?: IsoDate }
  | { channel: 'online' | 'fax' | 'email'; confirmedOn: IsoDate; sentOn?: IsoDate };

export type ReceiptChannel = Receipt['channel'];

/**
 * A consultation (征求意见, 第三十二、三十四条): `from` the day the request was sent, `to` the day the
 * answer came back. Like every period, it starts the day after its event: the clock stands still
 * from the day after `from` through `to`, and runs again the day after `to`. Without `to` the
 * consultation is still open and is assumed to take the consulted party's full 15 working days.
 */
export interface ConsultationPeriod {
  from: IsoDate;
  to?: IsoDate;
}

export interface ReplyInput {
  /** The day of receipt, or the channel and dates it follows from (第三十一条). */
  received: IsoDate | Receipt;
  /** Receipt of the corrected application (补正, 第三十条): the reply clock restarts from it. */
  corrected?: IsoDate;
  /** When the 补正 notice was sent, to check the 7-working-day limit. */
  correctionNoticeSent?: IsoDate;
  consultations?: readonly ConsultationPeriod[];
}

export type DeadlineWarningCode =
  | 'BEYOND_CALENDAR'
  | 'CALENDAR_OVERRIDE_USED'
  | 'RECEIVED_ON_NON_WORKING_DAY'
  | 'CORRECTION_NOTICE_LATE'
  | 'CONSULTATION_OPEN'
  | 'CONSULTATION_LONG'
  | 'CONSULTATION_AFTER_DUE';

export interface DeadlineWarning {
  code: DeadlineWarningCode;
  /** Chinese, for people. */
  message: string;
}

export type DeadlineErrorCode =
  | 'DATE_INVALID'
  | 'DATE_OUT_OF_RANGE'
  | 'RECEIPT_CONFIRMED_BEFORE_SENT'
  | 'CORRECTED_BEFORE_RECEIVED'
  | 'CORRECTION_NOTICE_OUT_OF_ORDER'
  | 'CONSULTATION_PERIOD_INVALID'
  | 'CONSULTATION_BEFORE_RECEIPT'
  | 'EXTENSION_INVALID'
  | 'EXTENSION_TOO_LONG';

export interface DeadlineError {
  ok: false;
  code: DeadlineErrorCode;
  /** Chinese, for people. */
  message: string;
  /** The input field at fault, e.g. 'received' or 'consultations[1].to'. */
  field?: string;
}

export type Outcome<T> = ({ ok: true; warnings: DeadlineWarning[] } & T) | DeadlineError;
