// Ledger import into the office's records, on both databases: a 31-row ledger (CSV UTF-8, GBK and
// XLSX) gives the 2024 figures counted by hand; bad rows, dates after today and a re-import are
// refused with their row numbers and nothing is written; a dry run writes nothing.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { APPLICANT_COLUMNS } from '../core/formats.js';
import { onBothEngines } from '../http/api-testkit.js';
import { figuresJson } from '../render/json.js';
import { LEDGER_2024, LEDGER_ROWS, applicantCells, ledgerCsv, ledgerCsvGbk, ledgerXlsx, zeroRow } from '../testkit/ledger-fixture.js';
import { contractErrors } from '../testkit/schema.js';
import type { Principal } from './access.js';
import { importLedger, type LedgerError } from './ledger-import.js';
import type { Office } from './office.js';
import { reportFiguresFor } from './report-figures.js';

async function count(office: Office, agencyId: string): Promise<number> {
  return office.repos.applications.count([agencyId]);
}

async function newAgency(office: Office, name: string): Promise<{ id: string; name: string }> {
  const r = await office.repos.agencies.create({ name, level: 'township' });
  assert.ok(r.ok);
  return r.value;
}

/** Section 三 of 2024 from storage equals the hand count, and balances. */
async function assertHandCount(office: Office, agency: { id: string; name: string }): Promise<void> {
  const r = await reportFiguresFor(office.repos, agency, 2024);
  assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.errors));
  const a = r.figures.applications;
  for (const [row, cells] of Object.entries(a)) assert.deepEqual(applicantCells(cells), [...(LEDGER_2024[row] ?? zeroRow())], row);
  for (const c of APPLICANT_COLUMNS) {
    const v = (row: string) => a[row]![c.key]!;
    assert.equal(v('newReceived') + v('carriedOver'), v('resultsTotal') + v('carriedForward'), `R1 ${c.key}`);
  }
  assert.equal(contractErrors(figuresJson(r.figures)), null);
}

function codes(errors: readonly unknown[] | undefined): [number | null, string | null, string][] {
  return ((errors ?? []) as LedgerError[]).map((e) => [e.row, e.column, e.code]);
}

