// The life cycle of an application, with deadlines hand-counted on the 2024 official arrangement
// (the counts are in src/core/deadlines/reply.test.ts).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { OFFICIAL_CALENDAR as calendar } from '../calendar/working-calendar.js';
import { answeredOnTime, replyDeadlineStatus } from './deadlines.js';
import { apply } from './lifecycle.js';
import { trackingCode } from './tracking-code.js';
import type { Actor, Application, ApplicationEvent, ApplyContext, ApplyResult, RegisterEvent } from './types.js';

const clerk: Actor = { id: 'clerk-1', role: 'clerk' };
const clerk2: Actor = { id: 'clerk-2', role: 'clerk' };
const head: Actor = { id: 'head-1', role: 'approver' };
const ctx = (actor: Actor = clerk): ApplyContext => ({ calendar, actor, now: '2024-12-01T08:00:00+08:00' });

const code = trackingCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
assert.ok(code.ok);

const registerEvent: RegisterEvent = {
  type: 'register',
  id: 'YSQ-2024-001',
  trackingCode: code.code,
  applicantType: 'naturalPerson',
  applicant: { name: '张三', idNumber: '110101199003071234', phone: '13800000000' },
  content: '2024年本镇道路维修项目的招标文件',
  receipt: { channel: 'inPerson', submittedOn: '2024-09-27' },
};

function ok(r: ApplyResult): Application {
  if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
  return r.application;
}

function run(events: ApplicationEvent[], actor: Actor = clerk): Application {
  let app: Application | null = null;
  for (const e of events) app = ok(apply(app, e, ctx(actor)));
  assert.ok(app);
  return app;
}

function refused(app: Application | null, event: ApplicationEvent, code: string, actor: Actor = clerk): void {
  const r = apply(app, event, ctx(actor));
  assert.ok(!r.ok, `expected ${code}`);
  assert.equal(r.code, code, r.message);
  assert.match(r.message, /[\u4e00-\u9fff]/);
}

describe('register', () => {
  it('starts the reply clock on the day of receipt (第三十一条, 第三十三条)', () => {
    const r = apply(null, registerEvent, ctx());
    assert.ok(r.ok);
    const app = r.application;
    assert.equal(app.state, 'registered');
    assert.equal(app.receivedOn, '2024-09-27');
    assert.equal(app.channel, 'inPerson');
    assert.equal(app.deadlines.replyDue, '2024-10-30');
    assert.equal(app.deadlines.due, '2024-10-30');
    assert.equal(app.deadlines.correctionNoticeDue, '2024-10-12');
    assert.equal(app.deadlines.extendedDue, null);
    assert.equal(app.version, 1);
    assert.equal(app.concludedOn, null);
    assert.equal(app.outcome, null);
    assert.deepEqual(r.effects[0], { kind: 'history', event: registerEvent, by: 'clerk-1', role: 'clerk', at: '2024-12-01T08:00:00+08:00' });
  });

  it('refuses bad input with codes', () => {
    refused(null, { ...registerEvent, trackingCode: 'ABCD-EFGH-JKL' }, 'TRACKING_CODE_INVALID');
    refused(null, { ...registerEvent, applicantType: 'company' as never }, 'APPLICANT_TYPE_INVALID');
    refused(null, { ...registerEvent, applicant: { name: ' ' } }, 'APPLICATION_FIELD_MISSING');
    refused(null, { ...registerEvent, content: '' }, 'APPLICATION_FIELD_MISSING');
    refused(null, { ...registerEvent, receipt: '2024-02-30' }, 'DATE_INVALID');
    refused(null, { ...registerEvent, receipt: { channel: 'pigeon' } as never }, 'RECEIPT_CHANNEL_INVALID');
    refused(run([registerEvent]), registerEvent, 'APPLICATION_EXISTS');
    refused(null, { type: 'decide', on: '2024-10-01', outcome: 'granted' }, 'APPLICATION_MISSING');
  });
});

