import assert from 'node:assert/strict';
import { test } from 'node:test';
import { displayWidth, formatDuration, progressLine, ProgressBar, progressText } from './progress.js';

test('the progress text: read/total, failures, rate, time left', () => {
  assert.equal(progressText({ done: 1234, failed: 12, total: 5000, rate: 310 }), '已读 1234/5000 · 12 失败 · 310 份/秒 · 预计剩余 0:12');
  assert.equal(progressText({ done: 3, failed: 0, total: null, rate: 1.5 }), '已读 3 · 0 失败 · 1.5 份/秒');
  assert.equal(formatDuration(3725), '1:02:05');
  assert.equal(formatDuration(59.6), '1:00');
});

test('the line fits the terminal: bar first, text cut last, never the last column', () => {
  const s = { done: 50, failed: 1, total: 100, rate: 50 };
  assert.match(progressLine(s, 120), /^\[#{10}-{10}\]  50% 已读 50\/100/);
  assert.doesNotMatch(progressLine(s, 60), /\[/);
  assert.ok(displayWidth(progressLine(s, 30)) <= 29);
  assert.equal(displayWidth('已读 ab'), 7);
});

test('the bar redraws in place at most every 100 ms and clears its line when stopped', () => {
  const writes: string[] = [];
  let now = 0;
  const bar = new ProgressBar({ write: (t) => writes.push(t), columns: 100 }, () => now);
  bar.setTotal(10);
  for (let i = 1; i <= 10; i++) {
    now += 30;
    bar.update(i, 0);
  }
  assert.match(writes.at(-1)!, /33 份\/秒/); // 9 files in 270 ms
  bar.stop();
  assert.equal(writes.length, 4, writes.join('|')); // at 30, 150, 270 ms, then the clear
  assert.ok(writes.every((w) => w.startsWith('\r\x1b[K')));
  assert.equal(writes.at(-1), '\r\x1b[K');
  bar.update(11, 0);
  assert.equal(writes.length, 4, 'nothing after stop');
});

test('the rate follows the recent pace, not the average since the start', () => {
  const writes: string[] = [];
  let now = 0;
  const bar = new ProgressBar({ write: (t) => writes.push(t), columns: 100 }, () => now);
  let done = 0;
  for (let i = 0; i < 100; i++) {
    now += 200;
    done += i < 50 ? 100 : 10; // 500 files/s for 10 s, then 50 files/s
    bar.update(done, 0);
  }
  bar.stop();
  assert.match(writes.at(-2)!, / 50 份\/秒/);
});
