// Reader accuracy on the labelled corpus (fixtures/corpus): a table per report and overall.
// Usage: npm run accuracy [-- DIR] [--missing]   (--missing lists every missing cell)
// Exits 1 when any cell is read wrong (a number that is not the truth).
import { fileURLToPath } from 'node:url';
import { cellName, readRate, scoreCorpus, type CellOutcome, type DocumentScore } from '../src/testkit/accuracy.js';

const args = process.argv.slice(2);
const listMissing = args.includes('--missing');
const dir = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../fixtures/corpus', import.meta.url));

const pct = (n: number) => `${n.toFixed(1)}%`;
const show = (v: string | number | null) => (v === null ? 'null' : String(v));

function pad(s: string, n: number): string {
  // Chinese characters count double in a terminal.
  const width = [...s].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return s + ' '.repeat(Math.max(0, n - width));
}

function row(cells: string[], widths: number[]): string {
  return cells.map((c, i) => pad(c, widths[i] ?? 8)).join('  ');
}

function metaNote(d: DocumentScore): string {
  const notes = d.meta.map((m) => `${m.field}: expected ${show(m.expected)}, got ${show(m.got)}`);
  if (d.readFailure) notes.unshift(`read failed (${d.readFailure.split(':')[0]})`);
  return notes.join('; ');
}

function cellLines(cells: CellOutcome[]): string[] {
  return cells.map((c) => `      ${cellName(c)}: expected ${show(c.expected)}, got ${show(c.got)}`);
}

const score = await scoreCorpus(dir);
const widths = [48, 9, 8, 6, 8, 7];
console.log(row(['document', 'labelled', 'correct', 'wrong', 'missing', 'read'], widths));
for (const d of score.documents) {
  console.log(row([d.file, String(d.labelled), String(d.correct), String(d.wrong), String(d.missing), pct(readRate(d))], widths));
  const note = metaNote(d);
  if (note) console.log(`      ${note}`);
}
console.log(row(['OVERALL', String(score.labelled), String(score.correct), String(score.wrong), String(score.missing), pct(readRate(score))], widths));
console.log(`${score.documents.length} documents; ${score.metaMismatches} with a format/year/agency mismatch or a read failure`);

const withWrong = score.documents.filter((d) => d.wrong > 0);
if (withWrong.length > 0) {
  console.log('\nWRONG cells (a certain value that is not the truth):');
  for (const d of withWrong) {
    console.log(`  ${d.file}`);
    for (const line of cellLines(d.wrongCells)) console.log(line);
  }
}
const withMissing = score.documents.filter((d) => d.missing > 0);
if (withMissing.length > 0) {
  console.log(listMissing ? '\nMissing cells (truth known, read null):' : '\nMissing cells per document (--missing lists them):');
  for (const d of withMissing) {
    console.log(`  ${d.file}: ${d.missing}`);
    if (listMissing) for (const line of cellLines(d.missingCells)) console.log(line);
  }
}
process.exitCode = score.wrong > 0 ? 1 : 0;