describe('the plain path: decide, deliver, close', () => {
  it('concludes with exactly one outcome on the day of the decision', () => {
    const decided = apply(run([registerEvent]), { type: 'decide', on: '2024-10-21', outcome: 'granted' }, ctx());
    assert.ok(decided.ok);
    const app = decided.application;
    assert.equal(app.state, 'decided');
    assert.equal(app.outcome, 'granted');
    assert.equal(app.concludedOn, '2024-10-21');
    assert.equal(app.decidedBy, 'clerk-1');
    assert.ok(decided.effects.some((e) => e.kind === 'concluded' && e.outcome === 'granted'));
    assert.ok(decided.effects.some((e) => e.kind === 'letter' && e.letter === 'reply'));
    assert.equal(answeredOnTime(app), true);
    const closed = run([registerEvent, { type: 'decide', on: '2024-10-21', outcome: 'granted' }, { type: 'deliver', on: '2024-10-22' }, { type: 'close', on: '2024-10-23' }]);
    assert.equal(closed.state, 'closed');
    assert.equal(closed.deliveredOn, '2024-10-22');
    assert.equal(closed.closedOn, '2024-10-23');
    assert.equal(closed.version, 4);
  });

  it('refuses illegal transitions with stable codes', () => {
    const registered = run([registerEvent]);
    const decided = run([registerEvent, { type: 'decide', on: '2024-10-21', outcome: 'granted' }]);
    refused(decided, { type: 'decide', on: '2024-10-22', outcome: 'deniedStateSecret' }, 'ALREADY_DECIDED');
    refused(registered, { type: 'deliver', on: '2024-10-22' }, 'NOT_DECIDED');
    refused(registered, { type: 'close', on: '2024-10-22' }, 'NOT_DECIDED');
    refused(decided, { type: 'close', on: '2024-10-22' }, 'NOT_DELIVERED');
    const delivered = ok(apply(decided, { type: 'deliver', on: '2024-10-22' }, ctx()));
    refused(delivered, { type: 'deliver', on: '2024-10-23' }, 'ALREADY_DELIVERED');
    const closed = ok(apply(delivered, { type: 'close', on: '2024-10-23' }, ctx()));
    refused(closed, { type: 'deliver', on: '2024-10-24' }, 'APPLICATION_CLOSED');
    refused(decided, { type: 'startConsultation', on: '2024-10-22', party: 'thirdParty', name: '某公司' }, 'ALREADY_DECIDED');
    refused(registered, { type: 'decide', on: '2024-09-26', outcome: 'granted' }, 'EVENT_OUT_OF_ORDER');
    refused(registered, { type: 'decide', on: '2024-13-01', outcome: 'granted' }, 'DATE_INVALID');
    refused(registered, { type: 'decide', on: '2024-10-21', outcome: 'approved' as never }, 'OUTCOME_INVALID');
    refused(registered, { type: 'decide', on: '2024-10-21', outcome: 'otherNoCorrection' }, 'OUTCOME_BY_LAPSE_ONLY');
    refused(registered, { type: 'decide', on: '2024-10-21', outcome: 'otherNoFee' }, 'OUTCOME_BY_LAPSE_ONLY');
    refused(registered, { type: 'decide', on: '2024-10-21', outcome: 'otherHandling' }, 'OUTCOME_NOT_IN_FORMAT');
    refused(registered, { type: 'decide', on: '2024-10-21', outcome: 'unavailableUnclear' }, 'OUTCOME_NEEDS_CORRECTION');
    refused(registered, { type: 'fly', on: '2024-10-21' } as never, 'EVENT_UNKNOWN');
  });

  it('plain 其他处理 is an outcome only in years of the 2019 format', () => {
    const old = run([{ ...registerEvent, receipt: '2020-06-01' }, { type: 'decide', on: '2020-06-10', outcome: 'otherHandling' }]);
    assert.equal(old.outcome, 'otherHandling');
  });

  it('does not change the application it was given', () => {
    const app = run([registerEvent]);
    const before = structuredClone(app);
    ok(apply(app, { type: 'decide', on: '2024-10-21', outcome: 'granted' }, ctx()));
    assert.deepEqual(app, before);
  });
});

