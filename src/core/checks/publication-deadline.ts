// 《中华人民共和国政府信息公开条例》第四十九条: 县级以上人民政府部门 publish last year's annual report by
// 1月31日; the 主管部门 of a 县级以上地方人民政府 publishes the 本级政府 report by 3月31日.
// 乡镇 are not named in the article; in practice (county notices) they publish by 1月31日 like departments.
import { chineseDate } from '../calendar/iso-date.js';
import type { Finding } from '../finding.js';
import type { Report } from '../report.js';
import { agencyKind, type AgencyKind } from './agency.js';

export interface StatutoryDeadline {
  /** Last day of publication, YYYY-MM-DD (publishing on that day is in time). */
  date: string;
  /** Where the date comes from, in Chinese, for messages. */
  basis: string;
  kind: AgencyKind;
}

const ARTICLE = '《中华人民共和国政府信息公开条例》第四十九条';
const DEPARTMENT_RULE = '县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布';
const GOVERNMENT_RULE = '县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告';

/** The last day on which the report of `agency` for `year` may be published. */
export function statutoryDeadline(agency: string | null, year: number): StatutoryDeadline {
  const kind = agencyKind(agency);
  const next = year + 1;
  switch (kind) {
    case 'localGovernment':
      return { date: `${next}-03-31`, basis: `${ARTICLE}：${GOVERNMENT_RULE}`, kind };
    case 'department':
      return { date: `${next}-01-31`, basis: `${ARTICLE}：${DEPARTMENT_RULE}`, kind };
    case 'township':
      return { date: `${next}-01-31`, basis: `${ARTICLE}对县级以上人民政府部门规定的1月31日（乡镇参照执行）`, kind };
    case 'unknown':
      // Without the issuing body, only the later of the two dates is certain.
      return { date: `${next}-03-31`, basis: `${ARTICLE}规定的最晚期限（发布机关不明）`, kind };
  }
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseDate(s: string | null): number | null {
  const m = s === null ? null : ISO_DATE.exec(s);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  // Reject 2021-02-30 and the like.
  return new Date(t).getUTCDate() === d && new Date(t).getUTCMonth() === mo - 1 ? t : null;
}

export { chineseDate };

const DAY_MS = 86_400_000;

export function checkPublicationDeadline(report: Report): Finding[] {
  const { year, agency } = report.figures;
  if (year === null) return [];
  const published = parseDate(report.publishedAt);
  const signed = parseDate(report.signedAt);
  const [date, iso, what] =
    published !== null
      ? [published, report.publishedAt, '发布日期']
      : signed !== null
        ? [signed, report.signedAt, '落款日期']
        : [null, null, ''];
  if (date === null || iso === null) return [];
  const deadline = statutoryDeadline(agency, year);
  const due = parseDate(deadline.date);
  if (due === null || date <= due) return [];
  const days = Math.round((date - due) / DAY_MS);
  const fallback = published === null ? '（未见发布日期，以落款日期计）' : '';
  return [
    {
      code: 'PUBLISHED_LATE',
      severity: 'error',
      message:
        `${year}年度报告的${what}为${chineseDate(iso)}${fallback}，晚于法定公布期限${chineseDate(deadline.date)}` +
        `${days}天（${deadline.basis}）`,
    },
  ];
}
