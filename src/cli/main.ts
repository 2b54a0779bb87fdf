// The `gongkai` command. Thin: parses arguments, loads files, calls the use cases, prints, exits.
import { writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { examine, type Examined } from '../app/examine.js';
import { hasErrors } from '../core/finding.js';
import { renderCsv } from '../render/csv.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { EXIT } from './exit-codes.js';
import { expandPaths, loadFile } from './inputs.js';
import { examinedLines, failureJson, reportJson } from './report-output.js';

type Out = (text: string) => void;

interface Io {
  stdout: Out;
  stderr: Out;
}

async function examinePath(path: string): Promise<Examined> {
  const loaded = loadFile(path);
  if (!loaded.ok) return { ok: false, failure: { code: loaded.code, message: loaded.message } };
  return examine(loaded.bytes);
}

function exitFor(results: readonly Examined[]): number {
  if (results.some((r) => !r.ok)) return EXIT.unreadable;
  return results.some((r) => r.ok && hasErrors(r.findings)) ? EXIT.findings : EXIT.ok;
}

function filesOrFail(paths: readonly string[], io: Io): string[] | null {
  const files = expandPaths(paths);
  if (files.length === 0) {
    io.stderr('没有找到可读取的文件（支持 .txt、.html、.md）。');
    return null;
  }
  return files;
}

async function parseCommand(paths: string[], opts: { json?: boolean }, io: Io): Promise<number> {
  const files = filesOrFail(paths, io);
  if (!files) return EXIT.unreadable;
  const single = files.length === 1 && paths.length === 1;
  let unreadable = false;
  for (const file of files) {
    const e = await examinePath(file);
    if (!e.ok) unreadable = true;
    if (opts.json) {
      const obj = e.ok ? reportJson(single ? null : file, e.report, e.findings) : failureJson(file, e.failure);
      io.stdout(single ? JSON.stringify(obj, null, 2) : JSON.stringify(obj));
    } else {
      io.stdout(examinedLines(file, e));
    }
  }
  return unreadable ? EXIT.unreadable : EXIT.ok;
}

async function checkCommand(paths: string[], opts: { json?: boolean; exitZero?: boolean }, io: Io): Promise<number> {
  const files = filesOrFail(paths, io);
  if (!files) return EXIT.unreadable;
  const results: Examined[] = [];
  for (const file of files) {
    const e = await examinePath(file);
    results.push(e);
    if (opts.json) {
      const obj = e.ok
        ? { source: file, format: e.report.figures.format, year: e.report.figures.year, agency: e.report.figures.agency, findings: e.findings }
        : failureJson(file, e.failure);
      io.stdout(files.length === 1 ? JSON.stringify(obj, null, 2) : JSON.stringify(obj));
    } else {
      io.stdout(examinedLines(file, e));
    }
  }
  const code = exitFor(results);
  return opts.exitZero && code === EXIT.findings ? EXIT.ok : code;
}

const RENDER_TARGETS = ['html', 'md', 'json', 'csv'] as const;
type RenderTarget = (typeof RENDER_TARGETS)[number];

async function renderCommand(path: string, opts: { to: RenderTarget; output?: string }, io: Io): Promise<number> {
  const e = await examinePath(path);
  if (!e.ok) {
    io.stderr(`无法读取 ${path}（${e.failure.code}）：${e.failure.message}`);
    return EXIT.unreadable;
  }
  const text =
    opts.to === 'html' ? renderHtml(e.report, e.findings)
    : opts.to === 'md' ? renderMarkdown(e.report, e.findings)
    : opts.to === 'csv' ? renderCsv(e.report)
    : JSON.stringify(reportJson(null, e.report, e.findings), null, 2);
  if (opts.output) {
    writeFileSync(opts.output, text);
    io.stderr(`已写入 ${opts.output}`);
  } else {
    io.stdout(text);
  }
  return EXIT.ok;
}

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('gongkai')
    .description('政府信息公开工作年度报告：解析、校验、导出')
    .helpOption('-h, --help', '显示帮助')
    .addHelpCommand('help [command]', '显示某个命令的帮助')
    .configureOutput({ writeOut: (s) => io.stdout(s.trimEnd()), writeErr: (s) => io.stderr(s.trimEnd()) })
    .exitOverride()
    .showHelpAfterError('（使用 gongkai --help 查看用法）');

  program
    .command('parse')
    .description('读出年度报告的表格数据（多个文件时每行一个 JSON 对象）')
    .argument('<files...>', '报告文件或文件夹（纯文本、HTML；UTF-8、GBK、UTF-16 自动识别）')
    .option('--json', '按共享契约输出 JSON')
    .action(async (files: string[], opts: { json?: boolean }) => setExit(await parseCommand(files, opts, io)));

  program
    .command('check')
    .description('校验年度报告：勾稽关系、格式版本、标签、发布时限等（退出码 0 无错误，1 有错误，2 无法读取）')
    .argument('<files...>', '报告文件或文件夹')
    .option('--json', '以 JSON 输出检查结果')
    .option('--exit-zero', '发现错误时仍以 0 退出（只要清单、不要中断脚本时使用）')
    .action(async (files: string[], opts: { json?: boolean; exitZero?: boolean }) => setExit(await checkCommand(files, opts, io)));

  program
    .command('render')
    .description('按官方表格样式重新生成报告')
    .argument('<file>', '报告文件')
    .addOption(new Option('--to <format>', '输出格式').choices(RENDER_TARGETS).makeOptionMandatory())
    .option('-o, --output <path>', '写入文件（默认输出到屏幕）')
    .action(async (file: string, opts: { to: RenderTarget; output?: string }) => setExit(await renderCommand(file, opts, io)));

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
