// The calendar against the official notices, checked by hand, and against chinese-days itself.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import { REPO_ROOT } from '../../testkit/fixtures.js';
import { addDays, type IsoDate } from './iso-date.js';
import { OFFICIAL_CALENDAR, OFFICIAL_FIRST_YEAR, OFFICIAL_LAST_YEAR, unknownYears, workingCalendar } from './working-calendar.js';

const cal = OFFICIAL_CALENDAR;

/** Every day from..to inclusive. */
function days(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

test('chinese-days 1.5.7 covers 2004 to 2026', () => {
  assert.equal(OFFICIAL_FIRST_YEAR, 2004);
  assert.equal(OFFICIAL_LAST_YEAR, 2026);
  assert.equal(cal.knownFrom, 2004);
  assert.equal(cal.knownUntil, 2026);
  assert.equal(cal.knows(2026), true);
  assert.equal(cal.knows(2027), false);
  assert.equal(cal.knows(2003), false);
});

// 国务院办公厅关于2024年部分节假日安排的通知（国办发明电〔2023〕7号, 2023-10-25）:
// 春节 2月10日至17日放假调休，2月4日（星期日）、2月18日（星期日）上班; 国庆节 10月1日至7日，
// 9月29日（星期日）、10月12日（星期六）上班; 中秋节 9月15日至17日，9月14日（星期六）上班.
test('2024 as in 国办发明电〔2023〕7号', () => {
  for (const d of days('2024-02-10', '2024-02-17')) assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of days('2024-10-01', '2024-10-07')) assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of days('2024-09-15', '2024-09-17')) assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of ['2024-02-04', '2024-02-18', '2024-09-14', '2024-09-29', '2024-10-12']) assert.equal(cal.isWorkingDay(d), true, d);
  // 除夕 2月9日 (Friday) is a working day in 2024: rest there is only "encouraged".
  assert.equal(cal.isWorkingDay('2024-02-09'), true);
  assert.deepEqual(cal.day('2024-09-29'), { date: '2024-09-29', working: true, source: 'official', name: '国庆节' });
  assert.deepEqual(cal.day('2024-10-03'), { date: '2024-10-03', working: false, source: 'official', name: '国庆节' });
  assert.deepEqual(cal.day('2024-09-28'), { date: '2024-09-28', working: false, source: 'weekday' });
});

// 国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号, 2024-11-12）: 元旦 1月1日放假1天，
// 不调休; 春节 1月28日至2月4日，1月26日（周日）、2月8日（周六）上班; 国庆节、中秋节 10月1日至8日，
// 9月28日（周日）、10月11日（周六）上班.
test('2025 as in 国办发明电〔2024〕12号', () => {
  assert.equal(cal.isWorkingDay('2025-01-01'), false);
  assert.equal(cal.isWorkingDay('2025-01-02'), true);
  for (const d of days('2025-01-28', '2025-02-04')) assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of days('2025-10-01', '2025-10-08')) assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of ['2025-01-26', '2025-02-08', '2025-09-28', '2025-10-11']) assert.equal(cal.isWorkingDay(d), true, d);
  assert.equal(cal.isWorkingDay('2025-10-09'), true);
});

// 国务院办公厅关于2026年部分节假日安排的通知 (2025-11-04): 元旦 1月1日至3日，1月4日（周日）上班;
// 春节 2月15日至23日，2月14日（周六）、2月28日（周六）上班; 国庆节 10月1日至7日，9月20日（周日）、
// 10月10日（周六）上班.
test('2026 as in the notice of 2025-11-04', () => {
  for (const d of [...days('2026-01-01', '2026-01-03'), ...days('2026-02-15', '2026-02-23'), ...days('2026-10-01', '2026-10-07')])
    assert.equal(cal.isWorkingDay(d), false, d);
  for (const d of ['2026-01-04', '2026-02-14', '2026-02-28', '2026-09-20', '2026-10-10']) assert.equal(cal.isWorkingDay(d), true, d);
});

