// The body of each kind of letter from the application's record. Dates come from the record and its
// deadlines as the life cycle computed them: nothing is recounted here.
import { chineseDate, type IsoDate } from '../calendar/iso-date.js';
import { LAPSE_OUTCOMES, type Outcome } from '../applications/outcomes.js';
import type { Application } from '../applications/types.js';
import type { FeeLine } from '../fees/fees.js';
import { decisionParagraph, LAW, OUTCOME_TEXTS, remediesParagraph } from './outcome-texts.js';
import { placeholder, type DraftErrorCode, type DraftInput } from './types.js';

export interface Body {
  addressee: string;
  paragraphs: string[];
  basis: string;
  deadline?: IsoDate;
  outcome?: Outcome;
}

export type BodyResult = { ok: true; body: Body } | { ok: false; code: DraftErrorCode; message: string };

const fail = (code: DraftErrorCode, message: string): BodyResult => ({ ok: false, code, message });
const ok = (body: Body): BodyResult => ({ ok: true, body });

/** Long descriptions are cut in the letter (it must stay within a paragraph's limit); staff may edit. */
const QUOTE_MAX = 1000;

function quote(content: string): string {
  const chars = [...content.replace(/\s+/g, ' ').trim()];
  return chars.length <= QUOTE_MAX ? chars.join('') : `${chars.slice(0, QUOTE_MAX).join('')}……`;
}

function opening(app: Application): string {
  const corrected = app.correction?.receivedOn;
  const after = corrected ? `本机关于${chineseDate(corrected)}收到您补正后的申请。` : '';
  return `本机关于${chineseDate(app.receivedOn)}收到您提出的政府信息公开申请，申请公开：“${quote(app.content)}”。${after}`;
}

const to = (app: Application): string => `${app.applicant.name}：`;

export function correctionNotice(app: Application): BodyResult {
  const c = app.correction;
  if (!c) return fail('LETTER_NOT_READY', '尚未登记补正通知：请先登记需要补正的事项和补正期限（条例第三十条）。');
  const deadline = app.deadlines.correctionRespondBy ?? c.respondBy;
  const basis = `${LAW}第三十条`;
  const items = c.items.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  return ok({
    addressee: to(app),
    basis,
    deadline,
    paragraphs: [
      opening(app),
      `经审查，您的申请内容不明确。根据${basis}的规定，请您对以下事项作出补正：`,
      ...items,
      `请您于${chineseDate(deadline)}前（含当日）将补正后的申请提交本机关。答复期限自本机关收到补正的申请之日起计算。您无正当理由逾期不补正的，视为放弃申请，本机关不再处理该政府信息公开申请。`,
    ],
  });
}

export function extensionNotice(app: Application): BodyResult {
  const e = app.extension;
  const due = app.deadlines.extendedDue;
  if (!e || e.approvedOn === undefined || due === null) {
    return fail('LETTER_NOT_READY', '延长答复期限尚未经批准：延期经政府信息公开工作机构负责人同意后才能告知申请人（条例第三十三条第二款）。');
  }
  const basis = `${LAW}第三十三条第二款`;
  // The reason as staff typed it ("因档案需调取" or "档案需调取。"): one 因, no final stop.
  const reason = e.reason.trim().replace(/^(因为|由于|因)/, '').replace(/[。；，,;.\s]+$/, '');
  return ok({
    addressee: to(app),
    basis,
    deadline: due,
    paragraphs: [
      opening(app),
      `因${reason}，本机关不能在规定期限内作出答复。经本机关政府信息公开工作机构负责人同意，根据${basis}的规定，答复期限延长${e.workingDays}个工作日，本机关将于${chineseDate(due)}前作出答复。`,
    ],
  });
}

export function consultationRequest(app: Application, index: number | undefined): BodyResult {
  if (app.consultations.length === 0) return fail('LETTER_NOT_READY', '尚未登记征求意见：请先登记被征求意见的第三方或机关。');
  const i = index ?? app.consultations.length - 1;
  const c = Number.isInteger(i) ? app.consultations[i] : undefined;
  if (!c) return fail('LETTER_INPUT_INVALID', `第${Number(i) + 1}项征求意见不存在：该申请共有${app.consultations.length}项征求意见。`);
  // The applicant is not named: their identity is personal data the consulted party does not need.
  const first = `本机关于${chineseDate(app.receivedOn)}收到一份政府信息公开申请，申请公开：“${quote(app.content)}”。`;
  if (c.party === 'agency') {
    const basis = `${LAW}第三十四条`;
    return ok({
      addressee: `${c.name}：`,
      basis,
      paragraphs: [
        first,
        `经审查，该政府信息由本机关与贵机关共同制作。根据${basis}的规定，现征求贵机关意见。请贵机关自收到本函之日起15个工作日内提出意见；逾期未提出意见的，视为同意公开。`,
      ],
    });
  }
  const basis = `${LAW}第三十二条`;
  return ok({
    addressee: `${c.name}：`,
    basis,
    paragraphs: [
      first,
      `经审查，该政府信息公开可能损害贵方合法权益。根据${basis}的规定，现书面征求贵方意见。请贵方自收到本函之日起15个工作日内提出书面意见，写明是否同意公开；不同意公开的，请说明理由。`,
      `贵方逾期未提出意见的，由本机关依照${LAW}的规定决定是否公开。贵方不同意公开且有合理理由的，本机关不予公开；本机关认为不公开可能对公共利益造成重大影响的，可以决定予以公开，并将决定公开的政府信息内容和理由书面告知贵方。`,
    ],
  });
}

