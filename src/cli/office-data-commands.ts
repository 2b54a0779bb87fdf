// The office's scriptable commands over its database: import a ledger, print a year's report figures,
// make agencies and accounts (the first administrator is made here: no one can sign in yet). Each
// command opens the database, does its work and closes it (releasing the data folder's lock).
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { Option, type Command } from 'commander';
import { ROLE_LABELS } from '../office/access.js';
import { importLedger, previewLedgerForNewAgency, type LedgerError, type LedgerImportSummary } from '../office/ledger-import.js';
import { openOffice, type OfficeChoice } from '../office/open.js';
import type { Office } from '../office/office.js';
import { agencyByName, createUser, levelFromName } from '../office/people.js';
import { reportFiguresFor } from '../office/report-figures.js';
import { failure, ok, type Result } from '../office/result.js';
import { figuresJson } from '../render/json.js';
import { AGENCY_LEVELS, USER_ROLES, type AgencyLevel, type UserRole } from '../db/vocabulary.js';
import type { AgencyRow } from '../db/agencies.repository.js';
import { EXIT } from './exit-codes.js';
import { figuresText } from './figures-text.js';
import type { Io } from './io.js';

const LEVEL_LABELS: Readonly<Record<AgencyLevel, string>> = {
  national: '国家级',
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇级',
  department: '部门',
};

type Choice = () => OfficeChoice;

/** Opens the office, runs `fn`, closes the database whatever happens; the exit code. */
async function withOffice(choice: Choice, io: Io, fn: (office: Office) => Promise<number>): Promise<number> {
  const opened = await openOffice(choice());
  if (!opened.ok) {
    io.stderr(`无法打开数据库：${opened.message}（${opened.code}）`);
    return EXIT.unreadable;
  }
  try {
    return await fn(opened.value);
  } finally {
    await opened.value.db.close();
  }
}

function refuse(io: Io, f: { code: string; message: string }): number {
  io.stderr(`${f.message}（${f.code}）`);
  return EXIT.unreadable;
}

/** The agency by name; made at the top level when `create` and absent (said on stderr). */
async function agencyNamed(office: Office, io: Io, name: string, create: boolean): Promise<Result<AgencyRow>> {
  const found = await agencyByName(office, name, false);
  if (found.ok || found.code !== 'RECORD_NOT_FOUND' || !create) return found;
  const made = await agencyByName(office, name, true);
  if (made.ok) io.stderr(`已新建机关“${made.value.name}”（${LEVEL_LABELS[made.value.level]}，顶层；可用 gongkai agency add 按层级建立机关）。`);
  return made;
}

function errorLines(errors: readonly LedgerError[]): string[] {
  const shown = errors.slice(0, 200).map((e) => `  ${e.code}  ${e.message}`);
  if (errors.length > shown.length) shown.push(`  ……另有 ${errors.length - shown.length} 处问题未列出`);
  return shown;
}

export function summaryLines(s: LedgerImportSummary): string[] {
  const head = s.dryRun
    ? `预览（未写入）：“${s.filename}”共 ${s.rows} 条申请，可以导入“${s.agencyName}”。`
    : `已导入 ${s.imported} 条申请到“${s.agencyName}”（${s.filename}）。`;
  const lines = [head, `  已办结 ${s.concluded} 条，未办结 ${s.open} 条`];
  for (const y of s.byYear) lines.push(`  ${y.year}年：收到 ${y.received} 条，办结 ${y.concluded} 条`);
  lines.push(`  申请人类型：${s.byApplicantType.map((t) => `${t.label} ${t.count}`).join('，')}`);
  if (s.byOutcome.length > 0) lines.push('  办理结果：', ...s.byOutcome.map((o) => `    ${o.label}  ${o.count}`));
  return lines;
}

