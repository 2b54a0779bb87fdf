import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { test } from 'node:test';
import { inOrder } from './bulk-order.js';

async function* numbers(n: number): AsyncGenerator<number> {
  for (let i = 0; i < n; i++) yield i;
}

test('results come in input order whatever order they finish in', async () => {
  const out: number[] = [];
  for await (const r of inOrder(numbers(50), async (i) => (await sleep((i * 7) % 11), i * 2), 8)) out.push(r);
  assert.deepEqual(out, Array.from({ length: 50 }, (_, i) => i * 2));
});

test('never more than `window` in flight, even when the consumer is slow', async () => {
  let inFlight = 0;
  let peak = 0;
  const run = async (i: number) => {
    inFlight++;
    peak = Math.max(peak, inFlight);
    await sleep(i % 3);
    return i;
  };
  let n = 0;
  for await (const r of inOrder(numbers(40), run, 5)) {
    inFlight--; // a result stays "in flight" until the consumer has taken it
    assert.equal(r, n++);
    await sleep(2);
  }
  assert.equal(n, 40);
  assert.ok(peak <= 5, `peak ${peak}`);
});

test('a slow first item holds the others back but does not lose them', async () => {
  const out: number[] = [];
  for await (const r of inOrder(numbers(10), async (i) => (await sleep(i === 0 ? 50 : 0), i), 4)) out.push(r);
  assert.deepEqual(out, [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
});
