import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { emptyFigures } from '../core/figures.js';
import type { Finding } from '../core/finding.js';
import { FORMAT_VERSIONS } from '../core/formats.js';
import { sampleReport } from '../testkit/layouts-sample.js';
import { CONTRACT_KEYS, figuresJson, renderJson } from './json.js';

const schema: unknown = JSON.parse(readFileSync(new URL('../../contract/annual-report.schema.json', import.meta.url), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema as object);

function assertValid(data: unknown): void {
  const ok = validate(data);
  assert.ok(ok, JSON.stringify(validate.errors, null, 2));
}

const FINDINGS: Finding[] = [{ code: 'R1_BALANCE', severity: 'error', message: '不平衡', table: 'applications', column: 'total' }];

for (const format of FORMAT_VERSIONS) {
  test(`${format}: renderJson validates against the contract schema, through JSON text too`, () => {
    const json = renderJson(sampleReport(format), FINDINGS, { source: 'a.txt' });
    assertValid(json);
    assertValid(JSON.parse(JSON.stringify(json)));
    assertValid(figuresJson(sampleReport(format).figures));
  });

  test(`${format}: all-null figures are valid too`, () => {
    assertValid(figuresJson(emptyFigures(format)));
  });

  test(`${format}: contract keys come first, in order, then the siblings`, () => {
    const json = renderJson(sampleReport(format), FINDINGS, { source: 'a.txt' });
    assert.deepEqual(Object.keys(json), [
      ...CONTRACT_KEYS,
      'title',
      'publishedAt',
      'signedAt',
      'narratives',
      'diagnostics',
      'source',
    ]);
    assert.deepEqual(Object.keys(figuresJson(sampleReport(format).figures)), [...CONTRACT_KEYS]);
    assert.deepEqual(json.diagnostics, FINDINGS);
    assert.deepEqual(Object.keys(json.narratives), ['一', '五', '六']);
  });

  test(`${format}: the wrong format's schema branch rejects it (the check can fail)`, () => {
    const json = figuresJson(sampleReport(format).figures);
    assertValid(json);
    const swapped = { ...json, format: format === '2019' ? '2021' : '2019' };
    assert.equal(validate(swapped), false);
  });
}

test('figuresJson drops stray keys and fills missing cells with null', () => {
  const figures = sampleReport('2019').figures;
  (figures as unknown as Record<string, unknown>).junk = 1;
  (figures.applications.granted as Record<string, number | null>).extra = 5;
  delete (figures.reviewLitigation.review as Record<string, number | null>).pending;
  const json = figuresJson(figures);
  assert.equal('junk' in json, false);
  assert.equal('extra' in json.applications.granted!, false);
  assert.equal(json.reviewLitigation.review!.pending, null);
  assertValid(json);
});

test('the export is a copy: changing it leaves the report alone', () => {
  const report = sampleReport('2021');
  const json = renderJson(report, FINDINGS);
  json.applications.granted!.total = 999999;
  json.narratives.一 = 'changed';
  json.diagnostics[0]!.message = 'changed';
  assert.notEqual(report.figures.applications.granted!.total, 999999);
  assert.notEqual(report.narratives.一, 'changed');
  assert.equal(FINDINGS[0]!.message, '不平衡');
});

test('extra keys cannot replace contract or sibling keys, and __proto__ stays a plain key', () => {
  const report = sampleReport('2019');
  const extra = JSON.parse('{"format":"2021","year":1,"diagnostics":"x","source":"s","__proto__":{"polluted":true}}') as Record<string, unknown>;
  const json = renderJson(report, undefined, extra);
  assert.equal(json.format, '2019');
  assert.equal(json.year, report.figures.year);
  assert.deepEqual(json.diagnostics, []);
  assert.equal(json.source, 's');
  assert.equal(Object.getPrototypeOf(json), Object.prototype);
  assert.equal(({} as Record<string, unknown>).polluted, undefined);
  assertValid(json);
});

test('a report without narratives or title still exports null siblings', () => {
  const report = { figures: emptyFigures('2021', 2023, null), title: null, publishedAt: null, signedAt: null, narratives: {} };
  const json = renderJson(report);
  assert.equal(json.title, null);
  assert.equal(json.agency, null);
  assert.deepEqual(json.narratives, {});
  assertValid(json);
});
