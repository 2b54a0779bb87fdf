// Benchmark: section 三 counts (applicationCountsForYear) for one agency-year from 1,000,000
// applications, on the embedded database and on a PostgreSQL server, against a single hand-written
// GROUP BY over the same rows. Rows are generated in SQL (generate_series), without events.
//   node --import tsx src/db/year-counts-bench.ts [--rows 1000000] [--server URL] [--embedded DIR|memory] [--shape one|spread]
// shape one: every application belongs to the measured agency, received 2020–2024 (the worst case:
// the year's counts involve ~200,000 rows and all open ones); spread: 200 agencies × 10 years.
// Without --server, TEST_DATABASE_URL or the local default server is used (a database is created and dropped).
// bench/report-figures.bench.ts (in `npm run bench`) seeds with the same functions to time the whole
// report's figures (office/report-figures.ts).
import { pathToFileURL } from 'node:url';
import { applicationCountsForYear } from './application-counts.repository.js';
import type { Database, Db } from './db.js';
import { openEmbedded } from './embedded.js';
import { ProactiveRepository } from './proactive.repository.js';
import { openServer } from './server.js';
import { createTestDatabase } from './server-test-database.js';
import { APPEAL_KINDS, APPEAL_OUTCOMES, APPLICANT_TYPES, APPLICATION_OUTCOMES, NORMATIVE_DOCUMENT_KINDS } from './vocabulary.js';

/** The query one would write by hand: one scan, one GROUP BY, the year's categories as grouping keys. */
export const HAND_WRITTEN_SQL = `
SELECT applicant_type, CASE WHEN concluded_on <= $3::date THEN outcome END AS outcome,
       received_on < $2::date AS carried_over, concluded_on IS NULL OR concluded_on > $3::date AS carried_forward,
       count(*)::int AS n
  FROM applications
 WHERE agency_id = $1 AND received_on <= $3::date AND (concluded_on IS NULL OR concluded_on >= $2::date)
 GROUP BY 1, 2, 3, 4`;

export interface SeedOptions {
  rows: number;
  shape: 'one' | 'spread';
}

/** Inserts `rows` applications; returns the agency to measure. Deterministic (setseed). */
export async function seedApplications(db: Db, { rows, shape }: SeedOptions): Promise<string> {
  const agencies = shape === 'one' ? 1 : 200;
  const firstYear = shape === 'one' ? 2020 : 2015;
  const years = shape === 'one' ? 5 : 10;
  const ids: string[] = [];
  for (let i = 0; i < agencies; i++) {
    const r = await db.query<{ id: string }>(`INSERT INTO agencies (name, level) VALUES ($1, 'county') RETURNING id`, [`基准测试机关${i}-${Date.now()}`]);
    ids.push(r.rows[0]!.id);
  }
  const days = years * 365;
  const batch = 100_000;
  await db.query('SELECT setseed(0.42)');
  for (let from = 1; from <= rows; from += batch) {
    const to = Math.min(rows, from + batch - 1);
    await db.query(
      `INSERT INTO applications (agency_id, tracking_code, source, received_on, applicant_type, state, outcome, concluded_on)
       SELECT agency, code, 'imported', received, type,
              CASE WHEN concluded IS NULL THEN 'registered' ELSE 'closed' END, CASE WHEN concluded IS NULL THEN NULL ELSE outcome END, concluded
         FROM (SELECT ($1::uuid[])[1 + (g % $2)] AS agency, 'BENCH-' || lpad(g::text, 9, '0') AS code,
                      $3::date + floor(random() * $4)::int AS received,
                      ($5::text[])[1 + floor(random() * 6)::int] AS type,
                      ($6::text[])[1 + floor(random() * 21)::int] AS outcome,
                      random() < 0.97 AS done, floor(random() * 60)::int AS took
                 FROM generate_series($7::int, $8::int) AS g) s,
              LATERAL (SELECT CASE WHEN done THEN received + took END AS concluded) c`,
      [ids, agencies, `${firstYear}-01-01`, days, APPLICANT_TYPES, APPLICATION_OUTCOMES.slice(0, 21), from, to],
    );
  }
  await db.exec('ANALYZE applications');
  return ids[0]!;
}

/**
 * The rest of a report's records for the agency: `appeals` appeals and `documents` register entries
 * filed or issued over the five years to `year` (about one in five still open or in force), and the
 * year's section 二 cells (2021 format). Deterministic.
 */
