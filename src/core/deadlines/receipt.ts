// 条例第三十一条: the day an application counts as received depends on how it came.
import type { IsoDate } from '../calendar/iso-date.js';
import { confirmedBeforeSent, dateProblem } from './problems.js';
import type { DeadlineError, Receipt } from './types.js';

export const CHANNEL_LABELS: Readonly<Record<Receipt['channel'], string>> = {
  inPerson: '当面提交',
  post: '邮寄（需签收）',
  postUnsigned: '邮寄（无需签收）',
  online: '互联网渠道',
  fax: '传真',
  email: '电子邮件',
};

/** The day of receipt under 第三十一条, or the first bad date. */
export function receiptDate(received: IsoDate | Receipt): { ok: true; date: IsoDate } | DeadlineError {
  if (typeof received === 'string') {
    const bad = dateProblem(received, 'received', '收到申请日期');
    return bad ?? { ok: true, date: received };
  }
  switch (received.channel) {
    case 'inPerson': {
      // 第三十一条（一）: handed in → the day it was handed in.
      const bad = dateProblem(received.submittedOn, 'received.submittedOn', '当面提交日期');
      return bad ?? { ok: true, date: received.submittedOn };
    }
    case 'post': {
      // 第三十一条（二）: by post → the day the agency signed for it.
      const bad = dateProblem(received.signedForOn, 'received.signedForOn', '签收日期');
      return bad ?? { ok: true, date: received.signedForOn };
    }
    case 'postUnsigned':
    case 'online':
    case 'fax':
    case 'email': {
      // 第三十一条（二）、（三）: mail needing no signature → confirmed with the applicant;
      // internet or other electronic means (fax, e-mail) → the day both sides confirmed.
      const bad = dateProblem(received.confirmedOn, 'received.confirmedOn', '双方确认日期');
      if (bad) return bad;
      if (received.sentOn !== undefined) {
        const badSent = dateProblem(received.sentOn, 'received.sentOn', '申请发出日期');
        if (badSent) return badSent;
        if (received.confirmedOn < received.sentOn) return confirmedBeforeSent('received.confirmedOn', received.sentOn, received.confirmedOn);
      }
      return { ok: true, date: received.confirmedOn };
    }
  }
}
