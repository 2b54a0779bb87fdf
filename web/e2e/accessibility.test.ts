// Accessibility of every page in Chromium: axe-core (WCAG 2.x A and AA rules) finds no serious or
// critical violation, and the page facts a screen reader relies on hold: lang="zh-CN", one main
// landmark, labelled navigation, a banner and a contentinfo on the public pages, exactly one h1 naming
// the page, a document title of its own, and a visible focus on what the keyboard reaches. Public
// pages are read anonymously; staff pages by the roles that use them, over seeded records. No rule is
// left out, color-contrast included: antd's lighter default greys, link blue and tag colours are
// darkened in App.tsx's theme.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { after, before, describe, test } from 'node:test';
import type { Page } from 'playwright-core';
import type { ApplicantType } from '../../src/core/applications/applicant.js';
import type { Principal } from '../../src/office/access.js';
import { recordEvent, registerApplication } from '../../src/office/applications.js';
import { principalFor } from '../../src/office/auth.js';
import { approveReport, createReportDraft, editReportNarratives, publishReport, submitReport } from '../../src/office/reports.js';
import { PASSWORD } from '../../src/http/api-testkit.js';
import { startE2e, type E2e } from './browser.js';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const UNKNOWN = '00000000-0000-4000-8000-000000000000';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
  target: unknown[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: AxeNode[];
}

/** axe-core over the page as it is now; the violations of the WCAG 2 A/AA rules. The published
 * report's frame is sandboxed without scripts, so axe cannot run inside it; its document is checked on
 * its own below. (Browser code is given as text: the test's TypeScript has no DOM types.) */
async function axe(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate<boolean>("typeof axe !== 'undefined'"))) await page.addScriptTag({ content: AXE });
  const options = { runOnly: { type: 'tag', values: WCAG_TAGS }, iframes: false, resultTypes: ['violations'] };
  return page.evaluate<AxeViolation[]>(`axe.run(document, ${JSON.stringify(options)}).then((r) =>
    r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) })))`);
}

const describeViolations = (list: AxeViolation[]) =>
  list.map((v) => `${v.impact} ${v.id}: ${v.help}\n${v.nodes.slice(0, 5).map((n) => `    ${JSON.stringify(n.target)} ${n.failureSummary?.replace(/\s+/g, ' ') ?? ''}`).join('\n')}`).join('\n');

/** No serious or critical violation; the others are reported as diagnostics. */
async function assertAxe(page: Page, where: string, diagnostic: (m: string) => void) {
  // Colours are measured once opening animations (a dialog fading in) have ended.
  await page.waitForFunction("document.getAnimations().every((a) => a.playState !== 'running' || a.effect.getTiming().iterations === Infinity)");
  const violations = await axe(page);
  const minor = violations.filter((v) => v.impact !== 'serious' && v.impact !== 'critical');
  if (minor.length > 0) diagnostic(`${where}: ${describeViolations(minor)}`);
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.equal(serious.length, 0, `${where}:\n${describeViolations(serious)}`);
}

interface PageFacts {
  public: boolean;
  h1: string | RegExp;
  title: string | RegExp;
}

/** Waits for the page's content: a heading in main and no loading state left. */
async function settled(page: Page) {
  await page.getByRole('main').getByRole('heading').first().waitFor();
  await page.getByRole('status').filter({ hasText: /^正在/ }).waitFor({ state: 'detached' });
}

/** Runs the checks of one page, collecting what fails so that one run reports every page. */
async function collect(problems: string[], where: string, checks: () => Promise<void>) {
  try {
    await checks();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    problems.push(message.startsWith(where) ? message : `${where}: ${message}`);
  }
}

