// The PDF export: printed by Chromium, it reads back to the same figures. Skipped where Chromium or a
// CJK font is missing (CI installs chromium and fonts-wqy-microhei).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { readDocument } from '../reader/read-document.js';
import { generateReport } from '../testkit/generate.js';
import { renderHtml } from './html.js';
import { CHROMIUM_PATH, printPage, withPage } from './pdf.js';

function missing(): string | false {
  if (!existsSync(CHROMIUM_PATH)) return `no Chromium at ${CHROMIUM_PATH}`;
  try {
    if (execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim() === '') return 'no CJK font (fc-list :lang=zh)';
  } catch {
    return 'no fontconfig';
  }
  return false;
}

test('reports printed to PDF read back to the same figures, with embedded (not Type 3) fonts', { skip: missing() }, async () => {
  await withPage(async (page) => {
    for (const [seed, format] of [[31, '2019'], [32, '2021'], [33, '2021']] as const) {
      const report = generateReport(seed, format);
      const pdf = await printPage(page, renderHtml(report));
      assert.equal(pdf.subarray(0, 5).toString('latin1'), '%PDF-');
      assert.ok(!pdf.includes('/Subtype /Type3'), 'no faked bold drawn as Type 3 glyphs');
      const r = await readDocument(pdf);
      assert.ok(r.ok, r.ok ? '' : `${r.code} ${r.message}`);
      assert.deepEqual(r.report.figures, report.figures, `seed ${seed}`);
      assert.deepEqual(r.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code), [], `seed ${seed}`);
    }
  });
});
