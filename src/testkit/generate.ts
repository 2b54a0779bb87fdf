// Random valid reports for tests and benchmarks: both formats, balanced by construction (R1–R4 hold),
// published in time, narratives without other years' statistics periods. `arbitraryReport` is the
// fast-check form (shrinks towards zeros); `generateReport` is the same generator on a seeded PRNG.
import fc from 'fast-check';
import { emptyFigures, type FigureRow, type ReportFigures } from '../core/figures.js';
import {
  APPLICANT_PARTS,
  FORMATS,
  REVIEW_COLUMNS,
  REVIEW_GROUPS,
  resultRowKeys,
  type FormatVersion,
} from '../core/formats.js';
import type { Report } from '../core/report.js';
import { statutoryDeadline } from '../core/checks/publication-deadline.js';

/** The one source of randomness: a uniform integer in [min, max]. */
export interface Draw {
  int(min: number, max: number): number;
}

/** [weight, min, max]: a value is drawn from one band, chosen by weight. Band 0 is where shrinking goes. */
type Band = readonly [weight: number, min: number, max: number];

const ZERO_MOSTLY: readonly Band[] = [[6, 0, 0], [3, 1, 9], [1, 10, 99]];
const WIDE: readonly Band[] = [[3, 0, 0], [4, 1, 50], [2, 51, 500], [1, 501, 5000]];
const RESULT_NATURAL: readonly Band[] = [[30, 0, 0], [14, 1, 9], [5, 10, 200], [1, 201, 5000]];
const RESULT_ORGANISATION: readonly Band[] = [[40, 0, 0], [8, 1, 5], [2, 6, 50]];
const CARRIED: readonly Band[] = [[6, 0, 0], [3, 1, 5], [1, 6, 50]];
const REVIEW: readonly Band[] = [[6, 0, 0], [3, 1, 5], [1, 6, 30]];

function band(d: Draw, bands: readonly Band[]): number {
  const total = bands.reduce((s, b) => s + b[0], 0);
  let ticket = d.int(0, total - 1);
  for (const [weight, min, max] of bands) {
    if (ticket < weight) return d.int(min, max);
    ticket -= weight;
  }
  return 0;
}

