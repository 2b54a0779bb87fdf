// End-to-end test support: the real server (API + built web application from dist-web) on an
// embedded database with seeded agencies and accounts, listening on a free port, and Debian's
// Chromium driven by playwright-core.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openHarness, PASSWORD, type ApiHarness } from '../../src/http/api-testkit.js';
import type { IsoDate } from '../../src/core/calendar/iso-date.js';
import { WEB_ROOT } from '../../src/http/web.js';

export const CHROMIUM = '/usr/bin/chromium';

export interface E2e extends ApiHarness {
  url: string;
  browser: Browser;
  /** A fresh browser context (its own cookies) with a page; Chinese locale, China time. */
  page(options?: { mobile?: boolean }): Promise<{ context: BrowserContext; page: Page }>;
  /** A page signed in as a seeded login. */
  signedIn(login: string): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2e(options: { today?: IsoDate } = {}): Promise<E2e> {
  assert.ok(existsSync(`${WEB_ROOT}/index.html`), 'dist-web is missing: run npm run build first');
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: apt-get install chromium`);
  const h = await openHarness('embedded', options.today ? { today: options.today } : {});
  await h.api.listen({ port: 0, host: '127.0.0.1' });
  const address = h.api.server.address();
  assert.ok(address && typeof address === 'object');
  const url = `http://127.0.0.1:${address.port}`;
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const contexts: BrowserContext[] = [];
  const page = async (o: { mobile?: boolean } = {}) => {
    const context = await browser.newContext({
      baseURL: url,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
      ...(o.mobile ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 900 } }),
    });
    context.setDefaultTimeout(15_000);
    contexts.push(context);
    return { context, page: await context.newPage() };
  };
  return {
    ...h,
    url,
    browser,
    page,
    async signedIn(login) {
      const { page: p } = await page();
      await p.goto('/login');
      await p.getByLabel('登录名', { exact: true }).fill(login);
      await p.getByLabel('密码', { exact: true }).fill(PASSWORD);
      await p.getByRole('button', { name: /登\s*录/ }).click();
      await p.waitForURL('**/work');
      return p;
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
      await h.close();
    },
  };
}
