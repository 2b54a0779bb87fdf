// Every outcome's wording in a reply: the finding, the 条例 article and item it rests on
// (国务院令第711号, 2019 revision), and the decision. One table; a Record so that a new outcome
// cannot be added without its letter text.
//
// Articles: 十四 (国家秘密; 法律、行政法规禁止; 三安全一稳定), 十五 (第三方合法权益), 十六第一款
// (内部事务), 十六第二款 (过程性信息, 行政执法案卷), 三十六 (the seven kinds of reply: （二）
// provide, （三）not disclosed with reasons, （四）does not exist, （六）repeat, （七）registration
// records with their own rules), 三十七 (区分处理), 三十八 (no processing or analysis), 三十 and
// 二十九第二款第（二）项 (unclear after 补正), 三十五 (volume and frequency), 三十九 (信访 and
// publications). 要求确认或重新出具 has no article of its own: it is not a request for 政府信息 as
// 第二条 defines it — the usual ground, to be checked by the office's legal adviser.
import type { Outcome } from '../applications/outcomes.js';
import { placeholder } from './types.js';

export const LAW = '《中华人民共和国政府信息公开条例》';
/** The same words as the fee step's basis (applications/steps-fee.ts). */
export const FEE_RULES = '《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）';

export interface OutcomeText {
  /** The rule cited, verbatim in the body: "《中华人民共和国政府信息公开条例》第十四条、第三十六条第（三）项". */
  basis: string;
  /** What the agency found, before "根据…的规定，". */
  finding: string;
  /** What it decides, after it. */
  decision: string;
  /** Adverse to the applicant: the letter tells them of 行政复议 and 行政诉讼. */
  adverse: boolean;
}

const DENIED = '本机关决定不予公开。';
const NOT_PROCESSED = '本机关不予处理。';
const ABANDONED = '视为您放弃申请，本机关不再处理该政府信息公开申请。';
const law = (articles: string): string => `${LAW}${articles}`;

