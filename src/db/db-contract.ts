// The storage contract: one suite run on the embedded database (embedded.test.ts) and on a
// PostgreSQL server (server.test.ts). Each test works in agencies of its own, so tests share one
// database and never see each other's rows.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHANNEL_LABELS } from '../core/deadlines/receipt.js';
import { APPLICANT_PARTS, FORMATS, resultRowKeys } from '../core/formats.js';
import type { Database, OpenResult } from './db.js';
import { DbError } from './db-error.js';
import { EXPECTED_2024, EXPECTED_APPEALS_2024, EXPECTED_DOCUMENTS_2024, handCountedAppeals, handCountedApplications, handCountedDocuments } from './db-contract-data.js';
import type { NewApplication } from './applications.repository.js';
import { checksum, loadMigrations, migrate, type Migration } from './migrate.js';
import { repositories, type Repositories } from './repositories.js';
import { schemaSnapshot } from './schema-snapshot.js';
import * as vocabulary from './vocabulary.js';

export interface ContractTarget {
  /** Opens the database under test; every call opens the same database. */
  open(): Promise<OpenResult>;
}

export const SNAPSHOT_PATH = join(dirname(fileURLToPath(import.meta.url)), 'schema.snapshot.txt');

function opened(result: OpenResult): Database {
  if (!result.ok) assert.fail(`${result.code}: ${result.message}`);
  return result.db;
}

async function rejectsWith(promise: Promise<unknown>, code: string): Promise<void> {
  await assert.rejects(promise, (e: unknown) => {
    assert.ok(e instanceof DbError, `expected DbError, got ${String(e)}`);
    assert.equal(e.code, code, e.message);
    assert.match(e.message, /[\u4e00-\u9fff]/); // a Chinese message for people
    return true;
  });
}

function code(prefix: string): string {
  return `${prefix}${randomBytes(5).toString('hex').toUpperCase()}`;
}

/** A minimal application registered in the office. */
function newApplication(agencyId: string, overrides: Partial<NewApplication> = {}): NewApplication {
  return {
    agencyId,
    trackingCode: code('T'),
    channel: 'online',
    receivedOn: '2024-09-27',
    applicantType: 'naturalPerson',
    applicantName: '张三',
    requestedContent: '2023年某镇道路修缮项目的预算文件',
    state: 'registered',
    replyDueOn: '2024-10-31',
    ...overrides,
  };
}

const registered = { kind: 'registered', actorId: null } as const;

