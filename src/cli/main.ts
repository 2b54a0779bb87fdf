// The `gongkai` command. Thin: parses arguments, loads files, calls the use cases, prints, exits.
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { examine, isIncomplete, type Examined } from '../app/examine.js';
import { hasErrors } from '../core/finding.js';
import { renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderDocx } from '../render/docx.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderPdf } from '../render/pdf.js';
import { renderXlsx } from '../render/xlsx.js';
import { registerDeadlineCommand } from './deadline-command.js';
import { registerOfficeCommands } from './office-commands.js';
import { DEFAULT_FILE_TIMEOUT_MS, FILE_TIMEOUT_ENV } from '../app/bulk.js';
import { anyDirectory, loadFile, READABLE_EXTENSIONS } from '../app/files.js';
import { bulkCheck, bulkParse, DATASET_TARGETS, type CheckOptions, type ParseOptions, type Verdict } from './bulk-command.js';
import { EXIT } from './exit-codes.js';
import { chineseUsageError } from './usage-errors.js';
import type { Io } from './io.js';
import { checkJson, examinedLines, failureJson, reportJson } from './report-output.js';

async function examinePath(path: string): Promise<Examined> {
  const loaded = await loadFile(path);
  if (!loaded.ok) return { ok: false, failure: { code: loaded.code, message: loaded.message } };
  return examine(loaded.bytes);
}

/** Many files (several paths, a folder, or a dataset wanted) go through the worker pool. */
async function isBulk(paths: readonly string[], opts: { to?: unknown }): Promise<boolean> {
  return opts.to !== undefined || paths.length > 1 || (await anyDirectory(paths));
}

async function parseCommand(paths: string[], opts: ParseOptions, io: Io): Promise<number> {
  if (opts.json && opts.to) {
    io.stderr('--json 与 --to 只能选一个（--json 输出 JSON Lines，--to 输出数据表）。');
    return EXIT.unreadable;
  }
  if (await isBulk(paths, opts)) return bulkParse(paths, opts, io);
  // One file: one pretty-printed object (or the text lines), exit 2 if it cannot be read.
  const [file] = paths as [string];
  const e = await examinePath(file);
  const text = opts.json
    ? JSON.stringify(e.ok ? reportJson(null, e.report, e.findings) : failureJson(file, e.failure), null, 2)
    : examinedLines(file, e);
  if (opts.output !== undefined) {
    try {
      writeFileSync(opts.output, `${text}\n`);
    } catch (err) {
      io.stderr(`无法写入 ${opts.output}（${(err as NodeJS.ErrnoException).code ?? String(err)}）。`);
      return EXIT.unreadable;
    }
    io.stderr(`已写入 ${opts.output}`);
  } else {
    io.stdout(text);
  }
  return e.ok && !isIncomplete(e) ? EXIT.ok : EXIT.unreadable;
}

async function checkCommand(paths: string[], opts: CheckOptions, io: Io): Promise<number> {
  let verdict: Verdict;
  if (await isBulk(paths, {})) {
    verdict = await bulkCheck(paths, opts, io);
  } else {
    const [file] = paths as [string];
    const e = await examinePath(file);
    io.stdout(opts.json ? JSON.stringify(checkJson(file, e), null, 2) : examinedLines(file, e));
    verdict = !e.ok || isIncomplete(e) ? 'unreadable' : hasErrors(e.findings) ? 'findings' : 'ok';
  }
  const code = EXIT[verdict];
  return opts.exitZero && code === EXIT.findings ? EXIT.ok : code;
}

const RENDER_TARGETS = ['html', 'md', 'json', 'csv', 'docx', 'pdf', 'xlsx'] as const;
type RenderTarget = (typeof RENDER_TARGETS)[number];

async function renderCommand(path: string, opts: { to: RenderTarget; output?: string }, io: Io): Promise<number> {
  const binary = opts.to === 'docx' || opts.to === 'pdf' || opts.to === 'xlsx';
  if (binary && !opts.output) {
    io.stderr(`${opts.to.toUpperCase()} 是二进制文件，请用 -o 指定输出文件，例如 -o 报告.${opts.to}`);
    return EXIT.unreadable;
  }
  const e = await examinePath(path);
  if (!e.ok) {
    io.stderr(`无法读取 ${path}（${e.failure.code}）：${e.failure.message}`);
    return EXIT.unreadable;
  }
  const content: string | Uint8Array =
    opts.to === 'html' ? renderHtml(e.report, e.findings)
    : opts.to === 'md' ? renderMarkdown(e.report, e.findings)
    : opts.to === 'csv' ? renderCsv(e.report)
    : opts.to === 'docx' ? await renderDocx(e.report, e.findings)
    : opts.to === 'pdf' ? await renderPdf(renderHtml(e.report))
    : opts.to === 'xlsx' ? await renderXlsx(e.report, e.findings)
    : JSON.stringify(reportJson(null, e.report, e.findings), null, 2);
  if (opts.output) {
    writeFileSync(opts.output, content);
    io.stderr(`已写入 ${opts.output}`);
  } else {
    io.stdout(String(content));
  }
  return EXIT.ok;
}

