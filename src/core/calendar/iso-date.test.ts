import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { addDays, chineseDate, chineseWeekday, dayNumber, fromDayNumber, isIsoDate, parseIsoDate, weekday, yearOf } from './iso-date.js';

test('only real YYYY-MM-DD dates parse', () => {
  assert.deepEqual(parseIsoDate('2024-02-29'), { year: 2024, month: 2, day: 29 });
  for (const bad of ['2023-02-29', '2024-02-30', '2100-02-29', '2024-13-01', '2024-00-10', '2024-9-1', '20240901', '2024/09/01', ' 2024-09-01', ''])
    assert.equal(isIsoDate(bad), false, bad);
  assert.equal(isIsoDate('2000-02-29'), true);
});

test('day numbers agree with UTC milliseconds and round-trip', () => {
  fc.assert(
    fc.property(fc.integer({ min: -200_000, max: 200_000 }), (n) => {
      const iso = fromDayNumber(n);
      assert.equal(dayNumber(iso), n);
      assert.equal(new Date(n * 86_400_000).toISOString().slice(0, 10), iso);
    }),
  );
});

test('weekdays of dates in the holiday notices', () => {
  // 国办发明电〔2023〕7号: 9月29日（星期日）、10月12日（星期六）; 国办发明电〔2024〕12号: 1月26日（周日）.
  assert.equal(weekday('2024-09-29'), 0);
  assert.equal(weekday('2024-10-12'), 6);
  assert.equal(weekday('2025-01-26'), 0);
  assert.equal(weekday('2024-09-27'), 5);
  assert.equal(chineseWeekday('1970-01-01'), '星期四');
});

test('adding days crosses months, leap days and years', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2024-02-29', 1), '2024-03-01');
  assert.equal(addDays('2024-12-31', 1), '2025-01-01');
  assert.equal(addDays('2025-01-01', -1), '2024-12-31');
  assert.equal(yearOf('2027-01-01'), 2027);
  assert.equal(chineseDate('2024-09-27'), '2024年9月27日');
  assert.throws(() => dayNumber('2024-02-30'), RangeError);
});
