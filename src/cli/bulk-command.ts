// `gongkai parse` over many files: JSON Lines, a CSV or Excel dataset, or the text lines, streamed in
// input order; progress on a terminal; a summary at the end; exit 0 when the run completed.
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { DEFAULT_FILE_TIMEOUT_MS, defaultJobs, runBulk, timeoutFromEnv, type BulkResult } from '../app/bulk.js';
import type { HeaderStyle } from '../app/bulk-columns.js';
import { csvSink } from '../app/bulk-csv.js';
import type { Shape } from '../app/bulk-item.js';
import { isIncomplete } from '../app/examine.js';
import { hasErrors } from '../core/finding.js';
import { jsonLinesSink, finishTarget, writeChunk, type Sink, type Target } from '../app/bulk-sink.js';
import { xlsxSink } from '../app/bulk-xlsx.js';
import { READABLE_EXTENSIONS, walkInputs } from '../app/files.js';
import { summaryLines } from './bulk-summary.js';
import { EXIT } from './exit-codes.js';
import { printerStream, type Io } from './io.js';
import { ProgressBar } from './progress.js';
import { checkJson, examinedLines } from './report-output.js';

export const DATASET_TARGETS = ['csv', 'xlsx'] as const;
export type DatasetTarget = (typeof DATASET_TARGETS)[number];

export interface ParseOptions {
  json?: boolean;
  to?: DatasetTarget;
  output?: string;
  header?: HeaderStyle;
  jobs?: string;
  timeout?: string;
  strict?: boolean;
  /** false with --no-progress. */
  progress?: boolean;
}

export interface CheckOptions {
  json?: boolean;
  exitZero?: boolean;
  jobs?: string;
  timeout?: string;
}

/** check's outcome over all files: the worst of them (keys of EXIT). */
export type Verdict = 'ok' | 'findings' | 'unreadable';

export const NO_FILES_MESSAGE = `没有找到可读取的文件（支持 ${READABLE_EXTENSIONS.join('、')}）。`;

export class UsageError extends Error {}

/** --jobs, --timeout (seconds) or GONGKAI_FILE_TIMEOUT_MS (milliseconds), else the defaults. */
export function runSettings(opts: { jobs?: string; timeout?: string }, env: NodeJS.ProcessEnv = process.env): { jobs: number; timeoutMs: number } {
  const jobs = opts.jobs === undefined ? defaultJobs() : Number(opts.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs 应为正整数，而不是“${opts.jobs}”。`);
  let timeoutMs = timeoutFromEnv(env) ?? DEFAULT_FILE_TIMEOUT_MS;
  if (opts.timeout !== undefined) {
    const seconds = Number(opts.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--timeout 应为正数（秒），而不是“${opts.timeout}”。`);
    timeoutMs = seconds * 1000;
  }
  return { jobs, timeoutMs };
}

export async function openTarget(path: string | undefined, io: Io): Promise<Target> {
  if (path === undefined) return { stream: io.streams?.stdout ?? printerStream(io.stdout), close: false };
  const stream = createWriteStream(path);
  try {
    await once(stream, 'open');
  } catch (e) {
    throw new UsageError(`无法写入 ${path}（${(e as NodeJS.ErrnoException).code ?? String(e)}）。`);
  }
  return { stream, close: true };
}

function textSink(target: Target): Sink<'examined'> {
  return {
    shape: 'examined',
    write: (o) => writeChunk(target.stream, `${examinedLines(o.source, o.payload)}\n`),
    end: () => finishTarget(target),
  };
}

function sinkFor(opts: ParseOptions, target: Target): Sink<Shape> {
  const header = opts.header ?? 'label';
  if (opts.to === 'csv') return csvSink(target, header) as Sink<Shape>;
  if (opts.to === 'xlsx') return xlsxSink(target, header) as Sink<Shape>;
  return (opts.json ? jsonLinesSink(target) : textSink(target)) as Sink<Shape>;
}

/** Counts the inputs in the background, for "已读 n/总数" and the time left. */
async function countInto(paths: readonly string[], bar: ProgressBar): Promise<void> {
  let n = 0;
  const walk = walkInputs(paths);
  while (!(await walk.next()).done) n++;
  bar.setTotal(n);
}

function progressFor(opts: ParseOptions, io: Io): ProgressBar | null {
  const err = io.streams?.stderr;
  const out = io.streams?.stdout;
  if (opts.progress === false || !err?.isTTY) return null;
  // Output on the same terminal would be torn by the redrawn line.
  if (opts.output === undefined && out?.isTTY) return null;
  return new ProgressBar({ write: (s) => err.write(s), get columns() { return err.columns; } });
}

export async function bulkParse(paths: readonly string[], opts: ParseOptions, io: Io): Promise<number> {
  let settings: { jobs: number; timeoutMs: number };
  let target: Target;
  try {
    settings = runSettings(opts);
    if (opts.to === 'xlsx' && opts.output === undefined && (io.streams?.stdout.isTTY || !io.streams)) {
      throw new UsageError('Excel 文件是二进制数据，请用 -o 指定输出文件（例如 -o 年度报告.xlsx）。');
    }
    target = await openTarget(opts.output, io);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(e.message);
    return EXIT.unreadable;
  }

  const sink = sinkFor(opts, target);
  const bar = progressFor(opts, io);
  if (bar) void countInto(paths, bar).catch(() => {});
  let result: BulkResult;
  try {
    result = await runBulk({
      inputs: paths,
      shape: sink.shape,
      ...settings,
      onOutcome: async (o, t) => {
        await sink.write(o);
        bar?.update(t.done, t.failed);
      },
    });
  } finally {
    bar?.stop();
  }
  await sink.end();

  if (result.tally.done === 0) {
    io.stderr(NO_FILES_MESSAGE);
    return EXIT.unreadable;
  }
  io.stderr(summaryLines(result).join('\n'));
  if (opts.output !== undefined) io.stderr(`已写入 ${opts.output}`);
  return opts.strict && result.tally.failed > 0 ? EXIT.unreadable : EXIT.ok;
}

/** `check` over many files: the same lines as for one, in input order; the worst verdict decides the exit. */
export async function bulkCheck(paths: readonly string[], opts: CheckOptions, io: Io): Promise<Verdict> {
  let settings: { jobs: number; timeoutMs: number };
  try {
    settings = runSettings(opts);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(e.message);
    return 'unreadable';
  }
  const out = io.streams?.stdout ?? printerStream(io.stdout);
  let verdict: Verdict = 'ok';
  const { tally } = await runBulk({
    inputs: paths,
    shape: 'examined',
    ...settings,
    onOutcome: async ({ source, payload: e }) => {
      if (!e.ok || isIncomplete(e)) verdict = 'unreadable';
      else if (verdict === 'ok' && hasErrors(e.findings)) verdict = 'findings';
      await writeChunk(out, `${opts.json ? JSON.stringify(checkJson(source, e)) : examinedLines(source, e)}\n`);
    },
  });
  if (tally.done === 0) {
    io.stderr(NO_FILES_MESSAGE);
    return 'unreadable';
  }
  return verdict;
}