export const OUTCOME_TEXTS: Readonly<Record<Outcome, OutcomeText>> = {
  granted: {
    basis: law('第三十六条第（二）项'),
    finding: '经审查，您申请公开的政府信息属于可以公开的政府信息。',
    decision: '本机关决定予以公开，现向您提供该政府信息（见附件）。',
    adverse: false,
  },
  partiallyGranted: {
    basis: law('第三十七条'),
    finding: '经审查，您申请公开的政府信息中含有不应当公开的内容，但是能够作区分处理。',
    decision: `本机关向您提供可以公开的政府信息内容（见附件）；其中${placeholder('不予公开的内容')}属于${placeholder('不予公开的理由及依据')}，不予公开。`,
    adverse: true,
  },
  deniedStateSecret: {
    basis: law('第十四条、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息属于依法确定为国家秘密的政府信息。',
    decision: DENIED,
    adverse: true,
  },
  deniedOtherLaw: {
    basis: law('第十四条、第三十六条第（三）项'),
    finding: `经审查，您申请公开的政府信息属于法律、行政法规禁止公开的政府信息（${placeholder('法律、行政法规名称及条款')}）。`,
    decision: DENIED,
    adverse: true,
  },
  deniedThreeSafety: {
    basis: law('第十四条、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息公开后可能危及国家安全、公共安全、经济安全、社会稳定。',
    decision: DENIED,
    adverse: true,
  },
  deniedThirdParty: {
    basis: law('第十五条、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息涉及商业秘密、个人隐私等，公开会对第三方合法权益造成损害。',
    decision: DENIED,
    adverse: true,
  },
  deniedInternalAffairs: {
    basis: law('第十六条第一款、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息属于行政机关的内部事务信息（人事管理、后勤管理、内部工作流程等方面的信息）。',
    decision: DENIED,
    adverse: true,
  },
  deniedProcessInfo: {
    basis: law('第十六条第二款、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息属于行政机关在履行行政管理职能过程中形成的讨论记录、过程稿、磋商信函、请示报告等过程性信息。',
    decision: DENIED,
    adverse: true,
  },
  deniedEnforcementFile: {
    basis: law('第十六条第二款、第三十六条第（三）项'),
    finding: '经审查，您申请公开的政府信息属于行政执法案卷信息。',
    decision: DENIED,
    adverse: true,
  },
  deniedAdministrativeQuery: {
    basis: law('第三十六条第（七）项'),
    finding: '经审查，您申请获取的信息属于工商、不动产登记资料等信息，有关法律、行政法规对该信息的获取有特别规定。',
    decision: '请您依照有关法律、行政法规的规定办理。',
    adverse: true,
  },
  unavailableNotHeld: {
    basis: law('第三十六条第（四）项'),
    finding: '经检索，本机关没有您申请公开的政府信息。',
    decision: '现告知您该政府信息不存在。',
    adverse: true,
  },
  unavailableNeedsCreation: {
    basis: law('第三十八条'),
    finding: '经审查，本机关没有现成的您所申请的信息，提供该信息需要本机关对现有政府信息进行加工、分析。',
    decision: '本机关不予提供。',
    adverse: true,
  },
  unavailableUnclear: {
    basis: law('第二十九条第二款第（二）项、第三十条'),
    finding: '本机关已告知您作出补正，但补正后您的申请内容仍不明确，本机关无法确定您所申请公开的政府信息。',
    decision: '本机关无法向您提供。',
    adverse: true,
  },
  notProcessedPetition: {
    basis: law('第三十九条第一款'),
    finding: '经审查，您以政府信息公开申请的形式提出的是信访、投诉、举报等诉求。',
    decision: '本机关不作为政府信息公开申请处理，您可以通过信访、投诉、举报等相应渠道提出。',
    adverse: true,
  },
  notProcessedDuplicate: {
    basis: law('第三十六条第（六）项'),
    finding: '本机关已就您此前提出的政府信息公开申请作出答复，您本次重复申请公开相同的政府信息。',
    decision: '本机关不予重复处理。',
    adverse: true,
  },
  notProcessedPublication: {
    basis: law('第三十九条第二款'),
    finding: '经审查，您申请获取的是政府公报、报刊、书籍等公开出版物。',
    decision: '本机关不作为政府信息公开申请处理，您可以通过公开发行渠道或者公共图书馆等途径获取。',
    adverse: true,
  },
  notProcessedExcessive: {
    basis: law('第三十五条'),
    finding: '您申请公开政府信息的数量、频次明显超过合理范围，本机关已要求您说明理由，经审查认为申请理由不合理。',
    decision: NOT_PROCESSED,
    adverse: true,
  },
  notProcessedConfirmation: {
    basis: law('第二条'),
    finding: '经审查，您的申请是要求本机关对您已获取的信息予以确认或者重新出具，不属于申请获取政府信息。',
    decision: NOT_PROCESSED,
    adverse: true,
  },
  otherNoCorrection: {
    basis: law('第三十条'),
    finding: '您无正当理由逾期未补正。',
    decision: ABANDONED,
    adverse: true,
  },
  otherNoFee: {
    basis: FEE_RULES,
    finding: '您逾期未按收费通知要求缴纳信息处理费。',
    decision: ABANDONED,
    adverse: true,
  },
  // 其他处理 has no fixed article: staff write what was done and on what ground.
  otherElse: {
    basis: law(placeholder('条款')),
    finding: `${placeholder('处理情况及理由')}。`,
    decision: `${placeholder('处理结果')}。`,
    adverse: true,
  },
  otherHandling: {
    basis: law(placeholder('条款')),
    finding: `${placeholder('处理情况及理由')}。`,
    decision: `${placeholder('处理结果')}。`,
    adverse: true,
  },
};

/** "经审查，……。根据《…》第…条的规定，……。" */
export function decisionParagraph(text: OutcomeText): string {
  return `${text.finding}根据${text.basis}的规定，${text.decision}`;
}

/** 行政复议法 第二十条 (60 days), 行政诉讼法 第四十六条 (6 months), both from knowing of the act. */
export function remediesParagraph(document: string): string {
  return `如您对本${document}不服，可以自收到本${document}之日起60日内依法申请行政复议，或者自收到本${document}之日起6个月内依法向人民法院提起行政诉讼。`;
}
