// The annual report built from the records through the API, on both databases: 甲镇 registers and
// decides applications (one received in 2023 and decided in 2024, one still open at the end of 2024),
// an appeal, a normative document and the cells of section 二; the draft's section 三 equals the hand
// count below; staff edit, submit, the approver approves and publishes; the public reads the published
// version and downloads it. Another agency, a supervisor and the public see only what they may.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import JSZip from 'jszip';
import ExcelJS from 'exceljs';
import { APPLICANT_COLUMNS } from '../../core/formats.js';
import { CHROMIUM_PATH } from '../../render/pdf.js';
import { contractErrors } from '../../testkit/schema.js';
import { onBothEngines } from '../api-testkit.js';

/** 2024 for 甲镇, counted by hand (columns not listed are 0). */
const EXPECTED: Record<string, Record<string, number>> = {
  newReceived: { naturalPerson: 3, commercial: 1, legalService: 1, total: 5 },
  carriedOver: { naturalPerson: 1, total: 1 },
  granted: { naturalPerson: 2, total: 2 },
  partiallyGranted: { commercial: 1, total: 1 },
  unavailableNotHeld: { naturalPerson: 1, total: 1 },
  notProcessedDuplicate: { legalService: 1, total: 1 },
  resultsTotal: { naturalPerson: 3, commercial: 1, legalService: 1, total: 5 },
  carriedForward: { naturalPerson: 1, total: 1 },
};

const pdfSkip = !existsSync(CHROMIUM_PATH) && process.env['CI'] !== 'true' ? `no Chromium at ${CHROMIUM_PATH} (install chromium; CI runs this)` : false;

