// The two national annual-report formats as data: the single source of every official label.
// 2019: 国办公开办函〔2019〕60号 (report years ≤ 2020); 2021: 国办公开办函〔2021〕30号 (report years ≥ 2021).
// Labels are those reproduced by published reports (see docs/format-spec.md §1–2).

export type FormatVersion = '2019' | '2021';
export const FORMAT_VERSIONS: readonly FormatVersion[] = ['2019', '2021'];

/** The format a report for `year` must use. */
export function formatForYear(year: number): FormatVersion {
  return year <= 2020 ? '2019' : '2021';
}

/** count: non-negative integer; signedCount: 本年增/减; yuan / tenThousandYuan: money as printed. */
export type ValueKind = 'count' | 'signedCount' | 'yuan' | 'tenThousandYuan';

export interface ColumnSpec {
  readonly key: string;
  readonly label: string;
  readonly kind: ValueKind;
}

export interface RowSpec {
  readonly key: string;
  readonly label: string;
}

/** A sub-table of section 二, captioned by the item of 条例第二十条 it reports. */
export interface ProactiveTableSpec {
  readonly caption: string;
  readonly columns: readonly ColumnSpec[];
  readonly rows: readonly RowSpec[];
}

/** A row of section 三. `group` is the row-spanning group label it sits under, if any. */
export interface ApplicationRowSpec extends RowSpec {
  readonly group: string | null;
  /** The label as printed in its own cell (without the group). */
  readonly cellLabel: string;
}

export interface FormatSpec {
  readonly version: FormatVersion;
  readonly name: string;
  readonly proactive: readonly ProactiveTableSpec[];
  readonly applicationRows: readonly ApplicationRowSpec[];
  /** Group labels that span rows in section 三 and carry no numbers of their own. */
  readonly applicationGroups: readonly string[];
}

export type SectionNo = '一' | '二' | '三' | '四' | '五' | '六';

export interface SectionSpec {
  readonly no: SectionNo;
  readonly title: string;
  readonly kind: 'narrative' | 'tables';
}

export const SECTIONS: readonly SectionSpec[] = [
  { no: '一', title: '总体情况', kind: 'narrative' },
  { no: '二', title: '主动公开政府信息情况', kind: 'tables' },
  { no: '三', title: '收到和处理政府信息公开申请情况', kind: 'tables' },
  { no: '四', title: '政府信息公开行政复议、行政诉讼情况', kind: 'tables' },
  { no: '五', title: '存在的主要问题及改进情况', kind: 'narrative' },
  { no: '六', title: '其他需要报告的事项', kind: 'narrative' },
];

export const PROACTIVE_HEADER_LABEL = '信息内容';

const count = (key: string, label: string): ColumnSpec => ({ key, label, kind: 'count' });

const ITEM_COLUMNS_2019: readonly ColumnSpec[] = [
  count('previousItems', '上一年项目数量'),
  { key: 'change', label: '本年增/减', kind: 'signedCount' },
  count('decisions', '处理决定数量'),
];

