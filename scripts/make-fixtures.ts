// `npm run fixtures`: writes fixtures/generated/ — reports rendered as DOCX (renderDocx, real merged
// cells) and PDF (renderHtml printed by Chromium), each with the JSON of its source figures, plus an
// image-only "scanned" PDF. Needs /usr/bin/chromium and a CJK font (Debian: fonts-wqy-microhei).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellRef } from '../src/core/figures.js';
import type { FormatVersion } from '../src/core/formats.js';
import type { Report } from '../src/core/report.js';
import { renderDocx } from '../src/render/docx.js';
import { renderHtml } from '../src/render/html.js';
import { printPage, withPage } from '../src/render/pdf.js';
import { REPO_ROOT } from '../src/testkit/fixtures.js';
import { generateReport } from '../src/testkit/generate.js';
import { sampleReport } from '../src/testkit/layouts-sample.js';

const GENERATED_DIR = join(REPO_ROOT, 'fixtures', 'generated');

interface Fixture {
  name: string;
  format: FormatVersion;
  /** A seeded random report, or the sample with a distinct number in every cell. */
  seed: number | 'sample';
  /** Cells printed empty: the fixture's .json has them null, its .truth.json has the real values. */
  blanks?: CellRef[];
  about: string;
}

const FIXTURES: readonly Fixture[] = [
  { name: 'random-2019', format: '2019', seed: 2019, about: '随机生成的 2019 格式报告' },
  { name: 'random-2021', format: '2021', seed: 2021, about: '随机生成的 2021 格式报告' },
  { name: 'sample-2019', format: '2019', seed: 'sample', about: '每格数字各不相同（含增减与金额）的 2019 格式报告' },
  {
    name: 'blanks-2021',
    format: '2021',
    seed: 'sample',
    about: '每格数字各不相同（含万元金额）、部分单元格留空的 2021 格式报告：留空处读作 null 或真实值，绝不能是别的数',
    blanks: [
      { table: 'proactive', row: 'normativeDocuments', column: 'repealed' },
      { table: 'applications', row: 'newReceived', column: 'naturalPerson' },
      { table: 'applications', row: 'granted', column: 'commercial' },
      { table: 'applications', row: 'deniedThirdParty', column: 'total' },
      { table: 'applications', row: 'carriedForward', column: 'other' },
      { table: 'reviewLitigation', row: 'review', column: 'maintained' },
      { table: 'reviewLitigation', row: 'litigationAfterReview', column: 'total' },
    ],
  },
];

function requireCjkFont(): void {
  let fonts = '';
  try {
    fonts = execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' });
  } catch {
    // no fontconfig: Chromium will not find a font either
  }
  if (fonts.trim() === '') {
    console.error('没有中文字体：Chromium 打印出的 PDF 会是方框。请先安装，例如 apt-get install -y fonts-wqy-microhei');
    process.exit(1);
  }
}

function reportFor(f: Fixture): { shown: Report; truth: Report } {
  const base = f.seed === 'sample' ? sampleReport(f.format) : generateReport(f.seed, f.format);
  const shown: Report = structuredClone(base);
  for (const ref of f.blanks ?? []) {
    const row = shown.figures[ref.table][ref.row];
    if (!row || !(ref.column in row)) throw new Error(`${f.name}: no cell ${ref.table}.${ref.row}.${ref.column}`);
    row[ref.column] = null;
  }
  return { shown, truth: base };
}

/** Figures one table row per line: readable in a diff, a third of the pretty-printed size. */
function json(value: unknown): string {
  return `${JSON.stringify(value, null, 1)
    .replace(/\{\n\s*("[^"]+": -?[\d.]+|"[^"]+": null)(,\n\s*("[^"]+": -?[\d.]+|"[^"]+": null))*\n\s*\}/g, (m) => m.replace(/\n\s*/g, ' '))}\n`;
}

async function main(): Promise<void> {
  requireCjkFont();
  mkdirSync(GENERATED_DIR, { recursive: true });
  // Everything but the README is regenerated.
  for (const file of readdirSync(GENERATED_DIR)) if (/\.(json|docx|pdf)$/.test(file)) rmSync(join(GENERATED_DIR, file));
  const fixtures = FIXTURES;
  await withPage(async (page) => {
    for (const f of fixtures) {
      const { shown, truth } = reportFor(f);
      writeFileSync(join(GENERATED_DIR, `${f.name}.json`), json(shown.figures));
      if (f.blanks) writeFileSync(join(GENERATED_DIR, `${f.name}.truth.json`), json(truth.figures));
      writeFileSync(join(GENERATED_DIR, `${f.name}.docx`), await renderDocx(shown));
      writeFileSync(join(GENERATED_DIR, `${f.name}.pdf`), await printPage(page, renderHtml(shown)));
    }
    // A scan: the first page of a report as a small picture (about 60 dpi), and nothing else on the page.
    const first = reportFor(fixtures[0]!).shown;
    await page.setViewportSize({ width: 500, height: 707 });
    await page.setContent(renderHtml(first).replace('</style>', 'html{zoom:0.63}</style>'), { waitUntil: 'load' });
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 30 });
    await page.setContent(
      '<!DOCTYPE html><html><head><style>@page{size:A4;margin:0}body{margin:0}img{width:210mm;height:297mm;display:block}</style></head>' +
        `<body><img src="data:image/jpeg;base64,${jpeg.toString('base64')}"></body></html>`,
      { waitUntil: 'load' },
    );
    writeFileSync(join(GENERATED_DIR, 'scanned.pdf'), await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true }));
  });
  // The tests read this list: each name has .json (+ .truth.json), .docx and .pdf.
  const manifest = fixtures.map(({ name, format, about, blanks }) => ({ name, format, about, blanks: blanks !== undefined }));
  writeFileSync(join(GENERATED_DIR, 'manifest.json'), json({ fixtures: manifest, scanned: 'scanned.pdf' }));
  let total = 0;
  for (const file of readdirSync(GENERATED_DIR).sort()) {
    const size = statSync(join(GENERATED_DIR, file)).size;
    total += size;
    console.log(`${file.padEnd(28)} ${(size / 1024).toFixed(1).padStart(7)} KB`);
  }
  console.log(`${'total'.padEnd(28)} ${(total / 1024).toFixed(1).padStart(7)} KB`);
}

await main();
