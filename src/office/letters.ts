// Letters and notices for an application: a draft from the templates (core/letters), edited by staff
// in the workbench, validated and rendered as an official-look DOCX.
import type { LetterKind } from '../core/applications/types.js';
import type { Outcome } from '../core/applications/outcomes.js';
import type { IsoDate } from '../core/calendar/iso-date.js';
import { draftLetter, validateLetter, type Letter } from '../core/letters/index.js';
import { renderLetterDocx } from '../render/letter-docx.js';
import type { Principal } from './access.js';
import { applicationForLetters } from './applications.js';
import type { Office } from './office.js';
import { failure, ok, type Result } from './result.js';

export async function draftApplicationLetter(
  office: Office,
  by: Principal,
  id: string,
  input: { kind: LetterKind; outcome?: Outcome; date?: IsoDate; reference?: string; contact?: string },
): Promise<Result<Letter>> {
  const found = await applicationForLetters(office, by, id);
  if (!found.ok) return found;
  const agency = await office.repos.agencies.get(found.value.agencyId);
  const r = draftLetter({
    kind: input.kind,
    application: found.value.application,
    agencyName: agency?.name ?? '',
    date: input.date ?? office.clock.today(),
    ...(input.outcome ? { outcome: input.outcome } : {}),
    ...(input.reference ? { reference: input.reference } : {}),
    ...(input.contact ? { contact: input.contact } : {}),
  });
  return r.ok ? ok(r.letter) : failure(r.code, r.message);
}

/** The edited letter as DOCX, once it passes validation (every problem listed in details). */
export async function letterDocx(office: Office, by: Principal, id: string, edited: unknown): Promise<Result<{ bytes: Uint8Array; letter: Letter }>> {
  const found = await applicationForLetters(office, by, id);
  if (!found.ok) return found;
  const v = validateLetter(edited);
  if (!v.ok) return failure(v.errors[0]?.code ?? 'LETTER_INVALID', `文书不能生成：${v.errors.map((e) => e.message).join('；')}`, v.errors);
  return ok({ bytes: await renderLetterDocx(v.letter), letter: v.letter });
}
