import assert from 'node:assert/strict';
import { test } from 'node:test';
import { OFFICIAL_CALENDAR as cal } from '../calendar/working-calendar.js';
import { deadlineStatus, workingDaysLeft } from './status.js';

function statusOn(due: string, today: string) {
  const r = deadlineStatus(cal, due, today);
  if (!r.ok) assert.fail(r.message);
  return [r.status, r.workingDaysLeft] as const;
}

test('working days left before a due date of 2024-10-30, and after it', () => {
  // After 10/20 (Sun): 21 22 23 24 25, 28 29 30 = 8.
  assert.deepEqual(statusOn('2024-10-30', '2024-10-20'), ['ok', 8]);
  // After 10/24: 25, 28 29 30 = 4.
  assert.deepEqual(statusOn('2024-10-30', '2024-10-24'), ['ok', 4]);
  // After 10/25: 28 29 30 = 3 → due soon.
  assert.deepEqual(statusOn('2024-10-30', '2024-10-25'), ['dueSoon', 3]);
  assert.deepEqual(statusOn('2024-10-30', '2024-10-30'), ['dueSoon', 0]);
  assert.deepEqual(statusOn('2024-10-30', '2024-10-31'), ['overdue', -1]);
  // Saturday 11/2: 10/31 and 11/1 have passed.
  assert.deepEqual(statusOn('2024-10-30', '2024-11-02'), ['overdue', -2]);
});

test('the weekend right after a Friday due date is overdue with no working day lost yet', () => {
  const [status, left] = statusOn('2024-11-01', '2024-11-02');
  assert.equal(status, 'overdue');
  assert.ok(Object.is(left, 0));
});

test('holidays do not count as days left: 国庆节 2024', () => {
  // Eight calendar days from 9/30 to 10/8, but only 10/8 is a working day.
  assert.deepEqual(statusOn('2024-10-08', '2024-09-30'), ['dueSoon', 1]);
  // 9/29 is a 调休 Sunday: from 9/28, 9/29 and 9/30 are left before 10/1.
  assert.deepEqual(statusOn('2024-09-30', '2024-09-28'), ['dueSoon', 2]);
});

test('days left reaching into an unknown year carry the calendar warning', () => {
  const r = workingDaysLeft(cal, '2027-01-07', '2026-12-10');
  assert.ok(r.ok);
  assert.equal(r.workingDaysLeft, 20);
  assert.deepEqual(r.warnings.map((w) => w.code), ['BEYOND_CALENDAR']);
});

test('bad dates are errors', () => {
  const r = deadlineStatus(cal, '2024-10-30', '2024-10-32');
  assert.ok(!r.ok);
  assert.equal(r.code, 'DATE_INVALID');
  assert.equal(r.field, 'today');
  const d = workingDaysLeft(cal, '30/10/2024', '2024-10-20');
  assert.ok(!d.ok);
  assert.equal(d.field, 'due');
});