describe('补正 (第三十条)', () => {
  const requested = () => run([registerEvent, { type: 'requestCorrection', on: '2024-10-08', items: '请写明项目名称', respondBy: '2024-10-22' }]);

  it('stops the clock until the corrected application arrives, then restarts it from that day', () => {
    const waiting = requested();
    assert.equal(waiting.state, 'awaitingCorrection');
    assert.equal(waiting.deadlines.due, null);
    assert.equal(waiting.deadlines.correctionRespondBy, '2024-10-22');
    refused(waiting, { type: 'decide', on: '2024-10-09', outcome: 'granted' }, 'DECIDE_AWAITING_CORRECTION');
    const corrected = ok(apply(waiting, { type: 'receiveCorrection', on: '2024-10-09' }, ctx()));
    assert.equal(corrected.state, 'registered');
    assert.equal(corrected.deadlines.clockFrom, '2024-10-09');
    assert.equal(corrected.deadlines.replyDue, '2024-11-05');
    assert.equal(corrected.deadlines.correctionRespondBy, null);
    const unclear = ok(apply(corrected, { type: 'decide', on: '2024-10-30', outcome: 'unavailableUnclear' }, ctx()));
    assert.equal(unclear.outcome, 'unavailableUnclear');
  });

  it('is asked once, early, and lapses only after its period (→ （六）1)', () => {
    const waiting = requested();
    refused(waiting, { type: 'requestCorrection', on: '2024-10-09', items: '再补', respondBy: '2024-10-30' }, 'CORRECTION_TWICE');
    refused(waiting, { type: 'correctionLapsed', on: '2024-10-22' }, 'CORRECTION_PERIOD_RUNNING');
    const lapsed = apply(waiting, { type: 'correctionLapsed', on: '2024-10-23' }, ctx());
    assert.ok(lapsed.ok);
    assert.equal(lapsed.application.state, 'decided');
    assert.equal(lapsed.application.outcome, 'otherNoCorrection');
    assert.equal(lapsed.application.concludedOn, '2024-10-23');
    assert.ok(lapsed.effects.some((e) => e.kind === 'letter' && e.letter === 'terminationNotice'));
    assert.equal(ok(apply(lapsed.application, { type: 'close', on: '2024-10-24' }, ctx())).state, 'closed');
    const registered = run([registerEvent]);
    refused(registered, { type: 'receiveCorrection', on: '2024-10-09' }, 'CORRECTION_NOT_REQUESTED');
    refused(registered, { type: 'requestCorrection', on: '2024-10-08', items: '', respondBy: '2024-10-22' }, 'APPLICATION_FIELD_MISSING');
    refused(registered, { type: 'requestCorrection', on: '2024-10-08', items: '写明名称', respondBy: '2024-10-08' }, 'CORRECTION_PERIOD_INVALID');
    const consulting = ok(apply(registered, { type: 'startConsultation', on: '2024-10-08', party: 'thirdParty', name: '某公司' }, ctx()));
    refused(consulting, { type: 'requestCorrection', on: '2024-10-09', items: '写明名称', respondBy: '2024-10-22' }, 'CORRECTION_TOO_LATE');
  });

  it('a late notice or a late correction comes with a warning', () => {
    const late = apply(run([registerEvent]), { type: 'requestCorrection', on: '2024-10-14', items: '写明名称', respondBy: '2024-10-28' }, ctx());
    assert.ok(late.ok);
    assert.ok(late.effects.some((e) => e.kind === 'warning' && e.code === 'CORRECTION_NOTICE_LATE'));
    const r = apply(requested(), { type: 'receiveCorrection', on: '2024-10-25' }, ctx());
    assert.ok(r.ok);
    assert.ok(r.effects.some((e) => e.kind === 'warning' && e.code === 'CORRECTION_RECEIVED_LATE'));
  });
});

