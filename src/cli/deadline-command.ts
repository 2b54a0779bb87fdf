// `gongkai deadline`: the statutory deadlines of one application, on the official working-day calendar.
import type { Command } from 'commander';
import { chineseDate, chineseWeekday, type IsoDate } from '../core/calendar/iso-date.js';
import { workingCalendar, type DayOverride, type WorkingCalendar } from '../core/calendar/working-calendar.js';
import { deadlineSummary, type DeadlineSummary } from '../core/deadlines/summary.js';
import type { ConsultationPeriod, DeadlineWarning } from '../core/deadlines/types.js';
import { EXIT } from './exit-codes.js';

interface DeadlineOptions {
  received: string;
  corrected?: string;
  consultation?: string[];
  extension?: true | string;
  today?: string;
  holiday?: string[];
  workday?: string[];
  json?: boolean;
}

interface Printer {
  stdout(s: string): void;
  stderr(s: string): void;
}

// No default value: commander would print "(default: [])" in the help.
const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

const HELP = `
计算规则（《中华人民共和国政府信息公开条例》）：
  答复期限：收到申请之日起20个工作日，自次日起算（第三十三条第一款）；
  补正：收到申请后7个工作日内一次性告知，答复期限自收到补正申请之日起重新计算（第三十条）；
  征求意见：自发出征求意见次日至收到意见之日不计入答复期限（第三十二、三十三、三十四条）；
  延长：经政府信息公开工作机构负责人同意，最长延长20个工作日，自原截止日次日起算（第三十三条第二款）。
  工作日按国务院办公厅公布的节假日安排（含调休上班日）；尚未公布的年份按周一至周五计算并给出提示。

示例：
  gongkai deadline --received 2024-09-27 --json
  gongkai deadline --received 2024-09-27 --corrected 2024-10-09 --consultation 2024-10-10:2024-10-31 --extension --today 2024-10-20

退出码：0 计算完成（可能附有提示）；2 日期或参数无效。`;

/** "2024-10-10:2024-10-31", or "2024-10-10:" / "2024-10-10" while the consultation is still open. */
function parseConsultation(text: string): ConsultationPeriod | null {
  const m = /^([^:]+)(?::([^:]*))?$/.exec(text.trim());
  if (!m) return null;
  const to = m[2]?.trim();
  return to ? { from: m[1]!.trim(), to } : { from: m[1]!.trim() };
}

function parseExtension(value: true | string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  if (value === true) return 20;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : null;
}

function overrides(opts: DeadlineOptions): DayOverride[] {
  return [
    ...(opts.holiday ?? []).map((date) => ({ date, working: false, note: '命令行指定的休息日' })),
    ...(opts.workday ?? []).map((date) => ({ date, working: true, note: '命令行指定的工作日' })),
  ];
}

/** The option an input field came from, to point at it in messages. */
function optionOf(field: string | undefined): string {
  const name = field?.replace(/\[\d+\].*$|\..*$/, '');
  const option = name === 'consultations' ? 'consultation' : name;
  return option ? `--${option}：` : '';
}

const day = (d: IsoDate) => `${chineseDate(d)}（${chineseWeekday(d)}）`;

const STATUS_TEXT = { ok: '正常', dueSoon: '即将到期', overdue: '已逾期' } as const;

function todayLine(s: DeadlineSummary): string | null {
  if (!s.today) return null;
  const { date, status, workingDaysLeft: left } = s.today;
  const detail =
    status === 'overdue'
      ? left === 0 ? '截止日期已过' : `逾期${-left}个工作日`
      : left === 0 ? '今天是最后一天' : `剩余${left}个工作日（不含当天）`;
  return `截至${day(date)}：${STATUS_TEXT[status]}，${detail}；截止日期${chineseDate(s.due)}`;
}