/** The landmarks, the one h1, the title and the language. */
async function assertFacts(page: Page, where: string, facts: PageFacts) {
  const h1 = page.locator('h1');
  assert.equal(await h1.count(), 1, `${where}: exactly one h1`);
  const text = (await h1.innerText()).trim();
  if (typeof facts.h1 === 'string') assert.equal(text, facts.h1, `${where}: h1`);
  else assert.match(text, facts.h1, `${where}: h1`);
  const title = await page.title();
  if (typeof facts.title === 'string') assert.equal(title, facts.title, `${where}: title`);
  else assert.match(title, facts.title, `${where}: title`);
  assert.equal(await page.evaluate<string>('document.documentElement.lang'), 'zh-CN', `${where}: lang`);
  assert.equal(await page.getByRole('main').count(), 1, `${where}: one main landmark`);
  const navs = await page.getByRole('navigation').evaluateAll((list: { getAttribute(name: string): string | null }[]) => list.map((n) => n.getAttribute('aria-label') ?? n.getAttribute('aria-labelledby') ?? ''));
  assert.ok(navs.length > 0, `${where}: a navigation landmark`);
  assert.ok(navs.every((n) => n !== ''), `${where}: every navigation landmark is labelled (${JSON.stringify(navs)})`);
  assert.equal(new Set(navs).size, navs.length, `${where}: navigation labels are distinct (${navs.join('、')})`);
  assert.equal(await page.getByRole('banner').count(), 1, `${where}: one banner`);
  if (facts.public) assert.equal(await page.getByRole('contentinfo').count(), 1, `${where}: one contentinfo`);
}

/** In the page: the focused element, and whether its look changes with the focus — its outline,
 * shadow, border and background, its parents' (antd draws an input's focus on its wrapper) and its next
 * sibling's (a radio's drawn circle) — compared after blurring it and React re-rendering. */
const FOCUS_PROBE = `
window.gkFocusCheck = async function () {
  var el = document.activeElement;
  if (!el || el === document.body || el.tagName === 'IFRAME') return null;
  var look = function () {
    var chain = [el, el.nextElementSibling, el.parentElement];
    for (var i = 0; i < 2; i++) chain.push(chain[chain.length - 1] && chain[chain.length - 1].parentElement);
    return chain.map(function (x) {
      if (!x) return '';
      var s = getComputedStyle(x);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.borderColor, s.backgroundColor, s.textDecorationLine].join(' ');
    }).join('|');
  };
  var settle = function () {
    return new Promise(function (resolve) { requestAnimationFrame(function () { setTimeout(resolve, 0); }); });
  };
  var focused = look();
  el.blur();
  await settle();
  var blurred = look();
  el.focus();
  await settle();
  var name = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].innerText) || el.innerText || '';
  return {
    tag: el.tagName.toLowerCase(),
    role: el.getAttribute('role'),
    name: name.trim().slice(0, 30),
    visible: focused !== blurred,
    roleless: (el.tagName === 'DIV' || el.tagName === 'SPAN') && !el.getAttribute('role'),
  };
};`;

interface FocusStop {
  tag: string;
  role: string | null;
  name: string;
  visible: boolean;
  roleless: boolean;
}

/** Tabs through the first `count` stops: each is a real control whose look changes with the focus. */
async function assertVisibleFocus(page: Page, where: string, count = 20) {
  // Transitions would leave the focused look half drawn when it is read.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  await page.addScriptTag({ content: FOCUS_PROBE });
  await page.evaluate('document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)');
  for (let i = 0; i < count; i++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate<FocusStop | null>('gkFocusCheck()');
    if (!focus) break;
    assert.ok(focus.visible, `${where}: focus on ${focus.tag}${focus.role ? `[role=${focus.role}]` : ''} “${focus.name}” is not visible`);
    assert.ok(!focus.roleless, `${where}: a focusable ${focus.tag} without a role (${focus.name})`);
  }
}

