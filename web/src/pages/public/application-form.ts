// The online application form as data: its choices, the checks run in the browser before sending
// (the server runs the same identifier checks, from the same core module), and the API body.
import { isCreditCode, isResidentIdNumber } from '../../../../src/core/applications/identifiers.js';
import { APPLICANT_TYPES, applicantTypeLabel, type ApplicantType } from '../../../../src/core/applications/applicant.js';

export type OrganisationType = Exclude<ApplicantType, 'naturalPerson'>;

/** 法人或其他组织: the five official organisation columns of section 三. */
export const ORGANISATION_TYPES = APPLICANT_TYPES.filter((t): t is OrganisationType => t !== 'naturalPerson').map((value) => ({ value, label: applicantTypeLabel(value) }));

export type PersonIdType = 'residentId' | 'other';

/** 获取信息的方式、途径 (第二十九条第二款第三项); `email`: the reply goes to the applicant's e-mail. */
export const REQUESTED_FORMS = [
  { value: '纸质文本（邮寄）', email: false },
  { value: '纸质文本（自行领取）', email: false },
  { value: '电子文本（电子邮件）', email: true },
  { value: '光盘（邮寄）', email: false },
  { value: '当场阅读、抄录', email: false },
  { value: '其他', email: false },
] as const;

export type RequestedForm = (typeof REQUESTED_FORMS)[number]['value'];

export interface FormValues {
  kind: 'person' | 'organisation';
  organisationType?: OrganisationType;
  name: string;
  idType?: PersonIdType;
  idNumber: string;
  contactPerson?: string;
  phone: string;
  address: string;
  email?: string;
  content: string;
  requestedForm: RequestedForm;
  requestedFormNote?: string;
  declaration: boolean;
}

/** The POST /api/public/agencies/:id/applications body (RegisterBody: no field beyond it). */
export interface ApplicationBody {
  applicantType: ApplicantType;
  applicant: { name: string; idType: 'residentId' | 'creditCode' | 'other'; idNumber: string; phone: string; address: string; email?: string };
  content: string;
  requestedForm: string;
}

const ID_SHAPE = /^\d{17}[\dX]$/;
const CREDIT_SHAPE = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** Null when valid, else why: the shape, the date of birth, or the check character. */
export function residentIdProblem(text: string): string | null {
  const id = text.trim().toUpperCase();
  if (!ID_SHAPE.test(id)) return '居民身份证号码应为18位：前17位为数字，最后一位为数字或X。';
  if (isResidentIdNumber(id)) return null;
  // When some last character would make it valid, only the check character is wrong.
  const fixable = [...'0123456789X'].some((c) => isResidentIdNumber(id.slice(0, 17) + c));
  return fixable ? '居民身份证号码校验位（最后一位）不正确，请核对号码。' : '居民身份证号码中的出生日期不正确，请核对号码。';
}

export function creditCodeProblem(text: string): string | null {
  const code = text.trim().toUpperCase();
  if (!CREDIT_SHAPE.test(code)) return '统一社会信用代码应为18位数字或大写字母（不含I、O、Z、S、V）。';
  return isCreditCode(code) ? null : '统一社会信用代码校验位（最后一位）不正确，请核对。';
}

/** A mobile (11 digits) or a landline with its area code, optionally +86 and an extension. */
export function phoneProblem(text: string): string | null {
  const t = text.trim();
  const digits = t.replace(/^\+86/, '').replace(/[\s()-]/g, '');
  const ok = /^[0-9+()\- ]+$/.test(t) && (/^1[3-9]\d{9}$/.test(digits) || /^0\d{9,11}\d{0,6}$/.test(digits));
  return ok ? null : '请填写正确的联系电话：11位手机号码，或带区号的固定电话（如 010-12345678）。';
}

export function applicationBody(v: FormValues): ApplicationBody {
  const organisation = v.kind === 'organisation';
  const note = v.requestedFormNote?.trim();
  const address = v.address.trim();
  const email = v.email?.trim();
  return {
    applicantType: organisation ? (v.organisationType ?? 'other') : 'naturalPerson',
    applicant: {
      name: v.name.trim(),
      idType: organisation ? 'creditCode' : (v.idType ?? 'residentId'),
      idNumber: organisation || v.idType !== 'other' ? v.idNumber.trim().toUpperCase() : v.idNumber.trim(),
      phone: v.phone.trim(),
      // The API has no contact-person field; for an organisation the contact goes with the address,
      // where letters are sent.
      address: organisation && v.contactPerson?.trim() ? `${address}（联系人：${v.contactPerson.trim()}）` : address,
      ...(email ? { email } : {}),
    },
    content: v.content.trim(),
    requestedForm: note ? `${v.requestedForm}；${note}` : v.requestedForm,
  };
}
