// Bulk reading on a corpus of generated reports written to disk: files/s and peak memory of the
// whole run (walk → worker pool → ordered output to /dev/null), in-process.
// Usage (after tsc -p tsconfig.bench.json):
//   node .bench-build/bench/bulk.bench.js [--files 20000] [--to json|csv|xlsx] [--jobs N] [--dir DIR]
// The corpus is written once to DIR (default: the temp folder) and reused by later runs. It is written
// by a child process, so the peak RSS reported here is the bulk run's own.
import { fork } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runBulk } from '../src/app/bulk.js';
import { csvSink } from '../src/app/bulk-csv.js';
import type { Shape } from '../src/app/bulk-item.js';
import { jsonLinesSink, type Sink, type Target } from '../src/app/bulk-sink.js';
import { xlsxSink } from '../src/app/bulk-xlsx.js';
import type { Report } from '../src/core/report.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { generateReport } from '../src/testkit/generate.js';
import { encodeGbk, encodeUtf16le, renderLayout } from '../src/testkit/layouts.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const files = Number(arg('files') ?? 20_000);
const to = (arg('to') ?? 'json') as 'json' | 'csv' | 'xlsx';
const jobs = arg('jobs') === undefined ? undefined : Number(arg('jobs'));
const dir = arg('dir') ?? join(tmpdir(), `gongkai-bulk-corpus-${files}`);
const MB = 1048576;

type Kind = 'pipe' | 'tab' | 'cellPerLine' | 'html' | 'markdown' | 'gbk' | 'utf16' | 'fullWidth';
const KINDS: Kind[] = ['pipe', 'tab', 'cellPerLine', 'html', 'markdown', 'gbk', 'utf16', 'fullWidth'];

function document(report: Report, kind: Kind): { ext: string; bytes: Uint8Array } {
  switch (kind) {
    case 'html':
      return { ext: 'html', bytes: Buffer.from(renderHtml(report)) };
    case 'markdown':
      return { ext: 'md', bytes: Buffer.from(renderMarkdown(report)) };
    case 'gbk':
      return { ext: 'txt', bytes: encodeGbk(renderLayout(report, 'tab')) };
    case 'utf16':
      return { ext: 'txt', bytes: encodeUtf16le(renderLayout(report, 'cellPerLine')) };
    case 'fullWidth':
      return { ext: 'txt', bytes: Buffer.from(renderLayout(report, 'pipe', { fullWidthDigits: true, thousands: true })) };
    default:
      return { ext: 'txt', bytes: Buffer.from(renderLayout(report, kind)) };
  }
}

/** One file in 500 is broken the ways real crawls are: empty, binary, a web page that is not a report. */
function broken(i: number): { ext: string; bytes: Uint8Array } | null {
  if (i % 500 !== 499) return null;
  const which = Math.floor(i / 500) % 3;
  if (which === 0) return { ext: 'txt', bytes: new Uint8Array(0) };
  if (which === 1) return { ext: 'txt', bytes: Buffer.from(Array.from({ length: 4000 }, (_, k) => (k * 131 + i) % 256)) };
  return { ext: 'html', bytes: Buffer.from('<html><body><h1>通知</h1><p>本站维护中。</p></body></html>') };
}

function generate(): void {
  const start = performance.now();
  let bytes = 0;
  for (let i = 0; i < files; i++) {
    const sub = join(dir, String(Math.floor(i / 1000)).padStart(3, '0'));
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    const doc = broken(i) ?? document(generateReport(i), KINDS[i % KINDS.length]!);
    writeFileSync(join(sub, `${String(i).padStart(6, '0')}.${doc.ext}`), doc.bytes);
    bytes += doc.bytes.length;
  }
  writeFileSync(join(dir, '.complete'), String(files));
  console.log(`wrote ${files} files, ${(bytes / MB).toFixed(0)} MB to ${dir} in ${((performance.now() - start) / 1000).toFixed(0)} s`);
}

async function ensureCorpus(): Promise<void> {
  if (existsSync(join(dir, '.complete'))) return console.log(`reusing corpus ${dir}`);
  const child = fork(process.argv[1]!, [...process.argv.slice(2), '--generate-only', '--dir', dir], { stdio: 'inherit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  if (code !== 0) throw new Error(`corpus generation failed (${code})`);
}

function sinkFor(target: Target): Sink<Shape> {
  if (to === 'csv') return csvSink(target) as Sink<Shape>;
  if (to === 'xlsx') return xlsxSink(target) as Sink<Shape>;
  return jsonLinesSink(target) as Sink<Shape>;
}

async function measure(): Promise<void> {
  await ensureCorpus();
  const rssMb = () => process.memoryUsage().rss / MB;
  const baseline = rssMb();
  const cpuBefore = process.cpuUsage();
  const sink = sinkFor({ stream: createWriteStream('/dev/null'), close: true });
  const samples: string[] = [];
  let nextSample = files / 10;
  const result = await runBulk({
    inputs: [dir],
    shape: sink.shape,
    ...(jobs === undefined ? {} : { jobs }),
    onOutcome: async (o, t) => {
      await sink.write(o);
      if (t.done >= nextSample) {
        samples.push(`${Math.round((100 * t.done) / files)}%:${rssMb().toFixed(0)}`);
        nextSample += files / 10;
      }
    },
  });
  await sink.end();
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const { tally: t, seconds, pool } = result;
  console.log(`Gongkai bulk benchmark — node ${process.version}, ${pool.workersStarted} worker thread(s), output ${to} → /dev/null`);
  console.log(`${t.done} files in ${seconds.toFixed(1)} s → ${(t.done / seconds).toFixed(0)} files/s (read ${t.full}, partly ${t.partial}, failed ${t.failed}; time-outs ${pool.timeouts})`);
  // CPU time of all threads: files per CPU-second does not depend on what else the machine is doing.
  console.log(`CPU time (all threads) ${cpuSeconds.toFixed(1)} s → ${(t.done / cpuSeconds).toFixed(0)} files per CPU-second; ${(cpuSeconds / seconds).toFixed(2)} cores busy on average`);
  console.log(`peak RSS of the process (main thread + worker threads) ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB; RSS before the run ${baseline.toFixed(0)} MB`);
  console.log(`RSS during the run (MB, at % done): ${samples.join(' ')}`);
  console.log(`peak V8 heap: main thread ${(result.mainHeapPeakBytes / MB).toFixed(0)} MB, largest worker ${(pool.workerHeapPeakBytes / MB).toFixed(0)} MB`);
}

if (process.argv.includes('--generate-only')) generate();
else await measure();
