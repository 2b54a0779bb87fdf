// Demo data installs once, is consistent (every application's history explains its state), and is
// removed completely without touching anyone else's records.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { openEmbedded } from '../db/embedded.js';
import { registerApplication } from './applications.js';
import { fixedClock } from './clock.js';
import { installDemo } from './demo.js';
import { createOffice } from './office.js';
import { secretsFromKey } from './secrets.js';

test('demo data installs once and is removed whole, leaving real data alone', async () => {
  const opened = await openEmbedded('memory');
  assert.ok(opened.ok);
  const db = opened.db;
  try {
    const office = createOffice(db, secretsFromKey(randomBytes(32)), fixedClock('2025-06-30T10:00:00+08:00'));
    const real = await office.repos.agencies.create({ name: '某镇人民政府', level: 'township' });
    assert.ok(real.ok);
    const applied = await registerApplication(office, null, real.value.id, { applicantType: 'naturalPerson', applicant: { name: '某' }, content: '某文件' }, null);
    assert.ok(applied.ok);
    const summary = await installDemo(office);
    assert.ok(summary);
    assert.equal(summary.agencies, 4);
    assert.equal(await installDemo(office), null, 'a second install does nothing');
    const counts = (await db.query<{ n: number; events: number; concluded: number }>(
      `SELECT count(*)::int AS n, sum(version)::int AS events, count(*) FILTER (WHERE concluded_on IS NOT NULL)::int AS concluded FROM applications`,
    )).rows[0]!;
    assert.equal(counts.n, summary.applications + 1);
    assert.ok(counts.concluded > counts.n / 2, 'most demo applications are concluded');
    const events = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM application_events')).rows[0]!.n;
    assert.equal(events, counts.events, 'version = number of events for every application');
    const published = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM report_versions WHERE status = 'published' AND year = 2024`)).rows[0]!.n;
    assert.equal(published, 3, "each unit's 2024 report is published");
    const names = (await db.query<{ name: string }>('SELECT name FROM agencies WHERE demo')).rows.map((r) => r.name);
    assert.ok(names.every((n) => n.includes('演示')));

    assert.equal(await office.repos.demo.remove(), 4);
    const left = (await db.query<{ agencies: number; applications: number; users: number }>(
      `SELECT (SELECT count(*)::int FROM agencies) AS agencies, (SELECT count(*)::int FROM applications) AS applications, (SELECT count(*)::int FROM users) AS users`,
    )).rows[0]!;
    assert.deepEqual(left, { agencies: 1, applications: 1, users: 0 });
    await assert.rejects(db.query('DELETE FROM application_events'), /只能追加记录/);
  } finally {
    await db.close();
  }
});
