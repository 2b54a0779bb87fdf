// Opening a database: which one is chosen, and the clear, coded failures when it cannot be opened.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { after, describe, test } from 'node:test';
import { WRITER } from './crash-harness.js';
import { LOCK_FILE } from './data-dir-lock.js';
import type { OpenResult } from './db.js';
import { DbError } from './db-error.js';
import { openEmbedded } from './embedded.js';
import { openDatabase } from './open-database.js';
import { openServer } from './server.js';
import { createTestDatabase, skipWithoutServer } from './server-test-database.js';

const CHINESE = /[\u4e00-\u9fff]/;

function failure(result: OpenResult): { code: string; message: string } {
  if (result.ok) {
    void result.db.close();
    assert.fail('opened, but should not have');
  }
  assert.match(result.message, CHINESE);
  return result;
}

describe('opening the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-open-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('a data folder that cannot be written is refused, and nothing starts', async () => {
    let target: string;
    if (process.getuid?.() === 0) {
      target = '/sys/gongkai-not-writable/data'; // root may write anywhere but sysfs
    } else {
      const locked = join(dir, 'read-only');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      target = join(locked, 'data');
    }
    const f = failure(await openEmbedded(target));
    assert.equal(f.code, 'DB_DATA_DIR_NOT_WRITABLE');
    assert.ok(f.message.includes(target), f.message);
  });

  test('a file where the folder should be is refused', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'x');
    assert.equal(failure(await openEmbedded(file)).code, 'DB_DATA_DIR_INVALID');
    assert.equal(failure(await openEmbedded(join(file, 'data'))).code, 'DB_DATA_DIR_INVALID');
  });

  test('a cluster of another PostgreSQL version, or a broken one, is refused before starting', async () => {
    const old = join(dir, 'old');
    mkdirSync(join(old, 'pgdata'), { recursive: true });
    writeFileSync(join(old, 'pgdata', 'PG_VERSION'), '17\n');
    assert.equal(failure(await openEmbedded(old)).code, 'DB_DATA_DIR_INCOMPATIBLE');
    const broken = join(dir, 'broken');
    mkdirSync(join(broken, 'pgdata'), { recursive: true });
    assert.equal(failure(await openEmbedded(broken)).code, 'DB_DATA_DIR_INVALID');
    assert.ok(!existsSync(join(broken, LOCK_FILE)), 'the lock is released after a failure');
  });

  test('one process at a time: a second open is refused while the first holds the folder', async () => {
    const data = join(dir, 'shared');
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, 'embedded', data, 'hold'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise((resolve) => child.on('close', resolve));
    try {
      const lines = createInterface({ input: child.stdout });
      for await (const line of lines) {
        assert.equal(line, 'ready');
        break;
      }
      const f = failure(await openEmbedded(data));
      assert.equal(f.code, 'DB_DATA_DIR_LOCKED');
      assert.ok(f.message.includes(`进程号 ${child.pid}`), f.message);
      assert.ok(f.message.includes('DATABASE_URL'), 'says how to share data between processes');
    } finally {
      child.kill('SIGKILL');
      await exited;
    }
    // The holder was killed: its lock is stale and taken over. Without a URL, openDatabase is embedded.
    const second = await openDatabase({ dataDir: data, databaseUrl: ' ' });
    assert.ok(second.ok, second.ok ? '' : second.message);
    assert.equal(second.db.kind, 'embedded');
    try {
      const again = failure(await openEmbedded(data));
      assert.equal(again.code, 'DB_DATA_DIR_LOCKED');
      assert.match(again.message, /本程序/);
    } finally {
      await second.db.close();
    }
    assert.ok(!existsSync(join(data, LOCK_FILE)), 'closing releases the lock');
    await assert.rejects(second.db.query('SELECT 1'), (e: unknown) => e instanceof DbError && e.code === 'DB_CLOSED');
  });
});

describe('opening a PostgreSQL server', () => {
  test('a malformed URL, an unreachable server', async () => {
    assert.equal(failure(await openServer('not a url')).code, 'DB_URL_INVALID');
    assert.equal(failure(await openServer('mysql://localhost/x')).code, 'DB_URL_INVALID');
    const f = failure(await openServer('postgres://gongkai:secret@127.0.0.1:1/gongkai', { connectTimeoutMs: 2000 }));
    assert.equal(f.code, 'DB_SERVER_UNREACHABLE');
    assert.ok(f.message.includes('127.0.0.1:1'), f.message);
    assert.ok(!f.message.includes('secret'), 'the password is never shown');
  });
});

const server = await createTestDatabase();

describe('openDatabase chooses the server when a URL is given', { skip: skipWithoutServer(server) }, () => {
  after(async () => {
    if (server.ok) await server.db.drop();
  });

  test('DATABASE_URL wins over the data folder; a missing database is named', async () => {
    if (!server.ok) assert.fail(`CI=true needs a PostgreSQL server: ${server.reason}`);
    const dataDir = join(tmpdir(), `gongkai-unused-${process.pid}`);
    const r = await openDatabase({ dataDir, databaseUrl: server.db.url });
    assert.ok(r.ok, r.ok ? '' : r.message);
    assert.equal(r.db.kind, 'server');
    assert.equal(r.db.location, server.db.url);
    await r.db.close();
    assert.ok(!existsSync(dataDir), 'the data folder is not touched');
    const missing = new URL(server.db.url);
    missing.pathname = '/gongkai_no_such_database';
    assert.equal(failure(await openDatabase({ databaseUrl: missing.href })).code, 'DB_SERVER_DATABASE_MISSING');
  });
});
