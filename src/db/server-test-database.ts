// A throw-away database on a PostgreSQL server for tests: created as gongkai_test_<random> on the
// server of TEST_DATABASE_URL, DATABASE_URL or postgres://postgres@127.0.0.1:5432/postgres, dropped
// afterwards. CI must have a server (a missing one fails there); elsewhere the tests skip.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const DEFAULT_TEST_SERVER_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export function testServerUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.TEST_DATABASE_URL?.trim() || env.DATABASE_URL?.trim() || DEFAULT_TEST_SERVER_URL;
}

export interface TestDatabase {
  url: string;
  name: string;
  drop(): Promise<void>;
}

async function adminQuery(url: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  client.on('error', () => undefined);
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** A new empty database, or why the server could not be used. */
export async function createTestDatabase(): Promise<{ ok: true; db: TestDatabase } | { ok: false; reason: string }> {
  const adminUrl = testServerUrl();
  const name = `gongkai_test_${randomBytes(6).toString('hex')}`;
  try {
    await adminQuery(adminUrl, `CREATE DATABASE ${name}`);
  } catch (e) {
    const shown = adminUrl.replace(/:[^:@/]*@/, ':***@');
    return { ok: false, reason: `no PostgreSQL server at ${shown} (${(e as Error).message || (e as { code?: string }).code})` };
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    ok: true,
    db: { url: url.href, name, drop: () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) },
  };
}

/** Why server tests are skipped here, or null when they must run (CI=true: a missing server is a failure). */
export function skipWithoutServer(result: { ok: true } | { ok: false; reason: string }): string | false {
  if (result.ok) return false;
  if (process.env.CI === 'true') return false;
  return `${result.reason}; set TEST_DATABASE_URL to run the PostgreSQL server tests`;
}
