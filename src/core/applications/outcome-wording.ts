// Reading an outcome from the words a ledger (台账) or form uses: the result-row labels of the
// formats, with or without their numbering and group ("（三）1.属于国家秘密", "不予公开-国家秘密",
// "属于国家秘密"), and a short list of unambiguous variants ("信息不存在"). Conservative: wording
// that is not on the list, or that names a group of several rows, is an error, never a guess.
import { FORMATS, type ApplicationRowSpec } from '../formats.js';
import { normalizeLabel } from '../text.js';
import { outcomeLabel, type Outcome } from './outcomes.js';

export type OutcomeWordingCode = 'OUTCOME_WORDING_UNKNOWN' | 'OUTCOME_WORDING_AMBIGUOUS' | 'OUTCOME_WORDING_INCONSISTENT';

export type OutcomeWording = { ok: true; outcome: Outcome } | { ok: false; code: OutcomeWordingCode; message: string };

interface RowWords {
  outcome: Outcome;
  /** （一）…（七）: the item number of the row, or of its group. */
  itemNo: string;
  /** 不予公开, 无法提供, 不予处理, 其他处理 for grouped rows. */
  groupName: string | null;
  /** 1, 2, … within the group. */
  subNo: string | null;
  /** Normalised names the row is known by (its label without numbering first). */
  names: string[];
  /** Names that are too general alone ("其他") and need the group to be written. */
  namesNeedingGroup: string[];
}

/** Unambiguous variants seen in ledgers, by outcome (normalised form is compared). */
const VARIANTS: Partial<Record<Outcome, readonly string[]>> = {
  granted: ['全部公开', '同意公开'],
  partiallyGranted: ['部分公开'],
  deniedStateSecret: ['国家秘密', '涉及国家秘密'],
  deniedOtherLaw: ['法律行政法规禁止公开', '其他法律、行政法规禁止公开'],
  deniedThreeSafety: ['危及三安全一稳定', '三安全一稳定'],
  deniedThirdParty: ['第三方合法权益'],
  deniedInternalAffairs: ['三类内部事务信息', '内部事务信息'],
  deniedProcessInfo: ['四类过程性信息', '过程性信息'],
  deniedEnforcementFile: ['行政执法案卷', '行政执法案卷信息'],
  deniedAdministrativeQuery: ['行政查询事项'],
  unavailableNotHeld: ['本机关不掌握', '不掌握相关政府信息', '信息不存在', '政府信息不存在'],
  unavailableNeedsCreation: ['需要另行制作', '需另行制作', '没有现成信息'],
  notProcessedPetition: ['信访举报投诉', '信访举报投诉类'],
  notProcessedPublication: ['公开出版物'],
  notProcessedExcessive: ['大量反复申请'],
  notProcessedConfirmation: ['要求确认或重新出具已获取信息'],
  otherNoCorrection: ['申请人无正当理由逾期不补正', '无正当理由逾期不补正', '逾期不补正', '逾期未补正'],
  otherNoFee: ['申请人逾期未按收费通知要求缴纳费用', '逾期未按收费通知要求缴纳费用', '逾期未缴纳费用', '逾期未缴费'],
};

const ITEM = /^（([一二三四五六七])）/;
const SUB = /^(\d{1,2})\./;
const SEPARATORS = /^[-—–－：、/·]+/;

function rowWords(row: ApplicationRowSpec, outcome: Outcome): RowWords {
  const own = row.cellLabel.match(ITEM);
  const group = row.group?.match(ITEM) ?? null;
  const groupName = own ? null : (row.group?.replace(ITEM, '') ?? null);
  const sub = row.cellLabel.match(SUB);
  const bare = normalizeLabel(row.cellLabel.replace(ITEM, '').replace(SUB, ''));
  const names = [bare, ...(VARIANTS[outcome] ?? []).map(normalizeLabel)];
  // "属于国家秘密" is also written "国家秘密": the grounds without 属于 are the same row.
  if (bare.startsWith('属于')) names.push(bare.slice(2));
  const general = outcome === 'otherElse' ? [bare] : [];
  return {
    outcome,
    itemNo: (own ?? group)?.[1] ?? '',
    groupName,
    subNo: sub?.[1] ?? null,
    names: general.length > 0 ? [] : names,
    namesNeedingGroup: general,
  };
}