describe('accessibility of every page (axe-core, Chromium)', () => {
  let e: E2e;
  const ids: { detail: string; decided: string; tracking: string } = { detail: '', decided: '', tracking: '' };
  const who = async (login: string): Promise<Principal> => {
    const user = await e.office.repos.users.findByLogin(login);
    assert.ok(user);
    return principalFor(e.office, user);
  };
  const register = async (login: string, applicantType: ApplicantType, on: string, name: string) => {
    const by = await who(login);
    e.clock.setToday(on);
    const r = await registerApplication(
      e.office,
      by,
      by.agencyId,
      { applicantType, applicant: { name, phone: '13812345678', address: '某县城关镇人民路1号' }, content: `${name}申请公开的政府信息` },
      { channel: 'inPerson', submittedOn: on },
    );
    assert.ok(r.ok, r.ok ? '' : r.message);
    return r.value;
  };

  before(async () => {
    e = await startE2e({ today: '2024-03-04' });
    // 甲镇 in 2024: decided and open applications, a published report; 乙镇 one application.
    const clerkA = await who('clerkA');
    for (const [day, type, name] of [
      ['2024-03-04', 'naturalPerson', '张三'],
      ['2024-04-08', 'commercial', '某某有限公司'],
      ['2024-06-03', 'naturalPerson', '李四'],
    ] as const) {
      const a = await register('clerkA', type, day, name);
      const d = await recordEvent(e.office, clerkA, a.id, a.version, { type: 'decide', on: day, outcome: 'granted' });
      assert.ok(d.ok, d.ok ? '' : d.message);
      ids.decided = a.id;
    }
    await register('clerkB', 'naturalPerson', '2024-05-06', '王五');
    e.clock.setToday('2025-01-10');
    const approverA = await who('approverA');
    const draft = await createReportDraft(e.office, clerkA, 2024);
    assert.ok(draft.ok, draft.ok ? '' : draft.message);
    const key = { year: 2024, version: draft.value.version };
    const texts = { 一: '本报告统计期限为2024年1月1日至2024年12月31日。', 五: '（一）存在的主要问题。公开栏更新不够及时。\n（二）改进情况。明确专人每月更新。', 六: '2024年，本机关未收取信息处理费。' };
    assert.ok((await editReportNarratives(e.office, clerkA, key, texts)).ok);
    assert.ok((await submitReport(e.office, clerkA, key)).ok);
    assert.ok((await approveReport(e.office, approverA, key)).ok);
    assert.ok((await publishReport(e.office, approverA, key)).ok);
    // Open applications received this month: one registered by staff, one online.
    e.clock.setToday('2025-01-20');
    ids.detail = (await register('clerkA', 'naturalPerson', '2025-01-20', '赵六')).id;
    const online = await e.api.inject({
      method: 'POST',
      url: `/api/public/agencies/${e.seed.townA}/applications`,
      payload: {
        applicantType: 'naturalPerson',
        applicant: { name: '孙七', idType: 'residentId', idNumber: '11010519491231002X', phone: '13800138000', address: '某县城关镇人民路2号' },
        content: '某县2024年人民路改造工程的立项批复文件',
        requestedForm: '纸质文本（邮寄）',
      },
    });
    assert.equal(online.statusCode, 201, online.body);
    ids.tracking = online.json<{ trackingCode: string }>().trackingCode;
  });
  after(async () => {
    await e?.close();
  });

  const PORTAL = '政府信息公开';
  const WORK = '政府信息公开工作台';
  const publicPages = (): { path: string; facts: Omit<PageFacts, 'public'> }[] => [
    { path: '/', facts: { h1: '政府信息公开', title: PORTAL } },
    { path: '/track', facts: { h1: '办理进度查询', title: `办理进度查询 - ${PORTAL}` } },
    { path: `/track/${ids.tracking}`, facts: { h1: '办理进度查询', title: `办理进度查询 - ${PORTAL}` } },
    { path: `/agencies/${e.seed.townA}`, facts: { h1: '甲镇人民政府政府信息公开指南', title: '甲镇人民政府政府信息公开指南' } },
    { path: `/agencies/${e.seed.townA}/apply`, facts: { h1: '政府信息公开申请', title: '政府信息公开申请 - 甲镇人民政府' } },
    { path: `/agencies/${e.seed.townA}/reports`, facts: { h1: '甲镇人民政府政府信息公开工作年度报告', title: '甲镇人民政府政府信息公开工作年度报告' } },
    { path: `/agencies/${e.seed.townB}/reports`, facts: { h1: '乙镇人民政府政府信息公开工作年度报告', title: '乙镇人民政府政府信息公开工作年度报告' } },
    { path: `/agencies/${e.seed.townA}/reports/2024`, facts: { h1: '甲镇人民政府2024年政府信息公开工作年度报告', title: '甲镇人民政府2024年政府信息公开工作年度报告' } },
    // Errors in Chinese, under the page's heading.
    { path: `/agencies/${e.seed.townB}/reports/2024`, facts: { h1: '政府信息公开工作年度报告', title: `政府信息公开工作年度报告 - ${PORTAL}` } },
    { path: `/agencies/${UNKNOWN}`, facts: { h1: '政府信息公开指南', title: `政府信息公开指南 - ${PORTAL}` } },
    { path: `/agencies/${UNKNOWN}/apply`, facts: { h1: '政府信息公开申请', title: `政府信息公开申请 - ${PORTAL}` } },
    { path: '/login', facts: { h1: '工作人员登录', title: `工作人员登录 - ${PORTAL}` } },
    { path: '/no-such-page', facts: { h1: '页面不存在', title: `页面不存在 - ${PORTAL}` } },
  ];

  test('public pages', async (t) => {
    const { page } = await e.page();
    const problems: string[] = [];
    for (const p of publicPages()) {
      await collect(problems, p.path, async () => {
        await page.goto(p.path);
        await settled(page);
        await assertFacts(page, p.path, { public: true, ...p.facts });
        await assertAxe(page, p.path, (m) => t.diagnostic(m));
        await assertVisibleFocus(page, p.path);
      });
    }
    assert.deepEqual(problems, []);
  });

  test('the application form with its messages shown, the receipt, and a status not found', async (t) => {
    const { page } = await e.page();
    const path = `/agencies/${e.seed.townA}/apply`;
    await page.goto(path);
    await page.getByText('法人或其他组织', { exact: true }).click();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByText('请填写法人或其他组织的名称').waitFor();
    await assertAxe(page, `${path} (errors shown)`, (m) => t.diagnostic(m));

    await page.getByText('自然人', { exact: true }).click();
    await page.getByLabel('姓名').fill('吴某');
    await page.getByLabel('居民身份证号码').fill('11010519491231002X');
    await page.getByLabel('联系电话').fill('13800138000');
    await page.getByLabel('通信地址').fill('某县城关镇人民路5号');
    await page.getByLabel('所需政府信息的描述').fill('甲镇2024年村道硬化工程的验收文件');
    await page.getByLabel(/已阅读政府信息公开指南/).check();
    await page.getByRole('button', { name: '提交申请' }).click();
    await page.getByRole('heading', { name: '申请已提交' }).waitFor();
    await assertFacts(page, `${path} (receipt)`, { public: true, h1: '申请已提交', title: `申请已提交 - ${PORTAL}` });
    await assertAxe(page, `${path} (receipt)`, (m) => t.diagnostic(m));

    await page.goto('/track/ZZZZ-ZZZZ');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    await assertAxe(page, '/track (not found)', (m) => t.diagnostic(m));
    // What a screen reader announces is Chinese only: no icon read out by its English name.
    assert.match(await alert.innerText(), /没有找到该查询码对应的申请/);
    const labels = await alert.locator('[aria-label]:not([aria-hidden="true"])').evaluateAll((list: { getAttribute(name: string): string | null }[]) => list.map((n) => n.getAttribute('aria-label')));
    assert.deepEqual(labels, []);
  });

  test('the published report document itself', async (t) => {
    const r = await e.api.inject({ method: 'GET', url: `/api/public/agencies/${e.seed.townA}/reports/2024` });
    assert.equal(r.statusCode, 200, r.body);
    const { page } = await e.page();
    await page.setContent(r.json<{ html: string }>().html);
    await assertAxe(page, 'report document', (m) => t.diagnostic(m));
  });

  const staffPages = (): { login: string; path: string; facts: Omit<PageFacts, 'public'>; ready?: (page: Page) => Promise<void> }[] => [
    { login: 'clerkA', path: '/work', facts: { h1: '甲镇人民政府', title: `甲镇人民政府 - ${WORK}` } },
    { login: 'supervisor', path: '/work', facts: { h1: '某县人民政府', title: `某县人民政府 - ${WORK}` } },
    { login: 'adminA', path: '/work/applications', facts: { h1: '依申请公开', title: `依申请公开 - ${WORK}` }, ready: (p) => p.getByRole('link', { name: ids.tracking }).waitFor() },
    { login: 'clerkA', path: '/work/no-such-page', facts: { h1: '页面不存在', title: `页面不存在 - ${PORTAL}` } },
    { login: 'clerkA', path: '/work/applications', facts: { h1: '依申请公开', title: `依申请公开 - ${WORK}` }, ready: (p) => p.getByRole('link', { name: ids.tracking }).waitFor() },
    { login: 'clerkA', path: '/work/applications/new', facts: { h1: '登记申请', title: `登记申请 - ${WORK}` } },
    { login: 'clerkA', path: `/work/applications/${ids.detail}`, facts: { h1: /^申请 /, title: /^申请 .+ - 政府信息公开工作台$/ } },
    { login: 'approverA', path: `/work/applications/${ids.decided}`, facts: { h1: /^申请 /, title: /^申请 .+ - 政府信息公开工作台$/ } },
    { login: 'clerkA', path: `/work/applications/${ids.decided}/letters/reply`, facts: { h1: '编辑政府信息公开申请答复书', title: `编辑政府信息公开申请答复书 - ${WORK}` } },
    { login: 'clerkB', path: `/work/applications/${ids.detail}`, facts: { h1: '申请', title: `申请 - ${WORK}` }, ready: (p) => p.getByRole('alert').waitFor() },
    { login: 'clerkA', path: '/work/ledger', facts: { h1: '台账导入', title: `台账导入 - ${WORK}` } },
    { login: 'clerkA', path: '/work/appeals', facts: { h1: '复议诉讼', title: `复议诉讼 - ${WORK}` } },
    { login: 'clerkA', path: '/work/proactive?year=2024', facts: { h1: '主动公开', title: `主动公开 - ${WORK}` } },
    { login: 'adminA', path: '/work/admin', facts: { h1: '系统管理', title: `系统管理 - ${WORK}` } },
    { login: 'clerkA', path: '/work/reports?year=2024', facts: { h1: '年度报告', title: `年度报告 - ${WORK}` }, ready: (p) => p.getByText('第1版').first().waitFor() },
    { login: 'clerkA', path: '/work/reports?year=2025', facts: { h1: '年度报告', title: `年度报告 - ${WORK}` }, ready: (p) => p.getByText('尚无2025年度报告的版本').waitFor() },
    { login: 'supervisor', path: '/work/supervise?year=2024', facts: { h1: '监督汇总', title: `监督汇总 - ${WORK}` }, ready: (p) => p.locator('[data-chart="outcome"] svg').waitFor() },
    { login: 'supervisor', path: `/work/reports?year=2024&agencyId=${e.seed.townA}`, facts: { h1: '年度报告', title: `年度报告 - ${WORK}` }, ready: (p) => p.getByText('第1版').first().waitFor() },
  ];

  test('staff pages', async (t) => {
    const pages = new Map<string, Page>();
    const problems: string[] = [];
    for (const p of staffPages()) {
      let page = pages.get(p.login);
      if (!page) pages.set(p.login, (page = await e.signedIn(p.login)));
      const where = `${p.login} ${p.path}`;
      await collect(problems, where, async () => {
        await page.goto(p.path);
        await settled(page);
        await p.ready?.(page);
        await assertFacts(page, where, { public: false, ...p.facts });
        await assertAxe(page, where, (m) => t.diagnostic(m));
        await assertVisibleFocus(page, where);
      });
    }
    assert.deepEqual(problems, []);
  });

  test('on a phone: the public pages, and the workbench menu behind a real button', async (t) => {
    const { page } = await e.page({ mobile: true });
    const problems: string[] = [];
    for (const p of publicPages().slice(0, 5)) {
      await collect(problems, `phone ${p.path}`, async () => {
        await page.goto(p.path);
        await settled(page);
        await assertFacts(page, `phone ${p.path}`, { public: true, ...p.facts });
        await assertAxe(page, `phone ${p.path}`, (m) => t.diagnostic(m));
      });
    }
    assert.deepEqual(problems, []);

    await page.goto('/login');
    await page.getByLabel('登录名').fill('clerkA');
    await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).tap();
    await page.getByRole('heading', { level: 1, name: '甲镇人民政府' }).waitFor();
    const menu = page.getByRole('button', { name: /^菜\s*单$/ });
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    assert.equal(await page.getByRole('navigation', { name: '工作台导航' }).count(), 0, 'the folded menu is out of the tab order');
    await menu.focus();
    await page.keyboard.press('Enter');
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.getByRole('navigation', { name: '工作台导航' }).getByRole('link', { name: '依申请公开' }).tap();
    await page.getByRole('heading', { level: 1, name: '依申请公开' }).waitFor();
    assert.equal(await menu.getAttribute('aria-expanded'), 'false', 'the menu folds after choosing a page');
    await assertAxe(page, 'phone /work/applications', (m) => t.diagnostic(m));
  });

  test('a step dialog on an application', async (t) => {
    const page = await e.signedIn('clerkA');
    await page.goto(`/work/applications/${ids.detail}`);
    await page.getByRole('button', { name: '作出答复', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '作出答复' });
    await dialog.waitFor();
    await assertAxe(page, 'decide dialog', (m) => t.diagnostic(m));
    await dialog.getByRole('button', { name: /提\s*交/ }).click();
    await dialog.getByText('请选择办理结果').waitFor();
    await assertAxe(page, 'decide dialog (errors shown)', (m) => t.diagnostic(m));
  });
});
