// Edited letters coming back from staff: shape, sizes, control characters, placeholders, and the
// basis and deadline still in the body.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Letter } from './types.js';
import { MAX_PARAGRAPH_CHARS, MAX_PARAGRAPHS, MAX_TITLE_CHARS, validateLetter, withoutControlCharacters, type LetterProblem } from './validate.js';

const good: Letter = {
  kind: 'correctionNotice',
  title: '补正申请告知书',
  reference: '〔2024〕第12号',
  addressee: '张三：',
  paragraphs: [
    '本机关于2024年9月27日收到您提出的政府信息公开申请。',
    '根据《中华人民共和国政府信息公开条例》第三十条的规定，请您于2024年10月22日前（含当日）作出补正。',
  ],
  basis: '《中华人民共和国政府信息公开条例》第三十条',
  deadline: '2024-10-22',
  agencyName: '某镇人民政府',
  date: '2024-10-08',
  contact: '李四，0912-1234567',
};

function errors(value: unknown): LetterProblem[] {
  const r = validateLetter(value);
  assert.ok(!r.ok, 'expected errors');
  for (const e of r.errors) assert.match(e.message, /[\u4e00-\u9fff]/, `${e.code} has a Chinese message`);
  return r.errors;
}

const codes = (value: unknown): string[] => errors(value).map((e) => e.code);
const edit = (patch: Record<string, unknown>): unknown => ({ ...good, ...patch });

describe('validateLetter', () => {
  it('accepts a good letter and gives it back trimmed, without empty optional fields', () => {
    const r = validateLetter({ ...good, title: ' 补正申请告知书 ', paragraphs: good.paragraphs.map((p) => `\u3000\u3000${p}`), contact: ' ' });
    assert.ok(r.ok);
    const { contact: _contact, ...rest } = good;
    assert.deepEqual(r.letter, rest);
    assert.ok(validateLetter(good).ok);
  });

  it('refuses what is not a letter', () => {
    for (const value of [null, 'letter', [good], 42]) assert.deepEqual(codes(value), ['LETTER_INVALID']);
    assert.deepEqual(codes(edit({ kind: 'memo' })), ['LETTER_INVALID']);
    assert.deepEqual(codes(edit({ outcome: 'maybe' })), ['LETTER_INVALID']);
    assert.deepEqual(codes(edit({ title: 7 })), ['LETTER_INVALID']);
    assert.deepEqual(codes(edit({ paragraphs: 'one' })), ['LETTER_INVALID']);
    assert.deepEqual(errors(edit({ secret: 1 })).map((e) => [e.code, e.field]), [['LETTER_INVALID', 'secret']]);
  });

  it('requires title, 文号, addressee, body, basis, agency and date', () => {
    assert.deepEqual(errors(edit({ title: '  ' })).map((e) => [e.code, e.field]), [['LETTER_FIELD_MISSING', 'title']]);
    const { reference: _r, ...noReference } = good;
    assert.deepEqual(codes(noReference), ['LETTER_FIELD_MISSING']);
    assert.deepEqual(codes(edit({ paragraphs: [] })), ['LETTER_FIELD_MISSING']);
    assert.deepEqual(errors(edit({ paragraphs: [...good.paragraphs, ' '] })).map((e) => e.field), ['paragraphs[2]']);
    assert.deepEqual(codes(edit({ date: undefined })), ['DATE_INVALID']);
  });

  it('limits sizes: title 100 characters, 50 paragraphs of 5,000', () => {
    assert.ok(validateLetter(edit({ title: '函'.repeat(MAX_TITLE_CHARS) })).ok);
    assert.deepEqual(codes(edit({ title: '函'.repeat(MAX_TITLE_CHARS + 1) })), ['LETTER_TOO_LONG']);
    // Characters, not UTF-16 units: 100 characters outside the BMP are 100.
    assert.ok(validateLetter(edit({ title: '𠀀'.repeat(MAX_TITLE_CHARS) })).ok);
    const many = [...good.paragraphs, ...Array.from({ length: MAX_PARAGRAPHS - 1 }, () => '另。')];
    assert.deepEqual(codes(edit({ paragraphs: many })), ['LETTER_TOO_LONG']);
    assert.ok(validateLetter(edit({ paragraphs: many.slice(1) })).ok);
    const long = `${good.paragraphs[1]}${'字'.repeat(MAX_PARAGRAPH_CHARS)}`;
    assert.deepEqual(errors(edit({ paragraphs: [good.paragraphs[0], long] })).map((e) => [e.code, e.field]), [['LETTER_TOO_LONG', 'paragraphs[1]']]);
  });

  it('refuses control characters, line breaks, bidirectional overrides and lone surrogates', () => {
    for (const bad of ['\u0000', '\t', '\n', '\r', '\u0007', '\u007f', '\u0085', '\u2028', '\u202e', '\u2066', '\ud800', '\uffff']) {
      assert.deepEqual(codes(edit({ agencyName: `某镇${bad}人民政府` })), ['LETTER_CONTROL_CHARACTER'], JSON.stringify(bad));
      assert.equal(withoutControlCharacters(`某镇${bad}人民政府`), '某镇人民政府');
    }
    assert.deepEqual(errors(edit({ paragraphs: [good.paragraphs[0], `${good.paragraphs[1]}\n第二行`] })).map((e) => e.field), ['paragraphs[1]']);
  });

  it('refuses text still to be filled in', () => {
    assert.deepEqual(codes(edit({ paragraphs: [...good.paragraphs, '缴费方式：【请填写：缴费方式】。'] })), ['LETTER_PLACEHOLDER']);
  });

  it('checks dates: valid, in range, the deadline not before the letter', () => {
    assert.deepEqual(codes(edit({ date: '2024-02-30' })), ['DATE_INVALID']);
    assert.deepEqual(codes(edit({ deadline: '20241022' })), ['DATE_INVALID']);
    assert.deepEqual(codes(edit({ date: '1999-10-08' })), ['DATE_OUT_OF_RANGE']);
    assert.deepEqual(codes(edit({ date: '2024-10-23' })), ['LETTER_DEADLINE_BEFORE_DATE']);
    const { deadline: _d, ...noDeadline } = good;
    assert.ok(validateLetter(noDeadline).ok);
  });

  it('keeps the basis and the deadline in the body', () => {
    assert.deepEqual(codes(edit({ basis: '《中华人民共和国政府信息公开条例》第三十一条' })), ['LETTER_BASIS_NOT_CITED']);
    assert.deepEqual(codes(edit({ deadline: '2024-10-25' })), ['LETTER_DEADLINE_NOT_STATED']);
    const paragraphs = [good.paragraphs[0], '请您尽快作出补正。'];
    assert.deepEqual(codes(edit({ paragraphs })), ['LETTER_BASIS_NOT_CITED', 'LETTER_DEADLINE_NOT_STATED']);
  });

  it('reports every problem at once', () => {
    assert.deepEqual(codes(edit({ title: '', agencyName: 'x'.repeat(101), date: 'tomorrow', extra: true })), [
      'LETTER_INVALID',
      'LETTER_FIELD_MISSING',
      'LETTER_TOO_LONG',
      'DATE_INVALID',
    ]);
  });
});