describe('征求意见 (第三十二、三十四条)', () => {
  it('stops the clock while it lasts', () => {
    const consulting = run([registerEvent, { type: 'startConsultation', on: '2024-10-09', party: 'thirdParty', name: '某建设公司' }]);
    assert.equal(consulting.state, 'inConsultation');
    assert.equal(consulting.deadlines.due, '2024-11-20'); // open: assumed to take its 15 working days
    refused(consulting, { type: 'decide', on: '2024-10-20', outcome: 'granted' }, 'DECIDE_IN_CONSULTATION');
    const back = ok(apply(consulting, { type: 'endConsultation', on: '2024-10-29' }, ctx()));
    assert.equal(back.state, 'registered');
    assert.equal(back.deadlines.due, '2024-11-20');
    assert.equal(back.deadlines.suspendedWorkingDays, 15);
    refused(back, { type: 'endConsultation', on: '2024-10-30' }, 'CONSULTATION_NONE_OPEN');
  });

  it('several at once must be ended one by one', () => {
    const two = run([
      registerEvent,
      { type: 'startConsultation', on: '2024-10-09', party: 'thirdParty', name: '某建设公司' },
      { type: 'startConsultation', on: '2024-10-10', party: 'agency', name: '县交通运输局' },
    ]);
    refused(two, { type: 'endConsultation', on: '2024-10-15' }, 'CONSULTATION_AMBIGUOUS');
    const one = ok(apply(two, { type: 'endConsultation', on: '2024-10-15', index: 1 }, ctx()));
    assert.equal(one.state, 'inConsultation');
    refused(one, { type: 'endConsultation', on: '2024-10-16', index: 1 }, 'CONSULTATION_NONE_OPEN');
    assert.equal(ok(apply(one, { type: 'endConsultation', on: '2024-10-29' }, ctx())).state, 'registered');
  });
});

