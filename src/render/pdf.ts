// HTML → PDF by printing with headless Chromium (playwright-core, the system's /usr/bin/chromium).
// Chinese text needs a CJK font on the machine (Debian: fonts-wqy-microhei or fonts-noto-cjk), or
// Chromium prints boxes.
import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env['GONGKAI_CHROMIUM'] ?? '/usr/bin/chromium';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launching, loading and printing together; a report prints in well under a second. */
const TIMEOUT_MS = 60_000;

/** playwright-core is loaded only when a PDF is printed: reading reports never needs it. */
async function loadChromium(): Promise<typeof import('playwright-core').chromium> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`无法生成 PDF：找不到 Chromium（${CHROMIUM_PATH}）；请安装 chromium，或用环境变量 GONGKAI_CHROMIUM 指定其路径。`);
  }
  try {
    return (await import('playwright-core')).chromium;
  } catch {
    throw new Error('无法生成 PDF：缺少 playwright-core 组件，请先安装（npm install playwright-core）。');
  }
}

/** Runs `work` on a fresh page of a fresh browser, which is always closed afterwards. */
export async function withPage<T>(work: (page: Page) => Promise<T>): Promise<T> {
  const chromium = await loadChromium();
  const browser: Browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, timeout: TIMEOUT_MS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    // The export is self-contained: nothing may be fetched while printing it.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    return await work(page);
  } finally {
    await browser.close();
  }
}

/** GB/T 9704 page numbers: "— 1 —" centred at the foot of every page. */
const FOOTER = '<div style="width:100%;text-align:center;font-size:11px;font-family:serif">— <span class="pageNumber"></span> —</div>';

/** Prints HTML on A4 (the page's @page margins apply) with page numbers in the bottom margin. */
export async function printPage(page: Page, html: string): Promise<Buffer> {
  await page.setContent(html, { waitUntil: 'load' });
  // Without a bold CJK face Chromium fakes bold by drawing outlines as Type 3 fonts: ten times the
  // size and unlike any published PDF. Official headings are set in 黑体, not bold, anyway.
  await page.addStyleTag({ content: '* { font-synthesis: none; }' });
  return page.pdf({
    format: 'A4',
    printBackground: true,
    preferCSSPageSize: true,
    displayHeaderFooter: true,
    headerTemplate: '<div></div>',
    footerTemplate: FOOTER,
  });
}

/** Our HTML export (or any self-contained HTML) as a PDF. */
export async function renderPdf(html: string): Promise<Buffer> {
  return withPage((page) => printPage(page, html));
}
