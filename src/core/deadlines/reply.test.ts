// Deadlines counted by hand on the official arrangements (see working-calendar.test.ts for the notices):
// each comment lists the working days after the receipt day, numbered, with 调休 days marked.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OFFICIAL_CALENDAR as cal, workingCalendar } from '../calendar/working-calendar.js';
import { correctionNoticeDue, extendedDue, replyDue } from './reply.js';
import type { DeadlineWarning, Outcome } from './types.js';

function ok<T>(r: Outcome<T>): T & { warnings: DeadlineWarning[] } {
  if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
  return r;
}

const codes = (ws: readonly DeadlineWarning[]) => ws.map((w) => w.code);

test('2024-09-27 (Fri), across 国庆节 2024 → 2024-10-30', () => {
  // 9/28 Sat off; 9/29 Sun 调休 (1); 9/30 (2); 10/1–10/7 国庆节; 10/8 (3) 9 (4) 10 (5) 11 (6);
  // 10/12 Sat 调休 (7); 14 (8) 15 (9) 16 (10) 17 (11) 18 (12); 21 (13) 22 (14) 23 (15) 24 (16) 25 (17);
  // 28 (18) 29 (19) 30 (20).
  const r = ok(replyDue(cal, { received: '2024-09-27' }));
  assert.equal(r.due, '2024-10-30');
  assert.equal(r.receivedOn, '2024-09-27');
  assert.equal(r.suspendedWorkingDays, 0);
  assert.deepEqual(r.warnings, []);
});

test('just before 春节 2024: 2024-02-02 (Fri) → 2024-03-06', () => {
  // 2/3 Sat off; 2/4 Sun 调休 (1); 2/5 (2) 6 (3) 7 (4) 8 (5); 2/9 除夕 is a working day (6);
  // 2/10–2/17 春节; 2/18 Sun 调休 (7); 2/19 (8) 20 (9) 21 (10) 22 (11) 23 (12); 26 (13) 27 (14) 28 (15)
  // 29 (16, leap year); 3/1 (17); 3/4 (18) 5 (19) 6 (20).
  assert.equal(ok(replyDue(cal, { received: '2024-02-02' })).due, '2024-03-06');
});

test('just before 春节 2025: 2025-01-24 (Fri) → 2025-02-27', () => {
  // 1/25 Sat off; 1/26 Sun 调休 (1); 1/27 (2); 1/28–2/4 春节; 2/5 (3) 6 (4) 7 (5); 2/8 Sat 调休 (6);
  // 2/10 (7) 11 (8) 12 (9) 13 (10) 14 (11); 17 (12) 18 (13) 19 (14) 20 (15) 21 (16); 24 (17) 25 (18)
  // 26 (19) 27 (20).
  assert.equal(ok(replyDue(cal, { received: '2025-01-24' })).due, '2025-02-27');
});

test('across the year end and 元旦 2025: 2024-12-20 (Fri) → 2025-01-20', () => {
  // 12/23 (1) 24 (2) 25 (3) 26 (4) 27 (5); 30 (6) 31 (7); 2025-01-01 元旦 (one day, no 调休);
  // 1/2 (8) 3 (9); 6 (10) 7 (11) 8 (12) 9 (13) 10 (14); 13 (15) 14 (16) 15 (17) 16 (18) 17 (19); 20 (20).
  assert.equal(ok(replyDue(cal, { received: '2024-12-20' })).due, '2025-01-20');
});

test('补正 notice within 7 working days: 2024-09-27 → 2024-10-12, a 调休 Saturday', () => {
  // 9/29 Sun 调休 (1); 9/30 (2); 10/8 (3) 9 (4) 10 (5) 11 (6); 10/12 Sat 调休 (7).
  const r = ok(correctionNoticeDue(cal, '2024-09-27'));
  assert.equal(r.due, '2024-10-12');
  assert.deepEqual(r.warnings, []);
});

