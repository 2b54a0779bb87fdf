// A letter drafted from its template: the title, 文号, addressee and body from the application's
// record, ready for staff to edit. The draft passes validateLetter except for the 【请填写…】 parts
// only staff can write.
import { chineseDate, yearOf } from '../calendar/iso-date.js';
import { dateProblem } from '../deadlines/problems.js';
import { body } from './templates.js';
import { isLetterKind, LETTER_TITLES, type DraftErrorCode, type DraftInput, type DraftResult, type Letter } from './types.js';
import { letterProblems } from './validate.js';

function fail(code: DraftErrorCode, message: string): DraftResult {
  return { ok: false, code, message };
}

/** A full 文号 as given; a bare number becomes 〔year〕第N号; none: the tracking code stands for the number. */
function reference(given: string | undefined, trackingCode: string, year: number): string {
  const text = given?.trim() ?? '';
  if (text === '') return `〔${year}〕第${trackingCode}号`;
  return /^\d{1,9}$/.test(text) ? `〔${year}〕第${Number(text)}号` : text;
}

export function draftLetter(input: DraftInput): DraftResult {
  if (!isLetterKind(input.kind)) return fail('LETTER_INPUT_INVALID', `文书类型“${String(input.kind)}”无效。`);
  const app = input.application;
  const badDate = dateProblem(input.date, 'date', '成文日期');
  if (badDate) return fail('LETTER_INPUT_INVALID', badDate.message);
  if (input.date < app.receivedOn) {
    return fail('LETTER_INPUT_INVALID', `成文日期${chineseDate(input.date)}早于收到申请的日期${chineseDate(app.receivedOn)}，请检查。`);
  }
  const agencyName = typeof input.agencyName === 'string' ? input.agencyName.trim() : '';
  if (agencyName === '') return fail('LETTER_INPUT_INVALID', '署名机关不能为空。');

  const b = body(input);
  if (!b.ok) return b;
  const contact = input.contact?.trim();
  const letter: Letter = {
    kind: input.kind,
    ...(b.body.outcome !== undefined ? { outcome: b.body.outcome } : {}),
    title: LETTER_TITLES[input.kind],
    reference: reference(input.reference, app.trackingCode, yearOf(input.date)),
    addressee: b.body.addressee,
    paragraphs: b.body.paragraphs,
    basis: b.body.basis,
    ...(b.body.deadline !== undefined ? { deadline: b.body.deadline } : {}),
    agencyName,
    date: input.date,
    ...(contact ? { contact } : {}),
  };
  // Names, descriptions and 补正 items come from outside: a draft that could not be sent as it is
  // (too long, control characters) is refused here rather than at sending time.
  const problem = letterProblems(letter).find((p) => p.code !== 'LETTER_PLACEHOLDER');
  if (problem) return fail('LETTER_INPUT_INVALID', problem.message);
  return { ok: true, letter };
}
