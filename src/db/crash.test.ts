// Crash safety: a child process registers applications (each acknowledged after its commit) and is
// killed with SIGKILL mid-stream; reopened, the database has every acknowledged write and nothing
// half-applied (an application without its 'registered' event, a change without its event). On the
// embedded database and on a PostgreSQL server.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { opened, verify, writeAndKill, type Acks, type Kill } from './crash-harness.js';
import { openEmbedded } from './embedded.js';
import { openServer } from './server.js';
import { createTestDatabase, skipWithoutServer } from './server-test-database.js';

const ROUNDS: readonly Kill[] = [{ afterReadyMs: 800 }, { afterAcks: 37 }, { afterAcks: 1 }];

describe('crash safety: embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'gongkai-crash-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const dataDir = join(dir, 'data');
  const acks: Acks = { registered: new Set(), changed: new Map() };

  test('killed while creating its data folder, it opens next time', async () => {
    // Creating the cluster takes PGlite about 4 s: 1.5 s after the start is in the middle of it.
    const { ready } = await writeAndKill('embedded', dataDir, { afterSpawnMs: 1500 }, acks);
    const leftovers = readdirSync(dataDir).filter((n) => n.startsWith('pgdata'));
    const db = opened(await openEmbedded(dataDir));
    try {
      if (!ready) assert.deepEqual(leftovers.map((n) => n.replace(/-.*/, '')), ['pgdata.init'], 'a half-made cluster beside the data, never in its place');
      assert.deepEqual(readdirSync(dataDir).filter((n) => n.startsWith('pgdata')), ['pgdata']);
      await verify(db, acks);
    } finally {
      await db.close();
    }
  });

  for (const [i, kill] of ROUNDS.entries()) {
    test(`round ${i + 1}: killed ${JSON.stringify(kill)}, no acknowledged write lost, nothing half-applied`, async () => {
      const { acked } = await writeAndKill('embedded', dataDir, kill, acks);
      const db = opened(await openEmbedded(dataDir));
      try {
        const total = await verify(db, acks);
        assert.ok(total >= acks.registered.size);
        assert.ok(acked > 0 || 'afterReadyMs' in kill);
      } finally {
        await db.close();
      }
    });
  }
});

const server = await createTestDatabase();
const skip = skipWithoutServer(server);

describe('crash safety: PostgreSQL server', { skip }, () => {
  const acks: Acks = { registered: new Set(), changed: new Map() };
  after(async () => {
    if (server.ok) await server.db.drop();
  });
  test('a PostgreSQL server is reachable', () => {
    if (!server.ok) assert.fail(`CI=true needs a PostgreSQL server: ${server.reason}`);
  });
  for (const [i, kill] of ROUNDS.slice(0, 2).entries()) {
    test(`round ${i + 1}: killed ${JSON.stringify(kill)}, no acknowledged write lost, nothing half-applied`, async () => {
      if (!server.ok) return;
      await writeAndKill('server', server.db.url, kill, acks);
      const db = opened(await openServer(server.db.url));
      try {
        await verify(db, acks);
      } finally {
        await db.close();
      }
    });
  }
});
