// Checking a letter that comes back from staff (the HTTP layer accepts edited letters): its shape,
// sizes, no control characters, nothing left to fill in, and the basis and deadline still stated in
// the body. Every problem is reported, not only the first.
import { chineseDate } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';
import { isOutcome } from '../applications/outcomes.js';
import { isLetterKind, PLACEHOLDER_MARK, type Letter } from './types.js';

export type LetterErrorCode =
  | 'LETTER_INVALID'
  | 'LETTER_FIELD_MISSING'
  | 'LETTER_TOO_LONG'
  | 'LETTER_CONTROL_CHARACTER'
  | 'LETTER_PLACEHOLDER'
  | 'LETTER_BASIS_NOT_CITED'
  | 'LETTER_DEADLINE_NOT_STATED'
  | 'LETTER_DEADLINE_BEFORE_DATE'
  | 'DATE_INVALID'
  | 'DATE_OUT_OF_RANGE';

export interface LetterProblem {
  code: LetterErrorCode;
  /** The field, e.g. "title" or "paragraphs[3]". */
  field: string;
  /** Chinese, for people. */
  message: string;
}

export type LetterValidation = { ok: true; letter: Letter } | { ok: false; errors: LetterProblem[] };

export const MAX_TITLE_CHARS = 100;
export const MAX_PARAGRAPHS = 50;
export const MAX_PARAGRAPH_CHARS = 5000;

type TextField = 'title' | 'reference' | 'addressee' | 'basis' | 'agencyName' | 'contact';

/** Limits in characters (code points) and labels of the one-line fields. */
const TEXT_FIELDS: Readonly<Record<TextField, { label: string; max: number; required: boolean }>> = {
  title: { label: '标题', max: MAX_TITLE_CHARS, required: true },
  reference: { label: '发文字号', max: 100, required: true },
  addressee: { label: '主送', max: 200, required: true },
  basis: { label: '依据', max: 1000, required: true },
  agencyName: { label: '署名机关', max: 100, required: true },
  contact: { label: '附注', max: 200, required: false },
};

const KNOWN = new Set<string>(['kind', 'outcome', 'paragraphs', 'date', 'deadline', ...Object.keys(TEXT_FIELDS)]);

/**
 * C0/C1 controls (tabs and line breaks included: one paragraph is one entry), lone surrogates, line
 * and paragraph separators, bidirectional overrides (they can disguise text) and the non-characters
 * XML refuses.
 */
const CONTROL = /[\p{Cc}\p{Cs}\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]/u;

const CONTROL_ALL = new RegExp(CONTROL.source, 'gu');

/** The text without the characters validateLetter refuses (for printers that must never fail). */
export function withoutControlCharacters(text: string): string {
  return text.replace(CONTROL_ALL, '');
}

const length = (text: string): number => [...text].length;

function fail(code: LetterErrorCode, field: string, message: string): LetterProblem {
  return { code, field, message };
}

function checkDate(value: unknown, field: string, label: string, errors: LetterProblem[]): string | null {
  const bad = dateProblem(value, field, label);
  if (bad === null) return value as string;
  errors.push(fail(bad.code === 'DATE_OUT_OF_RANGE' ? 'DATE_OUT_OF_RANGE' : 'DATE_INVALID', field, bad.message));
  return null;
}

/** One text: its problems, and the trimmed text when it can be used. */
function checkText(value: unknown, field: string, label: string, max: number, errors: LetterProblem[]): string | null {
  if (typeof value !== 'string') {
    errors.push(fail('LETTER_INVALID', field, `${label}应为文字。`));
    return null;
  }
  const text = value.trim();
  if (text === '') {
    errors.push(fail('LETTER_FIELD_MISSING', field, `${label}不能为空。`));
    return null;
  }
  if (length(text) > max) errors.push(fail('LETTER_TOO_LONG', field, `${label}有${length(text)}个字，超过${max}个字的上限。`));
  if (CONTROL.test(text)) errors.push(fail('LETTER_CONTROL_CHARACTER', field, `${label}含有控制字符（如制表符、换行符），请删除。`));
  if (text.includes(PLACEHOLDER_MARK)) errors.push(fail('LETTER_PLACEHOLDER', field, `${label}还有待填写的内容（“${PLACEHOLDER_MARK}…】”），请填写后再发出。`));
  return text;
}

