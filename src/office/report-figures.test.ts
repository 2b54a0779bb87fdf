// Records stored through the repositories give the report figures that figuresFromRecords gives on
// the same records, in both formats (2020: the 2019 format; 2024: the 2021 format), on the embedded
// database in memory; and the same problems refuse them.
import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { APPEAL_KINDS, APPEAL_OUTCOMES, type Appeal } from '../core/appeals/appeals.js';
import type { ApplicationRecord } from '../core/applications/types.js';
import { addDays } from '../core/calendar/iso-date.js';
import { REGISTER_KINDS, type RegisterEntry } from '../core/proactive/register.js';
import { figuresFromRecords, type RecordsInput, type RecordsResult } from '../core/records-report.js';
import type { Database } from '../db/db.js';
import { openEmbedded } from '../db/embedded.js';
import type { ProactiveCells } from '../db/proactive.repository.js';
import { repositories, type Repositories } from '../db/repositories.js';
import { applicationRecord, importedApplications, recordDate } from '../testkit/application-records.js';
import { reportFiguresFor } from './report-figures.js';

const RUNS = Number(process.env['REPORT_FIGURES_RUNS'] ?? 12);

/** Cells staff enter in each format (none that the register gives). */
const CELLS: Record<2020 | 2024, ProactiveCells> = {
  2020: { licensing: { previousItems: 12, change: -2, decisions: 30 }, regulations: { totalPublished: 4 }, procurement: { projects: 3, amountYuan: 125000.5 } },
  2024: { licensing: { decisions: 120 }, penalties: { decisions: 8 }, coercion: { decisions: 0 }, fees: { amountTenThousandYuan: 1.25 } },
};

const appealRecord = fc
  .record({ kind: fc.constantFrom(...APPEAL_KINDS), filedOn: recordDate, took: fc.option(fc.integer({ min: 0, max: 500 }), { freq: 3 }), outcome: fc.constantFrom(...APPEAL_OUTCOMES) })
  .map(({ kind, filedOn, took, outcome }) => ({ kind, filedOn, concludedOn: took === null ? null : addDays(filedOn, took), outcome: took === null ? null : outcome }));

const registerRecord = fc
  .record({
    kind: fc.constantFrom(...REGISTER_KINDS),
    issuedOn: recordDate,
    published: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 5 }),
    repealed: fc.option(fc.integer({ min: 0, max: 1500 })),
  })
  .map(({ kind, issuedOn, published, repealed }) => ({
    kind,
    issuedOn,
    publishedOn: published === null ? null : addDays(issuedOn, published),
    repealedOn: repealed === null ? null : addDays(issuedOn, repealed),
  }));

type Stored = Omit<RecordsInput, 'year' | 'counts'> & { agencyId: string };

