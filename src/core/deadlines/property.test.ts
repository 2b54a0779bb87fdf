// Properties of the reply deadline over random receipt dates (2004–2028, so unknown years too),
// random consultations and random administrator overrides.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { dayNumber, fromDayNumber, type IsoDate } from '../calendar/iso-date.js';
import { OFFICIAL_CALENDAR, workingCalendar, type DayOverride, type WorkingCalendar } from '../calendar/working-calendar.js';
import { extendedDue, replyDue } from './reply.js';
import type { ConsultationPeriod } from './types.js';
import { countWorkingDays, newTrace } from './walk.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 500);
const FIRST = dayNumber('2004-01-01');
const LAST = dayNumber('2028-12-31');

const date = fc.integer({ min: FIRST, max: LAST }).map(fromDayNumber);

const overrides = fc.uniqueArray(
  fc.record({ date, working: fc.boolean(), note: fc.constant('测试') }),
  { maxLength: 30, selector: (o: DayOverride) => o.date },
);
const calendar: fc.Arbitrary<WorkingCalendar> = fc.oneof(
  fc.constant(OFFICIAL_CALENDAR),
  overrides.map((list) => {
    const r = workingCalendar({ overrides: list });
    assert.ok(r.ok);
    return r.calendar;
  }),
);

function due(cal: WorkingCalendar, received: IsoDate, consultations: ConsultationPeriod[] = []) {
  const r = replyDue(cal, { received, consultations });
  if (!r.ok) assert.fail(r.message);
  return r;
}

const workingDaysBetween = (cal: WorkingCalendar, after: IsoDate, through: IsoDate) => countWorkingDays(cal, newTrace(), after, through);

test('the due date is a working day, strictly after receipt, exactly 20 working days on', () => {
  fc.assert(
    fc.property(calendar, date, (cal, received) => {
      const r = due(cal, received);
      assert.ok(cal.isWorkingDay(r.due));
      assert.ok(r.due > received);
      assert.equal(workingDaysBetween(cal, received, r.due), 20);
    }),
    { numRuns: RUNS },
  );
});

test('the due date never moves earlier when receipt is later', () => {
  fc.assert(
    fc.property(calendar, date, fc.integer({ min: 0, max: 60 }), (cal, received, later) => {
      const a = due(cal, received).due;
      const b = due(cal, fromDayNumber(dayNumber(received) + later)).due;
      assert.ok(a <= b, `${received}→${a}, +${later}→${b}`);
    }),
    { numRuns: RUNS },
  );
});

test('consultations only push the due date back, by exactly the working days they suspend', () => {
  const consultation = fc.record({ start: fc.integer({ min: 0, max: 40 }), length: fc.integer({ min: 0, max: 30 }) });
  fc.assert(
    fc.property(calendar, date, fc.array(consultation, { maxLength: 3 }), (cal, received, cs) => {
      const base = dayNumber(received);
      const periods = cs.map((c) => ({ from: fromDayNumber(base + c.start), to: fromDayNumber(base + c.start + c.length) }));
      const plain = due(cal, received);
      const r = due(cal, received, periods);
      assert.ok(r.due >= plain.due);
      assert.ok(cal.isWorkingDay(r.due));
      assert.equal(workingDaysBetween(cal, received, r.due), 20 + r.suspendedWorkingDays);
    }),
    { numRuns: RUNS },
  );
});

test('an extension of n working days ends n working days after the original due date', () => {
  fc.assert(
    fc.property(calendar, date, fc.integer({ min: 1, max: 20 }), (cal, received, n) => {
      const e = extendedDue(cal, { received }, n);
      if (!e.ok) assert.fail(e.message);
      assert.equal(e.originalDue, due(cal, received).due);
      assert.ok(cal.isWorkingDay(e.due));
      assert.equal(workingDaysBetween(cal, e.originalDue, e.due), n);
    }),
    { numRuns: RUNS },
  );
});

test('the beyond-calendar warning appears exactly when the count reaches an unknown year', () => {
  fc.assert(
    fc.property(date, (received) => {
      const r = due(OFFICIAL_CALENDAR, received);
      const warned = r.warnings.some((w) => w.code === 'BEYOND_CALENDAR');
      assert.equal(warned, r.due.slice(0, 4) > '2026', `${received}→${r.due}`);
    }),
    { numRuns: RUNS },
  );
});
