// Schemas of the application endpoints.
import { Type } from 'typebox';
import { APPLICANT_TYPES } from '../../core/applications/applicant.js';
import { OUTCOMES } from '../../core/applications/outcomes.js';
import { APPLICATION_STATES, CHANNELS } from '../../db/vocabulary.js';
import { IsoDate, text } from '../schemas.js';

export const enumOf = <T extends string>(values: readonly T[], description: string) => Type.Unsafe<T>({ type: 'string', enum: [...values], description });

export const ApplicantInput = Type.Object(
  {
    name: text(200, '姓名或者名称'),
    idType: Type.Optional(enumOf(['residentId', 'creditCode', 'other'] as const, '证件类型：居民身份证、统一社会信用代码、其他')),
    idNumber: Type.Optional(text(40, '证件号码（加密存储，列表中脱敏显示）')),
    phone: Type.Optional(Type.String({ minLength: 3, maxLength: 30, pattern: '^[0-9+()\\- ]+$', description: '联系电话（加密存储）' })),
    address: Type.Optional(text(500, '通信地址')),
    email: Type.Optional(Type.String({ format: 'email', maxLength: 200 })),
  },
  { additionalProperties: false },
);

export const RegisterBody = Type.Object(
  {
    applicantType: enumOf(APPLICANT_TYPES, '申请人类型'),
    applicant: ApplicantInput,
    content: text(5000, '申请公开的政府信息的名称、文号或者便于查询的其他特征性描述'),
    requestedForm: Type.Optional(text(500, '获取信息的方式、途径')),
  },
  { additionalProperties: false },
);

export const Receipt = Type.Object(
  {
    channel: enumOf(CHANNELS, '收到申请的方式（条例第三十一条）'),
    submittedOn: Type.Optional(IsoDate),
    signedForOn: Type.Optional(IsoDate),
    confirmedOn: Type.Optional(IsoDate),
    sentOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false },
);

export const StaffRegisterBody = Type.Interface([RegisterBody], { receipt: Receipt, referenceNumber: Type.Optional(text(60, '本机关申请编号')) }, { additionalProperties: false });

export const EVENT_TYPES = [
  'requestCorrection',
  'receiveCorrection',
  'correctionLapsed',
  'startConsultation',
  'endConsultation',
  'requestExtension',
  'approveExtension',
  'rejectExtension',
  'noticeFee',
  'payFee',
  'feeLapsed',
  'decide',
  'deliver',
  'close',
] as const;

export const EventBody = Type.Object(
  {
    version: Type.Integer({ minimum: 1, description: '读取时的版本号（并发修改检查）' }),
    event: Type.Object(
      {
        type: enumOf(EVENT_TYPES, '办理事件'),
        on: IsoDate,
        items: Type.Optional(text(5000, '补正事项')),
        respondBy: Type.Optional(IsoDate),
        party: Type.Optional(enumOf(['thirdParty', 'agency'] as const, '征求意见对象：第三方或其他机关')),
        name: Type.Optional(text(200, '被征求意见的第三方或机关名称')),
        index: Type.Optional(Type.Integer({ minimum: 0, maximum: 100 })),
        workingDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 20, description: '延长的工作日数（不超过20）' })),
        reason: Type.Optional(text(2000, '延期理由')),
        choice: Type.Optional(
          Type.Object(
            {
              method: enumOf(['byCount', 'byPages'] as const, '计费方式：按件或按量'),
              itemsThisMonthBefore: Type.Optional(Type.Integer({ minimum: 0, maximum: 100000 })),
              items: Type.Optional(Type.Integer({ minimum: 1, maximum: 100000 })),
              pages: Type.Optional(Type.Integer({ minimum: 0, maximum: 10000000 })),
            },
            { additionalProperties: false },
          ),
        ),
        servedOn: Type.Optional(IsoDate),
        outcome: Type.Optional(enumOf(OUTCOMES, '办理结果（年度报告的结果行）')),
        method: Type.Optional(text(200, '送达方式')),
      },
      { additionalProperties: false },
    ),
  },
  { additionalProperties: false },
);

export const ListQuery = Type.Object(
  {
    state: Type.Optional(Type.Array(enumOf(APPLICATION_STATES, '状态'))),
    open: Type.Optional(Type.Boolean()),
    due: Type.Optional(enumOf(['soon', 'overdue'] as const, '即将到期（3个工作日内）或已逾期')),
    receivedFrom: Type.Optional(IsoDate),
    receivedTo: Type.Optional(IsoDate),
    text: Type.Optional(Type.String({ maxLength: 100 })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 50 })),
    offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 })),
  },
  { additionalProperties: false },
);

/** Responses are documented loosely: the shapes are the office's view types. */
export const ApplicationViewSchema = Type.Object({ id: Type.String(), trackingCode: Type.String(), state: Type.String(), version: Type.Integer() }, { additionalProperties: true });
