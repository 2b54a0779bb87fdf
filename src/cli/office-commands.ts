// The disclosure office's commands: `serve` (the main job), and the scriptable ones over the same
// database (`--data DIR` before the command selects the embedded database folder; DATABASE_URL a
// PostgreSQL server).
import type { Command } from 'commander';
import { serve } from '../http/serve.js';
import { DEMO_PASSWORD, installDemo, type DemoSummary } from '../office/demo.js';
import { ROLE_LABELS } from '../office/access.js';
import type { Office } from '../office/office.js';
import { openOffice } from '../office/open.js';
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
    .option('--no-demo', '数据库为空时不安装演示数据')
    .action(async (opts: { port?: string; host?: string; secureCookies?: boolean; demo: boolean }) => {
      const port = portOf(opts.port);
      if (port === null) {
        io.stderr(`端口“${opts.port ?? ''}”无效，应为 0–65535 的整数。`);
        return setExit(EXIT.unreadable);
      }
      // A fresh, empty database opens to a working portal: demo data, clearly marked and removable.
      const beforeListen = async (office: Office) => {
        if (!opts.demo || (await office.db.query('SELECT 1 FROM agencies LIMIT 1')).rowCount > 0) return;
        io.stderr('数据库为空，正在安装演示数据（约需数秒；不需要时用 --no-demo，或之后运行 gongkai demo remove 删除）……');
        const summary = await installDemo(office);
        if (summary) io.stderr(demoLines(summary));
      };
      const running = await serve({ ...officeChoice(program), port, ...(opts.host ? { host: opts.host } : {}), secureCookies: opts.secureCookies ?? false, beforeListen });
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

  const demo = program.command('demo').description('演示数据：安装或删除（演示机关名称带“演示”字样）');
  demo
    .command('install')
    .description('安装演示数据（已有演示数据时不重复安装）')
    .action(async () => setExit(await withOffice(program, io, async (office) => {
      const summary = await installDemo(office);
      io.stderr(summary ? demoLines(summary) : '已有演示数据，未重复安装。');
    })));
  demo
    .command('remove')
    .description('删除全部演示数据（演示机关及其用户、申请、办理记录、报告），其他数据不受影响')
    .action(async () => setExit(await withOffice(program, io, async (office) => {
      const removed = await office.repos.demo.remove();
      io.stderr(removed > 0 ? `已删除演示数据（${removed} 个演示机关及其全部记录）。` : '没有演示数据。');
    })));
}

function demoLines(s: DemoSummary): string {
  return [
    `已安装演示数据：${s.agencies} 个机关、${s.applications} 件申请及其办理记录、已发布的年度报告。`,
    `演示账号（密码均为 ${DEMO_PASSWORD}）：`,
    ...s.accounts.map((a) => `  ${a.login.padEnd(20)} ${a.agency} ${ROLE_LABELS[a.role]}`),
    '删除演示数据：gongkai demo remove',
  ].join('\n');
}

/** Opens the office for one command and closes it (releasing the data folder). */
async function withOffice(program: Command, io: Io, work: (office: Office) => Promise<void>): Promise<number> {
  const opened = await openOffice(officeChoice(program));
  if (!opened.ok) {
    io.stderr(`${opened.message}（${opened.code}）`);
    return EXIT.unreadable;
  }
  try {
    await work(opened.value);
    return EXIT.ok;
  } finally {
    await opened.value.db.close();
  }
}
