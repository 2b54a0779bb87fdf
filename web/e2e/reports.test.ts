// The annual report editor and the supervisor dashboard in Chromium: 甲镇 and 乙镇 keep applications in
// 2024 (seeded through the office's use cases); clerkA drafts 甲镇's 2024 report, finds the checks'
// places in the document, writes the texts in place and submits; approverA approves and publishes; the
// public page shows the edited text; approverB cannot approve 乙镇's draft with placeholders; the
// supervisor sees the county's sum equal 甲镇 + 乙镇, the charts drawn, 乙镇 among the agencies to
// watch, and a seed report file read with its findings.
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApplicantType } from '../../src/core/applications/applicant.js';
import type { Principal } from '../../src/office/access.js';
import { recordEvent, registerApplication } from '../../src/office/applications.js';
import { principalFor } from '../../src/office/auth.js';
import { registerDocument } from '../../src/office/proactive.js';
import { createReportDraft, submitReport } from '../../src/office/reports.js';
import { REPO_ROOT } from '../../src/testkit/fixtures.js';
import { startE2e, type E2e } from './browser.js';

const EDITED = '本机关政府信息公开栏每月更新（端到端测试写入）。';

describe('annual report editor and supervisor dashboard (Chromium)', () => {
  let e: E2e;
  const who = async (login: string): Promise<Principal> => {
    const user = await e.office.repos.users.findByLogin(login);
    assert.ok(user);
    return principalFor(e.office, user);
  };
  /** Registered on `on`; decided (granted) on `decided` when given. */
  const application = async (login: string, applicantType: ApplicantType, on: string, decided?: string) => {
    const by = await who(login);
    e.clock.setToday(on);
    const r = await registerApplication(e.office, by, by.agencyId, { applicantType, applicant: { name: '某申请人' }, content: '某项政府信息' }, { channel: 'inPerson', submittedOn: on });
    assert.ok(r.ok, r.ok ? '' : r.message);
    if (!decided) return;
    e.clock.setToday(decided);
    const d = await recordEvent(e.office, by, r.value.id, r.value.version, { type: 'decide', on: decided, outcome: 'granted' });
    assert.ok(d.ok, d.ok ? '' : d.message);
  };

  before(async () => {
    e = await startE2e({ today: '2024-01-02' });
    await application('clerkA', 'naturalPerson', '2024-03-04', '2024-03-11');
    await application('clerkA', 'commercial', '2024-04-08', '2024-04-12');
    await application('clerkA', 'naturalPerson', '2024-06-03', '2024-06-07');
    await application('clerkB', 'naturalPerson', '2024-05-06', '2024-05-10');
    await application('clerkB', 'research', '2024-11-04');
    // A township has no power to make 规章: the check points at the row in section 二.
    const clerkA = await who('clerkA');
    const doc = await registerDocument(e.office, clerkA, { kind: 'regulation', title: '甲镇某某管理规定', issuedOn: '2024-02-01', publishedOn: '2024-02-03' });
    assert.ok(doc.ok, doc.ok ? '' : doc.message);
    e.clock.setToday('2025-01-10');
    // 乙镇's draft keeps the default placeholders and is submitted as it is.
    const clerkB = await who('clerkB');
    const draft = await createReportDraft(e.office, clerkB, 2024);
    assert.ok(draft.ok);
    assert.ok((await submitReport(e.office, clerkB, { year: 2024, version: 1 })).ok);
  });
  after(async () => {
    await e?.close();
  });

  const located = (page: Page) => page.locator('.gk-report .gk-located');

  test('clerkA drafts from the records, finds the checks in the document, writes the texts in place and submits', async () => {
    const page = await e.signedIn('clerkA');
    await page.goto('/work/reports?year=2024');
    await page.getByText('尚无2024年度报告的版本').waitFor();
    // Before a draft: the tables as the records give them.
    await page.locator('[data-cell="applications.newReceived.total"]').filter({ hasText: '3' }).waitFor();
    await page.getByRole('button', { name: '生成草稿' }).click();
    const first = page.getByRole('textbox', { name: '一、总体情况正文' });
    await first.waitFor();
    assert.match(await first.inputValue(), /新收到政府信息公开申请3件/);
    assert.equal(await page.locator('[data-cell="applications.granted.total"]').textContent(), '3');

    // A placeholder in section 一: 定位 highlights its text and puts the cursor there.
    await page.getByRole('button', { name: /^定位：一、总体情况$/ }).first().click();
    await page.locator('[data-narrative="一"].gk-located').waitFor();
    assert.equal(await first.evaluate((el) => el === el.ownerDocument.activeElement), true);
    // The 规章 row of section 二: every cell of the row is highlighted, the text's highlight is gone.
    await page.getByRole('button', { name: /^定位：二、主动公开政府信息情况/ }).click();
    await page.locator('[data-cell="proactive.regulations.issued"].gk-located').waitFor();
    assert.ok((await located(page).count()) >= 2);
    assert.equal(await page.locator('[data-narrative="一"].gk-located').count(), 0);

    await first.fill(`2024年，本机关新收到政府信息公开申请3件，均已按期答复。\n${EDITED}`);
    await page.getByRole('textbox', { name: '五、存在的主要问题及改进情况正文' }).fill('（一）存在的主要问题。公开栏更新不够及时。\n（二）改进情况。明确专人每月更新。');
    await page.getByRole('textbox', { name: '六、其他需要报告的事项正文' }).fill('2024年，本机关未收取信息处理费。');
    await page.getByText('正文有未保存的修改').waitFor();
    await page.getByRole('button', { name: '保存正文' }).click();
    await page.getByText('正文已保存').waitFor();
    // Only the 规章 warning is left.
    await page.getByText('检查结果（1条）').waitFor();
    const checks = page.getByRole('list', { name: '检查结果' });
    await checks.getByText('警告', { exact: true }).waitFor();
    assert.equal(await checks.getByText('错误', { exact: true }).count(), 0, 'no placeholder left');

    await page.getByRole('button', { name: '提交审核' }).click();
    await page.getByText('已提交审核').waitFor();
    assert.equal(await page.getByRole('textbox', { name: '一、总体情况正文' }).count(), 0, 'a submitted version is not edited');
    assert.equal(await page.getByRole('button', { name: '审核通过' }).count(), 0, 'a clerk does not approve');
  });

  test('approverA approves and publishes; the public page shows the edited text', async () => {
    const page = await e.signedIn('approverA');
    await page.goto('/work/reports?year=2024');
    await page.getByText(EDITED).waitFor();
    await page.getByRole('button', { name: '审核通过' }).click();
    await page.getByText('已审核通过').waitFor();
    await page.getByRole('button', { name: /^发\s*布$/ }).click();
    await page.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('发布日期：2025年1月10日').waitFor();
    const download = page.getByRole('group', { name: '下载第1版' });
    for (const name of ['Word（DOCX）', 'PDF', 'Excel（XLSX）', '数据（JSON）']) assert.equal(await download.getByRole('link', { name }).count(), 1, name);

    const { page: reader } = await e.page();
    await reader.goto(`/agencies/${e.seed.townA}/reports/2024`);
    await reader.frameLocator('iframe').getByText(EDITED).waitFor();
    // The public page is the export: the same table cell as the editor showed, the same document as the downloads.
    assert.equal(await reader.frameLocator('iframe').locator('[data-cell="applications.granted.total"]').textContent(), '3');
    const shown = (await (await reader.request.get(`/api/public/agencies/${e.seed.townA}/reports/2024`)).json()) as { html: string };
    const publicExport = await (await reader.request.get(`/api/public/agencies/${e.seed.townA}/reports/2024/export.html`)).text();
    const staffExport = await (await page.request.get('/api/reports/2024/versions/1/export.html')).text();
    assert.equal(shown.html, publicExport);
    assert.equal(staffExport, publicExport);
  });

  test('approverB cannot approve 乙镇’s draft with placeholders: the errors are listed', async () => {
    const page = await e.signedIn('approverB');
    await page.goto('/work/reports?year=2024');
    await page.getByRole('button', { name: '审核通过' }).click();
    const refused = page.getByRole('list', { name: '不能审核通过的错误' });
    await refused.waitFor();
    assert.ok((await refused.getByRole('listitem').filter({ hasText: '待补充的内容' }).count()) >= 1);
    // Each error leads to its place: the placeholder's section text.
    await refused.getByRole('button', { name: /^定位：一、总体情况$/ }).click();
    await page.locator('[data-narrative="一"].gk-located').waitFor();
  });

  test('the supervisor: the county equals 甲镇 + 乙镇, the charts are drawn, 乙镇 is to watch, a report file is read', async () => {
    const page = await e.signedIn('supervisor');
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '监督汇总' }).click();
    await page.waitForURL('**/work/supervise');
    await page.goto('/work/supervise?year=2024');
    const newReceived = async (name: RegExp) => (await page.getByRole('row', { name }).getByRole('cell').nth(1).textContent())?.trim();
    await page.getByRole('row', { name: /某县人民政府（合计）/ }).waitFor();
    const [county, a, b, own] = [await newReceived(/某县人民政府（合计）/), await newReceived(/^甲镇人民政府/), await newReceived(/^乙镇人民政府/), await newReceived(/某县人民政府（本级）/)];
    assert.deepEqual([county, a, b, own], ['5', '3', '2', '0']);

    for (const chart of ['outcome', 'applicant-types', 'year-on-year', 'on-time', 'overdue']) {
      await page.locator(`[data-chart="${chart}"] svg`).first().waitFor();
    }
    const watch = page.getByRole('list', { name: '需要关注的机关' });
    await watch.getByText(/第1版（已提交）检查发现\d+处错误/).waitFor();
    assert.equal(await watch.getByRole('link', { name: '乙镇人民政府' }).count(), 1);

    const dir = join(REPO_ROOT, 'fixtures', 'seeds');
    const name = readdirSync(dir).sort()[0]!;
    await page.locator('input[type="file"]').setInputFiles(join(dir, name));
    const row = page.getByRole('row', { name: new RegExp(name) }).first();
    await row.getByText('阿拉善左旗巴彦诺日公苏木人民政府', { exact: true }).waitFor();
    await row.getByText('非本辖区机关').waitFor();
    await row.getByText('2020年').waitFor();
    const findings = page.getByRole('list', { name: `${name}的检查结果` });
    await findings.waitFor();
    assert.ok((await findings.getByRole('listitem').count()) >= 1);
  });
});
