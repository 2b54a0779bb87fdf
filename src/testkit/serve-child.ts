// The real `gongkai serve` in a child process, for the API crash tests and the API benchmark: started
// on an embedded data folder or a PostgreSQL database (DATABASE_URL) with a given key for personal
// data, on a free port, which it prints on its startup line. From source under tsx; from the
// compiled CLI when this file is itself compiled (the benchmark build).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const compiled = import.meta.url.endsWith('.js');
const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'cli', compiled ? 'bin.js' : 'bin.ts');

/** Far more than a start takes (~4 s embedded, most of it loading PGlite): a server that hangs fails. */
const START_LIMIT_MS = 120_000;

/** Where the server keeps its data: an embedded data folder, or a PostgreSQL database (dataDir then unused). */
export type Target = { engine: 'embedded'; dataDir: string } | { engine: 'server'; url: string; dataDir: string };

export interface ServerChild {
  url: string;
  pid: number;
  alive(): boolean;
  /** Resolves when the process has ended. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  stderr(): string;
}

/** Starts `gongkai serve --port 0` and waits for the address it prints. */
export async function startServer(target: Target, secretKeyHex: string): Promise<ServerChild> {
  const env: NodeJS.ProcessEnv = { ...process.env, GONGKAI_SECRET_KEY: secretKeyHex };
  delete env['DATABASE_URL'];
  if (target.engine === 'server') env['DATABASE_URL'] = target.url;
  const args = [...(compiled ? [] : ['--import', 'tsx']), CLI, '--data', target.dataDir, 'serve', '--port', '0'];
  const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  let alive = true;
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => {
      alive = false;
      resolve({ code, signal });
    }),
  );
  const url = await new Promise<string | null>((resolve) => {
    createInterface({ input: child.stderr }).on('line', (line) => {
      stderr += `${line}\n`;
      const m = /已启动：(http:\/\/[^\s/]+)\//.exec(line);
      if (m?.[1]) resolve(m[1]);
    });
    void exited.then(() => resolve(null));
    setTimeout(() => {
      if (alive) child.kill('SIGKILL');
    }, START_LIMIT_MS).unref();
  });
  if (url === null || child.pid === undefined) assert.fail(`gongkai serve did not start: ${stderr}`);
  return { url, pid: child.pid, alive: () => alive, exited, stderr: () => stderr };
}

/** Stops the server if it still runs (SIGKILL), so a failed test or benchmark leaves none behind. */
export async function ensureStopped(child: ServerChild | null): Promise<void> {
  if (child?.alive()) {
    process.kill(child.pid, 'SIGKILL');
    await child.exited;
  }
}

export interface Session {
  url: string;
  cookie: string;
}

export interface Reply {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
}

/** One request; resolves once the whole response has arrived. */
export async function call(s: Session, method: 'GET' | 'POST', path: string, body?: unknown): Promise<Reply> {
  const r = await fetch(`${s.url}${path}`, {
    method,
    headers: { cookie: s.cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await r.text();
  return { status: r.status, body: text ? (JSON.parse(text) as Reply['body']) : {} };
}

/** Signs in; the session cookie for the following calls. */
export async function signIn(url: string, credentials: { login: string; password: string }): Promise<Session> {
  const r = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(credentials) });
  assert.equal(r.status, 200, await r.text());
  const cookie = r.headers.getSetCookie().find((c) => c.startsWith('gongkai_session='));
  assert.ok(cookie, 'no session cookie');
  return { url, cookie: cookie.split(';')[0]! };
}

/** Today in China, as the server counts days. */
export function today(): string {
  return new Date().toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}
