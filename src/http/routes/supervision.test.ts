// The supervisor's roll-up and report uploads through the API, on both databases: 甲镇, 乙镇 and the
// county itself keep applications in 2023 and 2024; 甲镇 publishes its 2024 report in time, 乙镇 only
// drafts one; on 10 February 2025 the supervisor sees the county's sum equal its own records plus its
// towns' cell by cell, the on-time rate and the overdue applications by hand count, 乙镇 late and
// failing, and staff see only their own agency. A seed report file is read and checked on upload.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { allCellRefs, getCell, type ReportFigures } from '../../core/figures.js';
import { createUser } from '../../office/people.js';
import { renderHtml } from '../../render/html.js';
import { generateReport } from '../../testkit/generate.js';
import { REPO_ROOT } from '../../testkit/fixtures.js';
import { onBothEngines, PASSWORD } from '../api-testkit.js';

interface Row {
  agencyId: string;
  agencyName: string;
  depth: number;
  childIds: string[];
  figures: ReportFigures | null;
  subtree: { figures: ReportFigures; agencies: number; leftOut: string[] } | null;
  totals: Record<string, number | null> | null;
  previousTotals: Record<string, number | null> | null;
  timeliness: { concluded: number; onTime: number; onTimeRate: number | null; overdueNow: number };
  report: { deadline: string; late: boolean; daysLate: number | null; missing: boolean; failing: boolean; published: { firstPublishedOn: string } | null; latest: { status: string } | null };
}

