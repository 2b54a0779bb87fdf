// The public agency pages in Chromium: the disclosure guide, applying online (natural person and
// organisation, on a desktop and a phone), the status page by tracking code, and a published annual
// report read as a page and downloaded. Also measures the JavaScript a public page loads.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { isCreditCode } from '../../src/core/applications/identifiers.js';
import { startE2e, type E2e } from './browser.js';

const VALID_ID = '11010519491231002X';
const WRONG_CHECK_ID = '110105194912310021';
const TRACKING = /[0-9A-Z]{4}(?:-[0-9A-Z]{1,4})+/;

/** A valid 统一社会信用代码: the check character found by trying each one. */
function creditCode(first17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isCreditCode(first17 + c)) return first17 + c;
  throw new Error('no check character');
}

async function fillPerson(page: Page, name: string) {
  await page.getByLabel('姓名').fill(name);
  await page.getByLabel('居民身份证号码').fill(VALID_ID);
  await page.getByLabel('联系电话').fill('13800138000');
  await page.getByLabel('通信地址').fill('某县城关镇人民路1号');
  await page.getByLabel('所需政府信息的描述').fill('某县2024年人民路改造工程的立项批复文件');
  await page.getByLabel(/已阅读政府信息公开指南/).check();
}

describe('public agency pages (Chromium)', () => {
  let e: E2e;
  let posts = 0;
  before(async () => {
    e = await startE2e({ today: '2025-01-20' });
  });
  after(async () => {
    await e?.close();
  });

  const countPosts = (page: Page) =>
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().includes('/applications')) posts++;
    });

  test('the guide explains how to apply, the time limits, fees and remedies, and links to the form', async () => {
    const { page } = await e.page();
    await page.goto(`/agencies/${e.seed.townA}`);
    await page.getByRole('heading', { name: '甲镇人民政府政府信息公开指南' }).waitFor();
    assert.equal(await page.title(), '甲镇人民政府政府信息公开指南');
    await page.getByText('自收到申请之日起20个工作日内予以答复', { exact: false }).waitFor();
    for (const heading of ['四、办理时限', '五、收费', '六、监督和救济']) await page.getByRole('heading', { name: heading }).waitFor();
    await page.getByText('征求第三方和其他机关意见所需时间不计算在答复期限内', { exact: false }).waitFor();
    await page.getByText('国办函〔2020〕109号', { exact: false }).first().waitFor();
    // The upper agency is named for complaints.
    await page.getByText('可以向上一级行政机关（某县人民政府）', { exact: false }).waitFor();
    await page.getByRole('link', { name: '在线申请政府信息公开' }).first().click();
    await page.waitForURL(`**/agencies/${e.seed.townA}/apply`);
    await page.getByRole('heading', { name: '政府信息公开申请' }).waitFor();
  });

  let code = '';
  test('a citizen applies: a wrong check digit is caught before sending, then the receipt shows the tracking code', async () => {
    const { page } = await e.page();
    countPosts(page);
    posts = 0;
    await page.goto(`/agencies/${e.seed.townA}/apply`);
    await fillPerson(page, '张三');
    await page.getByLabel('居民身份证号码').fill(WRONG_CHECK_ID);
    await page.getByLabel('居民身份证号码').blur();
    await page.getByText('居民身份证号码校验位（最后一位）不正确').waitFor();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('居民身份证号码校验位（最后一位）不正确').waitFor();
    assert.equal(posts, 0, 'nothing is sent with an invalid ID number');

    await page.getByLabel('居民身份证号码').fill(VALID_ID);
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请已提交' }).waitFor();
    assert.equal(posts, 1);
    const shown = (await page.getByRole('group', { name: '查询码' }).innerText()).match(TRACKING)?.[0];
    assert.ok(shown, 'the tracking code is shown');
    code = shown;
    await page.getByText('2025年1月20日', { exact: false }).first().waitFor();
    await page.getByText('答复期限').waitFor();
    await page.getByRole('button', { name: '复制查询码' }).waitFor();

    // What the agency received: a natural person with the form's fields.
    const row = await e.office.repos.applications.findByTrackingCode(code);
    assert.equal(row?.applicantType, 'naturalPerson');
    assert.equal(row?.applicantName, '张三');
    assert.equal(row?.requestedForm, '纸质文本（邮寄）');
    assert.equal(row?.receivedOn, '2025-01-20');

    await page.getByRole('link', { name: '查询办理进度' }).click();
    await page.waitForURL(`**/track/${code}`);
    await page.getByText('办理中').waitFor();
    await page.getByText('甲镇人民政府').first().waitFor();
  });

  test('the status page by tracking code shows 办理中 when opened directly', async () => {
    assert.ok(code);
    const { page } = await e.page();
    await page.goto(`/track/${code}`);
    await page.getByText('办理中').waitFor();
  });

  test('an organisation with a wrong 统一社会信用代码 is stopped; with a valid one the contact person reaches the agency', async () => {
    const { page } = await e.page();
    countPosts(page);
    posts = 0;
    await page.goto(`/agencies/${e.seed.townB}/apply`);
    // A button-style radio: its input is hidden, its label takes the click.
    await page.getByText('法人或其他组织', { exact: true }).click();
    assert.ok(await page.getByRole('radio', { name: '法人或其他组织' }).isChecked());
    await page.getByRole('radio', { name: '法律服务机构' }).check();
    await page.getByLabel('名称').fill('某某律师事务所');
    const valid = creditCode('31110000MD0123456');
    const wrong = valid.slice(0, 17) + (valid.endsWith('0') ? '1' : '0');
    await page.getByLabel('统一社会信用代码').fill(wrong);
    await page.getByLabel('联系人姓名').fill('李律师');
    await page.getByLabel('联系电话').fill('010-12345678');
    await page.getByLabel('通信地址').fill('某市中山路8号');
    await page.getByLabel('所需政府信息的描述').fill('乙镇2024年农村道路养护资金的分配文件');
    await page.getByRole('radio', { name: '电子文本（电子邮件）' }).check();
    await page.getByLabel(/已阅读政府信息公开指南/).check();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('统一社会信用代码校验位（最后一位）不正确').waitFor();
    await page.getByText('选择以电子邮件获取信息的，请填写电子邮箱').waitFor();
    assert.equal(posts, 0, 'nothing is sent with an invalid credit code');

    await page.getByLabel('统一社会信用代码').fill(valid);
    await page.getByLabel('电子邮箱').fill('lawyer@example.cn');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请已提交' }).waitFor();
    const shown = (await page.getByRole('group', { name: '查询码' }).innerText()).match(TRACKING)?.[0];
    const row = await e.office.repos.applications.findByTrackingCode(shown ?? '');
    assert.equal(row?.applicantType, 'legalService');
    assert.equal(row?.applicantName, '某某律师事务所');
    assert.equal(row?.contactAddress, '某市中山路8号（联系人：李律师）');
    assert.equal(row?.contactEmail, 'lawyer@example.cn');
    assert.equal(row?.requestedForm, '电子文本（电子邮件）');
  });

  test('on a phone the form fits the screen and can be completed', async () => {
    const { page } = await e.page({ mobile: true });
    await page.goto(`/agencies/${e.seed.townA}/apply`);
    await page.getByRole('heading', { name: '政府信息公开申请' }).waitFor();
    await fillPerson(page, '王五');
    const width = await page.evaluate<number>('document.documentElement.scrollWidth');
    assert.ok(width <= 390, `the page is ${width}px wide on a 390px screen`);
    await page.getByRole('button', { name: '提交申请' }).tap();
    await page.getByRole('heading', { name: '申请已提交' }).waitFor();
    assert.match(await page.getByRole('group', { name: '查询码' }).innerText(), TRACKING);
  });

  test('a server refusal is shown in Chinese', async () => {
    const { page } = await e.page();
    await page.route('**/api/public/agencies/*/applications', (route) =>
      route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: '请求过于频繁，请 42 秒后再试。' } }) }),
    );
    await page.goto(`/agencies/${e.seed.townA}/apply`);
    await fillPerson(page, '赵六');
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('alert').getByText('请求过于频繁，请 42 秒后再试。').waitFor();
    await page.getByRole('alert').getByText('提交失败').waitFor();
  });

  test('a published annual report is readable as a page and downloadable', async () => {
    const call = async (login: string, method: 'POST' | 'PATCH', url: string, payload?: object) => {
      const r = await e.api.inject({ method, url, headers: { cookie: await e.cookie(login) }, ...(payload ? { payload } : {}) });
      assert.ok(r.statusCode < 300, `${method} ${url}: ${r.body}`);
      return r.json() as { version: number };
    };
    const { version } = await call('clerkA', 'POST', '/api/reports/2024/versions');
    const v = `/api/reports/2024/versions/${version}`;
    await call('clerkA', 'PATCH', v, { narratives: { 一: '本报告统计期限为2024年1月1日至2024年12月31日。2024年，本机关依法做好政府信息公开工作。', 五: '（一）存在的主要问题。公开栏更新不够及时。\n（二）改进情况。明确专人每月更新。', 六: '2024年，本机关未收取信息处理费。' } });
    await call('clerkA', 'POST', `${v}/submit`);
    await call('approverA', 'POST', `${v}/approve`);
    await call('approverA', 'POST', `${v}/publish`);

    const { page } = await e.page();
    await page.goto(`/agencies/${e.seed.townA}/reports`);
    await page.getByRole('link', { name: '甲镇人民政府2024年政府信息公开工作年度报告' }).click();
    await page.waitForURL(`**/agencies/${e.seed.townA}/reports/2024`);
    await page.getByRole('heading', { name: '甲镇人民政府2024年政府信息公开工作年度报告' }).waitFor();
    const report = page.frameLocator('iframe[title="甲镇人民政府2024年政府信息公开工作年度报告"]');
    await report.getByText('三、收到和处理政府信息公开申请情况').waitFor();
    await report.getByText('公开栏更新不够及时', { exact: false }).waitFor();
    // The frame is as tall as the report: nothing hidden behind an inner scroll bar.
    type Frame = { getBoundingClientRect(): { height: number }; contentDocument: { documentElement: { scrollHeight: number } } | null };
    const frameHeight = await page.locator('iframe').evaluate((f: Frame) => f.getBoundingClientRect().height);
    const docHeight = await page.locator('iframe').evaluate((f: Frame) => f.contentDocument?.documentElement.scrollHeight ?? 0);
    assert.ok(docHeight > 1000 && Math.abs(frameHeight - docHeight) <= 2, `frame ${frameHeight}px, report ${docHeight}px`);

    const docx = page.getByRole('link', { name: /DOCX/ });
    const href = await docx.getAttribute('href');
    assert.equal(href, `/api/public/agencies/${e.seed.townA}/reports/2024/export.docx`);
    const download = await page.request.get(href);
    assert.equal(download.status(), 200);
    assert.equal(download.headers()['content-type'], 'application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    assert.equal((await download.body()).subarray(0, 2).toString('latin1'), 'PK');
    for (const ext of ['xlsx', 'json']) assert.equal((await page.request.get(`/api/public/agencies/${e.seed.townA}/reports/2024/export.${ext}`)).status(), 200, ext);
    assert.ok(await page.getByRole('link', { name: /PDF/ }).isVisible());
  });

  test('an agency without a published report says so; an unknown year is a Chinese error', async () => {
    const { page } = await e.page();
    await page.goto(`/agencies/${e.seed.townB}/reports`);
    await page.getByText('本机关尚未在本平台发布年度报告').waitFor();
    await page.goto(`/agencies/${e.seed.townB}/reports/2024`);
    await page.getByRole('alert').getByText('乙镇人民政府尚未发布2024年政府信息公开工作年度报告').waitFor();
  });

  test('the application page loads only the public chunks (JavaScript size measured, gzip)', async (t) => {
    /** The scripts a fresh browser loads for `path`: names and the sum of their gzip sizes. */
    const scriptsOf = async (path: string, heading: string) => {
      const { page } = await e.page();
      const bodies = new Map<string, Promise<Buffer>>();
      page.on('response', (r) => {
        if (r.url().endsWith('.js')) bodies.set(r.url().replace(/.*\//, ''), r.body());
      });
      await page.goto(path);
      await page.getByRole('heading', { name: heading }).waitFor();
      let gzip = 0;
      for (const body of bodies.values()) gzip += gzipSync(await body).length;
      return { names: [...bodies.keys()], gzip };
    };
    const home = await scriptsOf('/', '政府信息公开');
    const apply = await scriptsOf(`/agencies/${e.seed.townA}/apply`, '政府信息公开申请');
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const own = apply.names.filter((n) => !home.names.includes(n));
    t.diagnostic(`/ loads ${home.names.length} scripts, ${kb(home.gzip)} gzip`);
    t.diagnostic(`/agencies/:id/apply loads ${apply.names.length} scripts, ${kb(apply.gzip)} gzip; beyond the home page: ${kb(apply.gzip - home.gzip)} (${own.join(', ')})`);
    assert.ok(!apply.names.some((n) => /WorkApp|echarts/i.test(n)), 'no staff or chart code on a public page');
    // The goal for public pages: at most 300 KB of JavaScript, gzip.
    assert.ok(home.gzip < 300 * 1024, `the home page loads ${kb(home.gzip)}`);
    assert.ok(apply.gzip < 300 * 1024, `the application page loads ${kb(apply.gzip)}`);
  });
});