const PROACTIVE_2019: readonly ProactiveTableSpec[] = [
  {
    caption: '第二十条第（一）项',
    columns: [count('newlyMade', '本年新制作数量'), count('newlyPublished', '本年新公开数量'), count('totalPublished', '对外公开总数量')],
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '规范性文件' },
    ],
  },
  {
    caption: '第二十条第（五）项',
    columns: ITEM_COLUMNS_2019,
    rows: [
      { key: 'licensing', label: '行政许可' },
      { key: 'otherServices', label: '其他对外管理服务事项' },
    ],
  },
  {
    caption: '第二十条第（六）项',
    columns: ITEM_COLUMNS_2019,
    rows: [
      { key: 'penalties', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: ITEM_COLUMNS_2019.slice(0, 2),
    rows: [{ key: 'fees', label: '行政事业性收费' }],
  },
  {
    caption: '第二十条第（九）项',
    columns: [count('projects', '采购项目数量'), { key: 'amountYuan', label: '采购总金额', kind: 'yuan' }],
    rows: [{ key: 'procurement', label: '政府集中采购' }],
  },
];

const DECISIONS_2021: readonly ColumnSpec[] = [count('decisions', '本年处理决定数量')];

const PROACTIVE_2021: readonly ProactiveTableSpec[] = [
  {
    caption: '第二十条第（一）项',
    columns: [count('issued', '本年制发件数'), count('repealed', '本年废止件数'), count('inForce', '现行有效件数')],
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '行政规范性文件' },
    ],
  },
  { caption: '第二十条第（五）项', columns: DECISIONS_2021, rows: [{ key: 'licensing', label: '行政许可' }] },
  {
    caption: '第二十条第（六）项',
    columns: DECISIONS_2021,
    rows: [
      { key: 'penalties', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  {
    caption: '第二十条第（八）项',
    columns: [{ key: 'amountTenThousandYuan', label: '本年收费金额（单位：万元）', kind: 'tenThousandYuan' }],
    rows: [{ key: 'fees', label: '行政事业性收费' }],
  },
];

// ---- Section 三 -------------------------------------------------------------------------------

export const APPLICATIONS_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
export const APPLICANT_GROUP_LABEL = '申请人情况';
export const ORGANISATION_GROUP_LABEL = '法人或其他组织';

export const APPLICANT_COLUMNS: readonly ColumnSpec[] = [
  count('naturalPerson', '自然人'),
  count('commercial', '商业企业'),
  count('research', '科研机构'),
  count('publicInterest', '社会公益组织'),
  count('legalService', '法律服务机构'),
  count('other', '其他'),
  count('total', '总计'),
];
/** The six applicant columns that sum to 总计. */
export const APPLICANT_PARTS = APPLICANT_COLUMNS.slice(0, 6).map((c) => c.key);

export const RESULTS_GROUP = '三、本年度办理结果';
const DENIED = '（三）不予公开';
const UNAVAILABLE = '（四）无法提供';
const NOT_PROCESSED = '（五）不予处理';
const OTHER = '（六）其他处理';

function row(key: string, group: string | null, cellLabel: string): ApplicationRowSpec {
  const label = group && group !== RESULTS_GROUP ? `${group}${cellLabel}` : cellLabel;
  return { key, label, group, cellLabel };
}

const ROWS_BEFORE_OTHER: readonly ApplicationRowSpec[] = [
  row('newReceived', null, '一、本年新收政府信息公开申请数量'),
  row('carriedOver', null, '二、上年结转政府信息公开申请数量'),
  row('granted', RESULTS_GROUP, '（一）予以公开'),
  row('partiallyGranted', RESULTS_GROUP, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'),
  row('deniedStateSecret', DENIED, '1.属于国家秘密'),
  row('deniedOtherLaw', DENIED, '2.其他法律行政法规禁止公开'),
  row('deniedThreeSafety', DENIED, '3.危及“三安全一稳定”'),
  row('deniedThirdParty', DENIED, '4.保护第三方合法权益'),
  row('deniedInternalAffairs', DENIED, '5.属于三类内部事务信息'),
  row('deniedProcessInfo', DENIED, '6.属于四类过程性信息'),
  row('deniedEnforcementFile', DENIED, '7.属于行政执法案卷'),
  row('deniedAdministrativeQuery', DENIED, '8.属于行政查询事项'),
  row('unavailableNotHeld', UNAVAILABLE, '1.本机关不掌握相关政府信息'),
  row('unavailableNeedsCreation', UNAVAILABLE, '2.没有现成信息需要另行制作'),
  row('unavailableUnclear', UNAVAILABLE, '3.补正后申请内容仍不明确'),
  row('notProcessedPetition', NOT_PROCESSED, '1.信访举报投诉类申请'),
  row('notProcessedDuplicate', NOT_PROCESSED, '2.重复申请'),
  row('notProcessedPublication', NOT_PROCESSED, '3.要求提供公开出版物'),
  row('notProcessedExcessive', NOT_PROCESSED, '4.无正当理由大量反复申请'),
  row('notProcessedConfirmation', NOT_PROCESSED, '5.要求行政机关确认或重新出具已获取信息'),
];

const ROWS_AFTER_OTHER: readonly ApplicationRowSpec[] = [
  row('resultsTotal', RESULTS_GROUP, '（七）总计'),
  row('carriedForward', null, '四、结转下年度继续办理'),
];

const APPLICATION_ROWS_2019: readonly ApplicationRowSpec[] = [
  ...ROWS_BEFORE_OTHER,
  row('otherHandling', RESULTS_GROUP, OTHER),
  ...ROWS_AFTER_OTHER,
];

const APPLICATION_ROWS_2021: readonly ApplicationRowSpec[] = [
  ...ROWS_BEFORE_OTHER,
  row('otherNoCorrection', OTHER, '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'),
  row('otherNoFee', OTHER, '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'),
  row('otherElse', OTHER, '3.其他'),
  ...ROWS_AFTER_OTHER,
];

/** Result rows: everything that adds up to （七）总计. */
export function resultRowKeys(spec: FormatSpec): string[] {
  return spec.applicationRows
    .filter((r) => r.group !== null && r.key !== 'resultsTotal')
    .map((r) => r.key);
}

// ---- Section 四 -------------------------------------------------------------------------------

export const REVIEW_LABEL = '行政复议';
export const LITIGATION_LABEL = '行政诉讼';

export const REVIEW_GROUPS: readonly RowSpec[] = [
  { key: 'review', label: '行政复议' },
  { key: 'litigationDirect', label: '未经复议直接起诉' },
  { key: 'litigationAfterReview', label: '复议后起诉' },
];

export const REVIEW_COLUMNS: readonly ColumnSpec[] = [
  count('maintained', '结果维持'),
  count('corrected', '结果纠正'),
  count('other', '其他结果'),
  count('pending', '尚未审结'),
  count('total', '总计'),
];

// ---- The two formats --------------------------------------------------------------------------

export const FORMATS: Readonly<Record<FormatVersion, FormatSpec>> = {
  '2019': {
    version: '2019',
    name: '中华人民共和国政府信息公开工作年度报告格式（试行）（国办公开办函〔2019〕60号）',
    proactive: PROACTIVE_2019,
    applicationRows: APPLICATION_ROWS_2019,
    applicationGroups: [RESULTS_GROUP, DENIED, UNAVAILABLE, NOT_PROCESSED],
  },
  '2021': {
    version: '2021',
    name: '中华人民共和国政府信息公开工作年度报告格式（国办公开办函〔2021〕30号）',
    proactive: PROACTIVE_2021,
    applicationRows: APPLICATION_ROWS_2021,
    applicationGroups: [RESULTS_GROUP, DENIED, UNAVAILABLE, NOT_PROCESSED, OTHER],
  },
};

/** Every proactive row with the sub-table it belongs to. */
export function proactiveRows(spec: FormatSpec): { table: ProactiveTableSpec; row: RowSpec }[] {
  return spec.proactive.flatMap((table) => table.rows.map((row) => ({ table, row })));
}
