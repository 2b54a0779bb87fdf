// npm run screenshots: the main pages of the web application, on the demo data, in Debian's
// Chromium, saved to docs/screenshots/ (shown in the README). Builds nothing: run npm run build first.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { openEmbedded } from '../src/db/embedded.js';
import { buildServer } from '../src/http/server.js';
import { DEMO_PASSWORD, installDemo } from '../src/office/demo.js';
import { createOffice } from '../src/office/office.js';
import { secretsFromKey } from '../src/office/secrets.js';

const OUT = join(import.meta.dirname, '..', 'docs', 'screenshots');

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const opened = await openEmbedded('memory');
  if (!opened.ok) throw new Error(opened.message);
  const office = createOffice(opened.db, secretsFromKey(randomBytes(32)));
  process.stderr.write('安装演示数据……\n');
  await installDemo(office);
  const api = await buildServer(office);
  await api.listen({ port: 0, host: '127.0.0.1' });
  const address = api.server.address();
  if (!address || typeof address !== 'object') throw new Error('no address');
  const base = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const agencyId = async (name: string) => (await office.repos.agencies.findByName(name))[0]!.id;
  const town = await agencyId('青山镇人民政府（演示）');
  const lastYear = Number(office.clock.today().slice(0, 4)) - 1;
  const open = (await opened.db.query<{ id: string; tracking_code: string }>(`SELECT id, tracking_code FROM applications WHERE agency_id = $1 ORDER BY concluded_on IS NULL DESC, received_on DESC LIMIT 1`, [town])).rows[0]!;

  const shoot = async (page: Page, path: string, file: string, waitFor: string) => {
    await page.goto(`${base}${path}`);
    await page.getByText(waitFor).first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(OUT, file), fullPage: false });
    process.stderr.write(`  ${file}\n`);
  };
  const context = async (mobile = false) =>
    browser.newContext(mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, deviceScaleFactor: 2, locale: 'zh-CN' } : { viewport: { width: 1366, height: 860 }, locale: 'zh-CN' });
  const signedIn = async (login: string) => {
    const page = await (await context()).newPage();
    await page.goto(`${base}/login`);
    await page.getByLabel('登录名').fill(login);
    await page.getByLabel('密码').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.waitForURL('**/work');
    return page;
  };

  const pub = await (await context()).newPage();
  await shoot(pub, '/', 'portal-home.png', '青山镇人民政府（演示）');
  await shoot(pub, `/agencies/${town}`, 'portal-guide.png', '政府信息公开指南');
  await shoot(pub, `/agencies/${town}/reports/${lastYear}`, 'portal-report.png', '下载');
  await shoot(pub, `/track/${open.tracking_code}`, 'portal-track.png', '办理过程');
  const phone = await (await context(true)).newPage();
  await shoot(phone, `/agencies/${town}/apply`, 'portal-apply-phone.png', '政府信息公开申请');
  const clerk = await signedIn('demo-clerk-qs');
  await shoot(clerk, '/work/applications', 'work-applications.png', '剩余工作日');
  await shoot(clerk, `/work/applications/${open.id}`, 'work-application.png', '办理记录');
  await shoot(clerk, `/work/reports?year=${lastYear}`, 'work-report.png', '检查结果');
  const supervisor = await signedIn('demo-supervisor');
  await shoot(supervisor, `/work/supervise?year=${lastYear}`, 'supervise.png', '合计');
  await browser.close();
  await api.close();
  await opened.db.close();
  process.stderr.write(`截图已保存到 ${OUT}\n`);
}

await main();
