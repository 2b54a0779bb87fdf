// The public portal in Chromium: the agencies, tracking an application, signing in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startE2e, type E2e } from './browser.js';

describe('public portal (Chromium)', () => {
  let e: E2e;
  before(async () => {
    e = await startE2e();
  });
  after(async () => {
    await e?.close();
  });

  test('the home page lists the agencies as their hierarchy, with landmarks', async () => {
    const { page } = await e.page();
    await page.goto('/');
    await page.getByText('甲镇人民政府').waitFor();
    assert.equal(await page.getByRole('main').count(), 1);
    assert.equal(await page.getByRole('navigation', { name: '主导航' }).count(), 1);
    assert.equal(await page.getByRole('link', { name: '申请公开' }).count(), 4);
  });

  test('an unknown tracking code says so in Chinese', async () => {
    const { page } = await e.page();
    await page.goto('/track');
    await page.getByLabel('查询码').fill('ABCDEFGHJKLMN');
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.getByRole('alert').getByText('没有找到该查询码对应的申请').waitFor();
  });

  test('wrong password, then signing in opens the workbench', async () => {
    const { page } = await e.page();
    await page.goto('/login');
    await page.getByLabel('登录名').fill('clerkA');
    await page.getByLabel('密码').fill('wrong-password');
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByRole('alert').getByText('登录名或密码不正确').waitFor();
    const signed = await e.signedIn('clerkA');
    await signed.getByRole('heading', { name: '甲镇人民政府' }).waitFor();
  });
});
