// Property: random applications inserted through the repository are counted by
// applicationCountsForYear exactly as a plain tally counts them, and their section 三 from those
// counts is applicationFigures on the records — on the embedded database (in memory) and on a
// PostgreSQL server (skipped without one, as in server.test.ts).
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { applicationFiguresFromCounts } from '../core/application-counts.js';
import { formatForYear } from '../core/formats.js';
import { applicationFigures } from '../core/records-report.js';
import { applicationRecord, importedApplications, tallyApplicationCounts } from '../testkit/application-records.js';
import { applicationCountsForYear } from './application-counts.repository.js';
import type { Database, OpenResult } from './db.js';
import { openEmbedded } from './embedded.js';
import { repositories, type Repositories } from './repositories.js';
import { openServer } from './server.js';
import { createTestDatabase, skipWithoutServer, type TestDatabase } from './server-test-database.js';

const RUNS = Number(process.env['DB_COUNTS_RUNS'] ?? 25);

function countsSuite(open: () => Promise<OpenResult>): void {
  let db: Database;
  let repos: Repositories;
  before(async () => {
    const r = await open();
    if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
    db = r.db;
    repos = repositories(db);
  });
  after(async () => {
    await db?.close();
  });

  test('property: the GROUP BY counts as the tally, and gives applicationFigures (every year 2019–2025)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(applicationRecord, { maxLength: 40 }), async (records) => {
        const agency = await repos.agencies.create({ name: `机关${randomUUID()}`, level: 'township' });
        assert.ok(agency.ok);
        const agencyId = agency.value.id;
        const imported = await repos.applications.registerAll(importedApplications(agencyId, `C${randomBytes(5).toString('hex')}`, records));
        assert.ok(imported.ok, imported.ok ? '' : imported.message);
        for (let year = 2019; year <= 2025; year++) {
          const counts = await applicationCountsForYear(db, agencyId, year);
          assert.deepEqual(counts.byApplicantType, tallyApplicationCounts(year, records), `counts of ${year}`);
          const format = formatForYear(year);
          assert.deepEqual(applicationFiguresFromCounts(format, counts.byApplicantType), applicationFigures(format, year, records), `section 三 of ${year}`);
        }
      }),
      { numRuns: RUNS },
    );
  });
}

describe('section 三 counts: embedded database (PGlite, in memory)', () => {
  countsSuite(() => openEmbedded('memory'));
});

const created = await createTestDatabase();
const skip = skipWithoutServer(created);

describe('section 三 counts: PostgreSQL server', { skip }, () => {
  let testDb: TestDatabase | undefined;
  before(() => {
    if (!created.ok) assert.fail(`CI=true needs a PostgreSQL server: ${created.reason}`);
    testDb = created.db;
  });
  after(async () => {
    await testDb?.drop();
  });
  if (created.ok) countsSuite(() => openServer(created.db.url));
  else test('a PostgreSQL server is reachable', () => assert.fail(created.reason));
});
