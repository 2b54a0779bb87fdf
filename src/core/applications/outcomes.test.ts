import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { FORMATS, resultRowKeys } from '../formats.js';
import { applicantTypeFromLabel, applicantTypeLabel, APPLICANT_TYPES, isApplicantType } from './applicant.js';
import { outcomeFromWording } from './outcome-wording.js';
import { isOutcome, outcomeLabel, OUTCOMES, outcomesOfRow, resultRowFor, type Outcome } from './outcomes.js';
import { isTrackingCode, parseTrackingCode, TRACKING_ALPHABET, trackingCode } from './tracking-code.js';

describe('outcomes and result rows', () => {
  it('are exactly the result rows of the two formats', () => {
    const rows = new Set([...resultRowKeys(FORMATS['2019']), ...resultRowKeys(FORMATS['2021'])]);
    assert.deepEqual(new Set(OUTCOMES), rows);
  });

  it('map to one row of each format; 2019 folds the three 其他处理 rows into one', () => {
    for (const format of ['2019', '2021'] as const) {
      const rows = resultRowKeys(FORMATS[format]);
      for (const o of OUTCOMES) {
        const row = resultRowFor(o, format);
        if (row !== null) assert.ok(rows.includes(row), `${o} → ${row}`);
      }
      // Every row is reached, and outcomesOfRow inverts resultRowFor.
      for (const row of rows) for (const o of outcomesOfRow(row, format)) assert.equal(resultRowFor(o, format), row);
      assert.deepEqual(rows.filter((r) => outcomesOfRow(r, format).length === 0), []);
    }
    assert.deepEqual(outcomesOfRow('otherHandling', '2019'), ['otherNoCorrection', 'otherNoFee', 'otherElse', 'otherHandling']);
    assert.equal(resultRowFor('otherHandling', '2021'), null);
    assert.equal(resultRowFor('otherNoFee', '2021'), 'otherNoFee');
    assert.equal(resultRowFor('deniedThirdParty', '2019'), 'deniedThirdParty');
  });

  it('carry the labels of formats.ts', () => {
    assert.equal(outcomeLabel('deniedStateSecret'), '（三）不予公开1.属于国家秘密');
    assert.equal(outcomeLabel('otherHandling'), '（六）其他处理');
    assert.equal(outcomeLabel('otherNoFee'), '（六）其他处理2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请');
    assert.ok(isOutcome('granted'));
    assert.ok(!isOutcome('resultsTotal'));
  });
});

describe('applicant types', () => {
  it('are the six applicant columns', () => {
    assert.deepEqual(APPLICANT_TYPES.map(applicantTypeLabel), ['自然人', '商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他']);
    assert.ok(isApplicantType('legalService'));
    assert.ok(!isApplicantType('total'));
  });

  it('are read from the official labels and unambiguous variants only', () => {
    const cases: Array<[string, string | null]> = [
      ['自然人', 'naturalPerson'],
      [' 自 然 人 ', 'naturalPerson'],
      ['公民', 'naturalPerson'],
      ['个人', 'naturalPerson'],
      ['商业企业', 'commercial'],
      ['法人或其他组织-商业企业', 'commercial'],
      ['法人或其他组织（科研机构）', 'research'],
      ['社会公益组织', 'publicInterest'],
      ['法律服务机构', 'legalService'],
      ['其他', 'other'],
      ['企业', null],
      ['单位', null],
      ['', null],
      ['总计', null],
    ];
    for (const [text, type] of cases) assert.equal(applicantTypeFromLabel(text), type, text);
  });
});

