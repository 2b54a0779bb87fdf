// Letters drafted from applications taken through the life cycle (2024 official calendar).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { chineseDate } from '../calendar/iso-date.js';
import { OFFICIAL_CALENDAR as calendar } from '../calendar/working-calendar.js';
import { apply } from '../applications/lifecycle.js';
import { OUTCOMES, type Outcome } from '../applications/outcomes.js';
import { trackingCode } from '../applications/tracking-code.js';
import type { Actor, Application, ApplicationEvent, LetterKind, RegisterEvent } from '../applications/types.js';
import { draftLetter } from './draft.js';
import { OUTCOME_TEXTS } from './outcome-texts.js';
import { LETTER_KINDS, LETTER_TITLES, PLACEHOLDER_MARK, type DraftInput, type Letter } from './types.js';
import { letterProblems, validateLetter } from './validate.js';

const clerk: Actor = { id: 'clerk-1', role: 'clerk' };
const head: Actor = { id: 'head-1', role: 'approver' };
const code = trackingCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
assert.ok(code.ok);

const registerEvent: RegisterEvent = {
  type: 'register',
  id: 'YSQ-2024-001',
  trackingCode: code.code,
  applicantType: 'naturalPerson',
  applicant: { name: '张三', idNumber: '110101199003071234' },
  content: '2024年本镇道路维修项目的招标文件',
  receipt: { channel: 'inPerson', submittedOn: '2024-09-27' },
};

function run(...steps: [ApplicationEvent, Actor?][]): Application {
  let app: Application | null = null;
  for (const [e, actor] of [[registerEvent] as [ApplicationEvent], ...steps]) {
    const r = apply(app, e, { calendar, actor: actor ?? clerk, now: '2024-12-01T08:00:00+08:00' });
    if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
    app = r.application;
  }
  return app!;
}

const correction: ApplicationEvent = { type: 'requestCorrection', on: '2024-10-08', items: '请写明项目名称\n请写明招标年份', respondBy: '2024-10-22' };
const registered = run();
const corrected = run([correction], [{ type: 'receiveCorrection', on: '2024-10-15' }]);
const awaitingCorrection = run([correction]);
const correctionLapsed = run([correction], [{ type: 'correctionLapsed', on: '2024-10-23' }]);
const extended = run([{ type: 'requestExtension', on: '2024-10-25', workingDays: 10, reason: '因需调取的档案较多。' }], [{ type: 'approveExtension', on: '2024-10-28' }, head]);
const feeNoticed = run([{ type: 'noticeFee', on: '2024-10-10', choice: { method: 'byPages', pages: 120 } }]);
const feeLapsed = run([{ type: 'noticeFee', on: '2024-10-10', choice: { method: 'byPages', pages: 120 } }], [{ type: 'feeLapsed', on: '2024-11-11' }]);
const thirdParty = run([{ type: 'startConsultation', on: '2024-10-09', party: 'thirdParty', name: '某建设有限公司' }]);
const otherAgency = run([{ type: 'startConsultation', on: '2024-10-09', party: 'agency', name: '某县交通运输局' }]);

function draft(kind: LetterKind, application: Application, extra: Partial<DraftInput> = {}): Letter {
  const r = draftLetter({ kind, application, agencyName: '某镇人民政府', date: '2024-11-15', ...extra });
  if (!r.ok) assert.fail(`${r.code}: ${r.message}`);
  return r.letter;
}

function refused(input: Partial<DraftInput> & Pick<DraftInput, 'kind' | 'application'>, code: string): void {
  const r = draftLetter({ agencyName: '某镇人民政府', date: '2024-11-15', ...input });
  assert.ok(!r.ok, `expected ${code}`);
  assert.equal(r.code, code, r.message);
  assert.match(r.message, /[\u4e00-\u9fff]/);
}

const body = (l: Letter): string => l.paragraphs.join('\n');

