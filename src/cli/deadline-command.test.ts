// `gongkai deadline`, in process, through a commander program built here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Command, CommanderError } from 'commander';
import { registerDeadlineCommand } from './deadline-command.js';

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  let code = 0;
  const program = new Command('gongkai')
    .exitOverride()
    .configureOutput({ writeOut: (s) => out.push(s), writeErr: (s) => err.push(s) });
  registerDeadlineCommand(program, { stdout: (s) => out.push(s), stderr: (s) => err.push(s) }, (c) => (code = c));
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (e) {
    if (!(e instanceof CommanderError)) throw e;
    code = 2;
  }
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('--json prints the reply and extended due dates (hand-counted in reply.test.ts)', async () => {
  const r = await run('deadline', '--received', '2024-09-27', '--json');
  assert.equal(r.code, 0, r.err);
  const obj = JSON.parse(r.out) as Record<string, unknown>;
  assert.equal(obj['replyDue'], '2024-10-30');
  assert.equal(obj['extendedDue'], '2024-11-27');
  assert.equal(obj['correctionNoticeDue'], '2024-10-12');
  assert.deepEqual(obj['warnings'], []);
  assert.deepEqual(Object.keys(obj).slice(0, 2), ['replyDue', 'extendedDue']);
  assert.deepEqual(obj['calendar'], { knownFrom: 2004, knownUntil: 2026 });
});

test('补正, consultation, extension and today together', async () => {
  const r = await run(
    'deadline', '--received', '2024-09-27', '--corrected', '2024-10-09',
    '--consultation', '2024-10-10:2024-10-31', '--extension', '--today', '2024-10-20', '--json',
  );
  assert.equal(r.code, 0, r.err);
  const obj = JSON.parse(r.out) as Record<string, unknown>;
  // From 10/9: 10/10 (1); suspended 10/11–10/31 (16 working days, 10/12 调休 included); 11/1 (2);
  // 11/4 (3) … 8 (7); 11 (8) … 15 (12); 18 (13) … 22 (17); 25 (18) 26 (19) 27 (20).
  assert.equal(obj['replyDue'], '2024-11-27');
  // + 20: 11/28 (1) 29 (2); 12/2 (3) … 6 (7); 9 (8) … 13 (12); 16 (13) … 20 (17); 23 (18) 24 (19) 25 (20).
  assert.equal(obj['extendedDue'], '2024-12-25');
  assert.equal(obj['extended'], true);
  assert.equal(obj['due'], '2024-12-25');
  assert.equal(obj['suspendedWorkingDays'], 16);
  // 10/20 → 12/25: 10/21 … 10/25 (5), 10/28 … 11/1 (5), then seven full weeks of 11/4 … 12/20 (35), 12/23 … 25 (3) = 48.
  assert.deepEqual(obj['today'], { date: '2024-10-20', workingDaysLeft: 48, status: 'ok' });
  const warnings = obj['warnings'] as Array<{ code: string; message: string }>;
  assert.deepEqual(warnings.map((w) => w.code), ['CONSULTATION_LONG']);
});

test('the extension can be shorter, and status turns dueSoon then overdue', async () => {
  const soon = JSON.parse((await run('deadline', '--received', '2024-09-27', '--today', '2024-10-25', '--json')).out) as Record<string, unknown>;
  assert.deepEqual(soon['today'], { date: '2024-10-25', workingDaysLeft: 3, status: 'dueSoon' });
  const late = JSON.parse((await run('deadline', '--received', '2024-09-27', '--extension', '10', '--today', '2024-11-14', '--json')).out) as Record<string, unknown>;
  assert.equal(late['extendedDue'], '2024-11-13');
  assert.deepEqual(late['today'], { date: '2024-11-14', workingDaysLeft: -1, status: 'overdue' });
});

test('beyond the calendar: the warning, and --holiday for a year not yet published', async () => {
  const r = await run('deadline', '--received', '2026-12-10', '--json');
  const obj = JSON.parse(r.out) as Record<string, unknown>;
  assert.equal(obj['replyDue'], '2027-01-07');
  const warnings = obj['warnings'] as Array<{ code: string; message: string }>;
  assert.deepEqual(warnings.map((w) => w.code), ['BEYOND_CALENDAR']);
  assert.match(warnings[0]!.message, /2027年/);
  const h = JSON.parse((await run('deadline', '--received', '2026-12-10', '--holiday', '2027-01-01', '--json')).out) as Record<string, unknown>;
  assert.equal(h['replyDue'], '2027-01-08');
});

test('Chinese text without --json', async () => {
  const r = await run('deadline', '--received', '2024-09-27', '--today', '2024-10-30');
  assert.equal(r.code, 0, r.err);
  assert.match(r.out, /收到申请：2024年9月27日（星期五）/);
  assert.match(r.out, /补正通知期限：2024年10月12日（星期六）/);
  assert.match(r.out, /答复期限：2024年10月30日（星期三）/);
  assert.match(r.out, /最迟2024年11月27日/);
  assert.match(r.out, /即将到期，今天是最后一天/);
  const late = await run('deadline', '--received', '2024-09-27', '--today', '2024-11-02');
  assert.match(late.out, /截至2024年11月2日（星期六）：已逾期，逾期2个工作日；截止日期2024年10月30日/);
  const w = await run('deadline', '--received', '2026-12-10');
  assert.match(w.out, /注意（BEYOND_CALENDAR）/);
});

test('bad input: exit 2 with a Chinese message', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['--received', '2024-02-30'], /--received：收到申请日期“2024-02-30”不是有效日期/],
    [['--received', '2024-09-27', '--corrected', '2024-09-01'], /--corrected：收到补正申请的日期/],
    [['--received', '2024-09-27', '--today', 'today'], /--today：当前日期“today”不是有效日期/],
    [['--received', '2024-09-27', '--consultation', '2024-10-10:2024-10-01'], /--consultation：征求意见的结束日期/],
    [['--received', '2024-09-27', '--consultation', 'a:b:c'], /--consultation 的值“a:b:c”无效/],
    [['--received', '2024-09-27', '--extension', '30'], /--extension：延长答复期限最长不得超过20个工作日/],
    [['--received', '2024-09-27', '--extension', 'x'], /--extension 的值“x”无效/],
    [['--received', '2024-09-27', '--holiday', '2027-13-01'], /日历调整中的日期“2027-13-01”无效/],
  ];
  for (const [args, message] of cases) {
    const r = await run('deadline', ...args);
    assert.equal(r.code, 2, args.join(' '));
    assert.match(r.err, message);
    assert.equal(r.out, '');
  }
  const j = await run('deadline', '--received', '2024-02-30', '--json');
  assert.equal(j.code, 2);
  assert.deepEqual(JSON.parse(j.out), { error: { code: 'DATE_INVALID', message: '--received：收到申请日期“2024-02-30”不是有效日期，应为 YYYY-MM-DD 格式（如 2024-09-27）。', field: 'received' } });
  const missing = await run('deadline');
  assert.equal(missing.code, 2);
  assert.match(missing.err, /--received/);
});