describe('outcome wording (ledgers)', () => {
  const accepted: Array<[string, Outcome]> = [
    ['予以公开', 'granted'],
    ['（一）予以公开', 'granted'],
    ['(一)予以公开', 'granted'],
    ['全部公开', 'granted'],
    ['部分公开', 'partiallyGranted'],
    ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）', 'partiallyGranted'],
    ['属于国家秘密', 'deniedStateSecret'],
    ['（三）1.属于国家秘密', 'deniedStateSecret'],
    ['（三）不予公开1.属于国家秘密', 'deniedStateSecret'],
    ['不予公开-国家秘密', 'deniedStateSecret'],
    ['不予公开：属于国家秘密', 'deniedStateSecret'],
    ['不予公开（国家秘密）', 'deniedStateSecret'],
    ['3、危及“三安全一稳定”', 'deniedThreeSafety'],
    ['危及三安全一稳定', 'deniedThreeSafety'],
    ['保护第三方合法权益', 'deniedThirdParty'],
    ['属于四类过程性信息', 'deniedProcessInfo'],
    ['本机关不掌握相关政府信息', 'unavailableNotHeld'],
    ['信息不存在', 'unavailableNotHeld'],
    ['（四）无法提供1.本机关不掌握相关政府信息', 'unavailableNotHeld'],
    ['无法提供-没有现成信息需要另行制作', 'unavailableNeedsCreation'],
    ['补正后申请内容仍不明确', 'unavailableUnclear'],
    ['重复申请', 'notProcessedDuplicate'],
    ['（五）不予处理2.重复申请', 'notProcessedDuplicate'],
    ['不予处理-信访举报投诉类申请', 'notProcessedPetition'],
    ['要求提供公开出版物', 'notProcessedPublication'],
    ['其他处理', 'otherHandling'],
    ['（六）其他处理', 'otherHandling'],
    ['逾期不补正', 'otherNoCorrection'],
    ['（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请', 'otherNoCorrection'],
    ['其他处理-逾期未缴费', 'otherNoFee'],
    ['（六）其他处理3.其他', 'otherElse'],
    ['其他处理-其他', 'otherElse'],
  ];
  it('accepts the labels with or without numbering and common variants', () => {
    for (const [text, outcome] of accepted) {
      const r = outcomeFromWording(text);
      assert.ok(r.ok, `${text}: ${r.ok ? '' : r.message}`);
      assert.equal(r.outcome, outcome, text);
    }
  });

  it('every official label reads back as its own outcome', () => {
    for (const o of OUTCOMES) {
      const r = outcomeFromWording(outcomeLabel(o));
      assert.ok(r.ok && r.outcome === o, outcomeLabel(o));
    }
  });

  it('refuses to guess', () => {
    const refused: Array<[string, string]> = [
      ['不予公开', 'OUTCOME_WORDING_AMBIGUOUS'],
      ['（四）无法提供', 'OUTCOME_WORDING_AMBIGUOUS'],
      ['不予处理', 'OUTCOME_WORDING_AMBIGUOUS'],
      ['其他', 'OUTCOME_WORDING_UNKNOWN'],
      ['公开', 'OUTCOME_WORDING_UNKNOWN'],
      ['已答复', 'OUTCOME_WORDING_UNKNOWN'],
      ['', 'OUTCOME_WORDING_UNKNOWN'],
      ['（四）1.属于国家秘密', 'OUTCOME_WORDING_INCONSISTENT'],
      ['（三）2.属于国家秘密', 'OUTCOME_WORDING_INCONSISTENT'],
      ['无法提供-重复申请', 'OUTCOME_WORDING_INCONSISTENT'],
    ];
    for (const [text, code] of refused) {
      const r = outcomeFromWording(text);
      assert.ok(!r.ok, text);
      assert.equal(r.code, code, text);
      assert.match(r.message, /[\u4e00-\u9fff]/);
    }
  });
});

describe('tracking codes', () => {
  it('are readable, grouped, and a pure function of the bytes', () => {
    const a = trackingCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    const b = trackingCode(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]));
    assert.ok(a.ok && b.ok);
    assert.equal(a.code, b.code);
    assert.match(a.code, /^[2-9A-HJ-NP-TV-Z]{4}-[2-9A-HJ-NP-TV-Z]{4}-[2-9A-HJ-NP-TV-Z]{3}$/);
    assert.equal(TRACKING_ALPHABET.length, 31);
    assert.ok(!/[01IOU]/.test(TRACKING_ALPHABET));
    const short = trackingCode(new Uint8Array(4));
    assert.ok(!short.ok);
    assert.equal(short.code, 'TRACKING_CODE_INVALID');
  });

  it('are read back whatever the case and separators; every single typo and neighbour swap is caught', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 8, maxLength: 8 }), fc.nat(10), fc.nat(30), (bytes, pos, shift) => {
        const r = trackingCode(bytes);
        assert.ok(r.ok);
        assert.ok(isTrackingCode(r.code));
        const parsed = parseTrackingCode(` ${r.code.toLowerCase().replace(/-/g, ' ')} `);
        assert.ok(parsed.ok && parsed.code === r.code);
        const symbols = [...r.code.replace(/-/g, '')];
        const typo = [...symbols];
        typo[pos] = TRACKING_ALPHABET[(TRACKING_ALPHABET.indexOf(symbols[pos]!) + 1 + (shift % 30)) % 31]!;
        assert.ok(!isTrackingCode(typo.join('')), `typo at ${pos}`);
        if (pos < 10 && symbols[pos] !== symbols[pos + 1]) {
          const swapped = [...symbols];
          [swapped[pos], swapped[pos + 1]] = [swapped[pos + 1]!, swapped[pos]!];
          assert.ok(!isTrackingCode(swapped.join('')), `swap at ${pos}`);
        }
      }),
    );
  });

  it('refuses look-alike characters and wrong lengths', () => {
    for (const text of ['', 'ABCD-EFGH-JK', 'ABCD-EFGH-JKL2', 'OBCD-EFGH-JKL', '1BCD-EFGH-JKL']) assert.ok(!isTrackingCode(text), text);
  });
});
