// Ledger (台账) import: the raw file as the request body (.xlsx or CSV, up to 20 MB), checked as a
// whole; a dry run answers the preview, an import writes every row or none.
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { importLedger } from '../../office/ledger-import.js';
import { MAX_INPUT_BYTES } from '../../reader/decode.js';
import { sendFailure, sendResult } from '../errors.js';
import { Uuid, withErrors } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import type { RouteContext, TypedApp } from './index.js';

/** What browsers and scripts send for a spreadsheet (Windows reports .csv as application/vnd.ms-excel). */
export const LEDGER_MEDIA_TYPES = [
  'application/octet-stream',
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

const Query = Type.Object(
  {
    filename: Type.String({ minLength: 1, maxLength: 255, default: '台账', description: '文件名（用于识别 .xlsx 与提示）' }),
    dryRun: Type.Boolean({ default: false, description: 'true：只检查并预览，不写入' }),
    agencyId: Type.Optional(Uuid),
  },
  { additionalProperties: false },
);

const Summary = Type.Object({}, { additionalProperties: true, description: '导入结果或预览：按年度、申请人类型、办理结果的计数，以及错误（行号、列、代码、说明）' });

export function ledgerRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);
  // Raw bodies only here: the parsers stay inside this plugin's scope.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(LEDGER_MEDIA_TYPES, { parseAs: 'buffer', bodyLimit: MAX_INPUT_BYTES }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/ledger',
      {
        // Before the body is read: no one unsigned makes the server buffer 20 MB.
        onRequest: auth,
        bodyLimit: MAX_INPUT_BYTES,
        schema: {
          tags: ['依申请公开'],
          summary: '导入台账（请求体为 .xlsx 或 CSV 文件本身；全部正确才导入，dryRun=true 只预览）',
          querystring: Query,
          response: withErrors({ 200: Summary, 201: Summary }, 401, 403, 404, 413, 415),
        },
      },
      async (request, reply) => {
        const body: unknown = request.body ?? Buffer.alloc(0);
        if (!Buffer.isBuffer(body)) {
          return sendFailure(reply, { ok: false, code: 'MEDIA_TYPE_UNSUPPORTED', message: '请求体应为台账文件本身（Content-Type: application/octet-stream、text/csv 或 Excel 类型）。' });
        }
        const by = principalOf(request);
        const { filename, dryRun, agencyId } = request.query;
        const r = await importLedger(office, by, agencyId ?? by.agencyId, new Uint8Array(body.buffer, body.byteOffset, body.length), filename, { dryRun });
        return sendResult(reply, r, dryRun ? 200 : 201);
      },
    );
  });
}