test('every day 2004–2026 agrees with chinese-days, asked in Beijing time', () => {
  // chinese-days builds its own tables through local-time dates, so under a zone west of UTC even
  // its functions are a day off; ask it in the zone it is written for.
  const script = `
    import cd from 'chinese-days';
    let bits = '';
    for (let t = Date.UTC(2004, 0, 1); t <= Date.UTC(2026, 11, 31); t += 86400000) {
      const d = new Date(t);
      bits += cd.isWorkday(new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())) ? '1' : '0';
    }
    console.log(bits);`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', cwd: REPO_ROOT, env: { ...process.env, TZ: 'Asia/Shanghai' } });
  assert.equal(r.status, 0, r.stderr);
  const theirs = r.stdout.trim();
  const all = days('2004-01-01', '2026-12-31');
  assert.equal(theirs.length, all.length);
  all.forEach((d, i) => assert.equal(cal.isWorkingDay(d), theirs[i] === '1', d));
});

test('beyond the data: Monday to Friday, and the year is not known', () => {
  // 2027-01-01 is a Friday: surely 元旦, but unpublished, so a working day until someone says otherwise.
  assert.deepEqual(cal.day('2027-01-01'), { date: '2027-01-01', working: true, source: 'weekday' });
  assert.equal(cal.isWorkingDay('2027-01-02'), false);
  assert.deepEqual(unknownYears(cal, '2026-12-01', '2028-01-10'), [2027, 2028]);
});

test('administrator overrides win, and complete years become known', () => {
  const r = workingCalendar({
    overrides: [
      { date: '2027-01-01', working: false, note: '元旦' },
      { date: '2024-10-08', working: false, note: '自治区成立纪念日' },
    ],
    completeYears: [2027],
  });
  assert.ok(r.ok);
  assert.deepEqual(r.calendar.day('2027-01-01'), { date: '2027-01-01', working: false, source: 'override', name: '元旦' });
  assert.equal(r.calendar.isWorkingDay('2024-10-08'), false);
  assert.equal(r.calendar.knows(2027), true);
  assert.equal(r.calendar.knownUntil, 2027);
  // A complete year after a gap does not extend the unbroken run.
  const gap = workingCalendar({ completeYears: [2028] });
  assert.ok(gap.ok);
  assert.equal(gap.calendar.knownUntil, 2026);
  assert.equal(gap.calendar.knows(2028), true);
});

test('bad overrides are refused with a code', () => {
  const bad = workingCalendar({ overrides: [{ date: '2027-02-30', working: false, note: '' }] });
  assert.ok(!bad.ok);
  assert.equal(bad.code, 'CALENDAR_OVERRIDE_INVALID');
  assert.match(bad.message, /无效/);
  const clash = workingCalendar({
    overrides: [
      { date: '2027-01-01', working: false, note: '元旦' },
      { date: '2027-01-01', working: true, note: '' },
    ],
  });
  assert.ok(!clash.ok);
  assert.equal(clash.code, 'CALENDAR_OVERRIDE_CONFLICT');
  const year = workingCalendar({ completeYears: [20270] });
  assert.ok(!year.ok);
  assert.equal(year.code, 'CALENDAR_OVERRIDE_INVALID');
});

test('the same answers in a time zone west of UTC (where chinese-days itself is a day off)', () => {
  const module = fileURLToPath(new URL('./working-calendar.ts', import.meta.url));
  const script = `
    const { OFFICIAL_CALENDAR: c } = await import(${JSON.stringify(module)});
    console.log(JSON.stringify(['2024-09-27', '2024-09-28', '2024-09-29', '2024-10-01', '2024-10-12'].map((d) => c.isWorkingDay(d))));`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
    cwd: REPO_ROOT,
    env: { ...process.env, TZ: 'America/New_York' },
  });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout), [true, false, true, false, true]);
});
