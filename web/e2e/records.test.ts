// The records pages and administration in Chromium: clerkA registers a 行政复议 about an application
// and concludes it 维持; registers a 行政规范性文件 and enters 2024's counts, and section 二 as computed
// shows both; adminA creates a clerk account for 甲镇 (a weak password refused with the server's
// message) that can then sign in, and completes 2027's calendar with a 元旦 day; a clerk has no
// 系统管理 menu and cannot open the page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { PASSWORD } from '../../src/http/api-testkit.js';
import { startE2e, type E2e } from './browser.js';

const TODAY = '2025-01-10';

/**
 * antd puts a space between the two characters of a two-character button label, and for a moment
 * after a click its loading icon and wave effect are part of the button: match the label anywhere.
 */
const button = (within: Page | Locator, name: string) => within.getByRole('button', { name: new RegExp([...name].join('\\s*')) });

async function fillDate(input: Locator, date: string) {
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Signs in through the login page (also for accounts made during the test). */
async function signIn(e: E2e, login: string, password = PASSWORD): Promise<Page> {
  const { page } = await e.page();
  await page.goto('/login');
  await page.getByLabel('登录名', { exact: true }).fill(login);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL('**/work');
  return page;
}

const menu = (page: Page) => page.getByRole('navigation', { name: '工作台导航' });

describe('records and administration (Chromium)', () => {
  let e: E2e;
  let applicationId: string;
  let trackingCode: string;

  before(async () => {
    e = await startE2e({ today: TODAY });
    const r = await e.api.inject({
      method: 'POST',
      url: '/api/applications',
      headers: { cookie: await e.cookie('clerkA') },
      payload: { applicantType: 'naturalPerson', applicant: { name: '吴复议' }, content: '2024年本镇征地补偿标准', receipt: { channel: 'inPerson', submittedOn: '2024-11-04' } },
    });
    assert.equal(r.statusCode, 201, r.body);
    applicationId = r.json().id;
    trackingCode = r.json().trackingCode;
  });
  after(async () => {
    await e?.close();
  });

  test('clerkA registers a 行政复议 about an application and concludes it 维持', async () => {
    const clerk = await signIn(e, 'clerkA');
    await menu(clerk).getByRole('link', { name: '复议诉讼' }).click();
    await clerk.getByRole('heading', { name: '复议诉讼' }).waitFor();
    await clerk.getByText('没有符合条件的复议或诉讼案件').waitFor();

    await clerk.getByRole('button', { name: '登记案件' }).click();
    const dialog = clerk.getByRole('dialog', { name: '登记复议或诉讼案件' });
    await dialog.waitFor();
    assert.ok(await dialog.getByRole('radio', { name: '行政复议' }).isChecked());
    await dialog.getByLabel('案号').fill('某县政复〔2024〕12号');
    await dialog.getByLabel('复议机关').fill('某县人民政府');
    await fillDate(dialog.getByLabel('申请复议日期'), '2024-12-02');
    const picker = dialog.getByLabel('所涉申请（可选）');
    await picker.click();
    await picker.fill(trackingCode);
    await clerk.getByTitle(new RegExp(`^${trackingCode}.*吴复议`)).click();
    await button(dialog, '登记').click();
    await clerk.getByRole('status').getByText('已登记行政复议：某县政复〔2024〕12号').waitFor();

    const row = clerk.getByRole('row', { name: /某县政复〔2024〕12号/ });
    await row.getByText('尚未审结').waitFor();
    await row.getByRole('link', { name: trackingCode }).waitFor();

    await row.getByRole('button', { name: '登记审结：某县政复〔2024〕12号' }).click();
    const conclude = clerk.getByRole('dialog', { name: '登记审结' });
    await conclude.getByRole('radio', { name: /^结果维持/ }).check();
    // The date is the dialog's only text field: Enter there submits it, as the 提交 button would.
    await fillDate(conclude.getByLabel('审结日期'), '2025-01-08');
    await clerk.getByRole('status').getByText('已登记审结：某县政复〔2024〕12号（结果维持）').waitFor();
    await row.getByText('结果维持').waitFor();
    await row.getByText('2025年1月8日').waitFor();
    assert.equal(await row.getByRole('button', { name: /登记审结/ }).count(), 0);

    // Concluded cases leave the pending filter; 2024's section 四 still counts it (filed in 2024).
    // The filter lives in the address, which updates after the click.
    await clerk.getByRole('checkbox', { name: '只看尚未审结' }).click();
    await clerk.getByText('没有符合条件的复议或诉讼案件').waitFor();
    assert.ok(await clerk.getByRole('checkbox', { name: '只看尚未审结' }).isChecked());
    assert.match(clerk.url(), /pending=true/);

    const listed = await e.api.inject({ method: 'GET', url: '/api/appeals?year=2024', headers: { cookie: await e.cookie('clerkA') } });
    const [appeal] = listed.json().items;
    assert.equal(listed.json().total, 1);
    assert.equal(appeal.kind, 'review');
    assert.equal(appeal.applicationId, applicationId);
    assert.equal(appeal.body, '某县人民政府');
    assert.equal(appeal.outcome, 'maintained');
    assert.equal(appeal.concludedOn, '2025-01-08');

    // The administrator reads the cases but registers nothing.
    const admin = await signIn(e, 'adminA');
    await menu(admin).getByRole('link', { name: '复议诉讼' }).click();
    await admin.getByRole('row', { name: /某县政复〔2024〕12号/ }).waitFor();
    assert.equal(await admin.getByRole('button', { name: '登记案件' }).count(), 0);
  });

  test('clerkA registers a 行政规范性文件 and enters 2024’s counts; section 二 shows both', async () => {
    const clerk = await signIn(e, 'clerkA');
    await menu(clerk).getByRole('link', { name: '主动公开' }).click();
    await clerk.getByRole('heading', { name: '主动公开', level: 1 }).waitFor();

    await clerk.getByRole('button', { name: '登记文件' }).click();
    const dialog = clerk.getByRole('dialog', { name: '登记文件' });
    await dialog.getByLabel('文号（可选）').fill('甲政规〔2024〕1号');
    await dialog.getByLabel('文件标题').fill('甲镇农村人居环境整治办法');
    await fillDate(dialog.getByLabel('制发日期'), '2024-05-06');
    await fillDate(dialog.getByLabel('公开日期（可选）'), '2024-05-10');
    await button(dialog, '登记').click();
    await clerk.getByRole('status').getByText('已登记行政规范性文件“甲镇农村人居环境整治办法”').waitFor();
    const doc = clerk.getByRole('row', { name: /甲政规〔2024〕1号/ });
    await doc.getByText('现行有效').waitFor();
    await doc.getByText('行政规范性文件').waitFor();

    // The year is 2024 by default (reports are written in January for the year before).
    await clerk.getByRole('heading', { name: '2024年度报告第二部分（计算结果）' }).waitFor();
    const counts = clerk.getByRole('form', { name: '2024年度填报数据' });
    await counts.getByLabel('行政许可：本年处理决定数量').fill('12');
    await counts.getByLabel('行政处罚：本年处理决定数量').fill('3');
    // 行政强制 is left blank: not entered, not 0.
    const fees = counts.getByLabel('行政事业性收费：本年收费金额（单位：万元）');
    await fees.fill('1.23456');
    await fees.blur();
    // 万元 to four decimals (one yuan).
    assert.equal(await fees.inputValue(), '1.2346');
    await counts.getByText('有未保存的修改').waitFor();

    // The server's findings are shown beside the cells they name: a fraction slipped into the request
    // (as an older or faulty client might send) is refused with the cell's own message.
    await clerk.route('**/api/proactive/counts/2024', async (route) => {
      if (route.request().method() !== 'PUT') return route.continue();
      const body = route.request().postDataJSON();
      body.values.licensing.decisions = 12.5;
      await route.continue({ postData: JSON.stringify(body) });
    });
    await counts.getByRole('button', { name: '保存填报数据' }).click();
    await counts.getByRole('alert').getByText('有1处填写有误，请按格子下方的提示修改。').waitFor();
    const licensing = counts.getByLabel('行政许可：本年处理决定数量');
    const beside = counts.getByRole('cell').filter({ has: clerk.getByLabel('行政许可：本年处理决定数量') });
    await beside.getByText('第二部分“行政许可”行“本年处理决定数量”列的值“12.5”应为整数。').waitFor();
    assert.equal(await licensing.getAttribute('aria-invalid'), 'true');
    assert.equal(await counts.getByText(/应为整数/).count(), 1);
    await clerk.unrouteAll();

    await counts.getByRole('button', { name: '保存填报数据' }).click();
    await clerk.getByRole('status').getByText('已保存2024年度填报数据').waitFor();

    const figures = clerk.getByRole('group', { name: '2024年度第二部分（计算结果）' });
    const cells = async (label: string) => (await figures.getByRole('row', { name: new RegExp(`^${label}`) }).getByRole('cell').allTextContents()).map((t) => t.trim());
    await figures.getByRole('cell', { name: '12', exact: true }).waitFor();
    assert.deepEqual(await cells('行政规范性文件'), ['1', '0', '1']);
    assert.deepEqual(await cells('规章'), ['0', '0', '0']);
    assert.deepEqual(await cells('行政许可'), ['12']);
    assert.deepEqual(await cells('行政处罚'), ['3']);
    assert.deepEqual(await cells('行政强制'), ['—']);
    assert.deepEqual(await cells('行政事业性收费'), ['1.2346']);

    // Stored as entered.
    const stored = await e.api.inject({ method: 'GET', url: '/api/proactive/figures/2024', headers: { cookie: await e.cookie('clerkA') } });
    assert.equal(stored.json().proactive.licensing.decisions, 12);
    assert.equal(stored.json().proactive.fees.amountTenThousandYuan, 1.2346);
    assert.equal(stored.json().proactive.coercion.decisions, null);

    // A reload shows the saved values in the form.
    await clerk.reload();
    assert.equal(await clerk.getByRole('form', { name: '2024年度填报数据' }).getByLabel('行政许可：本年处理决定数量').inputValue(), '12');
  });

  test('adminA creates a clerk account for 甲镇 (a weak password refused) and the account signs in', async () => {
    const admin = await signIn(e, 'adminA');
    await menu(admin).getByRole('link', { name: '系统管理' }).click();
    await admin.getByRole('heading', { name: '系统管理' }).waitFor();
    await admin.getByRole('row', { name: /clerkA.*张经办.*经办人.*甲镇人民政府/ }).waitFor();

    await admin.getByRole('button', { name: '新建用户' }).click();
    const dialog = admin.getByRole('dialog', { name: '新建用户' });
    await dialog.getByText('甲镇人民政府').waitFor();
    await dialog.getByLabel('登录名').fill('clerkA2');
    await dialog.getByLabel('姓名').fill('陈经办');
    await dialog.getByLabel('初始密码').fill('11111111');
    await button(dialog, '创建').click();
    await dialog.getByRole('alert').getByText(/密码过于简单/).waitFor();

    await dialog.getByLabel('初始密码').fill('Jiazhen-2025!');
    await button(dialog, '创建').click();
    await admin.getByRole('status').getByText('已创建用户 clerkA2（经办人）').waitFor();
    await admin.getByRole('row', { name: /clerkA2.*陈经办.*经办人.*甲镇人民政府/ }).waitFor();

    const page = await signIn(e, 'clerkA2', 'Jiazhen-2025!');
    await page.getByRole('heading', { name: '甲镇人民政府' }).waitFor();
    await page.getByText('陈经办（经办人）', { exact: false }).waitFor();
    await menu(page).getByRole('link', { name: '复议诉讼' }).waitFor();
  });

  test('adminA marks 2027 complete with a 元旦 day; the calendar API reflects it', async () => {
    const admin = await signIn(e, 'adminA');
    await menu(admin).getByRole('link', { name: '系统管理' }).click();
    await admin.getByRole('tab', { name: '工作日历' }).click();
    await admin.getByText(/系统已内置国务院办公厅公布的\d{4}年至\d{4}年节假日安排/).waitFor();

    const year = admin.getByLabel('编辑年份');
    await year.click();
    await admin.locator('.ant-select-dropdown').getByTitle('2027年', { exact: true }).click();
    const editor = admin.getByRole('region', { name: '2027年的调整' });
    await editor.getByText('2027年没有调整').waitFor();
    await editor.getByRole('button', { name: '添加日期' }).click();
    // A row without a date is stopped here, before the server.
    await editor.getByRole('button', { name: '保存2027年的日历' }).click();
    await editor.getByRole('alert').getByText('第1行没有选择日期。').waitFor();

    await fillDate(editor.getByLabel('第1行日期'), '2027-01-01');
    await editor.getByLabel('第1行说明').fill('元旦');
    await editor.getByRole('checkbox', { name: /2027年的节假日安排已完整录入/ }).check();
    await editor.getByRole('button', { name: '保存2027年的日历' }).click();
    await admin.getByRole('status').getByText('已保存2027年的工作日历').waitFor();

    const r = await e.api.inject({ method: 'GET', url: '/api/calendar', headers: { cookie: await e.cookie('adminA') } });
    assert.equal(r.statusCode, 200);
    const calendar = r.json();
    assert.ok(calendar.completeYears.includes(2027));
    assert.deepEqual(
      calendar.overrides.filter((o: { date: string }) => o.date.startsWith('2027-')),
      [{ date: '2027-01-01', working: false, note: '元旦' }],
    );
    // Shown back after saving.
    await admin.getByRole('region', { name: '2027年的调整' }).getByLabel('第1行说明').waitFor();
    assert.equal(await admin.getByRole('region', { name: '2027年的调整' }).getByLabel('第1行说明').inputValue(), '元旦');
    assert.ok(await admin.getByRole('region', { name: '2027年的调整' }).getByRole('checkbox', { name: /已完整录入/ }).isChecked());
  });

  test('a clerk has no 系统管理 menu and cannot open the page', async () => {
    const clerk = await signIn(e, 'clerkA');
    await menu(clerk).getByRole('link', { name: '复议诉讼' }).waitFor();
    assert.equal(await menu(clerk).getByRole('link', { name: '系统管理' }).count(), 0);
    await clerk.goto('/work/admin');
    await clerk.getByRole('heading', { name: '页面不存在' }).waitFor();
    assert.equal(await clerk.getByRole('heading', { name: '系统管理' }).count(), 0);
  });
});
