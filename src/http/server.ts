// The HTTP API under /api (Fastify): validation from TypeBox schemas (Chinese messages), the
// OpenAPI document at /api/openapi.json, session cookies, rate limits on public endpoints, and one
// error body with stable codes for everything that goes wrong — including what Fastify itself
// refuses (bad JSON, too large, unknown route).
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import type { Office } from '../office/office.js';
import { errorBody, sendFailure } from './errors.js';
import { ErrorBody } from './schemas.js';
import { validationMessage } from './validation.js';
import { requestValidators } from './validators.js';
import { registerRoutes } from './routes/index.js';
import { registerWeb } from './web.js';

export interface ServerOptions {
  /** Secure cookies (HTTPS deployments; behind a TLS proxy set trustProxy too). */
  secureCookies?: boolean;
  trustProxy?: boolean;
  /** Requests per minute per address on public endpoints (default 60) and sign-in (default 10). */
  publicRateLimit?: number;
  signInRateLimit?: number;
  logger?: boolean;
  /** The built web application (default dist-web/). */
  webRoot?: string;
}

export type Api = FastifyInstance;

const FASTIFY_CODES: Readonly<Record<string, { code: string; message: string }>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'BODY_INVALID', message: '请求体不是有效的 JSON。' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'BODY_INVALID', message: '请求体为空，应为 JSON。' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'PAYLOAD_TOO_LARGE', message: '请求体过大。' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'MEDIA_TYPE_UNSUPPORTED', message: '不支持该请求内容类型（Content-Type）。' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'BODY_INVALID', message: '请求体长度与 Content-Length 不符。' },
  FST_ERR_BAD_URL: { code: 'ROUTE_NOT_FOUND', message: '请求地址无效。' },
};

export async function buildServer(office: Office, options: ServerOptions = {}): Promise<Api> {
  const app = Fastify({
    logger: options.logger ?? false,
    trustProxy: options.trustProxy ?? false,
    bodyLimit: 1024 * 1024,
    schemaErrorFormatter: (errors, dataVar) => Object.assign(new Error(validationMessage(errors, dataVar)), { statusCode: 400, code: 'VALIDATION_FAILED' }),
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(requestValidators());
  app.decorateRequest('principal', null);
  app.addSchema(ErrorBody);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => ({
      statusCode: 429,
      ...errorBody({ code: 'RATE_LIMITED', message: `请求过于频繁，请 ${Math.ceil(ctx.ttl / 1000)} 秒后再试。` }),
    }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: { title: 'Gongkai 政府信息公开工作平台 API', version: '1', description: '依申请公开办理、主动公开记录、复议诉讼、年度报告。错误均为 { error: { code, message } }，代码见 docs/errors.md。' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'gongkai_session' } } },
    },
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error.code === 'VALIDATION_FAILED' || error.validation) {
      const message = error.code === 'VALIDATION_FAILED' ? error.message : validationMessage(error.validation ?? [], error.validationContext ?? 'body');
      return sendFailure(reply, { ok: false, code: 'VALIDATION_FAILED', message });
    }
    const known = FASTIFY_CODES[error.code];
    if (known) return sendFailure(reply, { ok: false, ...known });
    if (error.statusCode === 429) return reply.code(429).send(errorBody({ code: 'RATE_LIMITED', message: '请求过于频繁，请稍后再试。' }));
    if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
      return reply.code(error.statusCode).send(errorBody({ code: 'REQUEST_INVALID', message: `请求无效（${error.message}）。` }));
    }
    request.log.error(error);
    return reply.code(500).send(errorBody({ code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后再试；问题持续时请联系管理员。' }));
  });
  const page = await registerWeb(app, options.webRoot);
  app.setNotFoundHandler((request, reply) => {
    if (page(request, reply)) return reply;
    return sendFailure(reply, { ok: false, code: 'ROUTE_NOT_FOUND', message: `没有这个接口：${request.method} ${request.url.split('?')[0] ?? ''}` });
  });

  await registerRoutes(app, office, options);
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  await app.ready();
  return app;
}