export function dbContract(target: ContractTarget): void {
  let db: Database;
  let repos: Repositories;
  let firstApplied: readonly string[] = [];
  let secondApplied: readonly string[] = [];

  async function agency(name = `机关${randomUUID()}`, parentId: string | null = null): Promise<string> {
    const r = await repos.agencies.create({ name, level: 'township', parentId });
    assert.ok(r.ok);
    return r.value.id;
  }

  before(async () => {
    const first = opened(await target.open());
    firstApplied = first.appliedMigrations;
    await first.close();
    db = opened(await target.open());
    secondApplied = db.appliedMigrations;
    repos = repositories(db);
  });

  after(async () => {
    await db?.close();
  });

  // ---- Migrations --------------------------------------------------------------------------------

  test('migrations apply on the first open and not again on the next', async () => {
    const all = loadMigrations();
    assert.ok(Array.isArray(all));
    assert.deepEqual(secondApplied, []);
    const recorded = await db.query<{ name: string; checksum: string }>('SELECT name, checksum FROM schema_migrations ORDER BY version');
    assert.deepEqual(recorded.rows, all.map((m) => ({ name: m.name, checksum: m.checksum })));
    // A database opened earlier by another test run may have been migrated already.
    assert.ok(firstApplied.length === 0 || firstApplied.join() === all.map((m) => m.name).join());
    assert.deepEqual(await migrate(db, all), { ok: true, applied: [] });
  });

  test('the migrated schema matches schema.snapshot.txt (GONGKAI_UPDATE_SNAPSHOT=1 rewrites it)', async () => {
    const actual = await schemaSnapshot(db);
    if (process.env.GONGKAI_UPDATE_SNAPSHOT === '1') writeFileSync(SNAPSHOT_PATH, actual);
    assert.equal(actual, readFileSync(SNAPSHOT_PATH, 'utf8'), 'an applied migration was edited, or a new one changed the schema: review, then update the snapshot');
  });

  test('an edited migration and a newer schema are refused, a failing migration leaves nothing', async () => {
    const all = loadMigrations() as Migration[];
    const first = all[0]!;
    await db.query(`UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1`);
    try {
      const changed = await migrate(db, all);
      assert.equal(changed.ok ? 'ok' : changed.code, 'DB_MIGRATION_CHANGED');
    } finally {
      await db.query('UPDATE schema_migrations SET checksum = $1 WHERE version = 1', [first.checksum]);
    }
    const newer = await migrate(db, []);
    assert.equal(newer.ok ? 'ok' : newer.code, 'DB_SCHEMA_NEWER');
    const sql = 'CREATE TABLE broken_migration_probe (x int); SELECT 1 / 0;';
    const broken = await migrate(db, [...all, { version: all.length + 1, name: '999_broken', sql, checksum: checksum(sql) }]);
    assert.equal(broken.ok ? 'ok' : broken.code, 'DB_MIGRATION_FAILED');
    const probe = await db.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'broken_migration_probe'`);
    assert.equal(probe.rowCount, 0);
    const count = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM schema_migrations');
    assert.equal(count.rows[0]!.n, all.length);
  });

  test('the schema checks the same value lists as the code and the report format', async () => {
    assert.deepEqual([...vocabulary.APPLICANT_TYPES], APPLICANT_PARTS);
    assert.deepEqual([...vocabulary.APPLICATION_OUTCOMES], [...resultRowKeys(FORMATS['2021']), 'otherHandling']);
    assert.ok(resultRowKeys(FORMATS['2019']).includes('otherHandling'));
    assert.deepEqual([...vocabulary.CHANNELS].sort(), Object.keys(CHANNEL_LABELS).sort());
    const lists: [string, readonly string[]][] = [
      ['agencies_level_check', vocabulary.AGENCY_LEVELS],
      ['users_role_check', vocabulary.USER_ROLES],
      ['applications_channel_check', vocabulary.CHANNELS],
      ['applications_applicant_type_check', vocabulary.APPLICANT_TYPES],
      ['applications_outcome_check', vocabulary.APPLICATION_OUTCOMES],
      ['applications_source_check', vocabulary.APPLICATION_SOURCES],
      ['applications_state_check', vocabulary.APPLICATION_STATES],
      ['appeals_kind_check', vocabulary.APPEAL_KINDS],
      ['appeals_outcome_check', vocabulary.APPEAL_OUTCOMES],
      ['normative_documents_kind_check', vocabulary.NORMATIVE_DOCUMENT_KINDS],
      ['report_versions_status_check', vocabulary.REPORT_STATUSES],
    ];
    for (const [name, values] of lists) {
      const r = await db.query<{ def: string }>('SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint WHERE conname = $1', [name]);
      const inSchema = [...(r.rows[0]?.def ?? '').matchAll(/'([^']+)'::text/g)].map((m) => m[1]);
      assert.deepEqual(inSchema, [...values], name);
    }
  });

  test('maintenance (VACUUM ANALYZE) runs', async () => {
    await db.maintain();
    const r = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stat_user_tables WHERE relname = 'applications'`);
    assert.equal(r.rows[0]!.n, 1);
  });

  // ---- Values ------------------------------------------------------------------------------------

  test('values come back the same from both drivers', async () => {
    const r = await db.query<Record<string, unknown>>(
      `SELECT '2024-02-29'::date AS d, '2024-01-01T00:00:00Z'::timestamptz AS t, 42::bigint AS b, 7::int AS i,
              12.3400::numeric(16, 4) AS n, '\\x00ff'::bytea AS y, '{"a":[1,"二"]}'::jsonb AS j, true AS f, NULL::text AS z`,
    );
    const row = r.rows[0]!;
    assert.equal(row.d, '2024-02-29');
    assert.ok(row.t instanceof Date && row.t.toISOString() === '2024-01-01T00:00:00.000Z');
    assert.equal(row.b, 42);
    assert.equal(row.i, 7);
    assert.equal(row.n, '12.3400');
    assert.ok(row.y instanceof Uint8Array);
    assert.deepEqual([...(row.y as Uint8Array)], [0, 255]);
    assert.deepEqual(row.j, { a: [1, '二'] });
    assert.equal(row.f, true);
    assert.equal(row.z, null);
    const tz = await db.query<{ tz: string }>(`SELECT current_setting('TimeZone') AS tz`);
    assert.equal(tz.rows[0]!.tz, 'Asia/Shanghai');
  });

  // ---- Agencies and users -------------------------------------------------------------------------

  test('agencies: a hierarchy, names unique per parent, no cycles', async () => {
    const city = await repos.agencies.create({ name: `某市${randomUUID()}`, level: 'city' });
    assert.ok(city.ok);
    const county = await repos.agencies.create({ name: '某县人民政府', level: 'county', parentId: city.value.id });
    assert.ok(county.ok);
    const town = await repos.agencies.create({ name: '某某镇人民政府', level: 'township', parentId: county.value.id });
    assert.ok(town.ok);
    const again = await repos.agencies.create({ name: '某某镇人民政府', level: 'township', parentId: county.value.id });
    assert.deepEqual(again.ok ? 'ok' : again.code, 'AGENCY_NAME_TAKEN');
    const top = await repos.agencies.create({ name: city.value.name, level: 'city' });
    assert.deepEqual(top.ok ? 'ok' : top.code, 'AGENCY_NAME_TAKEN');
    const elsewhere = await repos.agencies.create({ name: '某某镇人民政府', level: 'township', parentId: city.value.id });
    assert.ok(elsewhere.ok);

    assert.deepEqual((await repos.agencies.subtreeIds(city.value.id)).sort(), [city.value.id, county.value.id, town.value.id, elsewhere.value.id].sort());
    assert.deepEqual((await repos.agencies.ancestry(town.value.id)).map((a) => a.id), [town.value.id, county.value.id, city.value.id]);
    assert.deepEqual((await repos.agencies.children(county.value.id)).map((a) => a.name), ['某某镇人民政府']);
    assert.equal((await repos.agencies.get(town.value.id))?.level, 'township');
    assert.equal(await repos.agencies.get(randomUUID()), null);
    await rejectsWith(repos.agencies.move(city.value.id, town.value.id), 'DB_AGENCY_CYCLE');
    const moved = await repos.agencies.move(town.value.id, city.value.id);
    assert.equal(moved.ok ? 'ok' : moved.code, 'AGENCY_NAME_TAKEN');
  });

  test('users: logins unique in any case, sessions expire and end with a disabled account', async () => {
    const agencyId = await agency();
    const login = `clerk-${randomUUID()}`;
    const created = await repos.users.create({ agencyId, login, displayName: '王经办', role: 'clerk', passwordHash: '$argon2id$v=19$m=65536,t=3,p=4$xyz' });
    assert.ok(created.ok);
    const taken = await repos.users.create({ agencyId, login: login.toUpperCase(), displayName: '另一人', role: 'approver', passwordHash: 'h' });
    assert.equal(taken.ok ? 'ok' : taken.code, 'LOGIN_TAKEN');
    assert.equal((await repos.users.findByLogin(login.toUpperCase()))?.id, created.value.id);
    assert.deepEqual((await repos.users.list([agencyId])).map((u) => u.login), [login]);

    const tokenHash = randomBytes(32);
    const now = new Date();
    await repos.users.createSession({ tokenHash, userId: created.value.id, expiresAt: new Date(now.getTime() + 3_600_000) });
    const found = await repos.users.findSessionUser(tokenHash, now);
    assert.equal(found?.user.id, created.value.id);
    assert.ok(found.session.expiresAt > now);
    assert.equal(await repos.users.findSessionUser(tokenHash, new Date(now.getTime() + 7_200_000)), null);
    const disabled = await repos.users.change(created.value.id, { disabledAt: now });
    assert.ok(disabled.ok);
    assert.equal(await repos.users.findSessionUser(tokenHash, now), null);
    assert.equal(await repos.users.deleteExpiredSessions(new Date(now.getTime() + 7_200_000)) >= 1, true);
    await rejectsWith(repos.users.createSession({ tokenHash: randomBytes(8), userId: created.value.id, expiresAt: new Date(now.getTime() + 1000) }), 'DB_CHECK_VIOLATION');
  });

  // ---- Applications ------------------------------------------------------------------------------

  test('applications: register with the first event, sealed fields round trip, codes unique', async () => {
    const agencyId = await agency();
    const idNumber = { cipher: randomBytes(48), masked: '110***********1234' };
    const phone = { cipher: randomBytes(40), masked: '138****5678' };
    const input = newApplication(agencyId, { applicantIdNumber: idNumber, applicantPhone: phone, applicantKey: randomBytes(32), referenceNumber: '依申请〔2024〕1号', requestedForm: '邮寄纸质件', details: { receipt: { channel: 'online', confirmedOn: '2024-09-27' } } });
    const r = await repos.applications.register(input, { ...registered, payload: { channel: 'online' } });
    assert.ok(r.ok, r.ok ? '' : r.message);
    const app = r.value;
    assert.equal(app.version, 1);
    assert.equal(app.receivedOn, '2024-09-27');
    assert.equal(app.dueOn, '2024-10-31');
    assert.equal(app.source, 'registered');
    assert.deepEqual(app.applicantIdNumber?.masked, idNumber.masked);
    assert.deepEqual([...app.applicantIdNumber!.cipher], [...idNumber.cipher]);
    assert.deepEqual([...app.applicantPhone!.cipher], [...phone.cipher]);

    const got = await repos.applications.get([agencyId], app.id);
    assert.deepEqual(got, app);
    assert.deepEqual(await repos.applications.findByTrackingCode(app.trackingCode), app);
    const events = await repos.applications.events([agencyId], app.id);
    assert.deepEqual(events.map((e) => [e.kind, e.actorId, e.payload]), [['registered', null, { channel: 'online' }]]);
    assert.ok(events[0]!.at instanceof Date);

    const sameCode = await repos.applications.register(newApplication(agencyId, { trackingCode: app.trackingCode }), registered);
    assert.equal(sameCode.ok ? 'ok' : sameCode.code, 'TRACKING_CODE_TAKEN');
    const sameReference = await repos.applications.register(newApplication(agencyId, { referenceNumber: '依申请〔2024〕1号' }), registered);
    assert.equal(sameReference.ok ? 'ok' : sameReference.code, 'REFERENCE_NUMBER_TAKEN');
    const sameId = await repos.applications.register(newApplication(agencyId, { id: app.id }), registered);
    assert.equal(sameId.ok ? 'ok' : sameId.code, 'APPLICATION_EXISTS');
    const otherAgency = await repos.applications.register(newApplication(await agency(), { referenceNumber: '依申请〔2024〕1号' }), registered);
    assert.ok(otherAgency.ok, 'reference numbers repeat across agencies');
    // The unique constraint holds for raw SQL too.
    await rejectsWith(db.query(`UPDATE applications SET tracking_code = $1 WHERE id = $2`, [app.trackingCode, otherAgency.value.id]), 'DB_UNIQUE_VIOLATION');
  });

  test('applications: changes need the version read, add one event each, and stay in their agency', async () => {
    const agencyId = await agency();
    const r = await repos.applications.register(newApplication(agencyId), registered);
    assert.ok(r.ok);
    const app = r.value;
    const extended = await repos.applications.change([agencyId], app.id, 1, { state: 'extended', extendedDueOn: '2024-11-28' }, { kind: 'extended', actorId: null, payload: { days: 20 } });
    assert.ok(extended.ok);
    assert.equal(extended.value.version, 2);
    assert.equal(extended.value.dueOn, '2024-11-28');
    assert.ok(extended.value.updatedAt >= app.updatedAt);

    const stale = await repos.applications.change([agencyId], app.id, 1, { state: 'decided' }, { kind: 'decided', actorId: null });
    assert.equal(stale.ok ? 'ok' : stale.code, 'VERSION_CONFLICT');
    const foreign = await repos.applications.change([await agency()], app.id, 2, { state: 'decided' }, { kind: 'decided', actorId: null });
    assert.equal(foreign.ok ? 'ok' : foreign.code, 'RECORD_NOT_FOUND');
    assert.equal(await repos.applications.get([randomUUID()], app.id), null);
    assert.deepEqual(await repos.applications.events([randomUUID()], app.id), []);

    const decided = await repos.applications.change([agencyId], app.id, 2, { state: 'decided', outcome: 'granted', concludedOn: '2024-11-01' }, { kind: 'decided', actorId: null });
    assert.ok(decided.ok);
    const noted = await repos.applications.change([agencyId], app.id, 3, {}, { kind: 'letterSent', actorId: null });
    assert.ok(noted.ok);
    assert.equal(noted.value.version, 4);
    assert.deepEqual((await repos.applications.events([agencyId], app.id)).map((e) => e.kind), ['registered', 'extended', 'decided', 'letterSent']);

    // The schema's own rules: an outcome needs its date, a decision cannot precede receipt.
    await rejectsWith(repos.applications.change([agencyId], app.id, 4, { concludedOn: null }, { kind: 'reopened', actorId: null }), 'DB_CHECK_VIOLATION');
    await rejectsWith(repos.applications.change([agencyId], app.id, 4, { concludedOn: '2024-01-01' }, { kind: 'redated', actorId: null }), 'DB_CHECK_VIOLATION');
    assert.equal((await repos.applications.get([agencyId], app.id))?.version, 4, 'a refused change leaves no trace');
    assert.equal((await repos.applications.events([agencyId], app.id)).length, 4);
  });

  test('applications: two writers at the same version, exactly one wins', async () => {
    const agencyId = await agency();
    const r = await repos.applications.register(newApplication(agencyId), registered);
    assert.ok(r.ok);
    const results = await Promise.all(
      (['extended', 'awaitingCorrection', 'inConsultation'] as const).map((state) => repos.applications.change([agencyId], r.value.id, 1, { state }, { kind: 'changed', actorId: null, payload: { state } })),
    );
    assert.equal(results.filter((x) => x.ok).length, 1);
    assert.deepEqual(results.filter((x) => !x.ok).map((x) => (x.ok ? '' : x.code)), ['VERSION_CONFLICT', 'VERSION_CONFLICT']);
    assert.equal((await repos.applications.events([agencyId], r.value.id)).length, 2);
  });

  test('applications: lists filter by state, openness, dates, due day and text', async () => {
    const agencyId = await agency();
    const make = (o: Partial<NewApplication>) => repos.applications.register(newApplication(agencyId, o), registered);
    await make({ receivedOn: '2024-01-10', replyDueOn: '2024-02-20', applicantName: '李四' });
    await make({ receivedOn: '2024-03-01', replyDueOn: '2024-03-29', state: 'decided', outcome: 'granted', concludedOn: '2024-03-20' });
    await make({ receivedOn: '2024-05-06', replyDueOn: '2024-06-03', state: 'awaitingCorrection' });
    await repos.applications.register(newApplication(await agency()), registered); // another agency
    const all = await repos.applications.list([agencyId]);
    assert.deepEqual(all.map((a) => a.receivedOn), ['2024-05-06', '2024-03-01', '2024-01-10']);
    assert.equal(await repos.applications.count([agencyId]), 3);
    assert.equal(await repos.applications.count([agencyId], { open: true }), 2);
    assert.equal(await repos.applications.count([agencyId], { open: false }), 1);
    assert.deepEqual((await repos.applications.list([agencyId], { states: ['awaitingCorrection'] })).map((a) => a.receivedOn), ['2024-05-06']);
    assert.deepEqual((await repos.applications.list([agencyId], { receivedFrom: '2024-02-01', receivedTo: '2024-04-30' })).map((a) => a.receivedOn), ['2024-03-01']);
    assert.deepEqual((await repos.applications.list([agencyId], { dueBy: '2024-12-31' })).map((a) => a.dueOn), ['2024-02-20', '2024-06-03']);
    assert.deepEqual((await repos.applications.list([agencyId], { text: '李' })).map((a) => a.applicantName), ['李四']);
    assert.deepEqual((await repos.applications.list([agencyId], { text: '%' })).length, 0);
    assert.deepEqual((await repos.applications.list([agencyId], { limit: 1, offset: 1 })).map((a) => a.receivedOn), ['2024-03-01']);
  });

  // ---- Transactions ------------------------------------------------------------------------------

  test('a transaction that fails leaves nothing half-written', async () => {
    const agencyId = await agency();
    const trackingCode = code('R');
    await assert.rejects(
      db.transaction(async (tx) => {
        const r = await repositories(tx).applications.register(newApplication(agencyId, { trackingCode }), registered);
        assert.ok(r.ok);
        // A repository built on the database itself joins the open transaction.
        await repos.appeals.create({ agencyId, caseNumber: '某复〔2024〕1号', kind: 'review', filedOn: '2024-10-10', applicationId: r.value.id });
        throw new Error('stop');
      }),
      /stop/,
    );
    assert.equal(await repos.applications.findByTrackingCode(trackingCode), null);
    assert.deepEqual(await repos.appeals.list([agencyId]), []);

    // The application's row and its event are one write: a refused event takes the row with it.
    const badEvent = code('E');
    await rejectsWith(repos.applications.register(newApplication(agencyId, { trackingCode: badEvent }), { kind: 'not a kind', actorId: null }), 'DB_CHECK_VIOLATION');
    assert.equal(await repos.applications.findByTrackingCode(badEvent), null);

    // An import is all or nothing.
    const codes = [code('I'), code('I'), code('I')];
    const batch = await repos.applications.registerAll([
      { application: newApplication(agencyId, { trackingCode: codes[0]! }), event: registered },
      { application: newApplication(agencyId, { trackingCode: codes[1]! }), event: registered },
      { application: newApplication(agencyId, { trackingCode: codes[0]! }), event: registered },
    ]);
    assert.equal(batch.ok ? 'ok' : `${batch.code}@${batch.index}`, 'TRACKING_CODE_TAKEN@2');
    for (const c of codes) assert.equal(await repos.applications.findByTrackingCode(c), null);
    assert.equal(await repos.applications.count([agencyId]), 0);

    // Inside an outer transaction, a failed import is rolled back to its savepoint; the rest commits.
    const kept = code('K');
    await db.transaction(async (tx) => {
      const r = repositories(tx);
      assert.ok((await r.applications.register(newApplication(agencyId, { trackingCode: kept }), registered)).ok);
      const failed = await r.applications.registerAll([
        { application: newApplication(agencyId), event: registered },
        { application: newApplication(agencyId, { trackingCode: kept }), event: registered },
      ]);
      assert.equal(failed.ok, false);
    });
    assert.equal(await repos.applications.count([agencyId]), 1);
  });

  test('nested transactions join the outer one', async () => {
    const agencyId = await agency();
    await assert.rejects(
      db.transaction(async (outer) => {
        await outer.transaction(async (inner) => {
          await repositories(inner).applications.register(newApplication(agencyId), registered);
        });
        await db.transaction(async (again) => {
          await repositories(again).applications.register(newApplication(agencyId), registered);
        });
        assert.equal(await repositories(outer).applications.count([agencyId]), 2);
        throw new Error('undo');
      }),
      /undo/,
    );
    assert.equal(await repos.applications.count([agencyId]), 0);
  });

  test('the history is append-only: UPDATE, DELETE and TRUNCATE are refused', async () => {
    const agencyId = await agency();
    const r = await repos.applications.register(newApplication(agencyId), registered);
    assert.ok(r.ok);
    await rejectsWith(db.query(`UPDATE application_events SET kind = 'forged' WHERE application_id = $1`, [r.value.id]), 'DB_APPEND_ONLY');
    await rejectsWith(db.query('DELETE FROM application_events WHERE application_id = $1', [r.value.id]), 'DB_APPEND_ONLY');
    await rejectsWith(db.query('TRUNCATE application_events CASCADE'), 'DB_APPEND_ONLY');
    await rejectsWith(db.query('DELETE FROM applications WHERE id = $1', [r.value.id]), 'DB_FOREIGN_KEY_VIOLATION');
    assert.equal((await repos.applications.events([agencyId], r.value.id)).length, 1);
  });

  // ---- Annual counts -----------------------------------------------------------------------------

  test('the year counts match a hand-counted set and balance', async () => {
    const agencyId = await agency();
    const items = handCountedApplications(agencyId, code('Y')).map((application) => ({ application, event: { kind: 'imported', actorId: null } }));
    const imported = await repos.applications.registerAll(items);
    assert.ok(imported.ok, imported.ok ? '' : imported.message);
    // Noise in another agency, received and open in 2024.
    await repos.applications.register(newApplication(await agency(), { receivedOn: '2024-04-04' }), registered);

    const counts = await repos.applications.countsForYear(agencyId, 2024);
    for (const type of vocabulary.APPLICANT_TYPES) {
      const got = counts.byApplicantType[type];
      const want = EXPECTED_2024[type];
      const nonZero = Object.fromEntries(Object.entries(got.outcomes).filter(([, n]) => n > 0));
      assert.deepEqual({ ...got, outcomes: nonZero }, want, type);
      assert.equal(got.newReceived + got.carriedOver, got.concluded + got.carriedForward, `R1 for ${type}`);
    }
    const empty = await repos.applications.countsForYear(agencyId, 2019);
    assert.ok(Object.values(empty.byApplicantType).every((c) => c.newReceived + c.carriedOver + c.concluded + c.carriedForward === 0));
  });

  // ---- Appeals and proactive records ------------------------------------------------------------

  test('appeals: recorded, concluded with a version, counted for section 四', async () => {
    const agencyId = await agency();
    for (const appeal of handCountedAppeals(agencyId)) await repos.appeals.create(appeal);
    assert.deepEqual(await repos.appeals.countsForYear(agencyId, 2024), EXPECTED_APPEALS_2024);

    const app = await repos.applications.register(newApplication(agencyId), registered);
    assert.ok(app.ok);
    const appeal = await repos.appeals.create({ agencyId, applicationId: app.value.id, kind: 'review', filedOn: '2024-11-01', caseNumber: '某复〔2024〕9号', body: '某县人民政府' });
    assert.equal(appeal.outcome, null);
    const concluded = await repos.appeals.change([agencyId], appeal.id, 1, { outcome: 'corrected', concludedOn: '2024-12-20' });
    assert.ok(concluded.ok);
    const stale = await repos.appeals.change([agencyId], appeal.id, 1, { note: 'x' });
    assert.equal(stale.ok ? 'ok' : stale.code, 'VERSION_CONFLICT');
    assert.deepEqual((await repos.appeals.list([agencyId], { applicationId: app.value.id })).map((a) => a.outcome), ['corrected']);
    assert.equal(await repos.appeals.get([randomUUID()], appeal.id), null);
    // An appeal about an application belongs to the application's agency.
    await rejectsWith(repos.appeals.create({ agencyId: await agency(), caseNumber: 'x', applicationId: app.value.id, kind: 'review', filedOn: '2024-11-01' }), 'DB_FOREIGN_KEY_VIOLATION');
    await rejectsWith(repos.appeals.create({ agencyId, caseNumber: 'x', kind: 'review', filedOn: '2024-11-01', outcome: 'maintained' }), 'DB_CHECK_VIOLATION');
    // Litigation after review names the review it follows; nothing else does.
    const suit = await repos.appeals.create({ agencyId, caseNumber: '（2025）某行初1号', body: '某区人民法院', kind: 'litigationAfterReview', reviewId: appeal.id, filedOn: '2025-01-10' });
    assert.equal(suit.reviewId, appeal.id);
    await rejectsWith(repos.appeals.create({ agencyId, caseNumber: 'y', kind: 'litigationDirect', reviewId: appeal.id, filedOn: '2025-01-10' }), 'DB_CHECK_VIOLATION');
    await rejectsWith(repos.appeals.create({ agencyId, caseNumber: ' ', kind: 'review', filedOn: '2025-01-10' }), 'DB_CHECK_VIOLATION');
  });

  test('proactive records: the register counts issued, repealed and in force; counts per year', async () => {
    const agencyId = await agency();
    for (const doc of handCountedDocuments(agencyId)) assert.ok((await repos.proactive.addDocument(doc)).ok);
    assert.deepEqual(await repos.proactive.documentCountsForYear(agencyId, 2024), EXPECTED_DOCUMENTS_2024);
    const dup = await repos.proactive.addDocument({ agencyId, kind: 'regulation', title: '重复', docNumber: '甲〔2020〕1号', issuedOn: '2021-01-01' });
    assert.equal(dup.ok ? 'ok' : dup.code, 'DOC_NUMBER_TAKEN');
    const inForce = await repos.proactive.listDocuments([agencyId], { inForceOn: '2024-12-31' });
    assert.deepEqual(inForce.map((d) => d.title).sort(), ['文件丁', '规章甲']);
    const ding = inForce.find((d) => d.title === '文件丁')!;
    assert.ok((await repos.proactive.setRepealed([agencyId], ding.id, '2024-12-01')).ok);
    assert.equal((await repos.proactive.documentCountsForYear(agencyId, 2024)).normativeDocument.inForce, 0);
    assert.equal((await repos.proactive.setRepealed([randomUUID()], ding.id, null)).ok, false);

    assert.equal(await repos.proactive.getCounts(agencyId, 2024), null);
    const cells = { licensing: { decisions: 120 }, penalties: { decisions: 3 }, fees: { amountTenThousandYuan: 1.25 } };
    await repos.proactive.saveCounts(agencyId, 2024, cells, null);
    assert.deepEqual(await repos.proactive.getCounts(agencyId, 2024), cells);
    await repos.proactive.saveCounts(agencyId, 2024, { penalties: { decisions: 4 }, coercion: { decisions: 0 } }, null);
    assert.deepEqual(await repos.proactive.getCounts(agencyId, 2024), { coercion: { decisions: 0 }, penalties: { decisions: 4 } });
    assert.equal(await repos.proactive.getCounts(agencyId, 2023), null);
    // The 2019 format's signed 本年增/减 is a cell like any other.
    await repos.proactive.saveCounts(agencyId, 2020, { licensing: { previousItems: 12, change: -2, decisions: 30 } }, null);
    assert.deepEqual(await repos.proactive.getCounts(agencyId, 2020), { licensing: { change: -2, decisions: 30, previousItems: 12 } });
    await rejectsWith(repos.proactive.saveCounts(agencyId, 2024, { 'not a key': { decisions: 1 } }, null), 'DB_CHECK_VIOLATION');
    assert.deepEqual(await repos.proactive.getCounts(agencyId, 2024), { coercion: { decisions: 0 }, penalties: { decisions: 4 } }, 'a refused save changes nothing');
  });

  // ---- Annual report versions --------------------------------------------------------------------

  test('a published report version refuses every change; a correction is a new version', async () => {
    const agencyId = await agency();
    const draft = await repos.reports.createDraft({ agencyId, year: 2024, figures: { schemaVersion: 1 }, narratives: { summary: '概述' }, createdBy: null });
    assert.equal(draft.version, 1);
    const key = { agencyId, year: 2024, version: 1 };
    assert.ok((await repos.reports.updateDraft(key, { narratives: { summary: '修改后的概述' } })).ok);
    const at = new Date();
    for (const [from, to] of [['draft', 'submitted'], ['submitted', 'approved'], ['approved', 'published']] as const) {
      const moved = await repos.reports.setStatus(key, from, to, { userId: null, at });
      assert.ok(moved.ok, `${from} → ${to}`);
    }
    const published = await repos.reports.latestPublished(agencyId, 2024);
    assert.equal(published?.publishedAt?.getTime(), at.getTime());
    assert.deepEqual(published?.narratives, { summary: '修改后的概述' });

    const edit = await repos.reports.updateDraft(key, { narratives: { summary: '偷改' } });
    assert.equal(edit.ok ? 'ok' : edit.code, 'REPORT_STATUS_CONFLICT');
    await rejectsWith(repos.reports.setStatus(key, 'published', 'draft', { userId: null, at }), 'DB_REPORT_PUBLISHED');
    await rejectsWith(db.query(`UPDATE report_versions SET figures = '{}' WHERE agency_id = $1`, [agencyId]), 'DB_REPORT_PUBLISHED');
    await rejectsWith(db.query('DELETE FROM report_versions WHERE agency_id = $1', [agencyId]), 'DB_REPORT_PUBLISHED');
    await rejectsWith(db.query('TRUNCATE report_versions'), 'DB_REPORT_PUBLISHED');
    assert.deepEqual((await repos.reports.get(key))?.narratives, { summary: '修改后的概述' });

    const correction = await repos.reports.createDraft({ agencyId, year: 2024, figures: { schemaVersion: 1 }, createdBy: null });
    assert.equal(correction.version, 2);
    assert.deepEqual((await repos.reports.list(agencyId, 2024)).map((v) => [v.version, v.status]), [[2, 'draft'], [1, 'published']]);
  });
}