/** Independent of OUTCOME_TEXTS: the articles each outcome's letter must cite. */
const EXPECTED: Readonly<Record<Outcome, readonly string[]>> = {
  granted: ['第三十六条第（二）项'],
  partiallyGranted: ['第三十七条'],
  deniedStateSecret: ['第十四条', '第三十六条第（三）项'],
  deniedOtherLaw: ['第十四条', '第三十六条第（三）项'],
  deniedThreeSafety: ['第十四条', '第三十六条第（三）项'],
  deniedThirdParty: ['第十五条', '第三十六条第（三）项'],
  deniedInternalAffairs: ['第十六条第一款', '第三十六条第（三）项'],
  deniedProcessInfo: ['第十六条第二款', '第三十六条第（三）项'],
  deniedEnforcementFile: ['第十六条第二款', '第三十六条第（三）项'],
  deniedAdministrativeQuery: ['第三十六条第（七）项'],
  unavailableNotHeld: ['第三十六条第（四）项'],
  unavailableNeedsCreation: ['第三十八条'],
  unavailableUnclear: ['第三十条'],
  notProcessedPetition: ['第三十九条第一款'],
  notProcessedDuplicate: ['第三十六条第（六）项'],
  notProcessedPublication: ['第三十九条第二款'],
  notProcessedExcessive: ['第三十五条'],
  notProcessedConfirmation: ['第二条'],
  otherNoCorrection: ['第三十条'],
  otherNoFee: ['国办函〔2020〕109号'],
  otherElse: [PLACEHOLDER_MARK],
  otherHandling: [PLACEHOLDER_MARK],
};

/** The letter that states an outcome: a termination notice for the lapses, a reply otherwise. */
function outcomeLetter(outcome: Outcome): Letter {
  if (outcome === 'otherNoCorrection') return draft('terminationNotice', correctionLapsed);
  if (outcome === 'otherNoFee') return draft('terminationNotice', feeLapsed);
  return draft('reply', outcome === 'unavailableUnclear' ? corrected : registered, { outcome });
}

describe('outcome table', () => {
  it('has an entry for every outcome, and nothing else', () => {
    assert.deepEqual(Object.keys(OUTCOME_TEXTS).sort(), [...OUTCOMES].sort());
  });

  for (const outcome of OUTCOMES) {
    it(`${outcome}: cites ${EXPECTED[outcome].join('、')} and states the decision`, () => {
      const letter = outcomeLetter(outcome);
      assert.equal(letter.outcome, outcome);
      assert.ok(letter.basis.startsWith('《'), letter.basis);
      for (const article of EXPECTED[outcome]) assert.ok(letter.basis.includes(article), `${letter.basis} cites ${article}`);
      assert.ok(body(letter).includes(`根据${letter.basis}的规定`), 'the body cites the basis verbatim');
      if (outcome !== 'otherNoFee') assert.ok(letter.basis.includes('《中华人民共和国政府信息公开条例》'));
      const remedies = /60日内依法申请行政复议.*6个月内依法向人民法院提起行政诉讼/;
      if (outcome === 'granted') assert.doesNotMatch(body(letter), remedies);
      else assert.match(body(letter), remedies, 'an adverse decision tells the applicant of review and litigation');
    });
  }
});

describe('every kind of letter', () => {
  const cases: Record<LetterKind, { app: Application; article: string; deadline: string | null; input?: Partial<DraftInput> }> = {
    correctionNotice: { app: awaitingCorrection, article: '第三十条', deadline: '2024-10-22', input: { date: '2024-10-08' } },
    extensionNotice: { app: extended, article: '第三十三条第二款', deadline: extended.deadlines.extendedDue, input: { date: '2024-10-28' } },
    consultationRequest: { app: thirdParty, article: '第三十二条', deadline: null },
    feeNotice: { app: feeNoticed, article: '国办函〔2020〕109号', deadline: feeNoticed.fee!.payBy, input: { date: '2024-10-10' } },
    reply: { app: registered, article: '第三十六条', deadline: null, input: { outcome: 'granted' } },
    terminationNotice: { app: correctionLapsed, article: '第三十条', deadline: null },
  };
  for (const kind of LETTER_KINDS) {
    it(`${kind}: ${LETTER_TITLES[kind]}, citing ${cases[kind].article}`, () => {
      const { app, article, deadline, input } = cases[kind];
      const letter = draft(kind, app, input);
      assert.equal(letter.kind, kind);
      assert.equal(letter.title, LETTER_TITLES[kind]);
      assert.ok(letter.basis.includes(article), letter.basis);
      assert.ok(body(letter).includes(letter.basis));
      assert.equal(letter.deadline ?? null, deadline);
      if (deadline) assert.ok(body(letter).includes(`${chineseDate(deadline)}前`), `${chineseDate(deadline)} in the body`);
      assert.equal(letter.agencyName, '某镇人民政府');
      assert.equal(letter.date, input?.date ?? '2024-11-15');
      assert.equal(letter.reference, `〔2024〕第${code.code}号`);
      // Drafts are sendable but for what only staff can write.
      assert.deepEqual(letterProblems(letter).filter((p) => p.code !== 'LETTER_PLACEHOLDER'), []);
    });
  }
});