onBothEngines('the supervisor’s roll-up through the API', (h) => {
  const call = async (login: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, headers: Record<string, string> = {}) =>
    h().api.inject({
      method,
      url,
      ...(payload !== undefined ? { payload: payload as string } : {}),
      headers: { ...headers, ...(login ? { cookie: await h().cookie(login) } : {}) },
    });
  const ok = async (login: string | null, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown, status = 200) => {
    const r = await call(login, method, url, payload);
    assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
    return r.json();
  };
  /** Registers on `on` and, when `decided` is given, decides then (granted). */
  const application = async (login: string, applicantType: string, on: string, decided?: string) => {
    h().clock.setToday(on);
    const app = await ok(login, 'POST', '/api/applications', { applicantType, applicant: { name: '某申请人' }, content: '某项政府信息', receipt: { channel: 'inPerson', submittedOn: on } }, 201);
    if (decided) {
      h().clock.setToday(decided);
      await ok(login, 'POST', `/api/applications/${app.id}/events`, { version: app.version, event: { type: 'decide', on: decided, outcome: 'granted' } });
    }
  };
  const rollup = async (login: string, year = 2024) => (await ok(login, 'GET', `/api/supervision/${year}/rollup`)) as { agencies: Row[]; overall: Record<string, unknown> & { timeliness: Row['timeliness'] }; attention: { agencyName: string; issues: { kind: string }[] }[] };
  const byName = (rows: Row[], name: string) => rows.find((r) => r.agencyName === name)!;

  test('the records of 甲镇, 乙镇 and the county itself', async () => {
    const r = await createUser(h().office, null, { agencyId: h().seed.county, login: 'clerkCounty', displayName: '吴经办', role: 'clerk', password: PASSWORD });
    assert.ok(r.ok);
    await application('clerkA', 'naturalPerson', '2023-05-08', '2023-05-15');
    await application('clerkA', 'naturalPerson', '2024-03-04', '2024-03-11');
    await application('clerkA', 'commercial', '2024-04-08', '2024-04-12');
    // Answered three months after receipt: past the 20 working days.
    await application('clerkA', 'naturalPerson', '2024-05-06', '2024-08-05');
    await application('clerkB', 'naturalPerson', '2024-06-03', '2024-06-07');
    // Open at the end of 2024 and still open on 10 February 2025: overdue.
    await application('clerkB', 'research', '2024-11-04');
    await application('clerkCounty', 'legalService', '2024-07-01', '2024-07-05');
  });

  test('甲镇 publishes its 2024 report in time; 乙镇 only drafts one', async () => {
    h().clock.setToday('2025-01-20');
    const v = '/api/reports/2024/versions';
    await ok('clerkA', 'POST', v, undefined, 201);
    await ok('clerkA', 'PATCH', `${v}/1`, {
      narratives: { 一: '2024年，本机关新收到政府信息公开申请3件。', 五: '（一）存在的主要问题。无。', 六: '2024年，本机关未收取信息处理费。' },
    });
    await ok('clerkA', 'POST', `${v}/1/submit`);
    await ok('approverA', 'POST', `${v}/1/approve`);
    await ok('approverA', 'POST', `${v}/1/publish`);
    await ok('clerkB', 'POST', v, undefined, 201);
  });

  test('the county equals its own records plus 甲镇 and 乙镇, cell by cell', async () => {
    h().clock.setToday('2025-02-10');
    const { agencies, overall } = await rollup('supervisor');
    assert.deepEqual(agencies.map((a) => [a.agencyName, a.depth]).sort(), [['乙镇人民政府', 1], ['某县人民政府', 0], ['甲镇人民政府', 1]]);
    assert.equal(agencies[0]!.agencyName, '某县人民政府', 'the county before its towns');
    const county = byName(agencies, '某县人民政府');
    const a = byName(agencies, '甲镇人民政府');
    const b = byName(agencies, '乙镇人民政府');
    assert.equal(county.childIds.length, 2);
    assert.ok(county.subtree && county.figures && a.figures && b.figures);
    assert.equal(a.subtree, null);
    assert.equal(county.subtree.agencies, 3);
    for (const ref of allCellRefs('2021')) {
      const parts: (number | null)[] = [county.figures, a.figures, b.figures].map((f: ReportFigures) => getCell(f, ref));
      // A cell the records leave unknown (section 二 cells not entered) is unknown in the sum.
      const expected: number | null = parts.some((x) => x === null) ? null : parts.reduce<number>((sum, x) => sum + (x ?? 0), 0);
      assert.equal(getCell(county.subtree.figures, ref), expected, `${ref.table}.${ref.row}.${ref.column}`);
    }
    assert.deepEqual(
      [county, a, b].map((r) => r.totals?.['newReceived']),
      [6, 3, 2],
    );
    assert.equal(county.totals?.['concluded'], 5);
    assert.equal(county.totals?.['carriedForward'], 1);
    assert.equal(a.previousTotals?.['newReceived'], 1);
    assert.equal(county.previousTotals?.['newReceived'], 1);
    assert.deepEqual((overall['totals'] as Record<string, number>)['newReceived'], 6);
    const types = overall['byApplicantType'] as { label: string; value: number }[];
    assert.deepEqual(types.map((t) => t.value), [3, 1, 1, 0, 1, 0]);
    const outcomes = overall['byOutcome'] as { label: string; value: number }[];
    assert.equal(outcomes.find((o) => o.label === '予以公开')?.value, 5);
  });

  test('on time and overdue by hand count', async () => {
    const { agencies, overall } = await rollup('supervisor');
    assert.deepEqual(byName(agencies, '甲镇人民政府').timeliness, { concluded: 3, onTime: 2, onTimeRate: 2 / 3, overdueNow: 0 });
    assert.deepEqual(byName(agencies, '乙镇人民政府').timeliness, { concluded: 1, onTime: 1, onTimeRate: 1, overdueNow: 1 });
    assert.deepEqual(byName(agencies, '某县人民政府').timeliness, { concluded: 5, onTime: 4, onTimeRate: 0.8, overdueNow: 1 });
    assert.deepEqual(overall.timeliness, { concluded: 5, onTime: 4, onTimeRate: 0.8, overdueNow: 1 });
  });

  test('reports: 甲镇 in time, 乙镇 late and failing, the county not yet due (3月31日)', async () => {
    const { agencies, attention } = await rollup('supervisor');
    const a = byName(agencies, '甲镇人民政府').report;
    assert.deepEqual([a.late, a.missing, a.failing, a.published?.firstPublishedOn], [false, false, false, '2025-01-20']);
    const b = byName(agencies, '乙镇人民政府').report;
    assert.deepEqual([b.late, b.daysLate, b.missing, b.failing, b.latest?.status, b.deadline], [true, 10, true, true, 'draft', '2025-01-31']);
    const county = byName(agencies, '某县人民政府').report;
    assert.deepEqual([county.late, county.missing, county.deadline, county.latest], [false, true, '2025-03-31', null]);
    assert.deepEqual(
      attention.map((x) => [x.agencyName, x.issues.map((i) => i.kind)]),
      [
        ['乙镇人民政府', ['late', 'failing']],
        ['某县人民政府', ['missing']],
      ],
    );
  });

  test('staff see only their own agency; the public nothing; a year before the formats is refused', async () => {
    const own = await rollup('clerkA');
    assert.deepEqual(own.agencies.map((x) => x.agencyName), ['甲镇人民政府']);
    assert.equal(own.agencies[0]!.subtree, null);
    assert.equal((await call(null, 'GET', '/api/supervision/2024/rollup')).statusCode, 401);
    const early = await call('supervisor', 'GET', '/api/supervision/2018/rollup');
    assert.equal(early.statusCode, 400);
    assert.equal(early.json().error.code, 'VALIDATION_FAILED');
    // 2019: no previous year to compare.
    const first = await rollup('supervisor', 2019);
    assert.equal(first.agencies[0]!.previousTotals, null);
  });

  test('an uploaded seed report is read and checked; nothing is stored', async () => {
    const dir = join(REPO_ROOT, 'fixtures', 'seeds');
    const name = readdirSync(dir).sort()[0]!;
    const r = await call('supervisor', 'POST', `/api/supervision/uploads?filename=${encodeURIComponent(name)}`, readFileSync(join(dir, name)), { 'content-type': 'text/plain' });
    assert.equal(r.statusCode, 200, r.body);
    const body = r.json();
    assert.equal(body.filename, name);
    assert.equal(body.year, 2020);
    assert.match(body.agency, /巴彦诺日公苏木/);
    assert.ok(['full', 'partial'].includes(body.status));
    assert.ok(Array.isArray(body.findings) && body.findings.length > 0);
    assert.equal(body.matchedAgency, null);
  });

  test('an upload naming an agency in scope is matched; empty, JSON and unsigned uploads', async () => {
    const report = generateReport(5, '2021');
    report.figures.agency = '甲镇人民政府';
    report.title = null;
    const html = renderHtml(report);
    const r = await call('supervisor', 'POST', '/api/supervision/uploads?filename=a.html', html, { 'content-type': 'application/octet-stream' });
    assert.equal(r.statusCode, 200, r.body);
    assert.equal(r.json().matchedAgency?.id, h().seed.townA);
    assert.equal(r.json().status, 'full');
    const empty = await call('clerkA', 'POST', '/api/supervision/uploads?filename=x.txt', '', { 'content-type': 'application/octet-stream' });
    assert.equal(empty.statusCode, 200, empty.body);
    assert.deepEqual([empty.json().status, empty.json().failure?.code], ['failed', 'INPUT_EMPTY']);
    const json = await call('supervisor', 'POST', '/api/supervision/uploads', JSON.stringify({ a: 1 }), { 'content-type': 'application/json' });
    assert.equal(json.statusCode, 415);
    assert.equal(json.json().error.code, 'MEDIA_TYPE_UNSUPPORTED');
    assert.equal((await call(null, 'POST', '/api/supervision/uploads', 'x', { 'content-type': 'text/plain' })).statusCode, 401);
  });
});