export async function seedReportRecords(db: Db, agencyId: string, year: number, { appeals = 200, documents = 300 } = {}): Promise<void> {
  const from = `${year - 4}-01-01`;
  await db.query(
    `INSERT INTO appeals (agency_id, kind, case_number, filed_on, outcome, concluded_on)
     SELECT $1, ($2::text[])[1 + g % 3], 'BENCH-A' || g, filed,
            CASE WHEN g % 5 = 0 THEN NULL ELSE ($3::text[])[1 + (g / 3) % 3] END, CASE WHEN g % 5 = 0 THEN NULL ELSE filed + 20 + (g * 37) % 300 END
       FROM generate_series(1, $4::int) AS g, LATERAL (SELECT $5::date + (g * 7919) % (5 * 365) AS filed) f`,
    [agencyId, APPEAL_KINDS, APPEAL_OUTCOMES, appeals, from],
  );
  await db.query(
    `INSERT INTO normative_documents (agency_id, kind, title, doc_number, issued_on, published_on, repealed_on)
     SELECT $1, ($2::text[])[1 + (g % 10 <> 0)::int], '基准测试文件' || g, 'BENCH-D' || g, issued, issued + g % 20,
            CASE WHEN g % 4 = 0 THEN issued + 30 + (g * 53) % 900 END
       FROM generate_series(1, $3::int) AS g, LATERAL (SELECT $4::date + (g * 104729) % (5 * 365) AS issued) i`,
    [agencyId, NORMATIVE_DOCUMENT_KINDS, documents, from],
  );
  const cells = { licensing: { decisions: 1200 }, penalties: { decisions: 85 }, coercion: { decisions: 3 }, fees: { amountTenThousandYuan: 12.5 } };
  await new ProactiveRepository(db).saveCounts(agencyId, year, cells, null);
}

/** Runs `fn` `runs` times, one after the other: the first time and the median. */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<{ first: number; median: number }> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  const sorted = [...times].sort((a, b) => a - b);
  return { first: times[0]!, median: sorted[Math.floor(sorted.length / 2)]! };
}

export interface BenchResult {
  target: string;
  rows: number;
  shape: string;
  seedMs: number;
  involved: number;
  countsMs: { first: number; median: number };
  handWrittenMs: { first: number; median: number };
}

export async function benchYearCounts(db: Database, options: SeedOptions, year = 2024): Promise<BenchResult> {
  const t = performance.now();
  const agencyId = await seedApplications(db, options);
  const seedMs = performance.now() - t;
  const params = [agencyId, `${year}-01-01`, `${year}-12-31`];
  const counts = await applicationCountsForYear(db, agencyId, year);
  const involved = Object.values(counts.byApplicantType).reduce((n, c) => n + c.newReceived + c.carriedOver, 0);
  const hand = await db.query<{ n: number }>(HAND_WRITTEN_SQL, params);
  if (hand.rows.reduce((n, r) => n + r.n, 0) !== involved) throw new Error('the two queries disagree');
  const countsMs = await median(7, () => applicationCountsForYear(db, agencyId, year));
  const handWrittenMs = await median(7, () => db.query(HAND_WRITTEN_SQL, params));
  return { target: `${db.kind} ${db.location}`, rows: options.rows, shape: options.shape, seedMs, involved, countsMs, handWrittenMs };
}

function report(r: BenchResult): string {
  const f = (ms: number): string => `${ms.toFixed(0)} ms`;
  return [
    `${r.target}: ${r.rows.toLocaleString('en')} applications (${r.shape}), seeded in ${(r.seedMs / 1000).toFixed(1)} s; ${r.involved.toLocaleString('en')} involved in the year`,
    `  applicationCountsForYear: first ${f(r.countsMs.first)}, median ${f(r.countsMs.median)}`,
    `  hand-written GROUP BY:    first ${f(r.handWrittenMs.first)}, median ${f(r.handWrittenMs.median)}`,
    `  ratio (median): ${(r.countsMs.median / r.handWrittenMs.median).toFixed(2)}`,
  ].join('\n');
}

async function main(): Promise<void> {
  const arg = (name: string): string | undefined => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? process.argv[i + 1] : undefined;
  };
  const options: SeedOptions = { rows: Number(arg('rows') ?? 1_000_000), shape: arg('shape') === 'spread' ? 'spread' : 'one' };
  const embedded = arg('embedded');
  if (embedded) {
    const opened = await openEmbedded(embedded);
    if (!opened.ok) throw new Error(opened.message);
    try {
      console.log(report(await benchYearCounts(opened.db, options)));
    } finally {
      await opened.db.close();
    }
    return;
  }
  const given = arg('server');
  const created = given ? null : await createTestDatabase();
  if (created && !created.ok) throw new Error(created.reason);
  const opened = await openServer(given ?? (created?.ok ? created.db.url : ''));
  if (!opened.ok) throw new Error(opened.message);
  try {
    console.log(report(await benchYearCounts(opened.db, options)));
  } finally {
    await opened.db.close();
    if (created?.ok) await created.db.drop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
