// Crash safety of the API: the real `gongkai serve` runs in a child process while a signed-in clerk
// streams concurrent writes (registrations, then events on each); the server is killed with SIGKILL
// at a random moment mid-stream. The next start (which must take over the killed server's lock on
// the embedded data folder) serves every acknowledged write and nothing half-applied; at the end the
// reopened database is checked row by row. On the embedded database and on a PostgreSQL server.
// More rounds: GONGKAI_API_CRASH_ROUNDS=20.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { opened } from '../db/crash-harness.js';
import { LOCK_FILE } from '../db/data-dir-lock.js';
import type { OpenResult } from '../db/db.js';
import { openEmbedded } from '../db/embedded.js';
import { openServer } from '../db/server.js';
import { createTestDatabase, skipWithoutServer } from '../db/server-test-database.js';
import { createOffice } from '../office/office.js';
import { createUser } from '../office/people.js';
import { secretsFromKey } from '../office/secrets.js';
import { CLERK, ID_NUMBER, phoneOf, referenceOf, registration, storedThroughApi, streamAndKill, type StreamPlan } from '../testkit/api-crash-stream.js';
import { newAcks, problems, storedInDatabase } from '../testkit/api-crash-verify.js';
import { call, ensureStopped, signIn, startServer, today, type ServerChild, type Target } from '../testkit/serve-child.js';

const ROUNDS = Number(process.env['GONGKAI_API_CRASH_ROUNDS'] ?? 3);
const WORKERS = 8;

const plans = (): StreamPlan[] =>
  Array.from({ length: ROUNDS }, (_, i) => ({ round: i + 1, workers: WORKERS, afterAcks: 5 + Math.floor(Math.random() * 60), delayMs: Math.floor(Math.random() * 15) }));

function crashSuite(target: Target, open: () => Promise<OpenResult>): void {
  const key = randomBytes(32);
  const secrets = secretsFromKey(key);
  const acks = newAcks();
  let agencyId = '';
  let killedPid: number | null = null;

  /** On the embedded database, the killed server's lock is still in the folder: the next start takes it over. */
  const staleLockIsThere = () => {
    if (target.engine !== 'embedded' || killedPid === null) return;
    const owner = JSON.parse(readFileSync(join(target.dataDir, LOCK_FILE), 'utf8')) as { pid: number };
    assert.equal(owner.pid, killedPid, "the killed server's lock");
  };

  before(async () => {
    const db = opened(await open());
    try {
      const office = createOffice(db, secrets);
      const agency = await office.repos.agencies.create({ name: '崩溃测试镇人民政府', level: 'township' });
      assert.ok(agency.ok);
      agencyId = agency.value.id;
      const clerk = await createUser(office, null, { agencyId, login: CLERK.login, displayName: '崩溃测试经办人', role: 'clerk', password: CLERK.password });
      assert.ok(clerk.ok, clerk.ok ? '' : clerk.message);
    } finally {
      await db.close();
    }
  });

  for (const plan of plans()) {
    test(`round ${plan.round}: killed ${plan.delayMs} ms after acknowledged write no. ${plan.afterAcks}; the restart serves every acknowledged write, whole`, async () => {
      staleLockIsThere();
      let child: ServerChild | null = null;
      try {
        child = await startServer(target, key.toString('hex'));
        const s = await signIn(child.url, CLERK);
        assert.deepEqual(problems(acks, await storedThroughApi(s)), [], 'after the previous kill');
        const { acked, errors } = await streamAndKill(s, child, plan, acks);
        assert.deepEqual(errors, []);
        assert.ok(acked >= plan.afterAcks, `${acked} acknowledged`);
        killedPid = child.pid;
      } finally {
        await ensureStopped(child);
      }
    });
  }

  test('after the last kill it starts, serves and writes, stops cleanly; the reopened database holds every acknowledged write, whole', async (t) => {
    staleLockIsThere();
    let child: ServerChild | null = null;
    try {
      child = await startServer(target, key.toString('hex'));
      const s = await signIn(child.url, CLERK);
      assert.deepEqual(problems(acks, await storedThroughApi(s)), []);
      const reference = referenceOf(ROUNDS + 1, 0, 1);
      const r = await call(s, 'POST', '/api/applications', registration(reference, today()));
      assert.equal(r.status, 201, JSON.stringify(r.body));
      acks.apps.set(String(r.body['id']), { id: String(r.body['id']), trackingCode: String(r.body['trackingCode']), reference, kinds: ['register'], pending: null });
      process.kill(child.pid, 'SIGTERM');
      assert.deepEqual(await child.exited, { code: 0, signal: null }, child.stderr());
    } finally {
      await ensureStopped(child);
    }
    if (target.engine === 'embedded') assert.equal(existsSync(join(target.dataDir, LOCK_FILE)), false, 'a clean stop releases the lock');
    const db = opened(await open());
    try {
      const inDb = await storedInDatabase(db, secrets, { agencyId, idNumber: ID_NUMBER, phoneOf });
      assert.deepEqual([...inDb.problems, ...problems(acks, inDb.stored)], []);
      assert.ok(inDb.stored.length >= acks.apps.size);
      const events = inDb.stored.reduce((n, a) => n + a.kinds.length, 0);
      const told = [...acks.apps.values()].reduce((n, a) => n + a.kinds.length, 0);
      t.diagnostic(`${inDb.stored.length} applications with ${events} events; ${acks.apps.size} registrations and ${told - acks.apps.size} events acknowledged`);
    } finally {
      await db.close();
    }
  });
}

const server = await createTestDatabase();

// The two engines side by side (each suite's rounds in order): the test takes as long as the slower.
describe('API crash safety', { concurrency: 2 }, () => {
  describe('embedded database', { concurrency: 1 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-crash-'));
    after(() => rmSync(dir, { recursive: true, force: true }));
    const dataDir = join(dir, 'data');
    crashSuite({ engine: 'embedded', dataDir }, () => openEmbedded(dataDir));
  });

  describe('PostgreSQL server', { concurrency: 1, skip: skipWithoutServer(server) }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'gongkai-api-crash-'));
    after(async () => {
      rmSync(dir, { recursive: true, force: true });
      if (server.ok) await server.db.drop();
    });
    if (!server.ok) {
      test('a PostgreSQL server is reachable', () => assert.fail(`CI=true needs a PostgreSQL server: ${server.reason}`));
      return;
    }
    crashSuite({ engine: 'server', url: server.db.url, dataDir: join(dir, 'data') }, () => openServer(server.db.url));
  });
});
