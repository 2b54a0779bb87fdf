// The pool under tsx: its worker runs from the .ts source (--import tsx), as the compiled one runs from dist/.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SEEDS_DIR } from '../testkit/fixtures.js';
import { WorkerPool } from './bulk-pool.js';

const tmp = mkdtempSync(join(tmpdir(), 'gongkai-pool-'));
const seed = join(SEEDS_DIR, '003_dcaedb2afa53e6c6.txt');

/** ~19 MB of report text: takes the reader seconds, far beyond a 100 ms limit. */
function slowFile(): string {
  const path = join(tmp, 'slow.txt');
  const text = readFileSync(seed, 'utf8');
  writeFileSync(path, text.repeat(Math.floor((19 * 1048576) / Buffer.byteLength(text))));
  return path;
}

test('the pool reads files in parallel threads and reports each outcome', async () => {
  const pool = new WorkerPool({ shape: 'json', size: 2, timeoutMs: 60_000 });
  try {
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '');
    const [a, b, c] = await Promise.all([pool.run(seed), pool.run(empty), pool.run(join(tmp, 'missing.txt'))]);
    assert.equal(a?.status, 'full');
    assert.equal((JSON.parse(a!.payload) as { source: string; agency: string }).agency, '灌南县李集镇人民政府');
    assert.deepEqual([b?.status, b?.code], ['failed', 'INPUT_EMPTY']);
    assert.deepEqual(JSON.parse(b!.payload), { source: empty, error: { code: 'INPUT_EMPTY', message: '文件为空。' } });
    assert.equal(c?.code, 'INPUT_UNREADABLE');
    assert.ok(pool.getStats().workersStarted <= 2);
  } finally {
    await pool.close();
  }
});

test('a file over the time limit is FILE_TIMEOUT, its worker is replaced, and the run goes on', async () => {
  const slow = slowFile();
  const empty = join(tmp, 'empty2.txt');
  writeFileSync(empty, '');
  const pool = new WorkerPool({ shape: 'row', size: 1, timeoutMs: 100 });
  try {
    const started = performance.now();
    const timedOut = await pool.run(slow);
    assert.ok(performance.now() - started < 1500, 'not waited for');
    assert.deepEqual([timedOut.status, timedOut.code], ['failed', 'FILE_TIMEOUT']);
    assert.deepEqual(timedOut.payload.slice(0, 3), [slow, '失败', 'FILE_TIMEOUT']);
    const next = await pool.run(empty);
    assert.equal(next.code, 'INPUT_EMPTY');
    assert.deepEqual(pool.getStats().timeouts, 1);
    assert.equal(pool.getStats().workersStarted, 2);
  } finally {
    await pool.close();
  }
});

test('files sent ahead to a worker that times out go to its replacement, not lost', async () => {
  const slow = join(tmp, 'slow.txt'); // written by the test above
  const empty = join(tmp, 'empty3.txt');
  writeFileSync(empty, '');
  const pool = new WorkerPool({ shape: 'json', size: 1, timeoutMs: 100 });
  try {
    const outcomes = await Promise.all([pool.run(slow), pool.run(empty), pool.run(join(tmp, 'missing.txt'))]);
    assert.deepEqual(outcomes.map((o) => o.code), ['FILE_TIMEOUT', 'INPUT_EMPTY', 'INPUT_UNREADABLE']);
    assert.equal(pool.getStats().workersStarted, 2);
  } finally {
    await pool.close();
  }
});
