import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { acquireLock, LOCK_FILE, processStart } from './data-dir-lock.js';

const root = mkdtempSync(join(tmpdir(), 'gongkai-lock-'));
after(() => rmSync(root, { recursive: true, force: true }));
const lockPath = join(root, LOCK_FILE);

function holder(pid: number, start: string | null, host = hostname()): string {
  return JSON.stringify({ pid, start, host, since: '2024-01-01T00:00:00.000Z' });
}

function code(result: ReturnType<typeof acquireLock>): string {
  if (result.ok) {
    result.lock.release();
    return 'ok';
  }
  return result.code;
}

test('taken, refused while held, released', () => {
  const first = acquireLock(root);
  assert.ok(first.ok);
  const owner = JSON.parse(readFileSync(lockPath, 'utf8')) as { pid: number };
  assert.equal(owner.pid, process.pid);
  assert.equal(code(acquireLock(root)), 'DB_DATA_DIR_LOCKED');
  first.lock.release();
  assert.ok(!existsSync(lockPath));
  first.lock.release(); // twice is harmless
});

test('a lock left by a process that is gone is taken over', () => {
  const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  writeFileSync(lockPath, holder(Number(gone.stdout), null));
  assert.equal(code(acquireLock(root)), 'ok');
});

test('a live process with another start time is a reused pid: the lock is stale', async (t) => {
  if (processStart(process.pid) === null) return t.skip('no /proc here');
  const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
  try {
    writeFileSync(lockPath, holder(child.pid!, '1'));
    assert.equal(code(acquireLock(root)), 'ok');
    writeFileSync(lockPath, holder(child.pid!, processStart(child.pid!)));
    assert.equal(code(acquireLock(root)), 'DB_DATA_DIR_LOCKED');
  } finally {
    child.kill('SIGKILL');
    rmSync(lockPath, { force: true });
  }
});

test('another computer’s lock is respected; an unreadable lock only once it is old', () => {
  writeFileSync(lockPath, holder(1, null, 'another-host'));
  const other = acquireLock(root);
  assert.equal(other.ok ? 'ok' : other.code, 'DB_DATA_DIR_LOCKED');
  assert.match(other.ok ? '' : other.message, /another-host/);
  writeFileSync(lockPath, '');
  assert.equal(code(acquireLock(root)), 'DB_DATA_DIR_LOCKED', 'just being written by its owner');
  const old = new Date(Date.now() - 60_000);
  utimesSync(lockPath, old, old);
  assert.equal(code(acquireLock(root)), 'ok');
});
