// How the reader recognises each table row: distinctive words of its official label, so that split,
// abbreviated or mistyped labels ("过过程性", "三类内容事务") are still found. The labels themselves
// live in core/formats.ts; these patterns only tell them apart.
import type { FormatVersion } from '../core/formats.js';

export const PROACTIVE_ROW_PATTERNS: Record<string, RegExp> = {
  regulations: /规章/,
  normativeDocuments: /规范性文件/,
  licensing: /行政许可/,
  otherServices: /对外管理服务|其他对外管理/,
  penalties: /行政处罚/,
  coercion: /行政强制/,
  fees: /事业性收费/,
  procurement: /集中采购/,
};

const SHARED: Record<string, RegExp> = {
  newReceived: /本年新收/,
  carriedOver: /上年结转/,
  granted: /予以公开/,
  partiallyGranted: /部分公开/,
  deniedStateSecret: /国家秘密/,
  deniedOtherLaw: /禁止公开/,
  deniedThreeSafety: /三安全一稳定|危及/,
  deniedThirdParty: /第三方/,
  deniedInternalAffairs: /三类内部|内部事务|三类内容事务/,
  deniedProcessInfo: /过程性/,
  deniedEnforcementFile: /执法案卷/,
  deniedAdministrativeQuery: /行政查询/,
  unavailableNotHeld: /不掌握/,
  unavailableNeedsCreation: /另行制作|没有现成/,
  unavailableUnclear: /仍不明确|补正后申请/,
  notProcessedPetition: /信访|举报投诉/,
  notProcessedDuplicate: /重复申请/,
  notProcessedPublication: /出版物/,
  notProcessedExcessive: /大量反复|无正当理由大量/,
  notProcessedConfirmation: /重新出具|确认或/,
  // Bare 总计 is also the column header; the row is （七）总计.
  resultsTotal: /七[）、.]总计|七[）、.]合计/,
  carriedForward: /结转下年度/,
};

export const APPLICATION_ROW_PATTERNS: Record<FormatVersion, Record<string, RegExp>> = {
  '2019': { ...SHARED, otherHandling: /其他处理/ },
  '2021': {
    ...SHARED,
    otherNoCorrection: /不补正/,
    otherNoFee: /缴纳费用|收费通知/,
    // "3.其他" (no other row is numbered 3.其他) or a label that is only "其他": the column header
    // 其他 stands among other header words. Not anchored at the end: a converter may print the
    // next row's label right after it ("3.其他（七）总计").
    otherElse: /3\.其他|^其他$/,
  },
};

/** Words that mark a document as one format or the other. */
export const FORMAT_SIGNALS: Record<FormatVersion, RegExp[]> = {
  '2019': [/本年新制作数量/, /本年新公开数量/, /对外公开总数/, /上一年项目数量/, /本年增\/减/, /采购项目数量/, /政府集中采购/, /其他对外管理服务事项/],
  '2021': [/本年制发件数/, /本年废止件数/, /现行有效件/, /本年处理决定数量/, /本年收费金额/, /逾期不补正/, /收费通知要求/],
};

/** Group labels of section 三 and the words that find them. */
export const GROUP_PATTERNS: Record<string, RegExp> = {
  '三、本年度办理结果': /本年度?办理/,
  '（三）不予公开': /不予公开/,
  '（四）无法提供': /无法提供/,
  '（五）不予处理': /不予处理/,
  '（六）其他处理': /其他处理/,
};
