// The five real published reports parse to their hand-checked figures, every cell.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEEDS_DIR, SEEDS_EXPECTED_DIR, SHARED_DIR, seedNames, sharedSeedsPresent } from '../testkit/fixtures.js';
import { contractErrors } from '../testkit/schema.js';
import { readReport } from './read-report.js';

function expectSeed(seedPath: string, expectedPath: string): void {
  const result = readReport(readFileSync(seedPath));
  assert.ok(result.ok, result.ok ? '' : `${result.code}: ${result.message}`);
  const expected: unknown = JSON.parse(readFileSync(expectedPath, 'utf8'));
  assert.deepEqual(result.report.figures, expected);
  assert.equal(contractErrors(result.report.figures), null);
}

for (const name of seedNames()) {
  test(`seed ${name} parses to its hand-checked figures`, () => {
    expectSeed(join(SEEDS_DIR, name), join(SEEDS_EXPECTED_DIR, name.replace(/\.txt$/, '.json')));
  });
}

test('the repository copy of the seeds is the shared one', { skip: !sharedSeedsPresent() && 'no ../shared here' }, () => {
  for (const name of seedNames()) {
    assert.deepEqual(readFileSync(join(SEEDS_DIR, name)), readFileSync(join(SHARED_DIR, 'fixtures', 'seeds', name)));
    const exp = name.replace(/\.txt$/, '.json');
    assert.deepEqual(readFileSync(join(SEEDS_EXPECTED_DIR, exp)), readFileSync(join(SHARED_DIR, 'fixtures', 'seeds-expected', exp)));
  }
});

function diagnosticsOf(name: string) {
  const r = readReport(readFileSync(join(SEEDS_DIR, name)));
  assert.ok(r.ok);
  return r;
}

test('seed 004: the lost column, the missing （三）不予公开 label and the 过过程性 typo are reported', () => {
  const r = diagnosticsOf('004_9f9181b0c1958dbe.txt');
  const codes = r.diagnostics.map((d) => d.code);
  assert.ok(codes.includes('COLUMN_MISSING'));
  assert.ok(r.diagnostics.some((d) => d.code === 'GROUP_LABEL_MISSING' && d.message.includes('不予公开')));
  assert.ok(r.diagnostics.some((d) => d.code === 'LABEL_MISMATCH' && d.message.includes('过过程性')));
  assert.equal(r.report.figures.agency, '盐池县青山乡');
});

test('seed 003: 尚未审核 is reported as a wrong label for 尚未审结', () => {
  const r = diagnosticsOf('003_dcaedb2afa53e6c6.txt');
  assert.ok(r.diagnostics.some((d) => d.code === 'LABEL_MISMATCH' && d.message.includes('尚未审核') && d.message.includes('尚未审结')));
});

test('seed 002: the missing caption and 行政复议 header are reported; unplaceable cells stay null', () => {
  const r = diagnosticsOf('002_a45a5235e71ad61b.txt');
  assert.ok(r.diagnostics.some((d) => d.code === 'CAPTION_MISSING' && d.message.includes('第二十条第（一）项')));
  assert.ok(r.diagnostics.some((d) => d.code === 'HEADER_MISSING' && d.message.includes('行政复议')));
  assert.ok(r.diagnostics.some((d) => d.code === 'CELL_UNKNOWN' && d.row === 'newReceived'));
  assert.equal(r.report.figures.applications['newReceived']!['total'], null);
});

test('seed 000: dates and narratives are kept', () => {
  const r = diagnosticsOf('000_2dce2b3aa394c094.txt');
  assert.equal(r.report.publishedAt, '2022-01-25');
  assert.equal(r.report.signedAt, '2021-02-02');
  assert.match(r.report.narratives['一'] ?? '', /截至2019年12月31日/);
  assert.match(r.report.narratives['五'] ?? '', /存在的问题/);
  assert.equal(r.report.narratives['六'], '2020年巴彦诺日公苏木无其他需要报告的事项。');
});

test('seed 001: multi-line labels and 元 amounts', () => {
  const r = diagnosticsOf('001_e5287fb04eea1cb7.txt');
  assert.ok(r.diagnostics.some((d) => d.code === 'LABEL_MISMATCH' && d.message.includes('对外公开总数')));
  assert.equal(r.report.title, '棉洋镇人民政府2020年政府信息公开工作年度报告');
});
