// Letters of an application: GET a draft (JSON, for staff to edit), POST the edited letter → DOCX.
import { Type } from 'typebox';
import { OUTCOMES } from '../../core/applications/outcomes.js';
import { LETTER_KINDS } from '../../core/letters/index.js';
import { draftApplicationLetter, letterDocx } from '../../office/letters.js';
import { attachment } from '../content-disposition.js';
import { sendFailure, sendResult } from '../errors.js';
import { IsoDate, Uuid, withErrors } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import { enumOf } from './application-schemas.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['答复文书'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const Params = Type.Object({ id: Uuid, kind: enumOf(LETTER_KINDS, '文书种类') });

export function letterRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get(
    '/api/applications/:id/letters/:kind',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '按模板生成文书草稿（答复书、补正告知书、延期告知书、征求意见函、收费通知书、终止告知书），供编辑',
        params: Params,
        querystring: Type.Object(
          {
            outcome: Type.Optional(enumOf(OUTCOMES, '答复的办理结果（默认为已登记的结果）')),
            date: Type.Optional(IsoDate),
            reference: Type.Optional(Type.String({ minLength: 1, maxLength: 60 })),
            contact: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          },
          { additionalProperties: false },
        ),
        response: withErrors({ 200: Type.Object({}, { additionalProperties: true }) }, 401, 403, 404),
      },
    },
    async (request, reply) => sendResult(reply, await draftApplicationLetter(office, principalOf(request), request.params.id, { kind: request.params.kind, ...request.query })),
  );

  app.post(
    '/api/applications/:id/letters/:kind/docx',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '校验编辑后的文书并生成 Word 文档（GB/T 9704 版式）',
        params: Params,
        body: Type.Object({}, { additionalProperties: true, description: '文书（GET 草稿的结构，可修改标题、正文段落等）' }),
        response: withErrors({ 200: Type.Unknown() }, 401, 403, 404),
      },
    },
    async (request, reply) => {
      const r = await letterDocx(office, principalOf(request), request.params.id, { ...(request.body as object), kind: request.params.kind });
      if (!r.ok) return sendFailure(reply, r);
      return reply
        .header('content-type', DOCX)
        .header('content-disposition', attachment(`${r.value.letter.title}.docx`))
        .send(Buffer.from(r.value.bytes));
    },
  );
}