onBothEngines('ledger import', (h) => {
  const today = () => h().clock.setToday('2025-03-03');

  test('a dry run previews the counts and writes nothing', async () => {
    today();
    const { office, seed } = h();
    const r = await importLedger(office, null, seed.townA, ledgerCsv(), '台账.csv', { dryRun: true });
    assert.ok(r.ok);
    const s = r.value;
    assert.deepEqual([s.dryRun, s.imported, s.rows, s.concluded, s.open, s.errors.length], [true, 0, 31, 28, 3, 0]);
    assert.deepEqual(s.byYear, [
      { year: 2023, received: 4, concluded: 1 },
      { year: 2024, received: 26, concluded: 24 },
      { year: 2025, received: 1, concluded: 3 },
    ]);
    assert.deepEqual(s.byApplicantType.map((t) => [t.label, t.count]), [['自然人', 19], ['商业企业', 5], ['科研机构', 2], ['社会公益组织', 1], ['法律服务机构', 2], ['其他', 2]]);
    assert.equal(s.byOutcome.find((o) => o.outcome === 'granted')?.count, 15);
    assert.equal(s.agencyName, '甲镇人民政府');
    assert.equal(await count(office, seed.townA), 0);
  });

  test('a CSV ledger (UTF-8 with BOM) gives the hand-counted 2024 figures', async () => {
    today();
    const { office, seed } = h();
    const r = await importLedger(office, null, seed.townA, ledgerCsv(), '台账.csv');
    assert.ok(r.ok, r.ok ? '' : `${r.message} ${JSON.stringify(r.details)}`);
    assert.equal(r.value.imported, 31);
    assert.equal(await count(office, seed.townA), 31);
    await assertHandCount(office, { id: seed.townA, name: '甲镇人民政府' });

    // Stored as imported rows: 申请编号 kept, identifiers sealed (masked in lists, never in clear).
    const [row] = await office.repos.applications.list([seed.townA], { text: 'L-2023-101' });
    assert.ok(row);
    assert.deepEqual([row.source, row.referenceNumber, row.state, row.outcome, row.channel, row.applicantName], ['imported', 'L-2023-101', 'closed', 'granted', 'inPerson', '张一']);
    assert.equal(row.applicantIdNumber?.masked, '110105********002X');
    assert.equal(office.secrets.unseal(row.applicantIdNumber!.cipher), '11010519491231002X');
    assert.equal(office.secrets.unseal(row.applicantPhone!.cipher), '13812345678');
    assert.ok(!JSON.stringify(row.details).includes('13812345678'));
    const events = await office.repos.applications.events([seed.townA], row.id);
    assert.deepEqual(events.map((e) => [e.kind, e.payload]), [['imported', { file: '台账.csv', row: 2 }]]);
    const open = await office.repos.applications.list([seed.townA], { open: true, limit: 500 });
    assert.deepEqual(open.map((x) => x.referenceNumber).sort(), ['L-2023-103', 'L-2024-023', 'L-2024-025']);
    assert.ok(open.every((x) => x.state === 'registered'));
  });

  test('importing the same ledger again is refused row by row, and nothing is added', async () => {
    today();
    const { office, seed } = h();
    const r = await importLedger(office, null, seed.townA, ledgerCsv(), '台账.csv');
    assert.ok(!r.ok);
    assert.equal(r.code, 'LEDGER_INVALID');
    const errs = codes(r.details);
    assert.equal(errs.length, 31);
    assert.deepEqual(errs[0], [2, '申请编号', 'LEDGER_REFERENCE_TAKEN']);
    assert.deepEqual(errs.at(-1), [32, '申请编号', 'LEDGER_REFERENCE_TAKEN']);
    assert.match(r.message, /未导入任何数据/);
    assert.match((r.details![0] as LedgerError).message, /第2行.*L-2023-101/);
    assert.equal(await count(office, seed.townA), 31);
    // Partly overlapping: the new rows are not imported either.
    const more = [...LEDGER_ROWS.slice(0, 2), ['99', 'L-2025-009', '2025-02-03', '自然人', '周一', '', '', '新申请', '网上', '', '']];
    const r2 = await importLedger(office, null, seed.townA, ledgerCsv(more), '补充.csv');
    assert.ok(!r2.ok);
    assert.deepEqual(codes(r2.details).map((e) => e[0]), [2, 3]);
    assert.equal(await count(office, seed.townA), 31);
  });

  test('bad rows (unknown outcome, 2024-02-30, a date after today) are listed and nothing is imported', async () => {
    today();
    const { office, seed } = h();
    const rows = LEDGER_ROWS.map((r) => [...r]);
    rows[5]![9] = '同意了'; // row 7
    rows[9]![2] = '2024-02-30'; // row 11
    rows[12]![3] = '企业'; // row 14
    const bad = await importLedger(office, null, seed.townB, ledgerCsv(rows), '坏.csv');
    assert.ok(!bad.ok);
    assert.equal(bad.code, 'LEDGER_INVALID');
    assert.deepEqual(codes(bad.details), [
      [7, '办理结果', 'OUTCOME_WORDING_UNKNOWN'],
      [11, '收到日期', 'LEDGER_DATE_INVALID'],
      [14, '申请人类型', 'LEDGER_APPLICANT_TYPE_UNKNOWN'],
    ]);
    assert.match((bad.details![1] as LedgerError).message, /第11行.*2024-02-30/);
    assert.equal(await count(office, seed.townB), 0);

    // Dates after today: received on 6 January 2025 is tomorrow.
    h().clock.setToday('2025-01-05');
    const future = await importLedger(office, null, seed.townB, ledgerCsv(), '台账.csv');
    assert.ok(!future.ok);
    assert.deepEqual(codes(future.details), [
      [29, '办结日期', 'LEDGER_DATE_IN_FUTURE'],
      [31, '办结日期', 'LEDGER_DATE_IN_FUTURE'],
      [32, '收到日期', 'LEDGER_DATE_IN_FUTURE'],
      [32, '办结日期', 'LEDGER_DATE_IN_FUTURE'],
    ]);
    // The dry run lists the same problems as a preview.
    const preview = await importLedger(office, null, seed.townB, ledgerCsv(), '台账.csv', { dryRun: true });
    assert.ok(preview.ok);
    assert.equal(preview.value.errors.length, 4);
    assert.equal(await count(office, seed.townB), 0);
  });

  test('a GBK CSV and an XLSX ledger give the same figures', async () => {
    today();
    const { office } = h();
    const gbk = await newAgency(office, '丙镇人民政府');
    const r = await importLedger(office, null, gbk.id, ledgerCsvGbk(), '台账-GBK.csv');
    assert.ok(r.ok, r.ok ? '' : JSON.stringify(r.details));
    await assertHandCount(office, gbk);

    const xlsx = await newAgency(office, '丁镇人民政府');
    const x = await importLedger(office, null, xlsx.id, await ledgerXlsx(), '台账.xlsx');
    assert.ok(x.ok, x.ok ? '' : JSON.stringify(x.details));
    assert.equal(x.value.imported, 31);
    await assertHandCount(office, xlsx);
    // Row numbers are the workbook's (a title row above the header).
    const [row] = await office.repos.applications.list([xlsx.id], { text: 'L-2023-101' });
    assert.deepEqual(row?.details, { ledger: { file: '台账.xlsx', row: 3 } });
  });

  test('staff import only into their own agency, and only with the right to handle applications', async () => {
    today();
    const { office, seed } = h();
    const staff = (role: Principal['role'], agencyId: string): Principal => ({
      userId: '00000000-0000-4000-8000-000000000001',
      login: 'x',
      displayName: 'x',
      role,
      agencyId,
      recordScope: role === 'supervisor' ? [] : [agencyId],
      reportScope: [agencyId],
    });
    const other = await importLedger(office, staff('clerk', seed.townB), seed.townA, ledgerCsv(), '台账.csv', { dryRun: true });
    assert.ok(!other.ok && other.code === 'RECORD_NOT_FOUND');
    const supervisor = await importLedger(office, staff('supervisor', seed.county), seed.county, ledgerCsv(), '台账.csv', { dryRun: true });
    assert.ok(!supervisor.ok && supervisor.code === 'FORBIDDEN');
  });
});