async function importLedgerCommand(choice: Choice, io: Io, file: string, opts: { agency: string; dryRun?: boolean }): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (e) {
    io.stderr(`无法读取 ${file}（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
    return EXIT.unreadable;
  }
  const name = basename(file);
  return withOffice(choice, io, async (office) => {
    const dryRun = opts.dryRun ?? false;
    let agency = await agencyByName(office, opts.agency, false);
    if (!agency.ok && agency.code !== 'RECORD_NOT_FOUND') return refuse(io, agency);
    if (!agency.ok) {
      // A new agency: the ledger is checked first, so a bad file leaves no agency behind either.
      const preview = await previewLedgerForNewAgency(office, opts.agency.trim(), bytes, name);
      if (preview.errors.length > 0 || dryRun) return printed(io, preview);
      agency = await agencyNamed(office, io, opts.agency, true);
      if (!agency.ok) return refuse(io, agency);
    }
    const r = await importLedger(office, null, agency.value.id, bytes, name, { dryRun });
    if (!r.ok) {
      if (r.code !== 'LEDGER_INVALID') return refuse(io, r);
      const errors = (r.details ?? []) as LedgerError[];
      io.stderr([`台账有 ${errors.length} 处问题，未导入任何数据：`, ...errorLines(errors)].join('\n'));
      return EXIT.unreadable;
    }
    return printed(io, r.value);
  });
}

/** The summary on stdout, or the problems on stderr (exit 2: nothing was or would be imported). */
function printed(io: Io, summary: LedgerImportSummary): number {
  if (summary.errors.length > 0) {
    io.stderr([`台账有 ${summary.errors.length} 处问题，导入时不会写入任何数据：`, ...errorLines(summary.errors)].join('\n'));
    return EXIT.unreadable;
  }
  io.stdout(summaryLines(summary).join('\n'));
  return EXIT.ok;
}

function yearOf(text: string): number | null {
  return /^\d{4}$/.test(text) ? Number(text) : null;
}

async function reportFiguresCommand(choice: Choice, io: Io, opts: { agency: string; year: string; json?: boolean }): Promise<number> {
  const year = yearOf(opts.year);
  if (year === null) return refuse(io, { code: 'REPORT_YEAR_INVALID', message: `报告年度“${opts.year}”无效，应为四位数字年份，如 2024。` });
  return withOffice(choice, io, async (office) => {
    const agency = await agencyByName(office, opts.agency, false);
    if (!agency.ok && agency.code === 'RECORD_NOT_FOUND') {
      return refuse(io, { code: agency.code, message: `${agency.message}请检查名称是否与导入台账时 --agency 所用的一致。` });
    }
    if (!agency.ok) return refuse(io, agency);
    const r = await reportFiguresFor(office.repos, agency.value, year);
    if (!r.ok) {
      io.stderr([`无法生成“${agency.value.name}”${year}年度的报告数据，记录中有 ${r.errors.length} 处问题：`, ...r.errors.map((e) => `  ${e.code}  ${e.message}`)].join('\n'));
      return EXIT.unreadable;
    }
    io.stdout(opts.json ? JSON.stringify(figuresJson(r.figures), null, 2) : figuresText(r.figures));
    return EXIT.ok;
  });
}

/** All of stdin, without the line break a shell or `echo` adds at the end. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function userAddCommand(
  choice: Choice,
  io: Io,
  opts: { agency: string; login: string; role: UserRole; name?: string; passwordStdin?: boolean },
): Promise<number> {
  if (!opts.passwordStdin) {
    return refuse(io, { code: 'PASSWORD_REQUIRED', message: '请用 --password-stdin 从标准输入提供密码（不在命令行上写密码），例如：echo "密码" | gongkai user add … --password-stdin' });
  }
  if (process.stdin.isTTY) io.stderr('请输入密码，回车后按 Ctrl+D 结束：');
  const password = await readStdin();
  return withOffice(choice, io, async (office) => {
    const agency = await agencyNamed(office, io, opts.agency, true);
    if (!agency.ok) return refuse(io, agency);
    const made = await createUser(office, null, { agencyId: agency.value.id, login: opts.login, displayName: opts.name ?? opts.login, role: opts.role, password });
    if (!made.ok) return refuse(io, made);
    io.stdout(`已创建用户 ${made.value.login}（${made.value.displayName}，${ROLE_LABELS[made.value.role]}，${agency.value.name}）。`);
    return EXIT.ok;
  });
}

async function addAgency(office: Office, name: string, parentName: string | undefined, level: AgencyLevel | undefined): Promise<Result<AgencyRow & { parentName: string | null }>> {
  const trimmed = name.trim();
  if (trimmed === '' || trimmed.length > 100) return failure('AGENCY_NAME_INVALID', '机关名称不能为空，且不超过100个字符。');
  let parent: AgencyRow | null = null;
  if (parentName !== undefined) {
    const p = await agencyByName(office, parentName, false);
    if (!p.ok) return p.code === 'RECORD_NOT_FOUND' ? failure('RECORD_NOT_FOUND', `上级机关“${parentName.trim()}”不存在，请先创建。`) : p;
    parent = p.value;
  }
  const made = await office.repos.agencies.create({ name: trimmed, level: level ?? levelFromName(trimmed), parentId: parent?.id ?? null });
  return made.ok ? ok({ ...made.value, parentName: parent?.name ?? null }) : made;
}

async function agencyAddCommand(choice: Choice, io: Io, name: string, opts: { parent?: string; level?: AgencyLevel }): Promise<number> {
  return withOffice(choice, io, async (office) => {
    const made = await addAgency(office, name, opts.parent, opts.level);
    if (!made.ok) return refuse(io, made);
    io.stdout(`已新建机关“${made.value.name}”（${LEVEL_LABELS[made.value.level]}${made.value.parentName ? `，上级：${made.value.parentName}` : '，顶层'}）。`);
    return EXIT.ok;
  });
}

/** Whether the database has no staff account yet (then `serve` says how to make the first one). */
export async function noAccountsYet(office: Office): Promise<boolean> {
  for (const root of await office.repos.agencies.children(null)) {
    if ((await office.repos.users.list(await office.repos.agencies.subtreeIds(root.id))).length > 0) return false;
  }
  return true;
}

export const FIRST_ADMIN_HINT =
  '尚无任何用户账号。创建第一个系统管理员（嵌入式数据库同时只能由一个进程打开，请先按 Ctrl+C 停止服务；--data 或 DATABASE_URL 与 serve 保持一致）：\n' +
  '  echo "至少8位的密码" | npx gongkai user add --agency "某某县人民政府" --login admin --role administrator --name 管理员 --password-stdin';

export function registerOfficeDataCommands(program: Command, io: Io, setExit: (code: number) => void, choice: Choice): void {
  program
    .command('import')
    .description('导入数据到本机关的数据库')
    .command('ledger')
    .description('导入依申请公开台账（.xlsx 或 CSV，UTF-8/GBK）：全部行正确才导入，有错误时列出行号，不写入任何数据')
    .argument('<file>', '台账文件')
    .requiredOption('--agency <name>', '机关名称（不存在时在顶层新建）')
    .option('--dry-run', '只检查并预览，不写入')
    .action(async (file: string, opts: { agency: string; dryRun?: boolean }) => setExit(await importLedgerCommand(choice, io, file, opts)));

  program
    .command('report')
    .description('年度报告')
    .command('figures')
    .description('由本机关的记录生成年度报告表格数据（第二、三、四部分）')
    .requiredOption('--agency <name>', '机关名称')
    .requiredOption('--year <year>', '报告年度，如 2024')
    .option('--json', '按共享契约输出 JSON')
    .action(async (opts: { agency: string; year: string; json?: boolean }) => setExit(await reportFiguresCommand(choice, io, opts)));

  program
    .command('user')
    .description('用户账号')
    .command('add')
    .description('新建用户账号（第一个系统管理员用此命令创建）；密码从标准输入读取')
    .requiredOption('--agency <name>', '所属机关名称（不存在时在顶层新建）')
    .requiredOption('--login <login>', '登录名')
    .addOption(new Option('--role <role>', '角色：clerk 经办人，approver 审核人，administrator 系统管理员，supervisor 监督人员').choices(USER_ROLES).makeOptionMandatory())
    .option('--name <name>', '显示名（默认同登录名）')
    .option('--password-stdin', '从标准输入读取密码')
    .action(async (opts: { agency: string; login: string; role: UserRole; name?: string; passwordStdin?: boolean }) => setExit(await userAddCommand(choice, io, opts)));

  program
    .command('agency')
    .description('机关')
    .command('add')
    .description('新建机关')
    .argument('<name>', '机关名称，如“某某镇人民政府”')
    .option('--parent <name>', '上级机关名称（默认为顶层）')
    .addOption(new Option('--level <level>', '层级（默认按名称判断）').choices(AGENCY_LEVELS))
    .action(async (name: string, opts: { parent?: string; level?: AgencyLevel }) => setExit(await agencyAddCommand(choice, io, name, opts)));
}
