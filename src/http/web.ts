// The web application's files (built by Vite into dist-web/): hashed assets cached for a year,
// index.html for every other page address (the browser-side router takes it from there).
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** dist-web beside src/ and dist/ (this file is src/http/web.ts or dist/http/web.js). */
export const WEB_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'dist-web');

const NOT_BUILT = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>网页尚未构建</title>
<body style="font-family:sans-serif;max-width:40em;margin:3em auto"><h1>网页尚未构建</h1>
<p>API 正常运行（<a href="/api/openapi.json">/api/openapi.json</a>），但网页文件不存在。请在项目目录运行 <code>npm run build</code> 后重新启动。</p></body></html>`;

export async function registerWeb(app: FastifyInstance, root: string = WEB_ROOT): Promise<(request: FastifyRequest, reply: FastifyReply) => boolean> {
  const built = existsSync(join(root, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders: (reply, path) => {
        void reply.header('cache-control', path.includes(join(root, 'assets')) ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  /** Answers a page address with the application (true), or leaves it (false: not a page request). */
  return (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    if (request.url.startsWith('/api/') || request.url === '/api') return false;
    if (!built) {
      void reply.code(503).type('text/html; charset=utf-8').send(NOT_BUILT);
      return true;
    }
    void reply.header('cache-control', 'no-cache').sendFile('index.html');
    return true;
  };
}
