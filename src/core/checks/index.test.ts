import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { setCell, type ReportFigures } from '../figures.js';
import type { Report } from '../report.js';
import { blankReport } from '../../testkit/generate-blank.js';
import { CHECK_CODES, runChecks } from './index.js';

function seed(name: string, extra: Partial<Report> = {}): Report {
  const url = new URL(`../../../fixtures/seeds-expected/${name}.json`, import.meta.url);
  const figures = JSON.parse(readFileSync(url, 'utf8')) as ReportFigures;
  return { figures, title: null, publishedAt: null, signedAt: null, narratives: {}, ...extra };
}

const codes = (report: Report) => runChecks(report).map((f) => f.code).sort();

describe('runChecks', () => {
  it('finds nothing in a clean report', () => {
    assert.deepEqual(runChecks(blankReport({ year: 2020 })), []);
    assert.deepEqual(runChecks(blankReport({ year: 2024, agency: '李集镇人民政府' })), []);
  });

  it('seed 000: the 苏木 with 规章, last year’s cut-off date and a late publication', () => {
    const report = seed('000_2dce2b3aa394c094', {
      publishedAt: '2022-01-25',
      signedAt: '2021-02-02',
      narratives: { 一: '平台截至2019年12月31日,共更新、发布、转发信息1298篇' },
    });
    assert.deepEqual(codes(report), ['NARRATIVE_YEAR_MISMATCH', 'PUBLISHED_LATE', 'TOWNSHIP_REGULATIONS']);
  });

  it('seeds 001–004 as read by hand', () => {
    assert.deepEqual(codes(seed('001_e5287fb04eea1cb7')), ['TOWNSHIP_REGULATIONS']);
    assert.deepEqual(codes(seed('002_a45a5235e71ad61b', { publishedAt: '2021-02-20' })), ['IDENTITY_UNVERIFIABLE']);
    assert.deepEqual(codes(seed('003_dcaedb2afa53e6c6')), []);
    assert.deepEqual(codes(seed('004_9f9181b0c1958dbe')), []);
  });

  it('every code it emits is listed in CHECK_CODES with its severity', () => {
    const r = blankReport({ format: '2019', year: 2022, agency: '棉洋镇人民政府' });
    setCell(r.figures, { table: 'proactive', row: 'regulations', column: 'newlyMade' }, 1);
    setCell(r.figures, { table: 'applications', row: 'newReceived', column: 'naturalPerson' }, 1.5);
    setCell(r.figures, { table: 'applications', row: 'granted', column: 'naturalPerson' }, -1);
    setCell(r.figures, { table: 'applications', row: 'granted', column: 'research' }, null);
    setCell(r.figures, { table: 'reviewLitigation', row: 'review', column: 'total' }, 1);
    r.narratives = { 一: '截至2021年12月31日，全年共收到政府信息公开申请7件。' };
    r.publishedAt = '2023-03-01';
    const findings = runChecks(r);
    for (const f of findings) assert.equal(CHECK_CODES[f.code], f.severity, f.code);
    assert.deepEqual([...new Set(findings.map((f) => f.code))].sort(), Object.keys(CHECK_CODES).sort());
  });
});
