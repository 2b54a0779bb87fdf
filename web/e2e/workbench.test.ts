// The officer workbench in Chromium: an offline application from registration to delivery (补正,
// extension approved by another person, decision, the reply letter edited and downloaded as DOCX),
// a stale page refused and reloaded, the list with an overdue application, and a ledger previewed
// with its errors before it is imported.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import JSZip from 'jszip';
import type { Page } from 'playwright-core';
import { LEDGER_HEADER, LEDGER_ROWS } from '../../src/testkit/ledger-fixture.js';
import { startE2e, type E2e } from './browser.js';

const TODAY = '2024-09-09';

/** antd puts a space between the two characters of a two-character button label. */
const button = (page: Page, name: string) => page.getByRole('button', { name: new RegExp(`^${[...name].join('\\s*')}$`) });

/** Opens a step's dialog, lets `fill` fill it, submits it. */
async function step(page: Page, name: string, fill: (dialog: ReturnType<Page['getByRole']>) => Promise<void> = async () => undefined) {
  await page.getByRole('button', { name, exact: true }).click();
  const dialog = page.getByRole('dialog', { name, exact: true });
  await dialog.waitFor();
  await fill(dialog);
  await button(page, '提交').click();
}

async function fillDate(page: Page, label: string, date: string, within = page.getByRole('dialog')) {
  const input = within.getByLabel(label);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

describe('officer workbench (Chromium)', () => {
  let e: E2e;
  before(async () => {
    e = await startE2e();
    e.clock.setToday(TODAY);
  });
  after(async () => {
    await e?.close();
  });

  test('an offline application from registration to delivery, with the reply letter as DOCX', async () => {
    // Registered long ago through the API: overdue today.
    const old = await e.api.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: await e.cookie('clerkA') },
      payload: { applicantType: 'naturalPerson', applicant: { name: '周逾期' }, content: '某年度财政预算', receipt: { channel: 'post', signedForOn: '2024-07-01' } },
    });
    assert.equal(old.statusCode, 201, old.body);
    const overdueCode: string = old.json().trackingCode;

    const clerk = await e.signedIn('clerkA');
    await clerk.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '依申请公开' }).click();
    await clerk.getByRole('link', { name: '登记申请' }).click();
    await clerk.getByRole('heading', { name: '登记申请' }).waitFor();
    // In person: the date asked for is the day it was handed in (条例第三十一条), today by default.
    assert.equal(await clerk.getByLabel('当面提交日期').inputValue(), TODAY);
    await clerk.getByLabel('姓名').fill('刘某某');
    await clerk.getByLabel('证件号码（加密保存）').fill('11010519491231002X');
    await clerk.getByLabel('联系电话（加密保存）').fill('13812345678');
    await clerk.getByLabel('申请公开的政府信息').fill('2024年本镇道路维修项目的招标文件');
    await button(clerk, '登记').click();

    const heading = clerk.getByRole('heading', { name: /^申请 / });
    await heading.waitFor();
    const trackingCode = (await heading.textContent())!.replace('申请', '').trim();
    const detailUrl = clerk.url();
    // Personal numbers are masked on screen.
    await clerk.getByText('138****5678').waitFor();
    assert.equal(await clerk.getByText('13812345678').count(), 0);
    await clerk.getByText('当面提交').first().waitFor();

    await step(clerk, '发出补正通知', async (d) => {
      await d.getByLabel('需要补正的事项').fill('请写明招标文件所属项目的名称或者文号');
      await fillDate(clerk, '补正期限', '2024-09-20');
    });
    await clerk.getByRole('status').getByText('已发出补正通知').waitFor();
    await clerk.getByRole('link', { name: '编辑补正申请告知书' }).waitFor();
    await clerk.getByText('待补正').first().waitFor();
    // Only what the life cycle allows now is offered.
    assert.equal(await clerk.getByRole('button', { name: '作出答复' }).count(), 0);

    await step(clerk, '登记收到补正');
    await clerk.getByRole('status').getByText('已登记收到补正').waitFor();
    assert.equal(await clerk.getByRole('button', { name: '发出补正通知' }).count(), 0);

    await step(clerk, '申请延期答复', async (d) => {
      await d.getByLabel('延期理由').fill('需要调取归档的招标材料');
    });
    await clerk.getByRole('status').getByText('已申请延期答复').waitFor();
    // The clerk cannot approve their own request.
    assert.equal(await clerk.getByRole('button', { name: '批准延期答复' }).count(), 0);

    const approver = await e.signedIn('approverA');
    await approver.goto(detailUrl);
    await step(approver, '批准延期答复');
    await approver.getByRole('status').getByText('已批准延期答复').waitFor();
    await approver.getByText('已延期办理中').first().waitFor();
    await approver.getByRole('link', { name: '延长答复期限告知书', exact: true }).waitFor();

    // The clerk's page still shows the version before the approval: refused, then reloaded.
    await step(clerk, '作出答复', async (d) => {
      await d.getByLabel('办理结果').fill('予以公开');
      await d.getByLabel('办理结果').press('Enter');
    });
    await clerk.getByRole('alert').getByText('该申请已被其他人修改').waitFor();
    await clerk.getByText('已延期办理中').first().waitFor();

    await step(clerk, '作出答复', async (d) => {
      await d.getByLabel('办理结果').fill('予以公开');
      await d.getByLabel('办理结果').press('Enter');
    });
    await clerk.getByRole('status').getByText('已作出答复').waitFor();
    await clerk.getByText('（一）予以公开').first().waitFor();

    await clerk.getByRole('link', { name: '编辑政府信息公开申请答复书' }).click();
    await clerk.getByRole('heading', { name: '编辑政府信息公开申请答复书' }).waitFor();
    const first = clerk.getByLabel('正文第1段');
    const edited = `${await first.inputValue()}经核对，相关材料已齐全。`;
    await first.fill(edited);
    await clerk.getByRole('article', { name: '文书预览' }).getByText('经核对，相关材料已齐全。').waitFor();
    const [download] = await Promise.all([clerk.waitForEvent('download'), clerk.getByRole('button', { name: '生成 Word 文档' }).click()]);
    assert.match(download.suggestedFilename(), /\.docx$/);
    const bytes = await readFile((await download.path())!);
    assert.equal(bytes.subarray(0, 4).toString('binary'), 'PK\x03\x04');
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    assert.ok(xml.includes('经核对，相关材料已齐全。'));

    // A placeholder left in is refused, with the problem in Chinese.
    await first.fill('【请填写：说明】');
    await clerk.getByText('生成前请处理以下问题').waitFor();
    await clerk.getByRole('button', { name: '生成 Word 文档' }).click();
    await clerk.getByRole('alert').filter({ hasText: '文书未能生成' }).getByText(/正文第1段还有待填写的内容/).waitFor();

    await clerk.getByRole('link', { name: '← 返回申请' }).click();
    await step(clerk, '登记送达', async (d) => {
      await d.getByLabel('送达方式（可选）').click();
      await clerk.getByTitle('邮寄送达').click();
    });
    await clerk.getByRole('status').getByText('已登记送达').waitFor();
    await button(clerk, '归档').waitFor();
    // The history says what happened, when and by whom.
    const history = clerk.locator('.ant-timeline');
    await history.getByText('批准延期答复').waitFor();
    assert.ok((await history.getByText('李审核').count()) >= 1);
    assert.ok((await history.getByText('张经办').count()) >= 5);

    // The list: our application delivered; the old one overdue, highlighted.
    await clerk.getByRole('link', { name: '← 返回申请列表' }).click();
    const ours = clerk.getByRole('row', { name: new RegExp(trackingCode) });
    await ours.getByText('已送达').waitFor();
    const overdue = clerk.getByRole('row', { name: new RegExp(overdueCode) });
    await overdue.getByText(/已逾期/).waitFor();
    assert.match((await overdue.getAttribute('style')) ?? '', /background: (rgb\(255, 241, 240\)|#fff1f0)/);

    // The Overview's link: only the overdue one.
    await clerk.goto('/work/applications?due=overdue');
    await clerk.getByRole('row', { name: new RegExp(overdueCode) }).waitFor();
    assert.equal(await clerk.getByRole('row', { name: new RegExp(trackingCode) }).count(), 0);
    assert.equal(await clerk.getByText('共 1 件').count(), 1);
  });

  test('a ledger is previewed with its errors by row before anything is saved, then imported', async () => {
    const csv = (rows: readonly (readonly string[])[]) => Buffer.from(`\ufeff${[LEDGER_HEADER, ...rows].map((r) => r.join(',')).join('\r\n')}\r\n`);
    const rows = LEDGER_ROWS.slice(0, 5);
    const bad = rows.map((r, i) => (i === 2 ? r.map((c, j) => (j === 2 ? '2024-13-40' : c)) : r));
    const clerk = await e.signedIn('clerkA');
    await clerk.goto('/work/ledger');
    await clerk.getByRole('heading', { name: '台账导入' }).waitFor();

    await clerk.locator('input[type=file]').setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: csv(bad) });
    await clerk.getByRole('alert').getByText(/发现 \d+ 处问题，未导入任何数据/).waitFor();
    await clerk.getByRole('cell', { name: '第4行', exact: true }).waitFor();
    assert.ok(await clerk.getByRole('button', { name: /确认导入/ }).isDisabled());

    await clerk.locator('input[type=file]').setInputFiles({ name: '台账.csv', mimeType: 'text/csv', buffer: csv(rows) });
    await clerk.getByText('检查通过：共 5 条申请，可以导入。').waitFor();
    await clerk.getByRole('button', { name: '确认导入 5 条申请' }).click();
    await clerk.getByText('已导入 5 条申请').waitFor();
    await clerk.getByRole('link', { name: /查看申请列表/ }).click();
    await clerk.getByRole('row', { name: /L-2023-101/ }).waitFor();
  });

  test('the administrator reads applications but is offered no step and no registration', async () => {
    const admin = await e.signedIn('adminA');
    await admin.goto('/work/applications');
    await admin.getByRole('row', { name: /周逾期/ }).getByRole('link').click();
    await admin.getByText('办理记录', { exact: true }).waitFor();
    await admin.getByText('周逾期').first().waitFor();
    assert.equal(await admin.getByRole('button', { name: '作出答复' }).count(), 0);
    assert.equal(await admin.getByText('办理', { exact: true }).count(), 0);
    await admin.goto('/work/applications');
    await admin.getByRole('row', { name: /周逾期/ }).waitFor();
    assert.equal(await admin.getByRole('link', { name: '登记申请' }).count(), 0);
  });
});