function pick<T>(d: Draw, items: readonly T[]): T {
  const item = items[d.int(0, items.length - 1)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

const chance = (d: Draw, percent: number) => d.int(0, 99) < percent;

// ---- Agency ---------------------------------------------------------------------------------------

const PLACE_CHARS = [...'青山白沙东西南北新安平河阳城关李集棉洋凤翔华兴宁丰和泉石桥湖龙江岭溪云田松柏桃花'];
const BUREAUS = [
  '教育局', '财政局', '自然资源局', '住房和城乡建设局', '卫生健康委员会', '市场监督管理局', '人力资源和社会保障局',
  '交通运输局', '农业农村局', '民政局', '司法局', '统计局', '审计局', '应急管理局', '生态环境局',
];

function place(d: Draw): string {
  const length = chance(d, 80) ? 2 : 3;
  let name = '';
  for (let i = 0; i < length; i++) name += pick(d, PLACE_CHARS);
  return name;
}

function agencyName(d: Draw): string {
  const [p, q] = [place(d), place(d)];
  const kind = d.int(0, 2);
  if (kind === 0) {
    return pick(d, [
      `${p}镇人民政府`, `${p}乡人民政府`, `${q}县${p}镇人民政府`, `${p}街道办事处`, `${p}苏木人民政府`, `${q}县${p}乡`,
      `${p}民族乡人民政府`,
    ]);
  }
  if (kind === 1) return pick(d, [`${p}区人民政府`, `${p}县人民政府`, `${p}市人民政府`, `${p}旗人民政府`]);
  return `${p}${pick(d, ['县', '区', '市'])}${pick(d, BUREAUS)}`;
}

/** Only provinces and 设区的市 make 规章 (《立法法》第九十三条); a 市人民政府 stands for the latter here. */
const makesRegulations = (agency: string) => agency.endsWith('市人民政府');

// ---- Section 二 -----------------------------------------------------------------------------------

function proactive2019(d: Draw, agency: string): Record<string, FigureRow> {
  const documents = (regulations: boolean): FigureRow => {
    const newlyMade = regulations ? d.int(0, 5) : band(d, ZERO_MOSTLY);
    const newlyPublished = d.int(0, newlyMade);
    return { newlyMade, newlyPublished, totalPublished: newlyPublished + d.int(0, regulations ? 200 : 500) };
  };
  const items = (): FigureRow => {
    const previousItems = band(d, WIDE);
    const change = chance(d, 60) ? 0 : d.int(-Math.min(previousItems, 50), 50);
    return { previousItems, change, decisions: band(d, WIDE) };
  };
  const feeItems = band(d, ZERO_MOSTLY);
  const projects = band(d, ZERO_MOSTLY);
  return {
    regulations: makesRegulations(agency) ? documents(true) : { newlyMade: 0, newlyPublished: 0, totalPublished: 0 },
    normativeDocuments: documents(false),
    licensing: items(),
    otherServices: items(),
    penalties: items(),
    coercion: items(),
    fees: { previousItems: feeItems, change: chance(d, 70) ? 0 : d.int(-feeItems, 5) },
    // Money with at most two decimals: whole cents divided by 100 print as e.g. 258463.87.
    procurement: { projects, amountYuan: projects === 0 ? 0 : d.int(100, 500_000_000) / 100 },
  };
}

function proactive2021(d: Draw, agency: string): Record<string, FigureRow> {
  const documents = (regulations: boolean): FigureRow => {
    const issued = regulations ? d.int(0, 5) : band(d, ZERO_MOSTLY);
    return { issued, repealed: band(d, ZERO_MOSTLY), inForce: issued + d.int(0, regulations ? 100 : 300) };
  };
  return {
    regulations: makesRegulations(agency) ? documents(true) : { issued: 0, repealed: 0, inForce: 0 },
    normativeDocuments: documents(false),
    licensing: { decisions: band(d, WIDE) },
    penalties: { decisions: band(d, WIDE) },
    coercion: { decisions: band(d, ZERO_MOSTLY) },
    fees: { amountTenThousandYuan: chance(d, 60) ? 0 : d.int(1, 1_000_000) / 100 },
  };
}

// ---- Sections 三 and 四 ---------------------------------------------------------------------------

/** Per applicant column: result rows and carried-forward first, then 一/二 split from their sum (R1, R2). */
function applications(d: Draw, format: FormatVersion, figures: ReportFigures): void {
  const app = figures.applications;
  const results = resultRowKeys(FORMATS[format]);
  const active = chance(d, 75); // many bodies, townships above all, receive no application in a year
  for (const column of APPLICANT_PARTS) {
    const bands = column === 'naturalPerson' ? RESULT_NATURAL : RESULT_ORGANISATION;
    let resultsTotal = 0;
    for (const row of results) {
      const value = active ? band(d, bands) : 0;
      setApp(app, row, column, value);
      resultsTotal += value;
    }
    const carriedForward = active ? band(d, CARRIED) : 0;
    const all = resultsTotal + carriedForward;
    const carriedOver = Math.min(all, active ? band(d, CARRIED) : 0);
    setApp(app, 'resultsTotal', column, resultsTotal);
    setApp(app, 'carriedForward', column, carriedForward);
    setApp(app, 'carriedOver', column, carriedOver);
    setApp(app, 'newReceived', column, all - carriedOver);
  }
  // R3: 总计 is the sum of the six applicant columns, in every row.
  for (const row of Object.values(app)) row['total'] = APPLICANT_PARTS.reduce((s, c) => s + (row[c] ?? 0), 0);
}

function setApp(app: Record<string, FigureRow>, row: string, column: string, value: number): void {
  const cells = app[row];
  if (!cells) throw new Error(`no row ${row}`);
  cells[column] = value;
}

function reviewLitigation(d: Draw, figures: ReportFigures): void {
  const parts = REVIEW_COLUMNS.filter((c) => c.key !== 'total').map((c) => c.key);
  for (const { key } of REVIEW_GROUPS) {
    const row: FigureRow = {};
    for (const column of parts) row[column] = band(d, REVIEW);
    row['total'] = parts.reduce((s, c) => s + (row[c] ?? 0), 0); // R4
    figures.reviewLitigation[key] = row;
  }
}

// ---- Narratives and dates -------------------------------------------------------------------------

function cell(figures: ReportFigures, row: string, column = 'total'): number {
  return figures.applications[row]?.[column] ?? 0;
}

function narratives(d: Draw, figures: ReportFigures, agency: string, year: number): Report['narratives'] {
  const review = figures.reviewLitigation;
  const lawsuits = (review['litigationDirect']?.['total'] ?? 0) + (review['litigationAfterReview']?.['total'] ?? 0);
  const one = [
    `${year}年，${agency}认真贯彻落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，不断提升政务公开质量。`,
    chance(d, 50) ? `本报告中所列数据的统计期限自${year}年1月1日起至${year}年12月31日止。` : '',
    chance(d, 50) ? `截至${year}年12月31日，累计主动公开政府信息${d.int(10, 3000)}条。` : '',
    `全年共收到政府信息公开申请${cell(figures, 'newReceived')}件，上年结转${cell(figures, 'carriedOver')}件，` +
      `办结${cell(figures, 'resultsTotal')}件，结转下年度继续办理${cell(figures, 'carriedForward')}件。`,
    `全年因政府信息公开被申请行政复议${review['review']?.['total'] ?? 0}件，被提起行政诉讼${lawsuits}件。`,
  ];
  const five = pick(d, [
    `一是工作人员业务能力有待提高；二是政策解读形式较为单一。${year + 1}年，将加强业务培训，丰富解读形式。`,
    '主动公开的深度和广度还不够。下一步，将进一步规范公开流程，及时更新公开内容。',
    `信息发布的及时性有待加强。${year + 1}年，将健全信息发布审核机制，确保信息按时公开。`,
  ]);
  const six = pick(d, ['无其他需要报告的事项。', '本年度未收取信息处理费。', `${year}年度未收取信息处理费，无其他需要报告的事项。`]);
  return { 一: one.filter((s) => s !== '').join(''), 五: five, 六: six };
}

const DAY_MS = 86_400_000;
const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A publication date between 1月5日 of the next year and the statutory deadline, or null. */
function dates(d: Draw, agency: string, year: number): Pick<Report, 'publishedAt' | 'signedAt'> {
  const first = Date.UTC(year + 1, 0, 5);
  const last = Date.parse(`${statutoryDeadline(agency, year).date}T00:00:00Z`);
  const published = first + d.int(0, Math.round((last - first) / DAY_MS)) * DAY_MS;
  const signed = published - d.int(0, 10) * DAY_MS;
  return {
    publishedAt: chance(d, 80) ? isoDate(published) : null,
    signedAt: chance(d, 50) ? isoDate(signed) : null,
  };
}

// ---- The report -----------------------------------------------------------------------------------

const YEARS: Readonly<Record<FormatVersion, readonly [number, number]>> = { '2019': [2019, 2020], '2021': [2021, 2025] };

/** A valid report from any source of integers. */
export function buildReport(d: Draw, format?: FormatVersion): Report {
  const version = format ?? pick(d, ['2019', '2021'] as const);
  const [from, to] = YEARS[version];
  const year = d.int(from, to);
  const agency = agencyName(d);
  const figures = emptyFigures(version, year, agency);
  figures.proactive = version === '2019' ? proactive2019(d, agency) : proactive2021(d, agency);
  applications(d, version, figures);
  reviewLitigation(d, figures);
  return {
    figures,
    title: `${agency}${year}年${chance(d, 50) ? '度' : ''}政府信息公开工作年度报告`,
    ...dates(d, agency, year),
    narratives: narratives(d, figures, agency, year),
  };
}

/** fast-check: random valid reports of `format` (both formats when omitted). */
export function arbitraryReport(format?: FormatVersion): fc.Arbitrary<Report> {
  return fc.gen().map((g) => buildReport({ int: (min, max) => g(fc.integer, { min, max }) }, format));
}

/** mulberry32: a small, fast, seeded PRNG (deterministic across platforms). */
export function seededDraw(seed: number): Draw {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { int: (min, max) => min + Math.floor(next() * (max - min + 1)) };
}

/** The same reports without fast-check: deterministic per seed, fast enough for benchmarks. */
export function generateReport(seed: number, format?: FormatVersion): Report {
  return buildReport(seededDraw(seed), format);
}