test('补正 restarts the reply clock from the corrected application: 2024-10-09 → 2024-11-05', () => {
  // From 10/9: 10/10 (1) 11 (2); 10/12 Sat 调休 (3); 14 (4) 15 (5) 16 (6) 17 (7) 18 (8); 21 (9) … 25 (13);
  // 28 (14) 29 (15) 30 (16) 31 (17); 11/1 (18); 11/4 (19) 5 (20).
  const r = ok(replyDue(cal, { received: '2024-09-27', corrected: '2024-10-09' }));
  assert.equal(r.due, '2024-11-05');
  assert.equal(r.receivedOn, '2024-09-27');
  assert.equal(r.clockFrom, '2024-10-09');
  // Extended by 20 from 11/5: 11/6 (1) 7 (2) 8 (3); 11 (4) … 15 (8); 18 (9) … 22 (13); 25 (14) … 29 (18);
  // 12/2 (19) 3 (20).
  assert.equal(ok(extendedDue(cal, { received: '2024-09-27', corrected: '2024-10-09' })).due, '2024-12-03');
});

test('a 补正 notice sent late is flagged', () => {
  const r = ok(replyDue(cal, { received: '2024-09-27', correctionNoticeSent: '2024-10-14', corrected: '2024-10-16' }));
  assert.deepEqual(codes(r.warnings), ['CORRECTION_NOTICE_LATE']);
  assert.match(r.warnings[0]!.message, /2024年10月12日/);
  const inTime = ok(replyDue(cal, { received: '2024-09-27', correctionNoticeSent: '2024-10-12', corrected: '2024-10-16' }));
  assert.deepEqual(inTime.warnings, []);
});

