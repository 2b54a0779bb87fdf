// Parse throughput on a generated corpus of annual reports in mixed layouts, single process.
// Usage: npm run bench [-- --reports 5000]
import { examineText } from '../src/app/examine.js';
import type { Report } from '../src/core/report.js';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readDocument } from '../src/reader/read-document.js';
import { readReport } from '../src/reader/read-report.js';
import { renderHtml } from '../src/render/html.js';
import { renderMarkdown } from '../src/render/markdown.js';
import { generateReport } from '../src/testkit/generate.js';
import { encodeGbk, encodeUtf16le, renderLayout } from '../src/testkit/layouts.js';

const arg = (name: string, fallback: number): number => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};

type Kind = 'pipe' | 'tab' | 'cellPerLine' | 'html' | 'markdown' | 'gbk' | 'utf16' | 'fullWidth';
const KINDS: Kind[] = ['pipe', 'tab', 'cellPerLine', 'html', 'markdown', 'gbk', 'utf16', 'fullWidth'];

function write(report: Report, kind: Kind): Uint8Array {
  switch (kind) {
    case 'html':
      return Buffer.from(renderHtml(report));
    case 'markdown':
      return Buffer.from(renderMarkdown(report));
    case 'gbk':
      return encodeGbk(renderLayout(report, 'tab'));
    case 'utf16':
      return encodeUtf16le(renderLayout(report, 'cellPerLine'));
    case 'fullWidth':
      return Buffer.from(renderLayout(report, 'pipe', { fullWidthDigits: true, thousands: true }));
    default:
      return Buffer.from(renderLayout(report, kind));
  }
}

const count = arg('reports', 5000);
const corpus: { kind: Kind; bytes: Uint8Array }[] = [];
for (let i = 0; i < count; i++) {
  const kind = KINDS[i % KINDS.length]!;
  corpus.push({ kind, bytes: write(generateReport(i), kind) });
}
const totalBytes = corpus.reduce((n, d) => n + d.bytes.length, 0);

/** One timed pass over the corpus: overall and per layout. */
function pass(fn: (bytes: Uint8Array) => boolean) {
  const byKind = new Map<Kind, { n: number; ms: number; bytes: number }>();
  let failures = 0;
  const start = performance.now();
  for (const d of corpus) {
    const t = performance.now();
    if (!fn(d.bytes)) failures++;
    const k = byKind.get(d.kind) ?? { n: 0, ms: 0, bytes: 0 };
    k.n++;
    k.ms += performance.now() - t;
    k.bytes += d.bytes.length;
    byKind.set(d.kind, k);
  }
  return { seconds: (performance.now() - start) / 1000, failures, byKind };
}

/** Warm up, then three passes; the median pass is reported. */
function measure(label: string, fn: (bytes: Uint8Array) => boolean): void {
  for (const d of corpus.slice(0, 1000)) fn(d.bytes);
  const passes = [pass(fn), pass(fn), pass(fn)].sort((a, b) => a.seconds - b.seconds);
  const { seconds, failures, byKind } = passes[1]!;
  console.log(`${label}: ${corpus.length} reports, ${(totalBytes / 1048576).toFixed(1)} MB in ${seconds.toFixed(2)} s → ${(corpus.length / seconds).toFixed(0)} reports/s, ${(totalBytes / 1048576 / seconds).toFixed(1)} MB/s, unread ${failures}`);
  for (const [kind, k] of byKind) {
    console.log(`  ${kind.padEnd(12)} ${(k.n / (k.ms / 1000)).toFixed(0).padStart(6)} reports/s  ${(k.bytes / 1048576 / (k.ms / 1000)).toFixed(1).padStart(6)} MB/s`);
  }
}

console.log(`Gongkai parse benchmark — node ${process.version}, one process`);
measure('read (reader only)', (b) => readReport(b).ok);
measure('examine (reader + checks)', (b) => examineText(b).ok);
await binaryRates();
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

/** DOCX and PDF, read from the generated fixtures (their extraction dominates; reported apart). */
async function binaryRates(): Promise<void> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'generated');
  for (const ext of ['docx', 'pdf']) {
    const files = readdirSync(dir).filter((f) => f.endsWith(`.${ext}`) && !f.startsWith('scanned'));
    const docs = files.map((f) => readFileSync(join(dir, f)));
    const rounds = ext === 'pdf' ? 8 : 40;
    for (const d of docs) await readDocument(d); // warm-up (pdfjs loads once)
    const start = performance.now();
    let ok = 0;
    for (let r = 0; r < rounds; r++) for (const d of docs) if ((await readDocument(d)).ok) ok++;
    const seconds = (performance.now() - start) / 1000;
    const n = rounds * docs.length;
    console.log(`${ext.toUpperCase()}: ${n} reads of ${docs.length} generated reports in ${seconds.toFixed(2)} s → ${(n / seconds).toFixed(1)} reports/s, read ${ok}/${n}`);
  }
}
