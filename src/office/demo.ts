// Demo data for a first look (`npm start` on a fresh install): a county with two townships and a
// department, their staff accounts, applications through their whole life over the last year and
// this one, appeals and register entries. Everything is marked demo (agency names say 演示 and the
// agencies carry the demo flag) and `gongkai demo remove` deletes it in one transaction.
import type { Outcome } from '../core/applications/outcomes.js';
import type { ApplicationEvent } from '../core/applications/types.js';
import { addDays, type IsoDate } from '../core/calendar/iso-date.js';
import type { ApplicantType } from '../core/applications/applicant.js';
import type { ReceiptChannel } from '../core/deadlines/types.js';
import type { UserRole } from '../db/vocabulary.js';
import { principalFor } from './auth.js';
import { recordEvent, registerApplication } from './applications.js';
import { fixedClock } from './clock.js';
import type { Office } from './office.js';
import { createUser } from './people.js';
import type { Principal } from './access.js';
import { registerDocument, saveProactiveCounts } from './proactive.js';
import { PLACEHOLDER } from './report-narratives.js';
import { approveReport, createReportDraft, editReportNarratives, publishReport, submitReport } from './reports.js';

export const DEMO_PASSWORD = 'demo-2024!';

export interface DemoAccount {
  login: string;
  role: UserRole;
  agency: string;
}

export interface DemoSummary {
  agencies: number;
  applications: number;
  accounts: DemoAccount[];
}

/** A small deterministic generator, so every demo install looks the same. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const OUTCOME_WEIGHTS: readonly [Outcome, number][] = [
  ['granted', 40],
  ['partiallyGranted', 12],
  ['unavailableNotHeld', 18],
  ['unavailableUnclear', 5],
  ['deniedThirdParty', 3],
  ['deniedProcessInfo', 4],
  ['notProcessedDuplicate', 4],
  ['notProcessedPetition', 3],
  ['otherElse', 2],
];
const TYPES: readonly [ApplicantType, number][] = [
  ['naturalPerson', 80],
  ['commercial', 10],
  ['legalService', 5],
  ['research', 2],
  ['publicInterest', 1],
  ['other', 2],
];
const SUBJECTS = ['土地征收补偿安置方案', '农村危房改造补助名单', '道路建设项目招标文件', '环境影响评价批复', '低保审批名单', '拆迁安置协议', '财政预算执行情况', '河道整治工程验收报告', '建设用地规划许可', '惠农补贴发放明细'];
const NAMES = ['张伟', '王芳', '李娜', '刘洋', '陈静', '杨帆', '赵磊', '黄敏', '周强', '吴丽'];
const CHANNELS: readonly ReceiptChannel[] = ['online', 'online', 'inPerson', 'post', 'email'];

function pick<T>(random: () => number, weighted: readonly [T, number][]): T {
  const total = weighted.reduce((s, [, w]) => s + w, 0);
  let r = random() * total;
  for (const [v, w] of weighted) if ((r -= w) < 0) return v;
  return weighted[weighted.length - 1]![0];
}

/** The office as it was on `day` (events are recorded on their own dates). */
function on(office: Office, day: IsoDate): Office {
  return { ...office, clock: fixedClock(`${day}T10:00:00+08:00`) };
}

async function agency(office: Office, name: string, level: 'county' | 'township' | 'department', parentId: string | null): Promise<string> {
  const r = await office.repos.agencies.create({ name, level, parentId });
  if (!r.ok) throw new Error(r.message);
  await office.repos.demo.markDemo(r.value.id);
  return r.value.id;
}

async function account(office: Office, agencyId: string, login: string, role: UserRole, displayName: string): Promise<Principal> {
  const r = await createUser(office, null, { agencyId, login, displayName, role, password: DEMO_PASSWORD });
  if (!r.ok) throw new Error(r.message);
  const row = await office.repos.users.get(r.value.id);
  return principalFor(office, row!);
}