let cache: RowWords[] | null = null;

function allRows(): RowWords[] {
  if (cache) return cache;
  const rows = FORMATS['2021'].applicationRows.filter((r) => r.group !== null && r.key !== 'resultsTotal');
  const other = FORMATS['2019'].applicationRows.find((r) => r.key === 'otherHandling');
  cache = [...rows.map((r) => rowWords(r, r.key as Outcome)), ...(other ? [rowWords(other, 'otherHandling')] : [])];
  return cache;
}

const GROUP_NAMES = ['不予公开', '无法提供', '不予处理', '其他处理'];

interface Parsed {
  itemNo: string | null;
  groupName: string | null;
  subNo: string | null;
  rest: string;
}

/** Numbering and group taken off the front: "（三）不予公开1.属于国家秘密" → 三, 不予公开, 1, 属于国家秘密. */
function parse(text: string): Parsed {
  let t = normalizeLabel(text);
  const item = t.match(ITEM);
  if (item) t = t.slice(item[0].length);
  const groupName = GROUP_NAMES.find((g) => t.startsWith(g)) ?? null;
  if (groupName) t = t.slice(groupName.length);
  t = t.replace(SEPARATORS, '');
  const sub = t.match(SUB);
  if (sub) t = t.slice(sub[0].length);
  t = t.replace(SEPARATORS, '');
  // "不予公开（国家秘密）": the grounds in brackets after the group.
  if (groupName && t.startsWith('（') && t.endsWith('）')) t = t.slice(1, -1);
  return { itemNo: item?.[1] ?? null, groupName, subNo: sub?.[1] ?? null, rest: t };
}

function consistent(row: RowWords, p: Parsed): boolean {
  if (p.itemNo !== null && p.itemNo !== row.itemNo) return false;
  if (p.groupName !== null && p.groupName !== row.groupName) return false;
  return p.subNo === null || p.subNo === row.subNo;
}

const unknown = (text: string): OutcomeWording => ({
  ok: false,
  code: 'OUTCOME_WORDING_UNKNOWN',
  message: `无法识别办理结果“${text}”：请使用年度报告格式中的办理结果名称，如“予以公开”“（三）不予公开1.属于国家秘密”“（五）不予处理2.重复申请”。`,
});

/** The outcome the words name, or why they name none. */
export function outcomeFromWording(text: string): OutcomeWording {
  const p = parse(text);
  if (p.rest === '') {
    // Only a group: 其他处理 is itself the 2019 row; the other groups have several rows.
    if (p.groupName === '其他处理' && p.subNo === null && (p.itemNo === null || p.itemNo === '六')) return { ok: true, outcome: 'otherHandling' };
    if (p.groupName !== null && p.subNo === null) {
      const rows = allRows().filter((r) => r.groupName === p.groupName);
      const example = rows[0] ? outcomeLabel(rows[0].outcome) : '';
      return {
        ok: false,
        code: 'OUTCOME_WORDING_AMBIGUOUS',
        message: `办理结果“${text}”包含${rows.length}种情形，请写明具体情形，如“${example}”。`,
      };
    }
    return unknown(text);
  }
  const named = allRows().filter((r) => r.names.includes(p.rest) || (r.namesNeedingGroup.includes(p.rest) && (p.groupName !== null || p.itemNo !== null)));
  if (named.length === 0) return unknown(text);
  const fits = named.filter((r) => consistent(r, p));
  const [only] = fits;
  if (fits.length === 1 && only) return { ok: true, outcome: only.outcome };
  if (fits.length === 0) {
    const labels = named.map((r) => `“${outcomeLabel(r.outcome)}”`).join('或');
    return { ok: false, code: 'OUTCOME_WORDING_INCONSISTENT', message: `办理结果“${text}”的序号或类别与${labels}不一致，请检查。` };
  }
  return { ok: false, code: 'OUTCOME_WORDING_AMBIGUOUS', message: `办理结果“${text}”可能指多种情形，请写明具体情形。` };
}
