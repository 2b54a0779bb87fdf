// Keyboard only, in Chromium: no click, fill or check — Tab, Shift+Tab, arrow keys, Space, Enter and
// typing. A citizen applies online as an organisation and reaches the receipt and the status page;
// staff sign in from the portal (a wrong password first, refused in Chinese); on an application's page
// a clerk opens 作出答复 and then 登记送达, fills each dialog and confirms it.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Locator, Page } from 'playwright-core';
import { isCreditCode } from '../../src/core/applications/identifiers.js';
import { PASSWORD } from '../../src/http/api-testkit.js';
import { registerApplication } from '../../src/office/applications.js';
import { principalFor } from '../../src/office/auth.js';
import { startE2e, type E2e } from './browser.js';

const TODAY = '2025-01-20';

// The test's TypeScript has no DOM types: the element as far as it is used here.
type Focusable = { ownerDocument: { activeElement: unknown } };
const focused = (target: Locator) => target.evaluate((el: Focusable) => el === el.ownerDocument.activeElement);

/** Presses `key` until `target` has the focus; fails when it is not reached within `max` presses. */
async function pressUntil(page: Page, key: 'Tab' | 'Shift+Tab', target: Locator, max = 40) {
  await target.waitFor({ state: 'attached' });
  for (let i = 0; i <= max; i++) {
    if (await focused(target)) return;
    await page.keyboard.press(key);
  }
  assert.fail(`${String(target)} was not reached with ${key} in ${max} presses`);
}

const tabTo = (page: Page, target: Locator, max?: number) => pressUntil(page, 'Tab', target, max);

/** Tabs to a field and types into it. */
async function typeInto(page: Page, target: Locator, text: string) {
  await tabTo(page, target, 6);
  await page.keyboard.type(text);
}

/** An item as drawn in a select's open list (the options for screen readers are a hidden copy). */
const option = (page: Page, text: string) => page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option').filter({ hasText: text });

function creditCode(first17: string): string {
  for (const c of '0123456789ABCDEFGHJKLMNPQRTUWXY') if (isCreditCode(first17 + c)) return first17 + c;
  throw new Error('no check character');
}