const PARSE_HELP = `
批量读取（多个文件、文件夹，或使用 --to 时）：
  多线程并行读取，按输入顺序逐个输出，内存占用不随文件数增长；
  单个文件超过读取时限记为 FILE_TIMEOUT 并跳过，不会卡住整批；
  在终端上显示进度；结束时在标准错误输出汇总：已读、部分读出（有单元格未知）、失败（按原因代码计数）。

数据表（--to csv|xlsx）每份报告一行：文件、状态（已读/部分读出/失败）、错误代码、错误说明、机关、年度、格式、
  发布日期、错误数、警告数、提示数、读出单元格数、单元格总数，然后是 2019 版和 2021 版的全部单元格
  （表头如“三·（七）总计·自然人”，报告格式中没有的单元格留空）。--header key 改用契约键路径
  （如 applications.resultsTotal.naturalPerson）；xlsx 的“列说明”表列出每列的中文标签与键路径。

退出码：只读一个文件时，无法读取为 2；批量读取完成即为 0（失败的文件计入汇总），
  加 --strict 则有任何文件无法读取时为 2；参数错误为 2。`;

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('gongkai')
    .description('政府信息公开工作年度报告：解析、校验、导出')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .configureOutput({
      writeOut: (s) => io.stdout(s.trimEnd()),
      writeErr: (s) => io.stderr(s.trimEnd()),
      outputError: (s, write) => write(chineseUsageError(s)),
    })
    .exitOverride()
    .showHelpAfterError('（使用 gongkai --help 查看用法）')
    .option('--data <dir>', '嵌入式数据库所在文件夹（默认 ./data；设置环境变量 DATABASE_URL 时改用 PostgreSQL 服务器）');

  program
    .command('parse')
    .description('读出年度报告的表格数据：一个文件输出一个 JSON 对象；多个文件或文件夹输出 JSON Lines 或数据表')
    .argument('<files...>', `报告文件或文件夹（文件夹递归读取其中的 ${READABLE_EXTENSIONS.join(' ')}；UTF-8、GBK、UTF-16 自动识别）`)
    .option('--json', '按共享契约输出 JSON（多个文件时每行一个对象，带 "source"；无法读取的为 {"source","error"}）')
    .addOption(new Option('--to <format>', '输出数据表，每份报告一行：csv 为 UTF-8 带 BOM（Excel 可直接打开），xlsx 为 Excel 工作簿').choices(DATASET_TARGETS))
    .addOption(new Option('--header <kind>', '数据表的表头：label 为中文标签路径，key 为契约键路径').choices(['label', 'key']).default('label'))
    .option('-o, --output <path>', '写入文件（默认输出到屏幕）')
    .option('--jobs <n>', '并行读取的线程数（默认为 CPU 核数）')
    .option('--timeout <seconds>', `单个文件的读取时限，秒（默认 ${DEFAULT_FILE_TIMEOUT_MS / 1000}；也可用环境变量 ${FILE_TIMEOUT_ENV}，毫秒）`)
    .option('--strict', '批量读取时，有任何文件无法读取则以 2 退出')
    .option('--no-progress', '不在终端上显示进度')
    .addHelpText('after', PARSE_HELP)
    .action(async (files: string[], opts: ParseOptions) => setExit(await parseCommand(files, opts, io)));

  program
    .command('check')
    .description('校验年度报告：勾稽关系、格式版本、标签、发布时限等（退出码 0 无错误，1 有错误，2 无法读取）')
    .argument('<files...>', '报告文件或文件夹')
    .option('--json', '以 JSON 输出检查结果')
    .option('--exit-zero', '发现错误时仍以 0 退出（只要清单、不要中断脚本时使用）')
    .option('--jobs <n>', '并行读取的线程数（默认为 CPU 核数）')
    .option('--timeout <seconds>', `单个文件的读取时限，秒（默认 ${DEFAULT_FILE_TIMEOUT_MS / 1000}）`)
    .action(async (files: string[], opts: CheckOptions) => setExit(await checkCommand(files, opts, io)));

  program
    .command('render')
    .description('按官方表格样式重新生成报告')
    .argument('<file>', '报告文件')
    .addOption(new Option('--to <format>', '输出格式').choices(RENDER_TARGETS).makeOptionMandatory())
    .option('-o, --output <path>', '写入文件（默认输出到屏幕）')
    .action(async (file: string, opts: { to: RenderTarget; output?: string }) => setExit(await renderCommand(file, opts, io)));

  registerDeadlineCommand(program, io, setExit);
  registerOfficeCommands(program, io, setExit);
  return program;
}

/** Runs the CLI with the given arguments (without node and script) and returns the exit code. */
export async function runCli(args: readonly string[], io: Io): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => (code = c));
  try {
    await program.parseAsync([...args], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) {
      return e.exitCode === 0 ? EXIT.ok : EXIT.unreadable;
    }
    io.stderr(`内部错误：${e instanceof Error ? e.message : String(e)}`);
    return EXIT.unreadable;
  }
  if (args.length === 0) {
    io.stdout(program.helpInformation().trimEnd());
  }
  return code;
}
