// The disclosure office's commands: `serve` (the main job), and the scriptable ones over the same
// database (`--data DIR` before the command selects the embedded database folder; DATABASE_URL a
// PostgreSQL server).
import type { Command } from 'commander';
import { serve } from '../http/serve.js';
import { EXIT } from './exit-codes.js';
import type { Io } from './io.js';
import { FIRST_ADMIN_HINT, noAccountsYet, registerOfficeDataCommands } from './office-data-commands.js';

/** Where the office's data is: --data (default ./data), or DATABASE_URL when set. */
export function officeChoice(program: Command): { dataDir: string | undefined; databaseUrl: string | undefined } {
  const opts = program.opts<{ data?: string }>();
  return { dataDir: opts.data, databaseUrl: process.env['DATABASE_URL'] };
}

function portOf(text: string | undefined): number | null {
  if (text === undefined) return Number(process.env['PORT'] ?? 3000) || 3000;
  const n = Number(text);
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : null;
}

export function registerOfficeCommands(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('serve')
    .description('启动服务：API 与网页（默认使用 ./data 中的嵌入式数据库；设置 DATABASE_URL 时使用 PostgreSQL 服务器）')
    .option('--port <port>', '端口（默认 3000，或环境变量 PORT）')
    .option('--host <host>', '监听地址（默认 127.0.0.1；局域网访问用 0.0.0.0）')
    .option('--secure-cookies', '会话 Cookie 只经 HTTPS 发送（部署在 HTTPS 之后时使用）')
    .action(async (opts: { port?: string; host?: string; secureCookies?: boolean }) => {
      const port = portOf(opts.port);
      if (port === null) {
        io.stderr(`端口“${opts.port ?? ''}”无效，应为 0–65535 的整数。`);
        return setExit(EXIT.unreadable);
      }
      const running = await serve({ ...officeChoice(program), port, ...(opts.host ? { host: opts.host } : {}), secureCookies: opts.secureCookies ?? false });
      if (!running.ok) {
        io.stderr(`${running.message}（${running.code}）`);
        return setExit(EXIT.unreadable);
      }
      const { office, url } = running.value;
      io.stderr(`Gongkai 已启动：${url}/  （数据：${office.db.location}；API 文档：${url}/api/openapi.json；按 Ctrl+C 停止）`);
      if (await noAccountsYet(office)) io.stderr(FIRST_ADMIN_HINT);
      await new Promise<void>((resolve) => {
        const stop = () => {
          io.stderr('正在停止……');
          void running.value.stop().then(resolve);
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      setExit(EXIT.ok);
    });

  registerOfficeDataCommands(program, io, setExit, () => officeChoice(program));
}