describe('keyboard only (Chromium)', () => {
  let e: E2e;
  before(async () => {
    e = await startE2e({ today: TODAY });
  });
  after(async () => {
    await e?.close();
  });

  test('a citizen applies online as an organisation and reaches the receipt and the status', async () => {
    const { page } = await e.page();
    await page.goto(`/agencies/${e.seed.townA}/apply`);
    await page.getByRole('heading', { level: 1, name: '政府信息公开申请' }).waitFor();

    // 申请人类型: the checked radio takes the focus; the arrow key moves the choice.
    await tabTo(page, page.getByRole('radio', { name: '自然人' }));
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.getByRole('radio', { name: '法人或其他组织' }).isChecked());
    assert.ok(await focused(page.getByRole('radio', { name: '法人或其他组织' })));
    // 组织类别: one tab stop for the group, at the default 商业企业; down to 科研机构.
    await tabTo(page, page.getByRole('radio', { name: '商业企业' }), 1);
    await page.keyboard.press('ArrowDown');
    assert.ok(await page.getByRole('radio', { name: '科研机构' }).isChecked());

    await typeInto(page, page.getByLabel('名称', { exact: true }), '某某大学某研究所');
    await typeInto(page, page.getByLabel('统一社会信用代码'), creditCode('12110000400000123'));
    await typeInto(page, page.getByLabel('联系人姓名'), '钱老师');
    await typeInto(page, page.getByLabel('联系电话'), '010-12345678');
    await typeInto(page, page.getByLabel('通信地址'), '某市学院路1号');
    await typeInto(page, page.getByLabel('所需政府信息的描述'), '甲镇2024年土地利用年度计划');

    // 获取信息的方式: two to the right is 电子文本（电子邮件）, which needs an e-mail address: back
    // up to the 电子邮箱 field with Shift+Tab, fill it, and on again.
    await tabTo(page, page.getByRole('radio', { name: '纸质文本（邮寄）' }), 1);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.ok(await page.getByRole('radio', { name: '电子文本（电子邮件）' }).isChecked());
    await pressUntil(page, 'Shift+Tab', page.getByLabel('电子邮箱'), 6);
    await page.keyboard.type('institute@example.cn');
    await tabTo(page, page.getByLabel(/已阅读政府信息公开指南/), 8);
    await page.keyboard.press('Space');
    assert.ok(await page.getByLabel(/已阅读政府信息公开指南/).isChecked());
    await tabTo(page, page.getByRole('button', { name: '提交申请' }), 3);
    await page.keyboard.press('Enter');

    // The receipt takes the focus at its heading.
    const heading = page.getByRole('heading', { level: 1, name: '申请已提交' });
    await heading.waitFor();
    assert.ok(await focused(heading), 'the receipt heading has the focus');
    const code = (await page.getByTestId('tracking-code').innerText()).trim();
    const row = await e.office.repos.applications.findByTrackingCode(code);
    assert.equal(row?.applicantType, 'research');
    assert.equal(row?.applicantName, '某某大学某研究所');
    assert.equal(row?.contactEmail, 'institute@example.cn');
    assert.equal(row?.requestedForm, '电子文本（电子邮件）');

    await tabTo(page, page.getByRole('link', { name: '查询办理进度' }), 10);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/track/${code}`);
    await page.getByText('办理中').waitFor();
  });

  test('staff sign in from the portal with the keyboard; a wrong password is refused in Chinese', async () => {
    const { page } = await e.page();
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await tabTo(page, page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '工作人员登录' }));
    await page.keyboard.press('Enter');
    await page.waitForURL('**/login');
    // The login field has the focus as the page opens.
    const login = page.getByLabel('登录名');
    await login.waitFor();
    assert.ok(await focused(login));
    await page.keyboard.type('clerkA');
    await tabTo(page, page.getByLabel('密码', { exact: true }), 1);
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').filter({ hasText: '登录失败' }).waitFor();
    assert.match(await page.getByRole('alert').filter({ hasText: '登录失败' }).innerText(), /[\u4e00-\u9fff]{4,}/);

    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await page.waitForURL('**/work');
    await page.getByRole('heading', { level: 1, name: '甲镇人民政府' }).waitFor();
  });

  test('on an application, 作出答复 and 登记送达 are opened, filled and confirmed with the keyboard', async () => {
    const user = await e.office.repos.users.findByLogin('clerkA');
    assert.ok(user);
    const clerk = await principalFor(e.office, user);
    const made = await registerApplication(
      e.office,
      clerk,
      clerk.agencyId,
      { applicantType: 'naturalPerson', applicant: { name: '周某某', address: '某县城关镇人民路3号' }, content: '甲镇2024年财政预算' },
      { channel: 'inPerson', submittedOn: TODAY },
    );
    assert.ok(made.ok, made.ok ? '' : made.message);
    const page = await e.signedIn('clerkA');
    await page.goto(`/work/applications/${made.value.id}`);
    await page.getByRole('heading', { level: 1, name: `申请 ${made.value.trackingCode}` }).waitFor();

    // 作出答复: the result is chosen in a searchable list by typing and Enter.
    await tabTo(page, page.getByRole('button', { name: '作出答复', exact: true }), 60);
    await page.keyboard.press('Enter');
    const decide = page.getByRole('dialog', { name: '作出答复' });
    await decide.waitFor();
    await tabTo(page, decide.getByLabel('办理结果'), 6);
    await page.keyboard.type('予以公开');
    await option(page, '（一）予以公开').waitFor();
    await page.keyboard.press('Enter');
    await tabTo(page, decide.getByRole('button', { name: /提\s*交/ }), 6);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('已作出答复').waitFor();
    await decide.waitFor({ state: 'detached' });

    // 登记送达: the date typed over the default, the method picked with the arrow keys.
    await tabTo(page, page.getByRole('button', { name: '登记送达', exact: true }), 60);
    await page.keyboard.press('Enter');
    const deliver = page.getByRole('dialog', { name: '登记送达' });
    await deliver.waitFor();
    await tabTo(page, deliver.getByLabel('送达日期'), 6);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(TODAY);
    await page.keyboard.press('Enter');
    await tabTo(page, deliver.getByLabel('送达方式（可选）'), 6);
    await page.keyboard.press('ArrowDown');
    await option(page, '直接送达').waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await deliver.getByTitle('邮寄送达').waitFor();
    await tabTo(page, deliver.getByRole('button', { name: /提\s*交/ }), 6);
    await page.keyboard.press('Enter');
    await page.getByRole('status').getByText('已登记送达').waitFor();
    await page.getByText('已送达').first().waitFor();
    await page.getByText('送达方式：邮寄送达').waitFor();

    const row = await e.office.repos.applications.findByTrackingCode(made.value.trackingCode);
    assert.equal(row?.state, 'delivered');
    assert.equal(row?.outcome, 'granted');
  });
});
