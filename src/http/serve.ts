// The main job: the API (and, once built, the web application) on one port, over the office opened
// from the data folder or DATABASE_URL. Stops cleanly on SIGINT/SIGTERM: no new requests, the
// database closed (the embedded one releases its data-folder lock).
import type { AddressInfo } from 'node:net';
import { openOffice, type OfficeChoice } from '../office/open.js';
import type { Office } from '../office/office.js';
import { failure, ok, type Result } from '../office/result.js';
import { buildServer, type Api, type ServerOptions } from './server.js';

export interface ServeOptions extends OfficeChoice, ServerOptions {
  port?: number;
  host?: string;
  /** Work on the opened office before the first request is taken (e.g. installing demo data). */
  beforeListen?: (office: Office) => Promise<void>;
}

export interface Running {
  api: Api;
  office: Office;
  url: string;
  stop(): Promise<void>;
}

export async function serve(options: ServeOptions = {}): Promise<Result<Running>> {
  const opened = await openOffice(options);
  if (!opened.ok) return opened;
  const office = opened.value;
  // The embedded database has no autovacuum: tidy up at start.
  if (office.db.kind === 'embedded') await office.db.maintain();
  try {
    await options.beforeListen?.(office);
  } catch (e) {
    await office.db.close();
    return failure('SERVER_START_FAILED', `无法启动服务：${(e as Error).message}`);
  }
  const api = await buildServer(office, options);
  try {
    await api.listen({ port: options.port ?? 3000, host: options.host ?? '127.0.0.1' });
  } catch (e) {
    await api.close();
    await office.db.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') return failure('PORT_IN_USE', `端口 ${options.port ?? 3000} 已被占用，请用 --port 指定其他端口。`);
    return failure('SERVER_START_FAILED', `无法启动服务：${(e as Error).message}`);
  }
  const address = api.server.address() as AddressInfo;
  let stopping: Promise<void> | null = null;
  return ok({
    api,
    office,
    url: `http://${address.address.includes(':') ? `[${address.address}]` : address.address}:${address.port}`,
    stop() {
      stopping ??= (async () => {
        await api.close();
        await office.db.close();
      })();
      return stopping;
    },
  });
}