describe('延期 (第三十三条第二款)', () => {
  const requested = () => run([registerEvent, { type: 'requestExtension', on: '2024-10-25', workingDays: 20, reason: '信息量大，需要检索档案' }]);

  it('needs the approval of another person who is an approver, then adds working days to the original due date', () => {
    const r = requested();
    assert.equal(r.state, 'registered');
    assert.equal(r.extension?.requestedBy, 'clerk-1');
    refused(r, { type: 'approveExtension', on: '2024-10-28' }, 'EXTENSION_SELF_APPROVAL', clerk);
    refused(r, { type: 'approveExtension', on: '2024-10-28' }, 'EXTENSION_APPROVER_REQUIRED', clerk2);
    const approved = apply(r, { type: 'approveExtension', on: '2024-10-28' }, ctx(head));
    assert.ok(approved.ok);
    const app = approved.application;
    assert.equal(app.state, 'extended');
    assert.equal(app.extension?.approvedBy, 'head-1');
    assert.equal(app.deadlines.replyDue, '2024-10-30');
    assert.equal(app.deadlines.extendedDue, '2024-11-27');
    assert.equal(app.deadlines.due, '2024-11-27');
    assert.ok(approved.effects.some((e) => e.kind === 'letter' && e.letter === 'extensionNotice'));
    refused(app, { type: 'requestExtension', on: '2024-11-01', workingDays: 5, reason: '还需要时间' }, 'EXTENSION_TWICE');
    refused(app, { type: 'approveExtension', on: '2024-11-01' }, 'EXTENSION_TWICE', head);
    // A decision after the original due date but within the extension is on time.
    assert.equal(answeredOnTime(ok(apply(app, { type: 'decide', on: '2024-11-20', outcome: 'partiallyGranted' }, ctx()))), true);
  });

  it('at most 20 working days, requested and approved before the deadline', () => {
    const registered = run([registerEvent]);
    refused(registered, { type: 'requestExtension', on: '2024-10-25', workingDays: 21, reason: '信息量大' }, 'EXTENSION_TOO_LONG');
    refused(registered, { type: 'requestExtension', on: '2024-10-25', workingDays: 0, reason: '信息量大' }, 'EXTENSION_INVALID');
    refused(registered, { type: 'requestExtension', on: '2024-10-25', workingDays: 10, reason: ' ' }, 'APPLICATION_FIELD_MISSING');
    refused(registered, { type: 'requestExtension', on: '2024-10-31', workingDays: 10, reason: '信息量大' }, 'EXTENSION_AFTER_DUE');
    refused(requested(), { type: 'requestExtension', on: '2024-10-26', workingDays: 10, reason: '信息量大' }, 'EXTENSION_TWICE');
    refused(requested(), { type: 'approveExtension', on: '2024-10-31' }, 'EXTENSION_AFTER_DUE', head);
    refused(registered, { type: 'approveExtension', on: '2024-10-28' }, 'EXTENSION_NOT_REQUESTED', head);
    const ten = run([registerEvent, { type: 'requestExtension', on: '2024-10-25', workingDays: 10, reason: '信息量大' }]);
    assert.equal(ok(apply(ten, { type: 'approveExtension', on: '2024-10-28' }, ctx(head))).deadlines.due, '2024-11-13');
  });

  it('a rejected request can be followed by a new one', () => {
    const rejected = ok(apply(requested(), { type: 'rejectExtension', on: '2024-10-28' }, ctx(head)));
    assert.equal(rejected.extension, null);
    assert.equal(rejected.deadlines.due, '2024-10-30');
    assert.ok(apply(rejected, { type: 'requestExtension', on: '2024-10-29', workingDays: 5, reason: '补充检索' }, ctx()).ok);
  });

  it('approved during a consultation: back to the extended deadline when it ends', () => {
    const app = run([
      registerEvent,
      { type: 'startConsultation', on: '2024-10-09', party: 'thirdParty', name: '某建设公司' },
      { type: 'requestExtension', on: '2024-10-10', workingDays: 20, reason: '征求意见' },
    ]);
    const approved = ok(apply(app, { type: 'approveExtension', on: '2024-10-11' }, ctx(head)));
    assert.equal(approved.state, 'inConsultation');
    const ended = ok(apply(approved, { type: 'endConsultation', on: '2024-10-29' }, ctx()));
    assert.equal(ended.state, 'extended');
    // 11/20 (with the consultation) + 20 working days: 11/21 (1) 22 (2); 25 (3) … 29 (7); 12/2 (8) … 6 (12);
    // 9 (13) … 13 (17); 16 (18) 17 (19) 18 (20).
    assert.equal(ended.deadlines.due, '2024-12-18');
  });
});

describe('收费 (国办函〔2020〕109号)', () => {
  const noticed = () => run([registerEvent, { type: 'noticeFee', on: '2024-10-10', choice: { method: 'byPages', pages: 120 } }]);

  it('waits for payment within 20 working days of the notice', () => {
    const app = noticed();
    assert.equal(app.state, 'feePending');
    assert.equal(app.fee?.fee.amountYuan, 1100);
    // From 10/10: 10/11 (1); 12 Sat 调休 (2); 14 (3) … 18 (7); 21 (8) … 25 (12); 28 (13) … 31 (16); 11/1 (17); 4 (18) 5 (19) 6 (20).
    assert.equal(app.fee?.payBy, '2024-11-06');
    assert.equal(app.deadlines.feePayBy, '2024-11-06');
    assert.equal(app.deadlines.due, '2024-10-30');
    refused(app, { type: 'decide', on: '2024-10-15', outcome: 'granted' }, 'DECIDE_FEE_PENDING');
    refused(app, { type: 'noticeFee', on: '2024-10-11', choice: { method: 'byPages', pages: 120 } }, 'FEE_TWICE');
    const paid = ok(apply(app, { type: 'payFee', on: '2024-10-15' }, ctx()));
    assert.equal(paid.state, 'registered');
    assert.equal(paid.deadlines.feePayBy, null);
    assert.equal(ok(apply(paid, { type: 'decide', on: '2024-10-16', outcome: 'granted' }, ctx())).outcome, 'granted');
  });

  it('unpaid after the period → （六）2', () => {
    refused(noticed(), { type: 'feeLapsed', on: '2024-11-06' }, 'FEE_PERIOD_RUNNING');
    refused(noticed(), { type: 'payFee', on: '2024-11-07' }, 'FEE_PAYMENT_LATE');
    const lapsed = ok(apply(noticed(), { type: 'feeLapsed', on: '2024-11-07' }, ctx()));
    assert.equal(lapsed.outcome, 'otherNoFee');
    assert.equal(lapsed.concludedOn, '2024-11-07');
    assert.equal(lapsed.state, 'decided');
  });

  it('refuses a notice for a free application or bad counts', () => {
    const registered = run([registerEvent]);
    refused(registered, { type: 'noticeFee', on: '2024-10-10', choice: { method: 'byPages', pages: 30 } }, 'FEE_NOT_DUE');
    refused(registered, { type: 'noticeFee', on: '2024-10-10', choice: { method: 'byPages', pages: -1 } }, 'FEE_INPUT_INVALID');
    refused(registered, { type: 'payFee', on: '2024-10-10' }, 'FEE_NOT_NOTICED');
  });
});

