// Fuzzing the reader: random bytes and damaged real reports never crash or hang it, and real reports
// that are only laid out differently never read as a different number.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import type { ReportFigures } from '../core/figures.js';
import { SEEDS_DIR, SEEDS_EXPECTED_DIR, seedNames } from '../testkit/fixtures.js';
import { readReport } from './read-report.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 1500);
const seeds = seedNames().map((name) => ({
  name,
  text: readFileSync(join(SEEDS_DIR, name), 'utf8'),
  truth: JSON.parse(readFileSync(join(SEEDS_EXPECTED_DIR, name.replace(/\.txt$/, '.json')), 'utf8')) as ReportFigures,
}));

/** Reading must always end in a result, whatever the input. */
function survives(input: Uint8Array | string): void {
  const r = readReport(input);
  assert.equal(typeof r.ok, 'boolean');
  if (!r.ok) {
    assert.notEqual(r.code, 'READER_ERROR', r.message);
    assert.match(r.message, /[\u4e00-\u9fff]/);
  }
}

test('random bytes', { timeout: 300_000 }, () => {
  fc.assert(fc.property(fc.uint8Array({ maxLength: 4096 }), (bytes) => survives(bytes)), { numRuns: RUNS });
});

test('random text made of report words, digits and separators', { timeout: 300_000 }, () => {
  const words = ['一、本年新收政府信息公开申请数量', '（七）总计', '规章', '行政复议', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况', '0', '12', '801000081', '|', '\t', '\n', ' ', '<td>', '</tr>', '<table rowspan="99999">', '—', '+98'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 400 }), (parts) => survives(parts.join(''))),
    { numRuns: RUNS },
  );
});

test('damaged real reports: lines dropped, duplicated, cut, characters changed', { timeout: 300_000 }, () => {
  const mutation = fc.record({
    seed: fc.integer({ min: 0, max: seeds.length - 1 }),
    ops: fc.array(
      fc.record({ kind: fc.constantFrom('drop', 'dup', 'cut', 'char', 'swap'), at: fc.nat(), ch: fc.string({ maxLength: 3 }) }),
      { minLength: 1, maxLength: 8 },
    ),
  });
  fc.assert(
    fc.property(mutation, ({ seed, ops }) => {
      let lines = seeds[seed]!.text.split('\n');
      for (const op of ops) {
        const i = op.at % Math.max(1, lines.length);
        if (op.kind === 'drop') lines.splice(i, 1);
        else if (op.kind === 'dup') lines.splice(i, 0, lines[i] ?? '');
        else if (op.kind === 'cut') lines = lines.slice(0, i + 1);
        else if (op.kind === 'swap' && i + 1 < lines.length) [lines[i], lines[i + 1]] = [lines[i + 1]!, lines[i]!];
        else if (op.kind === 'char') {
          const line = lines[i] ?? '';
          const j = op.at % Math.max(1, line.length);
          lines[i] = line.slice(0, j) + op.ch + line.slice(j + 1);
        }
      }
      survives(lines.join('\n'));
    }),
    { numRuns: RUNS },
  );
});

/** Same report, other layout: more or fewer blank lines, spaces, full-width digits, other encodings. */
function relayout(text: string, how: { blankLines: boolean; spaces: boolean; fullWidth: boolean; crlf: boolean; gbk: boolean }): Uint8Array | string {
  let t = text;
  if (how.blankLines) t = t.replace(/\n/g, '\n\n');
  if (how.spaces) t = t.replace(/^/gm, '  ').replace(/\t/g, ' \t ');
  if (how.fullWidth) t = t.replace(/(^|[\t|\n] ?)(\d+)(?= ?(?:[\t|\n]|$))/g, (_m, pre: string, d: string) => pre + d.replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  if (how.crlf) t = t.replace(/\n/g, '\r\n');
  return how.gbk ? iconv.encode(t, 'gb18030') : t;
}

test('real reports laid out differently never read as another number', { timeout: 300_000 }, () => {
  const how = fc.record({ blankLines: fc.boolean(), spaces: fc.boolean(), fullWidth: fc.boolean(), crlf: fc.boolean(), gbk: fc.boolean() });
  fc.assert(
    fc.property(fc.integer({ min: 0, max: seeds.length - 1 }), how, (i, h) => {
      const { text, truth } = seeds[i]!;
      const r = readReport(relayout(text, h));
      assert.ok(r.ok, JSON.stringify(h));
      for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
        for (const [row, cells] of Object.entries(truth[table])) {
          for (const [column, want] of Object.entries(cells)) {
            const got: number | null = r.report.figures[table][row]![column] ?? null;
            if (got !== null) assert.equal(got, want, `${seeds[i]!.name} ${JSON.stringify(h)} ${table}.${row}.${column}`);
          }
        }
      }
    }),
    { numRuns: Math.min(RUNS, 400) },
  );
});