function humanLines(s: DeadlineSummary, warnings: readonly DeadlineWarning[], calendar: WorkingCalendar): string[] {
  const lines = [
    `收到申请：${day(s.receivedOn)}`,
    `补正通知期限：${day(s.correctionNoticeDue)}，收到申请后7个工作日内一次性告知（条例第三十条）`,
  ];
  if (s.clockFrom !== s.receivedOn) lines.push(`收到补正申请：${day(s.clockFrom)}，答复期限自此重新计算（条例第三十条）`);
  if (s.suspendedWorkingDays > 0) lines.push(`征求意见不计入答复期限：扣除${s.suspendedWorkingDays}个工作日（条例第三十三条第二款）`);
  lines.push(`答复期限：${day(s.replyDue)}，20个工作日（条例第三十三条第一款）`);
  lines.push(
    s.extended
      ? `延长后的答复期限：${day(s.extendedDue)}，已延长${s.extensionWorkingDays}个工作日（条例第三十三条第二款）`
      : `如需延长：最迟${day(s.extendedDue)}，最长延长20个工作日，须经政府信息公开工作机构负责人同意并告知申请人（条例第三十三条第二款）`,
  );
  const today = todayLine(s);
  if (today) lines.push(today);
  lines.push(`日历：国务院办公厅节假日安排，已覆盖${calendar.knownFrom}年至${calendar.knownUntil}年`);
  for (const w of warnings) lines.push(`注意（${w.code}）：${w.message}`);
  return lines;
}

function run(opts: DeadlineOptions, out: Printer): number {
  const fail = (code: string, message: string, field?: string): number => {
    out.stderr(message);
    if (opts.json) out.stdout(JSON.stringify({ error: { code, message, ...(field ? { field } : {}) } }, null, 2));
    return EXIT.unreadable;
  };
  const consultations: ConsultationPeriod[] = [];
  for (const text of opts.consultation ?? []) {
    const c = parseConsultation(text);
    if (!c) return fail('CONSULTATION_PERIOD_INVALID', `--consultation 的值“${text}”无效，应为“开始日期:结束日期”（如 2024-10-10:2024-10-31），尚未结束的写“开始日期:”。`, 'consultations');
    consultations.push(c);
  }
  const extension = parseExtension(opts.extension);
  if (extension === null) return fail('EXTENSION_INVALID', `--extension 的值“${String(opts.extension)}”无效，应为1至20的整数（不写数值即为20个工作日）。`, 'extension');

  const cal = workingCalendar({ overrides: overrides(opts) });
  if (!cal.ok) return fail(cal.code, cal.message);
  const result = deadlineSummary(cal.calendar, {
    received: opts.received,
    ...(opts.corrected !== undefined ? { corrected: opts.corrected } : {}),
    consultations,
    ...(extension !== undefined ? { extension } : {}),
    ...(opts.today !== undefined ? { today: opts.today } : {}),
  });
  if (!result.ok) return fail(result.code, `${optionOf(result.field)}${result.message}`, result.field);

  const { ok: _ok, warnings, ...summary } = result;
  if (opts.json) {
    const { replyDue, extendedDue, ...rest } = summary;
    const calendar = { knownFrom: cal.calendar.knownFrom, knownUntil: cal.calendar.knownUntil };
    out.stdout(JSON.stringify({ replyDue, extendedDue, ...rest, calendar, warnings }, null, 2));
  } else {
    out.stdout(humanLines(summary, warnings, cal.calendar).join('\n'));
  }
  return EXIT.ok;
}

/** Adds `gongkai deadline` to the program. */
export function registerDeadlineCommand(program: Command, io: Printer, setExit: (code: number) => void): void {
  program
    .command('deadline')
    .description('计算依申请公开的法定期限：补正通知、答复、延长后的答复期限（按国务院节假日安排计算工作日）')
    .requiredOption('--received <date>', '收到申请之日，YYYY-MM-DD（当面提交为提交日，邮寄为签收日，网络、传真为双方确认日：条例第三十一条）')
    .option('--corrected <date>', '收到补正申请之日（答复期限自此重新计算）')
    .option('--consultation <from:to>', '征求意见期间：发出日:收到意见日（可重复；尚未结束的写“发出日:”）', collect)
    .option('--extension [workingDays]', '已批准延长答复期限（默认20个工作日，最长20）')
    .option('--today <date>', '按这一天计算剩余工作日和状态（正常、即将到期、已逾期）')
    .option('--holiday <date>', '另行指定的休息日（用于尚未公布节假日安排的年份，可重复）', collect)
    .option('--workday <date>', '另行指定的工作日（如调休上班日，可重复）', collect)
    .option('--json', '以 JSON 输出（replyDue、extendedDue 等字段和 warnings 提示列表）')
    .addHelpText('after', HELP)
    .action((opts: DeadlineOptions) => setExit(run(opts, io)));
}