describe('templates', () => {
  it('补正: the items one per paragraph, the deadline as a Chinese date, 第三十条', () => {
    const letter = draft('correctionNotice', awaitingCorrection, { date: '2024-10-08' });
    assert.equal(letter.addressee, '张三：');
    assert.ok(letter.paragraphs.includes('请写明项目名称') && letter.paragraphs.includes('请写明招标年份'));
    assert.match(body(letter), /请您于2024年10月22日前（含当日）将补正后的申请提交本机关/);
    assert.match(body(letter), /本机关于2024年9月27日收到您提出的政府信息公开申请，申请公开：“2024年本镇道路维修项目的招标文件”/);
  });

  it('延期: the reason, the working days, the extended deadline from the record', () => {
    const letter = draft('extensionNotice', extended, { date: '2024-10-28' });
    const due = extended.deadlines.extendedDue!;
    assert.match(body(letter), new RegExp(`因需调取的档案较多，本机关不能在规定期限内作出答复。.*延长10个工作日，本机关将于${chineseDate(due)}前作出答复`));
  });

  it('征求意见: addressed to the party, 15 working days, the applicant not named', () => {
    const third = draft('consultationRequest', thirdParty);
    assert.equal(third.addressee, '某建设有限公司：');
    assert.match(body(third), /自收到本函之日起15个工作日内/);
    assert.doesNotMatch(body(third), /张三/);
    const agency = draft('consultationRequest', otherAgency);
    assert.ok(agency.basis.endsWith('第三十四条'));
    assert.match(body(agency), /逾期未提出意见的，视为同意公开/);
  });

  it('收费: amount, bands, pay-by date, how to pay left to staff', () => {
    const letter = draft('feeNotice', feeNoticed, { date: '2024-10-10' });
    assert.ok(letter.basis.includes('第四十二条'));
    assert.match(body(letter), /信息处理费1100元（按量计收，按页数超额累进）：第1页至第30页，共30页，免费；第31页至第100页，共70页，每页10元，计700元；第101页至第120页，共20页，每页20元，计400元。/);
    assert.deepEqual(letterProblems(letter).map((p) => p.code), ['LETTER_PLACEHOLDER']);
  });

  it('终止: the notice, the lapsed period, 视为放弃申请', () => {
    const noCorrection = draft('terminationNotice', correctionLapsed);
    assert.equal(noCorrection.outcome, 'otherNoCorrection');
    assert.match(body(noCorrection), /2024年10月8日向您发出补正申请告知书，请您于2024年10月22日前作出补正/);
    assert.match(body(noCorrection), /视为您放弃申请/);
    const noFee = draft('terminationNotice', feeLapsed);
    assert.equal(noFee.outcome, 'otherNoFee');
    assert.match(body(noFee), new RegExp(`缴费期限至${chineseDate(feeLapsed.fee!.payBy)}`));
  });

  it('答复: the recorded outcome, and the corrected application mentioned', () => {
    const decided = run([{ type: 'decide', on: '2024-10-21', outcome: 'unavailableNotHeld' }]);
    assert.equal(draft('reply', decided).outcome, 'unavailableNotHeld');
    assert.match(body(draft('reply', corrected, { outcome: 'unavailableUnclear' })), /本机关于2024年10月15日收到您补正后的申请/);
  });

  it('文号: the tracking code, a bare number, or a full 文号 as given; 附注 kept', () => {
    assert.equal(draft('reply', registered, { outcome: 'granted', reference: ' 12 ' }).reference, '〔2024〕第12号');
    assert.equal(draft('reply', registered, { outcome: 'granted', reference: '某政信复〔2024〕3号' }).reference, '某政信复〔2024〕3号');
    assert.equal(draft('reply', registered, { outcome: 'granted', contact: ' 李四，0912-1234567 ' }).contact, '李四，0912-1234567');
    assert.equal('contact' in draft('reply', registered, { outcome: 'granted', contact: ' ' }), false);
  });

  it('drafts with placeholders filled in pass validation', () => {
    for (const outcome of ['partiallyGranted', 'deniedOtherLaw', 'otherElse'] as Outcome[]) {
      const letter = draft('reply', registered, { outcome });
      const fill = (s: string) => s.replace(/【请填写：[^】]*】/g, '第三条');
      const filled = { ...letter, basis: fill(letter.basis), paragraphs: letter.paragraphs.map(fill) };
      assert.ok(validateLetter(filled).ok, outcome);
    }
  });
});