/** One application through its life, starting on `received`, as far as `today` allows. */
async function demoApplication(office: Office, random: () => number, clerk: Principal, approver: Principal, received: IsoDate, today: IsoDate, open = false): Promise<void> {
  const type = pick(random, TYPES);
  const channel = CHANNELS[Math.floor(random() * CHANNELS.length)]!;
  const receipt =
    channel === 'inPerson' ? { channel, submittedOn: received } : channel === 'post' ? { channel, signedForOn: received } : { channel, confirmedOn: received };
  const name = type === 'naturalPerson' ? NAMES[Math.floor(random() * NAMES.length)]! : `某某${['科技', '建设', '律师事务所', '研究院'][Math.floor(random() * 4)]}`;
  const made = await registerApplication(on(office, received), clerk, clerk.agencyId, {
    applicantType: type,
    applicant: { name, address: '演示地址' },
    content: `申请公开${SUBJECTS[Math.floor(random() * SUBJECTS.length)]}（演示数据）`,
    requestedForm: '电子邮件',
  }, receipt);
  if (!made.ok) throw new Error(made.message);
  let version = made.value.version;
  let last = received;
  const step = async (by: Principal, days: number, event: (day: IsoDate) => Exclude<ApplicationEvent, { type: 'register' }>): Promise<boolean> => {
    const day = addDays(last, days);
    if (day > today) return false;
    const r = await recordEvent(on(office, day), by, made.value.id, version, event(day));
    if (!r.ok) throw new Error(`${r.code}: ${r.message}`);
    version = r.value.application.version;
    last = day;
    return true;
  };
  if (open) return;
  const corrected = random() < 0.12;
  if (corrected) {
    if (!(await step(clerk, 3, (d) => ({ type: 'requestCorrection', on: d, items: '请补充所需信息的具体名称或文号', respondBy: addDays(d, 15) })))) return;
    if (!(await step(clerk, 5, (d) => ({ type: 'receiveCorrection', on: d })))) return;
  }
  if (random() < 0.1) {
    if (!(await step(clerk, 14, (d) => ({ type: 'requestExtension', on: d, workingDays: 15, reason: '需调取档案、多部门会商' })))) return;
    if (!(await step(approver, 1, (d) => ({ type: 'approveExtension', on: d })))) return;
  }
  const picked = pick(random, OUTCOME_WEIGHTS);
  // （四）3 is only for an application still unclear after its 补正.
  const outcome: Outcome = picked === 'unavailableUnclear' && !corrected ? 'unavailableNotHeld' : picked;
  if (!(await step(clerk, 6 + Math.floor(random() * 18), (d) => ({ type: 'decide', on: d, outcome })))) return;
  if (!(await step(clerk, 1, (d) => ({ type: 'deliver', on: d, method: '电子邮件' })))) return;
}

/** Demo wording for what a draft leaves to staff (【待补充：…】). */
const DEMO_TEXT: Readonly<Record<string, string>> = {
  政府信息公开审查: '严格落实公开前审查，全年未发生泄密事件（演示数据）',
  政府网站: '依托县政府门户网站政府信息公开专栏发布信息（演示数据）',
  存在的主要问题: '部分信息更新不够及时（演示数据）',
  上一年度问题: '已建立信息更新台账，明年将加强培训（演示数据）',
  信息处理费: '未收取信息处理费（演示数据）',
};

function fillPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, (mark) => Object.entries(DEMO_TEXT).find(([key]) => mark.includes(key))?.[1] ?? '无（演示数据）');
}

