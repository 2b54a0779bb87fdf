// The supervisor's dashboard: the roll-up of a year over the caller's report scope, and published
// report files read and checked on upload (the raw file as the body, up to 20 MB; nothing stored).
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { supervisionRollup } from '../../office/supervision.js';
import { examineUpload } from '../../office/supervision-uploads.js';
import { MAX_INPUT_BYTES } from '../../reader/decode.js';
import { sendFailure, sendResult } from '../errors.js';
import { Loose, withErrors, Year } from '../schemas.js';
import { principalOf, requireUser } from '../session.js';
import type { RouteContext, TypedApp } from './index.js';

const tags = ['监督'];

/** What browsers and scripts send for a report file (the reader itself tells the kinds apart by content). */
export const REPORT_FILE_MEDIA_TYPES = [
  'application/octet-stream',
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'text/html',
  'application/xhtml+xml',
  'text/plain',
];

const UploadQuery = Type.Object(
  { filename: Type.String({ minLength: 1, maxLength: 255, default: '年度报告', description: '文件名（用于显示）' }) },
  { additionalProperties: false },
);

export function supervisionRoutes(app: TypedApp, { office }: RouteContext): void {
  const auth = requireUser(office);

  app.get(
    '/api/supervision/:year/rollup',
    {
      preHandler: auth,
      schema: {
        tags,
        summary: '所辖机关的年度数据汇总（按记录统计，上级等于本级与下级之和）、年度报告发布情况、按时答复率和当前逾期件数',
        params: Type.Object({ year: Year }),
        response: withErrors({ 200: Loose }, 401, 403),
      },
    },
    async (request, reply) => sendResult(reply, await supervisionRollup(office, principalOf(request), request.params.year)),
  );

  // Raw bodies only here: the parsers stay inside this plugin's scope.
  void app.register(async (plugin) => {
    const scope = plugin.withTypeProvider<TypeBoxTypeProvider>();
    scope.addContentTypeParser(REPORT_FILE_MEDIA_TYPES, { parseAs: 'buffer', bodyLimit: MAX_INPUT_BYTES }, (_request, body, done) => done(null, body));
    scope.post(
      '/api/supervision/uploads',
      {
        // Before the body is read: no one unsigned makes the server buffer 20 MB.
        onRequest: auth,
        bodyLimit: MAX_INPUT_BYTES,
        schema: {
          tags,
          summary: '读取并检查一份已发布的年度报告文件（请求体为 PDF、Word、HTML 或文本文件本身；不保存）',
          querystring: UploadQuery,
          response: withErrors({ 200: Loose }, 401, 403, 413, 415),
        },
      },
      async (request, reply) => {
        const body: unknown = request.body ?? Buffer.alloc(0);
        if (!Buffer.isBuffer(body)) {
          return sendFailure(reply, { ok: false, code: 'MEDIA_TYPE_UNSUPPORTED', message: '请求体应为年度报告文件本身（Content-Type: application/octet-stream、application/pdf、Word、HTML 或文本类型）。' });
        }
        const bytes = new Uint8Array(body.buffer, body.byteOffset, body.length);
        return sendResult(reply, await examineUpload(office, principalOf(request), bytes, request.query.filename));
      },
    );
  });
}
