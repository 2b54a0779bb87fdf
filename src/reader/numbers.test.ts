import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parsePrinted, shiftDecimal } from './numbers.js';

test('printed numbers: full-width digits, separators, signs, units', () => {
  assert.deepEqual(parsePrinted('１２３'), { digits: '123', unit: null });
  assert.deepEqual(parsePrinted('1,036'), { digits: '1036', unit: null });
  assert.deepEqual(parsePrinted('１，０３６'), { digits: '1036', unit: null });
  assert.deepEqual(parsePrinted('+98'), { digits: '98', unit: null });
  assert.deepEqual(parsePrinted('－1'), { digits: '-1', unit: null });
  assert.deepEqual(parsePrinted('258463.87元'), { digits: '258463.87', unit: '元' });
  assert.deepEqual(parsePrinted('24672.02 万元'), { digits: '24672.02', unit: '万元' });
});

test('things that are not one number', () => {
  for (const s of ['', '1.属于国家秘密', '036', '1,03', '12a', '2020年', '1 2', '--', '1.']) assert.equal(parsePrinted(s), null, s);
});

test('decimal shifts are exact', () => {
  assert.equal(shiftDecimal('24672.02', 4), 246720200);
  assert.equal(shiftDecimal('0.07', 4), 700);
  assert.equal(shiftDecimal('15000', -4), 1.5);
  assert.equal(shiftDecimal('3', -4), 0.0003);
  assert.equal(shiftDecimal('-1.5', 1), -15);
  assert.equal(shiftDecimal('0', 4), 0);
});