function checkParagraphs(value: unknown, errors: LetterProblem[]): string[] | null {
  if (!Array.isArray(value)) {
    errors.push(fail('LETTER_INVALID', 'paragraphs', '正文应为段落的列表。'));
    return null;
  }
  if (value.length === 0) {
    errors.push(fail('LETTER_FIELD_MISSING', 'paragraphs', '正文不能为空。'));
    return null;
  }
  if (value.length > MAX_PARAGRAPHS) {
    errors.push(fail('LETTER_TOO_LONG', 'paragraphs', `正文有${value.length}段，超过${MAX_PARAGRAPHS}段的上限。`));
    return null;
  }
  const out = value.map((p, i) => checkText(p, `paragraphs[${i}]`, `正文第${i + 1}段`, MAX_PARAGRAPH_CHARS, errors));
  return out.every((p): p is string => p !== null) ? out : null;
}

/** Every problem of a letter, in field order; empty when it may be printed and sent. */
export function letterProblems(value: unknown): LetterProblem[] {
  return check(value).errors;
}

export function validateLetter(value: unknown): LetterValidation {
  const { errors, letter } = check(value);
  return errors.length === 0 && letter ? { ok: true, letter } : { ok: false, errors };
}

function check(value: unknown): { errors: LetterProblem[]; letter: Letter | null } {
  const errors: LetterProblem[] = [];
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { errors: [fail('LETTER_INVALID', 'letter', '文书内容应为一个对象。')], letter: null };
  }
  const v = value as Record<string, unknown>;
  for (const key of Object.keys(v)) if (!KNOWN.has(key)) errors.push(fail('LETTER_INVALID', key, `文书含有未知字段“${key.slice(0, 50)}”。`));
  if (!isLetterKind(v.kind)) errors.push(fail('LETTER_INVALID', 'kind', `文书类型“${String(v.kind).slice(0, 50)}”无效。`));
  if (v.outcome !== undefined && !isOutcome(v.outcome)) errors.push(fail('LETTER_INVALID', 'outcome', `办理结果“${String(v.outcome).slice(0, 50)}”无效。`));

  const text: Partial<Record<TextField, string | null>> = {};
  for (const [field, spec] of Object.entries(TEXT_FIELDS) as [TextField, (typeof TEXT_FIELDS)[TextField]][]) {
    const raw = v[field];
    if (!spec.required && (raw === undefined || (typeof raw === 'string' && raw.trim() === ''))) continue;
    if (raw === undefined) {
      errors.push(fail('LETTER_FIELD_MISSING', field, `${spec.label}不能为空。`));
      continue;
    }
    text[field] = checkText(raw, field, spec.label, spec.max, errors);
  }
  const paragraphs = checkParagraphs(v.paragraphs, errors);

  const date = checkDate(v.date, 'date', '成文日期', errors);
  const deadline = v.deadline === undefined ? null : checkDate(v.deadline, 'deadline', '期限', errors);
  if (date && deadline && deadline < date) {
    errors.push(fail('LETTER_DEADLINE_BEFORE_DATE', 'deadline', `期限${chineseDate(deadline)}早于成文日期${chineseDate(date)}，请检查。`));
  }

  // The body must still say what the letter rests on and the day it sets, whatever staff edited.
  const body = paragraphs?.join('') ?? null;
  if (body !== null && text.basis && !body.includes(text.basis)) {
    errors.push(fail('LETTER_BASIS_NOT_CITED', 'basis', `正文没有引用依据“${text.basis}”：请在正文中写明，或修改依据。`));
  }
  if (body !== null && deadline && !body.includes(chineseDate(deadline))) {
    errors.push(fail('LETTER_DEADLINE_NOT_STATED', 'deadline', `正文没有写明期限“${chineseDate(deadline)}”。`));
  }
  if (errors.length > 0 || !paragraphs || !date) return { errors, letter: null };
  const letter: Letter = {
    kind: v.kind as Letter['kind'],
    ...(v.outcome !== undefined ? { outcome: v.outcome as NonNullable<Letter['outcome']> } : {}),
    title: text.title!,
    reference: text.reference!,
    addressee: text.addressee!,
    paragraphs,
    basis: text.basis!,
    ...(deadline ? { deadline } : {}),
    agencyName: text.agencyName!,
    date,
    ...(text.contact ? { contact: text.contact } : {}),
  };
  return { errors, letter };
}