describe('refusals', () => {
  it('a reply needs an outcome, the right kind for it, and the recorded one', () => {
    refused({ kind: 'reply', application: registered }, 'LETTER_OUTCOME_MISSING');
    refused({ kind: 'reply', application: registered, outcome: 'otherNoCorrection' }, 'LETTER_OUTCOME_MISMATCH');
    refused({ kind: 'reply', application: registered, outcome: 'unavailableUnclear' }, 'LETTER_OUTCOME_MISMATCH');
    refused({ kind: 'reply', application: correctionLapsed, outcome: 'granted' }, 'LETTER_OUTCOME_MISMATCH');
    refused({ kind: 'terminationNotice', application: registered, outcome: 'granted' }, 'LETTER_OUTCOME_MISMATCH');
    refused({ kind: 'terminationNotice', application: registered }, 'LETTER_OUTCOME_MISSING');
  });

  it('a notice needs its step recorded first', () => {
    refused({ kind: 'correctionNotice', application: registered }, 'LETTER_NOT_READY');
    refused({ kind: 'extensionNotice', application: registered }, 'LETTER_NOT_READY');
    const requested = run([{ type: 'requestExtension', on: '2024-10-25', workingDays: 10, reason: '档案较多' }]);
    refused({ kind: 'extensionNotice', application: requested }, 'LETTER_NOT_READY');
    refused({ kind: 'feeNotice', application: registered }, 'LETTER_NOT_READY');
    refused({ kind: 'consultationRequest', application: registered }, 'LETTER_NOT_READY');
    refused({ kind: 'consultationRequest', application: thirdParty, consultationIndex: 3 }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'terminationNotice', application: awaitingCorrection, outcome: 'otherNoCorrection', date: '2024-10-22' }, 'LETTER_NOT_READY');
    refused({ kind: 'terminationNotice', application: registered, outcome: 'otherNoFee' }, 'LETTER_NOT_READY');
  });

  it('bad input', () => {
    refused({ kind: 'memo' as LetterKind, application: registered }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'reply', application: registered, outcome: 'granted', date: '2024-02-30' }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'reply', application: registered, outcome: 'granted', date: '2024-09-01' }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'reply', application: registered, outcome: 'granted', agencyName: ' ' }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'reply', application: registered, outcome: 'granted', agencyName: '某镇\u0000人民政府' }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'reply', application: registered, outcome: 'granted', reference: 'x'.repeat(101) }, 'LETTER_INPUT_INVALID');
    refused({ kind: 'correctionNotice', application: awaitingCorrection, date: '2024-10-23' }, 'LETTER_INPUT_INVALID');
  });

  it('a very long description is cut in the letter, not refused', () => {
    const long = run();
    long.content = '某'.repeat(6000);
    const letter = draft('reply', long, { outcome: 'granted' });
    assert.ok(letter.paragraphs[0]!.includes('……'));
    assert.deepEqual(letterProblems(letter), []);
  });
});
