// Property: any valid report, written in any layout the renderers and test generators produce,
// reads back to the same figures (and, for text, the same agency and year).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Cell } from '../core/figures.js';
import type { FormatVersion } from '../core/formats.js';
import type { Report } from '../core/report.js';
import { renderHtml } from '../render/html.js';
import { renderMarkdown } from '../render/markdown.js';
import { arbitraryReport } from '../testkit/generate.js';
import { toConverterMarkdown, toWordHtml } from '../testkit/converters.js';
import { encodeGbk, encodeUtf16le, renderLayout, TEXT_LAYOUTS } from '../testkit/layouts.js';
import { readReport } from './read-report.js';

const RUNS = Number(process.env['ROUND_TRIP_RUNS'] ?? 60);

function readsBack(report: Report, input: Uint8Array | string, what: string): void {
  const r = readReport(input);
  assert.ok(r.ok, `${what}: ${r.ok ? '' : `${r.code} ${r.message}`}`);
  assert.deepEqual(r.report.figures, report.figures, what);
  const unknown = r.diagnostics.filter((d) => d.severity !== 'info');
  assert.deepEqual(unknown.map((d) => d.code), [], `${what}: no warnings on a clean report`);
}

for (const format of ['2019', '2021'] as FormatVersion[]) {
  for (const layout of TEXT_LAYOUTS) {
    test(`${format} reports round-trip through ${layout} text`, () => {
      fc.assert(fc.property(arbitraryReport(format), (report) => readsBack(report, renderLayout(report, layout), layout)), { numRuns: RUNS });
    });
  }

  test(`${format} reports round-trip with full-width digits and thousands separators`, () => {
    fc.assert(
      fc.property(arbitraryReport(format), fc.constantFrom(...TEXT_LAYOUTS), (report, layout) =>
        readsBack(report, renderLayout(report, layout, { fullWidthDigits: true, thousands: true }), layout),
      ),
      { numRuns: RUNS },
    );
  });

  test(`${format} reports round-trip as GBK and UTF-16 bytes`, () => {
    fc.assert(
      fc.property(arbitraryReport(format), fc.constantFrom(...TEXT_LAYOUTS), (report, layout) => {
        const text = renderLayout(report, layout);
        readsBack(report, encodeGbk(text), `${layout} GBK`);
        readsBack(report, encodeUtf16le(text), `${layout} UTF-16`);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  test(`${format} reports round-trip through HTML with rowspan and colspan`, () => {
    fc.assert(fc.property(arbitraryReport(format), (report) => readsBack(report, renderHtml(report), 'html')), { numRuns: RUNS });
  });

  test(`${format} reports round-trip through Markdown`, () => {
    fc.assert(fc.property(arbitraryReport(format), (report) => readsBack(report, renderMarkdown(report), 'markdown')), { numRuns: RUNS });
  });
}

/** Blank out some cells of a valid report, as published tables often do. */
function withBlanks(report: Report, pick: readonly number[]): Report {
  const copy: Report = structuredClone(report);
  let i = 0;
  for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
    for (const row of Object.values(copy.figures[table])) {
      for (const column of Object.keys(row)) {
        if (pick.includes(i % 97)) row[column] = null;
        i++;
      }
    }
  }
  return copy;
}

for (const format of ['2019', '2021'] as FormatVersion[]) {
  test(`${format}: blank cells come back blank or as their true value, never as another number`, () => {
    fc.assert(
      fc.property(
        arbitraryReport(format),
        fc.uniqueArray(fc.integer({ min: 0, max: 96 }), { minLength: 1, maxLength: 12 }),
        fc.constantFrom('html', ...TEXT_LAYOUTS),
        (truth, pick, layout) => {
          const blanked = withBlanks(truth, pick);
          const input = layout === 'html' ? renderHtml(blanked) : renderLayout(blanked, layout);
          const r = readReport(input);
          assert.ok(r.ok, r.ok ? '' : r.message);
          for (const table of ['proactive', 'applications', 'reviewLitigation'] as const) {
            for (const [row, cells] of Object.entries(r.report.figures[table])) {
              for (const [column, got] of Object.entries(cells)) {
                const shown: Cell = blanked.figures[table][row]![column] ?? null;
                const real: Cell = truth.figures[table][row]![column] ?? null;
                // Text cannot always tell an empty first value from a label column or a border:
                // there a value may be lost (null), never changed. HTML keeps every cell.
                const exact = layout === 'html';
                if (shown !== null && (exact || got !== null)) assert.equal(got, shown, `${layout} ${table}.${row}.${column}`);
                else if (got !== null) assert.equal(got, real, `${layout} ${table}.${row}.${column} was inferred wrongly`);
              }
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
}

for (const format of ['2019', '2021'] as FormatVersion[]) {
  test(`${format} reports round-trip through Word-exported HTML (split spans, <o:p>, &nbsp;)`, () => {
    fc.assert(fc.property(arbitraryReport(format), (report) => readsBack(report, toWordHtml(report), 'word html')), { numRuns: RUNS / 2 });
  });

  test(`${format} reports round-trip through converter Markdown (page break, footer, relabelled header, cut-off label)`, () => {
    fc.assert(
      fc.property(arbitraryReport(format), (report) => {
        const md = toConverterMarkdown(report);
        assert.match(md, /— 4 —/);
        readsBack(report, md, 'converter markdown');
      }),
      { numRuns: RUNS / 2 },
    );
  });
}