test('a consultation suspends the clock for its 15 working days: → 2024-11-20', () => {
  // Received 9/27. Counted: 9/29 (1) 9/30 (2) 10/8 (3) 10/9 (4, the day the request goes out).
  // Suspended 10/10 through 10/29: 10/10, 11, 12 (调休), 14–18, 21–25, 28, 29 = 15 working days.
  // Counted again: 10/30 (5) 31 (6); 11/1 (7); 4 (8) … 8 (12); 11 (13) … 15 (17); 18 (18) 19 (19) 20 (20).
  // Check: the unsuspended due date 10/30 plus 15 working days is 11/20 too.
  const r = ok(replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-10-09', to: '2024-10-29' }] }));
  assert.equal(r.due, '2024-11-20');
  assert.equal(r.suspendedWorkingDays, 15);
  assert.deepEqual(r.warnings, []);
});

test('parallel consultations suspend the clock once', () => {
  const r = ok(
    replyDue(cal, {
      received: '2024-09-27',
      consultations: [
        { from: '2024-10-15', to: '2024-10-20' },
        { from: '2024-10-09', to: '2024-10-29' },
      ],
    }),
  );
  assert.equal(r.due, '2024-11-20');
  assert.equal(r.suspendedWorkingDays, 15);
});

test('an open consultation is assumed to take 15 working days, with a warning', () => {
  // 15 working days after 10/9 end on 10/29 (as above): the same due date.
  const r = ok(replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-10-09' }] }));
  assert.equal(r.due, '2024-11-20');
  assert.deepEqual(codes(r.warnings), ['CONSULTATION_OPEN']);
  assert.match(r.warnings[0]!.message, /2024年10月29日/);
});

test('a consultation longer than 15 working days is deducted in full, with a warning', () => {
  // 10/10–10/31: the 15 days above plus 10/30 and 10/31 = 17.
  const r = ok(replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-10-09', to: '2024-10-31' }] }));
  assert.equal(r.suspendedWorkingDays, 17);
  assert.deepEqual(codes(r.warnings), ['CONSULTATION_LONG']);
});

test('a consultation begun on the last day deducts nothing from the reply deadline, but does from an extension', () => {
  const input = { received: '2024-09-27', consultations: [{ from: '2024-10-30', to: '2024-11-05' }] };
  const r = ok(replyDue(cal, input));
  assert.equal(r.due, '2024-10-30');
  assert.deepEqual(codes(r.warnings), ['CONSULTATION_AFTER_DUE']);
  // Extended: 11/27 (below) plus the suspended 10/31, 11/1, 11/4, 11/5 → 11/28 (1) 29 (2); 12/2 (3) 3 (4).
  const e = ok(extendedDue(cal, input));
  assert.equal(e.due, '2024-12-03');
  assert.equal(e.originalDue, '2024-10-30');
  assert.equal(e.suspendedWorkingDays, 4);
  assert.deepEqual(e.warnings, []);
});

test('extension: 20 working days by default, counted on from the original due date', () => {
  // From 10/30: 10/31 (1); 11/1 (2); 4 (3) … 8 (7); 11 (8) … 15 (12); 18 (13) … 22 (17); 25 (18) 26 (19) 27 (20).
  const e = ok(extendedDue(cal, { received: '2024-09-27' }));
  assert.equal(e.due, '2024-11-27');
  assert.equal(e.originalDue, '2024-10-30');
  assert.equal(e.extensionWorkingDays, 20);
  // 10 days: 10/31 (1); 11/1 (2); 4 (3) … 8 (7); 11 (8) 12 (9) 13 (10).
  assert.equal(ok(extendedDue(cal, { received: '2024-09-27' }, 10)).due, '2024-11-13');
});

test('beyond the calendar: Monday to Friday, with a warning naming the year', () => {
  // 2026-12-10 (Thu): 12/11 (1); 14 (2) … 18 (6); 21 (7) … 25 (11); 28 (12) … 31 (15);
  // 2027-01-01 Fri counted as working (16) — no 2027 arrangement yet; 1/4 (17) 5 (18) 6 (19) 7 (20).
  const r = ok(replyDue(cal, { received: '2026-12-10' }));
  assert.equal(r.due, '2027-01-07');
  assert.deepEqual(codes(r.warnings), ['BEYOND_CALENDAR']);
  assert.match(r.warnings[0]!.message, /2027年/);
  assert.match(r.warnings[0]!.message, /至2026年/);
  assert.match(r.warnings[0]!.message, /请管理员补充节假日安排/);

  // The administrator enters 元旦 2027: one day later, still warned until the year is complete (and
  // not reported as a change of the national calendar, which has nothing for 2027).
  const partial = workingCalendar({ overrides: [{ date: '2027-01-01', working: false, note: '元旦' }] });
  assert.ok(partial.ok);
  const p = ok(replyDue(partial.calendar, { received: '2026-12-10' }));
  assert.equal(p.due, '2027-01-08');
  assert.deepEqual(codes(p.warnings), ['BEYOND_CALENDAR']);

  const complete = workingCalendar({ overrides: [{ date: '2027-01-01', working: false, note: '元旦' }], completeYears: [2027] });
  assert.ok(complete.ok);
  const c = ok(replyDue(complete.calendar, { received: '2026-12-10' }));
  assert.equal(c.due, '2027-01-08');
  assert.deepEqual(c.warnings, []);
});

test('an override of the official arrangement is reported', () => {
  // A local holiday on 10/8 pushes the count one working day: 10/31.
  const local = workingCalendar({ overrides: [{ date: '2024-10-08', working: false, note: '地方纪念日' }] });
  assert.ok(local.ok);
  const r = ok(replyDue(local.calendar, { received: '2024-09-27' }));
  assert.equal(r.due, '2024-10-31');
  assert.deepEqual(codes(r.warnings), ['CALENDAR_OVERRIDE_USED']);
  assert.match(r.warnings[0]!.message, /2024年10月8日设为休息日（地方纪念日）/);
  // An override that agrees with the national calendar changes nothing and is not reported.
  const same = workingCalendar({ overrides: [{ date: '2024-10-03', working: false, note: '国庆节' }] });
  assert.ok(same.ok);
  assert.deepEqual(ok(replyDue(same.calendar, { received: '2024-09-27' })).warnings, []);
  // Undoing a 调休 Saturday is reported too.
  const contra = workingCalendar({ overrides: [{ date: '2024-10-12', working: false, note: '本地不调休' }] });
  assert.ok(contra.ok);
  const c = ok(replyDue(contra.calendar, { received: '2024-09-27' }));
  assert.equal(c.due, '2024-10-31');
  assert.deepEqual(codes(c.warnings), ['CALENDAR_OVERRIDE_USED']);
  assert.match(c.warnings[0]!.message, /2024年10月12日设为休息日（本地不调休）/);
});

test('received on a holiday: counted from the next day, with a warning', () => {
  // 2024-10-03 (国庆节): 10/8 (1) … 11 (4); 12 Sat 调休 (5); 14 (6) … 18 (10); 21 (11) … 25 (15);
  // 28 (16) … 31 (19); 11/1 (20).
  const r = ok(replyDue(cal, { received: '2024-10-03' }));
  assert.equal(r.due, '2024-11-01');
  assert.deepEqual(codes(r.warnings), ['RECEIVED_ON_NON_WORKING_DAY']);
});

test('the day of receipt follows the channel (第三十一条)', () => {
  assert.equal(ok(replyDue(cal, { received: { channel: 'inPerson', submittedOn: '2024-09-27' } })).due, '2024-10-30');
  assert.equal(ok(replyDue(cal, { received: { channel: 'post', signedForOn: '2024-09-27' } })).due, '2024-10-30');
  const online = ok(replyDue(cal, { received: { channel: 'online', sentOn: '2024-09-25', confirmedOn: '2024-09-27' } }));
  assert.equal(online.receivedOn, '2024-09-27');
  assert.equal(online.due, '2024-10-30');
  assert.equal(ok(correctionNoticeDue(cal, { channel: 'fax', confirmedOn: '2024-09-27' })).due, '2024-10-12');
  const wrong = replyDue(cal, { received: { channel: 'email', sentOn: '2024-09-28', confirmedOn: '2024-09-27' } });
  assert.ok(!wrong.ok);
  assert.equal(wrong.code, 'RECEIPT_CONFIRMED_BEFORE_SENT');
  const badPost = replyDue(cal, { received: { channel: 'postUnsigned', confirmedOn: '2024-09-31' } });
  assert.ok(!badPost.ok);
  assert.equal(badPost.code, 'DATE_INVALID');
  assert.equal(badPost.field, 'received.confirmedOn');
});

test('errors are data with stable codes and Chinese messages', () => {
  const cases: Array<[Outcome<unknown>, string, string | undefined]> = [
    [replyDue(cal, { received: '2024-02-30' }), 'DATE_INVALID', 'received'],
    [replyDue(cal, { received: '24-09-27' }), 'DATE_INVALID', 'received'],
    [replyDue(cal, { received: '1999-12-31' }), 'DATE_OUT_OF_RANGE', 'received'],
    [replyDue(cal, { received: '2024-09-27', corrected: '2024-09-26' }), 'CORRECTED_BEFORE_RECEIVED', 'corrected'],
    [replyDue(cal, { received: '2024-09-27', correctionNoticeSent: '2024-09-20' }), 'CORRECTION_NOTICE_OUT_OF_ORDER', 'correctionNoticeSent'],
    [replyDue(cal, { received: '2024-09-27', correctionNoticeSent: '2024-10-10', corrected: '2024-10-08' }), 'CORRECTION_NOTICE_OUT_OF_ORDER', 'correctionNoticeSent'],
    [replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-10-20', to: '2024-10-10' }] }), 'CONSULTATION_PERIOD_INVALID', 'consultations[0].to'],
    [replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-09-20', to: '2024-10-10' }] }), 'CONSULTATION_BEFORE_RECEIPT', 'consultations[0].from'],
    [replyDue(cal, { received: '2024-09-27', corrected: '2024-10-09', consultations: [{ from: '2024-10-08' }] }), 'CONSULTATION_BEFORE_RECEIPT', 'consultations[0].from'],
    [replyDue(cal, { received: '2024-09-27', consultations: [{ from: '2024-10-10', to: 'soon' }] }), 'DATE_INVALID', 'consultations[0].to'],
    [extendedDue(cal, { received: '2024-09-27' }, 21), 'EXTENSION_TOO_LONG', 'extension'],
    [extendedDue(cal, { received: '2024-09-27' }, 0), 'EXTENSION_INVALID', 'extension'],
    [extendedDue(cal, { received: '2024-09-27' }, 2.5), 'EXTENSION_INVALID', 'extension'],
    [correctionNoticeDue(cal, 'tomorrow'), 'DATE_INVALID', 'received'],
  ];
  for (const [r, code, field] of cases) {
    assert.ok(!r.ok, code);
    assert.equal(r.code, code);
    assert.equal(r.field, field);
    assert.match(r.message, /[\u4e00-\u9fff]/);
  }
});
