// The storage contract on a PostgreSQL server, in a database of its own (gongkai_test_<random>).
// With CI=true a missing server fails the run; elsewhere these tests are skipped with the reason.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { dbContract } from './db-contract.js';
import { openServer } from './server.js';
import { createTestDatabase, skipWithoutServer, type TestDatabase } from './server-test-database.js';

const created = await createTestDatabase();
const skip = skipWithoutServer(created);

describe('storage contract: PostgreSQL server', { skip }, () => {
  let testDb: TestDatabase | undefined;
  before(() => {
    if (!created.ok) assert.fail(`CI=true needs a PostgreSQL server: ${created.reason}`);
    testDb = created.db;
  });
  after(async () => {
    await testDb?.drop();
  });
  if (created.ok) dbContract({ open: () => openServer(created.db.url) });
  else test('a PostgreSQL server is reachable', () => assert.fail(created.reason));
});