function feeLine(line: FeeLine, byCount: boolean): string {
  const unit = byCount ? '件' : '页';
  const span = line.from === line.to ? `第${line.from}${unit}` : `第${line.from}${unit}至第${line.to}${unit}`;
  const price = line.rateYuan === 0 ? '免费' : `每${unit}${line.rateYuan}元，计${line.amountYuan}元`;
  return `${span}，共${line.units}${unit}，${price}`;
}

export function feeNotice(app: Application): BodyResult {
  const f = app.fee;
  if (!f) return fail('LETTER_NOT_READY', '尚未登记收费通知：请先登记计费方式和数量。');
  const deadline = app.deadlines.feePayBy ?? f.payBy;
  const byCount = f.fee.method === 'byCount';
  // fee.basis is "《办法》第三条、第四条：按件计收，超额累进": the citation is before the colon.
  const basis = `${LAW}第四十二条、${f.fee.basis.split('：')[0] ?? ''}`;
  const lines = f.fee.lines.map((l) => feeLine(l, byCount)).join('；');
  return ok({
    addressee: to(app),
    basis,
    deadline,
    paragraphs: [
      opening(app),
      `根据${basis}的规定，您的申请需缴纳信息处理费${f.fee.amountYuan}元（${byCount ? '按件计收，按您本自然月累计申请件数' : '按量计收，按页数'}超额累进）：${lines}。`,
      `请您于${chineseDate(deadline)}前（含当日）缴纳上述费用。缴费方式：${placeholder('缴费方式')}。`,
      '逾期未缴纳的，视为放弃申请，本机关不再处理该政府信息公开申请。',
    ],
  });
}

/** The outcome a reply or termination states: the one given, or the recorded one, never two different ones. */
function chosenOutcome(app: Application, given: Outcome | undefined): Outcome | BodyResult {
  if (given !== undefined && app.outcome !== null && given !== app.outcome) {
    return fail('LETTER_OUTCOME_MISMATCH', '所选办理结果与该申请已登记的办理结果不一致。');
  }
  const outcome = given ?? app.outcome;
  if (outcome !== null) return outcome;
  if (app.correction?.lapsedOn !== undefined) return 'otherNoCorrection';
  if (app.fee?.lapsedOn !== undefined) return 'otherNoFee';
  return fail('LETTER_OUTCOME_MISSING', '该申请尚无办理结果：请选择答复的办理结果。');
}

export function reply(app: Application, given: Outcome | undefined): BodyResult {
  const outcome = chosenOutcome(app, given);
  if (typeof outcome !== 'string') return outcome;
  if (LAPSE_OUTCOMES.includes(outcome)) {
    return fail('LETTER_OUTCOME_MISMATCH', '逾期不补正、逾期未缴费的申请应当制作终止办理告知书，而不是答复书。');
  }
  if (outcome === 'unavailableUnclear' && app.correction?.receivedOn === undefined) {
    return fail('LETTER_OUTCOME_MISMATCH', '“补正后申请内容仍不明确”只适用于收到补正之后：该申请没有收到过补正。');
  }
  const text = OUTCOME_TEXTS[outcome];
  const paragraphs = [`${opening(app)}现答复如下：`, decisionParagraph(text)];
  if (text.adverse) paragraphs.push(remediesParagraph('答复书'));
  return ok({ addressee: to(app), basis: text.basis, outcome, paragraphs });
}

export function terminationNotice(app: Application, given: Outcome | undefined, date: IsoDate): BodyResult {
  const outcome = chosenOutcome(app, given);
  if (typeof outcome !== 'string') return outcome;
  let facts: string;
  if (outcome === 'otherNoCorrection') {
    const c = app.correction;
    if (!c) return fail('LETTER_NOT_READY', '该申请没有发出过补正通知，不能按逾期不补正终止办理。');
    if (c.lapsedOn === undefined && date <= c.respondBy) return fail('LETTER_NOT_READY', `补正期限至${chineseDate(c.respondBy)}，届满前不能终止办理。`);
    facts = `本机关已于${chineseDate(c.noticeSent)}向您发出补正申请告知书，请您于${chineseDate(c.respondBy)}前作出补正。补正期限届满，本机关未收到您补正后的申请。`;
  } else if (outcome === 'otherNoFee') {
    const f = app.fee;
    if (!f) return fail('LETTER_NOT_READY', '该申请没有发出过收费通知，不能按逾期未缴费终止办理。');
    if (f.lapsedOn === undefined && date <= f.payBy) return fail('LETTER_NOT_READY', `缴费期限至${chineseDate(f.payBy)}，届满前不能终止办理。`);
    facts = `本机关已于${chineseDate(f.noticeSent)}向您发出收费通知书，缴费期限至${chineseDate(f.payBy)}。缴费期限届满，您未缴纳信息处理费。`;
  } else {
    return fail('LETTER_OUTCOME_MISMATCH', '终止办理告知书只用于逾期不补正或逾期未缴费；其他办理结果请制作答复书。');
  }
  const text = OUTCOME_TEXTS[outcome];
  return ok({
    addressee: to(app),
    basis: text.basis,
    outcome,
    paragraphs: [opening(app), facts, decisionParagraph(text), remediesParagraph('告知书')],
  });
}

export function body(input: DraftInput): BodyResult {
  const app = input.application;
  switch (input.kind) {
    case 'correctionNotice':
      return correctionNotice(app);
    case 'extensionNotice':
      return extensionNotice(app);
    case 'consultationRequest':
      return consultationRequest(app, input.consultationIndex);
    case 'feeNotice':
      return feeNotice(app);
    case 'reply':
      return reply(app, input.outcome);
    case 'terminationNotice':
      return terminationNotice(app, input.outcome, input.date);
  }
}
