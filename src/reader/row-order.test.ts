// Rows settled by where their values stand (row-order.ts): converter Markdown whose wrapped labels
// were pulled out of the table. Placed by order only when exactly one reading is left; never a wrong number.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Cell } from '../core/figures.js';
import { APPLICANT_COLUMNS, FORMATS, type FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { renderMarkdown } from '../render/markdown.js';
import { arbitraryReport, generateReport } from '../testkit/generate.js';
import { readReport } from './read-report.js';

/** What the converter does with one row of section 三. */
type Fate = 'keep' | 'before' | 'grouped' | 'after' | 'lost';

const isValue = (cell: string) => /^\s*[-+]?\d[\d,.]*\s*$/.test(cell);

/** Lines wrapped as a PDF wraps a narrow cell: a few characters each. */
const wrap = (text: string): string[] => text.match(/.{1,9}/gu) ?? [];

/**
 * Section 三 of the Markdown export, as a PDF → Markdown converter leaves a table whose labels
 * wrap: a row's label moved out of the table (just before its values, gathered before the first
 * row of a run of such rows, or just after its values) and its values left as a row with no label;
 * 'lost' rows keep their label but lose their values. `pageNumbers` puts a bare page number line
 * before or after the row.
 */
function detachLabels(report: Report, fates: readonly Fate[], pageNumbers: readonly boolean[]): string {
  const lines = renderMarkdown(report).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| 一、本年新收'));
  const end = lines.findIndex((l) => l.startsWith('| 四、结转下年度'));
  const rows = lines.slice(start, end + 1).map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    const first = cells.findIndex(isValue);
    const labels = cells.slice(0, first).filter((c) => c !== '');
    // The group label spans its rows in the PDF: only the row's own label travels with it.
    return { label: labels[labels.length - 1]!, values: cells.slice(first) };
  });
  // A gathered run's labels are one array, filled as its rows come, standing where the run began.
  const out: (string | string[])[] = [];
  let gathered: string[] | null = null;
  const detach = (row: { label: string; values: string[] }, fate: Fate): void => {
    const valueLine = `| ${row.values.join(' | ')} |`;
    switch (fate) {
      case 'keep':
        out.push(`| ${row.label} | ${row.values.join(' | ')} |`);
        return;
      case 'lost':
        out.push('', ...wrap(row.label));
        return;
      case 'before':
        out.push('', ...wrap(row.label), valueLine);
        return;
      case 'after':
        out.push(valueLine, '', ...wrap(row.label));
        return;
      case 'grouped':
        if (!gathered) out.push('', (gathered = []));
        gathered.push(...wrap(row.label));
        out.push(valueLine);
    }
  };
  rows.forEach((row, i) => {
    const fate = fates[i] ?? 'keep';
    // A page number stands before some rows and right after others.
    const page = pageNumbers[i] ? String(i + 3) : null;
    if (page && i % 2 === 0) out.push('', page, '');
    if (fate !== 'grouped') gathered = null;
    detach(row, fate);
    if (page && i % 2 === 1) out.push(page);
  });
  const text = out.flatMap((x) => (typeof x === 'string' ? [x] : x));
  return [...lines.slice(0, start), ...text, ...lines.slice(end + 1)].join('\n');
}

/** Fates for every row of either format (the 2019 table has fewer rows; the rest go unused). */
const ROWS = FORMATS['2021'].applicationRows.length;
const fateArb = fc.constantFrom<Fate>('keep', 'keep', 'before', 'grouped', 'grouped', 'after', 'lost');

function applicationCells(report: Report): Map<string, Cell> {
  const out = new Map<string, Cell>();
  for (const [row, cells] of Object.entries(report.figures.applications)) for (const [c, v] of Object.entries(cells)) out.set(`${row}.${c}`, v ?? null);
  return out;
}

/** Some cells printed blank (a blank first value cell is lost with the label: the row comes out short). */
function withBlanks(report: Report, pick: readonly number[]): Report {
  const copy: Report = structuredClone(report);
  let i = 0;
  for (const row of Object.values(copy.figures.applications)) {
    for (const column of Object.keys(row)) if (pick.includes(i++ % 97)) row[column] = null;
  }
  return copy;
}

