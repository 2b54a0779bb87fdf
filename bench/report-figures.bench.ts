// The annual report's figures for one agency-year from 1,000,000 applications: reportFiguresFor
// (office/report-figures.ts: section 三 from one GROUP BY, sections 二 and 四 from their records) on a
// PostgreSQL server and on the embedded database, against the single hand-written GROUP BY of
// src/db/year-counts-bench.ts. Seeded as there (shape 'one': one agency, received 2020–2024; report
// year 2024), plus 200 appeals, 300 register entries and the year's section 二 cells, then
// VACUUM ANALYZE, as the shell runs it after a large import.
//   node .bench-build/bench/report-figures.bench.js [--rows 1000000] [--runs 5] [--server URL] [--embedded DIR|memory]
// Without --server: TEST_DATABASE_URL, DATABASE_URL or the local default server (a database is created
// and dropped); when none is reachable, that is said and the embedded database alone is measured.
// Without --embedded: a new data folder in the temporary directory (removed afterwards).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Database, OpenResult } from '../src/db/db.js';
import { applicationCountsForYear } from '../src/db/application-counts.repository.js';
import { openEmbedded } from '../src/db/embedded.js';
import { repositories } from '../src/db/repositories.js';
import { openServer } from '../src/db/server.js';
import { createTestDatabase } from '../src/db/server-test-database.js';
import { HAND_WRITTEN_SQL, median, seedApplications, seedReportRecords } from '../src/db/year-counts-bench.js';
import { reportFiguresFor } from '../src/office/report-figures.js';

const YEAR = 2024;
const APPEALS = 200;
const DOCUMENTS = 300;

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const rows = Number(arg('rows') ?? 1_000_000);
const runs = Number(arg('runs') ?? 5);

const ms = (t: number): string => `${t.toFixed(0)} ms`;
const s = (t: number): string => `${(t / 1000).toFixed(1)} s`;

async function measure(db: Database, engine: string): Promise<void> {
  const version = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0]!.server_version.split(' ')[0];
  const label = `report figures (${rows.toLocaleString('en')} applications, ${engine} ${version})`;
  let t = performance.now();
  const agencyId = await seedApplications(db, { rows, shape: 'one' });
  await seedReportRecords(db, agencyId, YEAR, { appeals: APPEALS, documents: DOCUMENTS });
  const seedMs = performance.now() - t;
  t = performance.now();
  await db.maintain();
  const maintainMs = performance.now() - t;

  const repos = repositories(db);
  const name = (await repos.agencies.get(agencyId))!.name;
  const figures = () => reportFiguresFor(repos, { id: agencyId, name }, YEAR);
  const params = [agencyId, `${YEAR}-01-01`, `${YEAR}-12-31`];
  const check = await figures();
  if (!check.ok) throw new Error(check.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
  const a = check.figures.applications;
  const involved = (a['newReceived']?.['total'] ?? 0) + (a['carriedOver']?.['total'] ?? 0);
  const hand = await db.query<{ n: number }>(HAND_WRITTEN_SQL, params);
  if (hand.rows.reduce((n, r) => n + r.n, 0) !== involved) throw new Error('reportFiguresFor and the hand-written GROUP BY disagree');

  const report = await median(runs, figures);
  const handWritten = await median(runs, () => db.query(HAND_WRITTEN_SQL, params));
  const counts = await median(runs, () => applicationCountsForYear(db, agencyId, YEAR));
  console.log(
    `${label}: median ${ms(report.median)} (${runs} runs, first ${ms(report.first)}); hand-written GROUP BY ${ms(handWritten.median)}; ratio ${(report.median / handWritten.median).toFixed(2)}`,
  );
  console.log(`  section 三's query alone (applicationCountsForYear) ${ms(counts.median)}; sections 二 and 四 and the assembly add ${ms(report.median - counts.median)}`);
  console.log(
    `  seeded in ${s(seedMs)}, VACUUM ANALYZE ${s(maintainMs)}; ${involved.toLocaleString('en')} applications in ${YEAR}'s section 三, ${APPEALS} appeals, ${DOCUMENTS} register entries`,
  );
}

async function run(open: () => Promise<OpenResult>, engine: string): Promise<void> {
  const opened = await open();
  if (!opened.ok) throw new Error(`${opened.code}: ${opened.message}`);
  try {
    await measure(opened.db, engine);
  } finally {
    await opened.db.close();
  }
}

console.log(`Annual report figures — one agency, ${YEAR}, ${rows.toLocaleString('en')} applications; node ${process.version}`);
const started = performance.now();

const given = arg('server');
if (given) {
  await run(() => openServer(given), 'PostgreSQL');
} else {
  const created = await createTestDatabase();
  if (created.ok) {
    try {
      await run(() => openServer(created.db.url), 'PostgreSQL');
    } finally {
      await created.db.drop();
    }
  } else {
    console.log(`report figures (PostgreSQL): not measured — ${created.reason}; measuring the embedded database only`);
  }
}

const embedded = arg('embedded');
const folder = embedded ? null : mkdtempSync(join(tmpdir(), 'gongkai-bench-'));
try {
  await run(() => openEmbedded(embedded ?? join(folder!, 'data')), embedded === 'memory' ? 'embedded PGlite in memory' : 'embedded PGlite');
} finally {
  if (folder) rmSync(folder, { recursive: true, force: true });
}
console.log(`report figures benchmark: ${s(performance.now() - started)} in all`);
