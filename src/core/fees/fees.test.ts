// 国办函〔2020〕109号 第三、四、五条: every band edge, computed by hand.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { chooseFee, countRateYuan, feeByCount, feeByPages, feeOptions, pageRateYuan, type Fee, type FeeError } from './fees.js';

function amount(r: Fee | FeeError): number {
  if (!r.ok) assert.fail(r.message);
  return r.amountYuan;
}

/** The fee of a month's k-th item alone. */
const nth = (k: number) => amount(feeByCount(k - 1, 1));

test('rate per item at every band edge (第四条)', () => {
  assert.equal(nth(1), 0);
  assert.equal(nth(10), 0); // ≤ 10 free
  assert.equal(nth(11), 100);
  assert.equal(nth(30), 100); // 11–30: 100
  assert.equal(nth(31), 200);
  assert.equal(nth(40), 200); // 31–40: 200
  assert.equal(nth(41), 300);
  assert.equal(nth(50), 300); // 41–50: 300
  assert.equal(nth(51), 400);
  assert.equal(nth(100), 800); // 91–100, the 7th band of ten: 100 + 7 × 100
  assert.equal(nth(101), 900);
});

test('a month of items, progressive (超额累进)', () => {
  // 10 free; 11–30: 20 × 100 = 2000; 31–40: 10 × 200 = 2000; 41–50: 10 × 300 = 3000.
  assert.equal(amount(feeByCount(0, 10)), 0);
  assert.equal(amount(feeByCount(0, 11)), 100);
  assert.equal(amount(feeByCount(0, 30)), 2000);
  assert.equal(amount(feeByCount(0, 31)), 2200);
  assert.equal(amount(feeByCount(0, 40)), 4000);
  assert.equal(amount(feeByCount(0, 41)), 4300);
  assert.equal(amount(feeByCount(0, 50)), 7000);
});

test('the worked example: 25 items before, 10 now → 1500 元 in two bands', () => {
  const r = feeByCount(25, 10);
  assert.ok(r.ok);
  assert.equal(r.amountYuan, 1500);
  assert.equal(r.method, 'byCount');
  assert.deepEqual(r.lines, [
    { from: 26, to: 30, units: 5, rateYuan: 100, amountYuan: 500 },
    { from: 31, to: 35, units: 5, rateYuan: 200, amountYuan: 1000 },
  ]);
  assert.match(r.basis, /国办函〔2020〕109号/);
});

test('pages at every band edge (第五条)', () => {
  // 31–100: 10 元; 101–200: 20 元; 201–: 40 元, each band at its own rate.
  const cases: Array<[number, number]> = [
    [0, 0],
    [30, 0],
    [31, 10],
    [100, 700], // 70 × 10
    [101, 720], // 700 + 20
    [200, 2700], // 700 + 100 × 20
    [201, 2740], // 2700 + 40
    [250, 4700], // 2700 + 50 × 40
  ];
  for (const [pages, yuan] of cases) assert.equal(amount(feeByPages(pages)), yuan, `${pages} pages`);
  const r = feeByPages(250);
  assert.ok(r.ok);
  assert.deepEqual(
    r.lines.map((l) => [l.from, l.to, l.rateYuan, l.amountYuan]),
    [
      [1, 30, 0, 0],
      [31, 100, 10, 700],
      [101, 200, 20, 2000],
      [201, 250, 40, 2000],
    ],
  );
});

test('the fee is additive over items and pages (progressive, not a flat rate on the total)', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 }), (before, a, b) => {
      assert.equal(amount(feeByCount(before, a + b)), amount(feeByCount(before, a)) + amount(feeByCount(before + a, b)));
    }),
  );
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 2000 }), (pages) => {
      const sum = Array.from({ length: pages }, (_, i) => pageRateYuan(i + 1)).reduce((s, r) => s + r, 0);
      assert.equal(amount(feeByPages(pages)), sum);
    }),
  );
  assert.equal(countRateYuan(0), 0);
});

test('one method per application (第三条)', () => {
  const byCount = chooseFee({ method: 'byCount', itemsThisMonthBefore: 30 });
  assert.ok(byCount.ok);
  assert.equal(byCount.method, 'byCount');
  assert.equal(byCount.amountYuan, 200);
  const byPages = chooseFee({ method: 'byPages', pages: 120 });
  assert.ok(byPages.ok);
  assert.equal(byPages.method, 'byPages');
  assert.equal(byPages.amountYuan, 1100); // 700 + 20 × 20
  const both = feeOptions({ itemsThisMonthBefore: 30, pages: 120 });
  assert.equal(amount(both.byCount), 200);
  assert.equal(amount(both.byPages), 1100);
});

test('bad counts are errors with a code', () => {
  for (const r of [feeByCount(-1, 1), feeByCount(0, 0), feeByCount(1.5, 1), feeByCount(Number.NaN, 1), feeByPages(-3), feeByPages(2.5), feeByPages(5_000_000)]) {
    assert.ok(!r.ok);
    assert.equal(r.code, 'FEE_INPUT_INVALID');
    assert.match(r.message, /[\u4e00-\u9fff]/);
  }
});