onBothEngines(
  'the annual report through the API',
  (h) => {
    const call = async (login: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown) =>
      h().api.inject({ method, url, ...(payload !== undefined ? { payload: payload as object } : {}), headers: login ? { cookie: await h().cookie(login) } : {} });
    const ok = async (login: string | null, method: 'GET' | 'POST' | 'PATCH' | 'PUT', url: string, payload?: unknown, status = 200) => {
      const r = await call(login, method, url, payload);
      assert.equal(r.statusCode, status, `${method} ${url}: ${r.body}`);
      return r.json();
    };
    const application = async (applicantType: string, on: string, name: string) => {
      h().clock.setToday(on);
      const app = await ok('clerkA', 'POST', '/api/applications', { applicantType, applicant: { name }, content: `${name}申请的信息`, receipt: { channel: 'inPerson', submittedOn: on } }, 201);
      return { id: app.id as string, version: app.version as number };
    };
    const decide = async (app: { id: string; version: number }, on: string, outcome: string) => {
      h().clock.setToday(on);
      const r = await ok('clerkA', 'POST', `/api/applications/${app.id}/events`, { version: app.version, event: { type: 'decide', on, outcome } });
      app.version = r.application.version;
    };
    const v = '/api/reports/2024/versions';

    test('甲镇 keeps its records of 2023 and 2024 through the API', async () => {
      const carried = await application('naturalPerson', '2023-12-20', '甲');
      await decide(carried, '2024-01-10', 'granted');
      await decide(await application('naturalPerson', '2024-03-05', '乙'), '2024-03-20', 'granted');
      await decide(await application('commercial', '2024-04-08', '某某有限公司'), '2024-04-22', 'partiallyGranted');
      const notHeld = await application('naturalPerson', '2024-05-06', '丙');
      await decide(notHeld, '2024-05-15', 'unavailableNotHeld');
      await decide(await application('legalService', '2024-06-03', '某某律师事务所'), '2024-06-14', 'notProcessedDuplicate');
      await application('naturalPerson', '2024-12-25', '丁');
      // Another agency's application is not 甲镇's.
      h().clock.setToday('2024-12-26');
      await ok('clerkB', 'POST', '/api/applications', { applicantType: 'naturalPerson', applicant: { name: '戊' }, content: '乙镇的信息', receipt: { channel: 'inPerson', submittedOn: '2024-12-26' } }, 201);

      h().clock.setToday('2024-09-20');
      const appeal = await ok('clerkA', 'POST', '/api/appeals', { kind: 'review', caseNumber: '某县政复〔2024〕12号', body: '某县人民政府', filedOn: '2024-07-01', applicationId: notHeld.id }, 201);
      await ok('clerkA', 'POST', `/api/appeals/${appeal.id}/conclude`, { concludedOn: '2024-09-10', outcome: 'maintained' });
      await ok('clerkA', 'POST', '/api/proactive/documents', { kind: 'normativeDocument', title: '甲镇村庄保洁管理办法', docNumber: '甲政规〔2024〕1号', issuedOn: '2024-03-01', publishedOn: '2024-03-05' }, 201);
      await ok('clerkA', 'PUT', '/api/proactive/counts/2024', { values: { licensing: { decisions: 12 }, penalties: { decisions: 3 }, coercion: { decisions: 0 }, fees: { amountTenThousandYuan: 0 } } });
    });

    test('the figures: section 三 equals the hand count and balances in every column (R1)', async () => {
      h().clock.setToday('2025-01-06');
      const r = await ok('clerkA', 'GET', '/api/reports/2024/figures');
      assert.equal(r.format, '2021');
      assert.equal(r.agencyName, '甲镇人民政府');
      const rows = r.figures.applications as Record<string, Record<string, number>>;
      for (const [row, cells] of Object.entries(rows)) {
        for (const { key } of APPLICANT_COLUMNS) assert.equal(cells[key], EXPECTED[row]?.[key] ?? 0, `${row}.${key}`);
      }
      for (const { key } of APPLICANT_COLUMNS) {
        const a = (row: string) => rows[row]![key]!;
        assert.equal(a('newReceived') + a('carriedOver'), a('resultsTotal') + a('carriedForward'), `R1 ${key}`);
      }
      assert.deepEqual(r.figures.reviewLitigation.review, { maintained: 1, corrected: 0, other: 0, pending: 0, total: 1 });
      assert.deepEqual(r.figures.proactive.normativeDocuments, { issued: 1, repealed: 0, inForce: 1 });
      assert.equal(r.figures.proactive.licensing.decisions, 12);
      assert.deepEqual(r.findings.filter((f: { severity: string }) => f.severity === 'error'), []);
      // 2020 is a year of the 2019 format.
      assert.equal((await ok('clerkA', 'GET', '/api/reports/2020/figures')).format, '2019');
    });

    test('a draft from the records, with default texts carrying the key numbers', async () => {
      const draft = await ok('clerkA', 'POST', v, undefined, 201);
      assert.equal(draft.version, 1);
      assert.equal(draft.status, 'draft');
      assert.equal(draft.figures.applications.newReceived.total, 5);
      assert.match(draft.narratives['一'], /新收到政府信息公开申请5件，上年结转1件；办结5件/);
      assert.match(draft.narratives['一'], /被申请行政复议1件/);
      assert.match(draft.narratives['一'], /2024年1月1日至2024年12月31日/);
      assert.ok(draft.narratives['五'] && draft.narratives['六']);
      assert.ok(draft.findings.some((f: { code: string }) => f.code === 'NARRATIVE_PLACEHOLDER'));
      assert.ok(!draft.findings.some((f: { code: string }) => f.code === 'NARRATIVE_FIGURES_MISMATCH'));
      const list = await ok('clerkA', 'GET', v);
      assert.deepEqual(list.items.map((i: { version: number; status: string }) => [i.version, i.status]), [[1, 'draft']]);
    });

    test('placeholders left: the approver cannot approve (REPORT_CHECKS_FAILED) and returns it', async () => {
      await ok('clerkA', 'POST', `${v}/1/submit`);
      const refused = await call('approverA', 'POST', `${v}/1/approve`);
      assert.equal(refused.statusCode, 422, refused.body);
      assert.equal(refused.json().error.code, 'REPORT_CHECKS_FAILED');
      assert.ok(refused.json().error.details.some((f: { code: string }) => f.code === 'NARRATIVE_PLACEHOLDER'));
      const editSubmitted = await call('clerkA', 'PATCH', `${v}/1`, { narratives: { 五: '无。' } });
      assert.equal(editSubmitted.statusCode, 409);
      assert.equal(editSubmitted.json().error.code, 'REPORT_STATUS_CONFLICT');
      assert.equal((await call('clerkA', 'POST', `${v}/1/return`)).statusCode, 403, 'a clerk does not return');
      assert.equal((await ok('approverA', 'POST', `${v}/1/return`)).status, 'draft');
    });

    test('staff edit the texts; a wrong count in them is flagged', async () => {
      const wrong = await ok('clerkA', 'PATCH', `${v}/1`, { narratives: { 一: '2024年，本机关新收到政府信息公开申请7件。' } });
      assert.ok(wrong.findings.some((f: { code: string }) => f.code === 'NARRATIVE_FIGURES_MISMATCH'));
      const edited = await ok('clerkA', 'PATCH', `${v}/1`, {
        narratives: {
          一: '本报告统计期限为2024年1月1日至2024年12月31日。\n2024年，本机关新收到政府信息公开申请5件，上年结转1件，均已依法答复或结转。\n2024年，本机关被申请行政复议1件，被提起行政诉讼0件。',
          五: '（一）存在的主要问题。公开栏更新不够及时。\n（二）改进情况。明确专人每月更新。',
          六: '2024年，本机关未收取信息处理费。',
        },
      });
      assert.deepEqual(edited.findings.filter((f: { severity: string }) => f.severity !== 'info'), []);
      assert.match(edited.narratives['六'], /未收取信息处理费/);
      const bad = await call('clerkA', 'PATCH', `${v}/1`, { narratives: { 七: 'x' } });
      assert.equal(bad.statusCode, 400);
      assert.equal(bad.json().error.code, 'VALIDATION_FAILED');
    });

    test('refresh recomputes a draft from the records', async () => {
      const refreshed = await ok('clerkA', 'POST', `${v}/1/refresh`);
      assert.equal(refreshed.figures.applications.resultsTotal.total, 5);
      assert.match(refreshed.narratives['五'], /公开栏/);
    });

    test('a supervisor of 某县 reads 甲镇 but changes nothing; 乙镇 sees nothing of 甲镇', async () => {
      const q = `?agencyId=${h().seed.townA}`;
      assert.equal((await ok('supervisor', 'GET', `/api/reports/2024/figures${q}`)).figures.applications.newReceived.total, 5);
      assert.equal((await ok('supervisor', 'GET', `${v}/1${q}`)).status, 'draft');
      assert.equal((await call('supervisor', 'PATCH', `${v}/1${q}`, { narratives: { 五: '无。' } })).statusCode, 403);
      assert.equal((await call('supervisor', 'POST', `${v}/1/submit${q}`)).statusCode, 403);
      assert.equal((await call('supervisor', 'POST', `${v}/1/approve${q}`)).statusCode, 403);
      assert.equal((await call('supervisor', 'POST', `${v}${q}`)).statusCode, 403);
      for (const [method, url] of [
        ['GET', `${v}/1${q}`],
        ['GET', `${v}${q}`],
        ['GET', `/api/reports/2024/figures${q}`],
        ['GET', `${v}/1/export.docx${q}`],
        ['PATCH', `${v}/1${q}`],
        ['POST', `${v}/1/submit${q}`],
        ['GET', `${v}/1`],
      ] as const) {
        const r = await call('clerkB', method, url, method === 'PATCH' ? { narratives: { 五: '无。' } } : undefined);
        assert.equal(r.statusCode, 404, `${method} ${url}`);
        assert.equal(r.json().error.code, 'RECORD_NOT_FOUND');
      }
    });

    test('submit, approve, publish (after the year), then the version is frozen', async () => {
      await ok('clerkA', 'POST', `${v}/1/submit`);
      assert.equal((await call('clerkA', 'POST', `${v}/1/approve`)).statusCode, 403, 'a clerk does not approve');
      const approved = await ok('approverA', 'POST', `${v}/1/approve`);
      assert.equal(approved.status, 'approved');
      assert.equal(approved.approvedBy.name, '李审核');
      h().clock.setToday('2025-01-20');
      const published = await ok('approverA', 'POST', `${v}/1/publish`);
      assert.equal(published.status, 'published');
      assert.ok(published.publishedAt.startsWith('2025-01-20'));
      assert.ok(!published.findings.some((f: { code: string }) => f.code === 'PUBLISHED_LATE'));
      const patch = await call('clerkA', 'PATCH', `${v}/1`, { narratives: { 五: '改。' } });
      assert.equal(patch.statusCode, 409);
      assert.equal(patch.json().error.code, 'REPORT_STATUS_CONFLICT');
      assert.equal((await call('approverA', 'POST', `${v}/1/refresh`)).statusCode, 409);
      assert.equal((await call('approverA', 'POST', `${v}/1/return`)).statusCode, 409);
      await assert.rejects(h().db.query("UPDATE report_versions SET narratives = '{}' WHERE status = 'published'"), 'the database refuses too');
    });

    test('staff export a version with a Chinese file name', async () => {
      const r = await call('clerkA', 'GET', `${v}/1/export.xlsx`);
      assert.equal(r.statusCode, 200);
      assert.equal(r.headers['content-type'], 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const disposition = String(r.headers['content-disposition']);
      assert.ok(disposition.includes(`filename*=UTF-8''${encodeURIComponent('甲镇人民政府2024年政府信息公开工作年度报告.xlsx')}`), disposition);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(new Uint8Array(r.rawPayload).buffer);
      assert.ok(wb.worksheets.length >= 2);
      assert.equal((await call('clerkA', 'GET', `${v}/1/export.txt`)).statusCode, 400);
    });

    test('a new draft after publishing is version 2, invisible to the public', async () => {
      const draft = await ok('clerkA', 'POST', v, undefined, 201);
      assert.equal(draft.version, 2);
      await ok('clerkA', 'PATCH', `${v}/2`, { narratives: { 一: '草稿文字，不应公开。' } });
      const publicPage = await ok(null, 'GET', `/api/public/agencies/${h().seed.townA}/reports/2024`);
      assert.equal(publicPage.version, 1);
      assert.ok(!publicPage.html.includes('草稿文字'));
      assert.ok(!(await call(null, 'GET', `/api/public/agencies/${h().seed.townA}/reports/2024/export.json`)).body.includes('草稿文字'));
    });

    test('the public reads the published report and downloads it', async () => {
      const base = `/api/public/agencies/${h().seed.townA}/reports`;
      const years = await ok(null, 'GET', base);
      assert.deepEqual(years.years.map((y: { year: number; version: number }) => [y.year, y.version]), [[2024, 1]]);
      const page = await ok(null, 'GET', `${base}/2024`);
      assert.equal(page.title, '甲镇人民政府2024年政府信息公开工作年度报告');
      assert.equal(page.figures.applications.carriedForward.total, 1);
      assert.match(page.narratives['五'], /公开栏/);
      assert.match(page.html, /^<!DOCTYPE html>/);
      assert.match(page.html, /三、收到和处理政府信息公开申请情况/);

      const docx = await call(null, 'GET', `${base}/2024/export.docx`);
      assert.equal(docx.statusCode, 200);
      assert.equal(docx.headers['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      assert.match(String(docx.headers['content-disposition']), /^attachment; filename="[ -~]+\.docx"; filename\*=UTF-8''/);
      const zip = await JSZip.loadAsync(docx.rawPayload);
      const xml = await zip.file('word/document.xml')?.async('string');
      assert.ok(xml?.includes('公开栏更新不够及时'));

      const xlsx = await call(null, 'GET', `${base}/2024/export.xlsx`);
      assert.equal(xlsx.statusCode, 200);
      assert.equal(xlsx.rawPayload.subarray(0, 2).toString('latin1'), 'PK');

      const json = await call(null, 'GET', `${base}/2024/export.json`);
      assert.match(String(json.headers['content-type']), /^application\/json/);
      const parsed = JSON.parse(json.body);
      assert.equal(contractErrors(parsed), null);
      assert.equal(parsed.applications.newReceived.total, 5);
      assert.equal(parsed.publishedAt, '2025-01-20');

      const html = await call(null, 'GET', `${base}/2024/export.html`);
      assert.match(String(html.headers['content-type']), /^text\/html/);
    });

    test('the public downloads the PDF', { skip: pdfSkip }, async () => {
      const pdf = await call(null, 'GET', `/api/public/agencies/${h().seed.townA}/reports/2024/export.pdf`);
      assert.equal(pdf.statusCode, 200, pdf.body.slice(0, 300));
      assert.equal(pdf.headers['content-type'], 'application/pdf');
      assert.equal(pdf.rawPayload.subarray(0, 5).toString('latin1'), '%PDF-');
    });

    test('the public never sees a draft, nor a year or agency without a published report', async () => {
      h().clock.setToday('2025-01-21');
      await ok('clerkB', 'POST', v, undefined, 201);
      const townB = `/api/public/agencies/${h().seed.townB}/reports`;
      assert.deepEqual((await ok(null, 'GET', townB)).years, []);
      for (const url of [`${townB}/2024`, `${townB}/2024/export.pdf`, `${townB}/2024/export.docx`, `/api/public/agencies/${h().seed.townA}/reports/2023`, `/api/public/agencies/00000000-0000-4000-8000-000000000000/reports`]) {
        const r = await call(null, 'GET', url);
        assert.equal(r.statusCode, 404, url);
        assert.equal(r.json().error.code, 'RECORD_NOT_FOUND');
      }
    });

    test('a report cannot be published before its year has ended', async () => {
      h().clock.setToday('2025-06-02');
      const draft = await ok('clerkA', 'POST', '/api/reports/2025/versions', undefined, 201);
      await ok('clerkA', 'PATCH', `/api/reports/2025/versions/${draft.version}`, { narratives: { 一: '本机关2025年政府信息公开工作。', 五: '无。', 六: '无。' } });
      await ok('clerkA', 'POST', `/api/reports/2025/versions/${draft.version}/submit`);
      await ok('approverA', 'POST', `/api/reports/2025/versions/${draft.version}/approve`);
      const early = await call('approverA', 'POST', `/api/reports/2025/versions/${draft.version}/publish`);
      assert.equal(early.statusCode, 422);
      assert.equal(early.json().error.code, 'REPORT_YEAR_NOT_ENDED');
    });

    test('records that cannot give figures: 422 with every problem in details', async () => {
      // A cell the register gives, entered by hand behind the API's back.
      await h().office.repos.proactive.saveCounts(h().seed.townB, 2023, { normativeDocuments: { issued: 3 } }, null);
      for (const [method, url] of [['GET', '/api/reports/2023/figures'], ['POST', '/api/reports/2023/versions']] as const) {
        const r = await call('clerkB', method, url);
        assert.equal(r.statusCode, 422, r.body);
        assert.equal(r.json().error.code, 'REPORT_RECORDS_INVALID');
        assert.deepEqual(r.json().error.details.map((d: { code: string }) => d.code), ['COUNT_CELL_DERIVED']);
      }
    });
  },
  { today: '2023-12-20' },
);