describe('deadline queries on a given day', () => {
  it('working days left, due soon, overdue', () => {
    const app = run([registerEvent]);
    const at = (today: string) => {
      const r = replyDeadlineStatus(app, calendar, today);
      assert.ok(r.ok);
      return r.view;
    };
    assert.deepEqual(at('2024-10-24'), { due: '2024-10-30', workingDaysLeft: 4, status: 'ok' });
    assert.deepEqual(at('2024-10-25'), { due: '2024-10-30', workingDaysLeft: 3, status: 'dueSoon' });
    assert.deepEqual(at('2024-10-30'), { due: '2024-10-30', workingDaysLeft: 0, status: 'dueSoon' });
    assert.equal(at('2024-10-31')?.status, 'overdue');
    const waiting = run([registerEvent, { type: 'requestCorrection', on: '2024-10-08', items: '写明名称', respondBy: '2024-10-22' }]);
    const none = replyDeadlineStatus(waiting, calendar, '2024-10-10');
    assert.ok(none.ok);
    assert.equal(none.view, null);
    const late = run([registerEvent, { type: 'decide', on: '2024-10-31', outcome: 'granted' }]);
    assert.equal(answeredOnTime(late), false);
  });
});

describe('robustness', () => {
  it('never throws, whatever the event carries (input from the API is not trusted)', async () => {
    const fc = (await import('fast-check')).default;
    const types = ['register', 'requestCorrection', 'receiveCorrection', 'correctionLapsed', 'startConsultation', 'endConsultation', 'requestExtension', 'approveExtension', 'rejectExtension', 'noticeFee', 'payFee', 'feeLapsed', 'decide', 'deliver', 'close', 'other'];
    const junk = fc.oneof(fc.constant(undefined), fc.constant(null), fc.string(), fc.integer(), fc.constantFrom('2024-10-20', '2024-11-30', '2025-01-10'), fc.object());
    const event = fc.record({
      type: fc.constantFrom(...types),
      on: junk,
      items: junk,
      respondBy: junk,
      party: fc.oneof(junk, fc.constantFrom('thirdParty', 'agency')),
      name: junk,
      index: junk,
      workingDays: junk,
      reason: junk,
      choice: fc.oneof(junk, fc.record({ method: fc.constantFrom('byPages', 'byCount'), pages: junk, itemsThisMonthBefore: junk })),
      servedOn: junk,
      outcome: fc.oneof(junk, fc.constantFrom('granted', 'otherElse')),
      id: junk,
      trackingCode: junk,
      applicantType: junk,
      applicant: junk,
      content: junk,
      receipt: junk,
    });
    const start = run([registerEvent]);
    fc.assert(
      fc.property(fc.boolean(), fc.array(event, { maxLength: 6 }), (fresh, events) => {
        let app: Application | null = fresh ? null : start;
        for (const e of events) {
          const r = apply(app, e as unknown as ApplicationEvent, ctx(head));
          if (r.ok) app = r.application;
          else assert.match(r.message, /[\u4e00-\u9fff]/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