for (const format of ['2019', '2021'] as FormatVersion[]) {
  test(`${format}: labels pulled out of the table never give a wrong number`, () => {
    fc.assert(
      fc.property(
        arbitraryReport(format),
        fc.array(fateArb, { minLength: ROWS, maxLength: ROWS }),
        fc.array(fc.integer({ min: 0, max: 9 }).map((n) => n === 0), { minLength: ROWS, maxLength: ROWS }),
        fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { maxLength: 8 }),
        (truth, fates, pages, blanks) => {
          const r = readReport(detachLabels(withBlanks(truth, blanks), fates, pages));
          assert.ok(r.ok);
          for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
            for (const [row, cells] of Object.entries(r.report.figures[table])) {
              for (const [column, got] of Object.entries(cells)) {
                if (got !== null) assert.equal(got, truth.figures[table][row]![column], `${table}.${row}.${column} ${fates.join(',')}`);
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
}

test('value rows between labelled rows are placed by order when they are exactly the rows between', () => {
  fc.assert(
    fc.property(
      arbitraryReport('2021'),
      // The first and last rows keep their labels: a run of values at either end has no row after or before it.
      fc.array(fc.constantFrom<Fate>('keep', 'before', 'grouped'), { minLength: ROWS - 2, maxLength: ROWS - 2 }),
      (truth, inner) => {
        const r = readReport(detachLabels(truth, ['keep', ...inner, 'keep'], []));
        assert.ok(r.ok);
        assert.deepEqual(applicationCells(r.report), applicationCells(truth));
      },
    ),
    { numRuns: 200 },
  );
});

test('a label left just after its values, before a labelled row, still gives the row', () => {
  const truth = generateReport(7, '2021');
  const fates: Fate[] = new Array<Fate>(ROWS).fill('keep');
  fates[3] = 'after'; // （二）部分公开: its wrapped label printed below its numbers
  fates[5] = 'before';
  const r = readReport(detachLabels(truth, fates, []));
  assert.ok(r.ok);
  assert.deepEqual(applicationCells(r.report), applicationCells(truth));
  assert.ok(r.diagnostics.some((d) => d.code === 'ROW_LABEL_AMBIGUOUS' && /行序/.test(d.message)));
});

test('when a row lost its values, the rows around it are not guessed', () => {
  const truth = generateReport(11, '2021');
  // Make the rows distinguishable: （五）4 and （五）5 differ in the 自然人 column.
  const app = truth.figures.applications;
  app['notProcessedExcessive']!['naturalPerson'] = 3;
  app['notProcessedExcessive']!['total'] = app['notProcessedExcessive']!['total']! + 3;
  app['notProcessedConfirmation']!['naturalPerson'] = 0;
  const fates: Fate[] = new Array<Fate>(ROWS).fill('keep');
  const keys = FORMATS['2021'].applicationRows.map((r) => r.key);
  fates[keys.indexOf('notProcessedExcessive')] = 'grouped';
  fates[keys.indexOf('notProcessedConfirmation')] = 'lost';
  const r = readReport(detachLabels(truth, fates, []));
  assert.ok(r.ok);
  // One row of values, two rows it could be: neither is placed by order.
  assert.equal(r.report.figures.applications['notProcessedExcessive']!['naturalPerson'], null);
  assert.equal(r.report.figures.applications['notProcessedConfirmation']!['naturalPerson'], null);
});

test('a table whose printed arithmetic is broken gets no row placed by order', () => {
  const truth = generateReport(3, '2021');
  const fates: Fate[] = new Array<Fate>(ROWS).fill('keep');
  const keys = FORMATS['2021'].applicationRows.map((r) => r.key);
  fates[keys.indexOf('deniedThirdParty')] = 'after'; // its values stand with no label before them
  let md = detachLabels(truth, fates, []);
  const intact = readReport(md);
  assert.ok(intact.ok);
  assert.deepEqual(intact.report.figures.applications['deniedThirdParty'], truth.figures.applications['deniedThirdParty'], 'placed while the arithmetic holds');
  // （七）总计 printed one too high in its 总计 column: R2 and R3 fail on printed values.
  const total = truth.figures.applications['resultsTotal']!['total']!;
  md = md.replace(/(\| （七）总计 \|(?: [^|]* \|){6}) (\d+) \|/, (_m, head: string) => `${head} ${total + 1} |`);
  const r = readReport(md);
  assert.ok(r.ok);
  for (const c of APPLICANT_COLUMNS) assert.equal(r.report.figures.applications['deniedThirdParty']![c.key], null, c.key);
});

test('a sub-table a converter emitted after the others is read by the labels in its rows', () => {
  const truth = generateReport(5, '2021');
  const proactive = truth.figures.proactive;
  Object.assign(proactive['regulations']!, { issued: 1, repealed: 2, inForce: 3 });
  Object.assign(proactive['normativeDocuments']!, { issued: 4, repealed: 5, inForce: 6 });
  const md = renderMarkdown(truth);
  const from = md.indexOf('**第二十条第（一）项**');
  const to = md.indexOf('**第二十条第（五）项**');
  const head = md.indexOf('## 三、');
  const moved = md.slice(0, from) + md.slice(to, head) + md.slice(from, to) + md.slice(head);
  const r = readReport(moved);
  assert.ok(r.ok);
  assert.deepEqual(r.report.figures.proactive['regulations'], { issued: 1, repealed: 2, inForce: 3 });
  assert.deepEqual(r.report.figures.proactive['normativeDocuments'], { issued: 4, repealed: 5, inForce: 6 });
});