/** Last year's register entries, staff counts and the report, published by 31 January. */
async function demoReport(office: Office, clerk: Principal, approver: Principal, year: number, random: () => number): Promise<void> {
  const issued = `${year}-0${1 + Math.floor(random() * 8)}-15`;
  const doc = await registerDocument(on(office, issued), clerk, { kind: 'normativeDocument', title: '关于印发某某管理办法的通知（演示）', docNumber: `演示规〔${year}〕1号`, issuedOn: issued, publishedOn: issued });
  if (!doc.ok) throw new Error(doc.message);
  const drafted = `${year + 1}-01-10`;
  const counts = await saveProactiveCounts(on(office, drafted), clerk, year, {
    licensing: { decisions: 20 + Math.floor(random() * 80) },
    penalties: { decisions: Math.floor(random() * 15) },
    coercion: { decisions: Math.floor(random() * 3) },
    fees: { amountTenThousandYuan: 0 },
  });
  if (!counts.ok) throw new Error(counts.message);
  const draft = await createReportDraft(on(office, drafted), clerk, year);
  if (!draft.ok) throw new Error(draft.message);
  const key = { year, version: draft.value.version };
  const filled = Object.fromEntries(Object.entries(draft.value.narratives).map(([no, text]) => [no, typeof text === 'string' ? fillPlaceholders(text) : text]));
  for (const step of [
    () => editReportNarratives(on(office, drafted), clerk, key, filled),
    () => submitReport(on(office, `${year + 1}-01-15`), clerk, key),
    () => approveReport(on(office, `${year + 1}-01-20`), approver, key),
    () => publishReport(on(office, `${year + 1}-01-22`), approver, key),
  ]) {
    const r = await step();
    if (!r.ok) throw new Error(`${r.code}: ${r.message} ${JSON.stringify(r.details ?? []).slice(0, 500)}`);
  }
}

/** Installs the demo data (once: does nothing and returns null when demo agencies exist). */
export async function installDemo(office: Office): Promise<DemoSummary | null> {
  if (await office.repos.demo.present()) return null;
  const today = office.clock.today();
  const year = Number(today.slice(0, 4));
  const random = prng(20240101);
  const county = await agency(office, '云溪县人民政府（演示）', 'county', null);
  const units = [
    { id: await agency(office, '青山镇人民政府（演示）', 'township', county), code: 'qs', n: 28 },
    { id: await agency(office, '白水镇人民政府（演示）', 'township', county), code: 'bs', n: 18 },
    { id: await agency(office, '云溪县自然资源局（演示）', 'department', county), code: 'zr', n: 34 },
  ];
  const accounts: DemoAccount[] = [];
  const supervisor = await account(office, county, 'demo-supervisor', 'supervisor', '县政务公开办（演示）');
  await account(office, county, 'demo-admin', 'administrator', '系统管理员（演示）');
  accounts.push({ login: 'demo-supervisor', role: 'supervisor', agency: '云溪县人民政府（演示）' }, { login: 'demo-admin', role: 'administrator', agency: '云溪县人民政府（演示）' });
  void supervisor;
  let applications = 0;
  for (const unit of units) {
    const clerk = await account(office, unit.id, `demo-clerk-${unit.code}`, 'clerk', '经办人（演示）');
    const approver = await account(office, unit.id, `demo-approver-${unit.code}`, 'approver', '审核人（演示）');
    const name = (await office.repos.agencies.get(unit.id))!.name;
    accounts.push({ login: `demo-clerk-${unit.code}`, role: 'clerk', agency: name }, { login: `demo-approver-${unit.code}`, role: 'approver', agency: name });
    // Last year in full and this year so far, in date order.
    const start = `${year - 1}-01-04`;
    const span = Math.max(1, (Date.parse(today) - Date.parse(start)) / 86_400_000 - 1);
    const days = Array.from({ length: unit.n }, () => addDays(start, Math.floor(random() * span))).sort();
    for (const received of days) {
      await demoApplication(office, random, clerk, approver, received, today);
      applications++;
    }
    // Open ones for the workbench: received in the last weeks, and one overdue at the department.
    const recent = [3, 12, 17, ...(unit.code === 'zr' ? [45] : [])].map((d) => addDays(today, -d));
    for (const received of recent) {
      await demoApplication(office, random, clerk, approver, received, today, true);
      applications++;
    }
    await demoReport(office, clerk, approver, year - 1, random);
  }
  return { agencies: 1 + units.length, applications, accounts };
}