describe('report figures from storage (embedded database, in memory)', () => {
  let db: Database;
  let repos: Repositories;
  before(async () => {
    const r = await openEmbedded('memory');
    if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
    db = r.db;
    repos = repositories(db);
  });
  after(async () => {
    await db?.close();
  });

  /** A new agency with these records, stored through the repositories; `records` as figuresFromRecords takes them. */
  async function store(applications: ApplicationRecord[], appeals: Omit<Appeal, 'id'>[], documents: Omit<RegisterEntry, 'id' | 'title'>[]): Promise<Stored> {
    const name = `某某县交通运输局${randomUUID()}`;
    const created = await repos.agencies.create({ name, level: 'department' });
    assert.ok(created.ok);
    const agencyId = created.value.id;
    const imported = await repos.applications.registerAll(importedApplications(agencyId, `R${randomBytes(5).toString('hex')}`, applications));
    assert.ok(imported.ok, imported.ok ? '' : imported.message);
    const storedAppeals: Appeal[] = [];
    for (const [i, a] of appeals.entries()) {
      const row = await repos.appeals.create({ agencyId, caseNumber: `某复〔${a.filedOn.slice(0, 4)}〕${i + 1}号`, ...a });
      storedAppeals.push({ ...a, id: row.id });
    }
    const register: RegisterEntry[] = [];
    for (const [i, d] of documents.entries()) {
      const entry = { ...d, id: `G${i}`, title: `文件${i + 1}`, ...(i % 2 === 0 ? { documentNumber: `某政规〔${d.issuedOn.slice(0, 4)}〕${i + 1}号` } : {}) };
      const added = await repos.proactive.addDocument({ agencyId, kind: d.kind, title: entry.title, docNumber: entry.documentNumber ?? null, issuedOn: d.issuedOn, publishedOn: d.publishedOn ?? null, repealedOn: d.repealedOn });
      assert.ok(added.ok);
      register.push(entry);
    }
    return { agencyId, agency: name, applications, appeals: storedAppeals, register };
  }

  const fromStorage = (s: Stored, year: number): Promise<RecordsResult> => reportFiguresFor(repos, { id: s.agencyId, name: s.agency }, year);
  const fromRecords = (s: Stored, year: number, counts: ProactiveCells | null): RecordsResult => figuresFromRecords({ ...s, year, counts });
  const codes = (r: RecordsResult): string[] => (r.ok ? [] : r.errors.map((e) => e.code));

  it('property: the same figures as figuresFromRecords on the records stored (2020 and 2024)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(applicationRecord, { maxLength: 40 }),
        fc.array(appealRecord, { maxLength: 12 }),
        fc.array(registerRecord, { maxLength: 10 }),
        async (applications, appeals, documents) => {
          const s = await store(applications, appeals, documents);
          for (const year of [2020, 2024] as const) {
            await repos.proactive.saveCounts(s.agencyId, year, CELLS[year], null);
            const got = await fromStorage(s, year);
            assert.ok(got.ok, got.ok ? '' : got.errors.map((e) => `${e.code}: ${e.message}`).join('\n'));
            assert.equal(got.figures.format, year === 2020 ? '2019' : '2021');
            assert.deepEqual(got, fromRecords(s, year, CELLS[year]));
          }
          // No cells entered: those cells stay unknown, as from the records.
          assert.deepEqual(await fromStorage(s, 2022), fromRecords(s, 2022, null));
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('joins a transaction open around it', async () => {
    const s = await store([{ applicantType: 'research', receivedOn: '2024-05-01', concludedOn: '2024-05-20', outcome: 'granted' }], [], []);
    const r = await db.transaction(() => reportFiguresFor(repositories(db), { id: s.agencyId, name: s.agency }, 2024));
    assert.ok(r.ok);
    assert.equal(r.figures.applications['granted']?.['research'], 1);
    assert.deepEqual(r, fromRecords(s, 2024, null));
  });

  it('refuses what figuresFromRecords refuses', async () => {
    // Plain 其他处理 concluded in a year of the 2021 format.
    const s = await store([{ applicantType: 'naturalPerson', receivedOn: '2024-03-01', concludedOn: '2024-03-20', outcome: 'otherHandling' }], [], []);
    assert.deepEqual(codes(await fromStorage(s, 2024)), ['RECORD_OUTCOME_NOT_IN_FORMAT']);
    assert.deepEqual(codes(fromRecords(s, 2024, null)), ['RECORD_OUTCOME_NOT_IN_FORMAT']);
    // Only the year's counts are read: the 2023 report does not depend on that application.
    assert.ok((await fromStorage(s, 2023)).ok);
    // A cell the register gives, entered by hand; a cell the format does not have.
    const t = await store([], [], [{ kind: 'normativeDocument', issuedOn: '2024-02-01', publishedOn: '2024-02-10', repealedOn: null }]);
    // (In row key order: storage returns the cells so, and the problems follow them.)
    const cells = { licensing: { previousItems: 1 }, normativeDocuments: { issued: 3 } };
    await repos.proactive.saveCounts(t.agencyId, 2024, cells, null);
    assert.deepEqual(codes(await fromStorage(t, 2024)), ['COUNT_CELL_UNKNOWN', 'COUNT_CELL_DERIVED']);
    assert.deepEqual(codes(await fromStorage(t, 2024)), codes(fromRecords(t, 2024, cells)));
    assert.deepEqual(await fromStorage(t, 2024), fromRecords(t, 2024, cells));
    assert.deepEqual(codes(await fromStorage(t, 2018)), ['REPORT_YEAR_INVALID']);
    assert.deepEqual(codes(await fromStorage(t, 2024.5)), ['REPORT_YEAR_INVALID']);
  });
});
