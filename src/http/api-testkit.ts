// Test support for the HTTP API: an office on a real database (embedded PGlite in memory, or a
// throw-away database on a PostgreSQL server), a clock the test moves, a small agency tree with one
// account per role, and helpers to sign in and call the API in-process (Fastify inject).
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe } from 'node:test';
import type { IsoDate } from '../core/calendar/iso-date.js';
import type { Database } from '../db/db.js';
import { openEmbedded } from '../db/embedded.js';
import { openServer } from '../db/server.js';
import { createTestDatabase, skipWithoutServer } from '../db/server-test-database.js';
import type { Clock } from '../office/clock.js';
import { createOffice, type Office } from '../office/office.js';
import { createUser } from '../office/people.js';
import { secretsFromKey } from '../office/secrets.js';
import { buildServer, type Api, type ServerOptions } from './server.js';

export type Engine = 'embedded' | 'server';
export const ENGINES: readonly Engine[] = ['embedded', 'server'];
export const PASSWORD = 'Test-password-1';

export interface MovableClock extends Clock {
  /** Sets today (China) to `day`, at 10:00. */
  setToday(day: IsoDate): void;
}

export function movableClock(day: IsoDate): MovableClock {
  let now = new Date(`${day}T10:00:00+08:00`);
  return { now: () => new Date(now), today: () => now.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' }), setToday: (d) => void (now = new Date(`${d}T10:00:00+08:00`)) };
}

/** 某市 → 某县 → 甲镇, 乙镇; accounts by name. */
export interface Seed {
  city: string;
  county: string;
  townA: string;
  townB: string;
  /** login → agency: clerkA, approverA, adminA (甲镇); clerkB, approverB (乙镇); adminCounty, supervisor (县). */
  logins: readonly string[];
}

export interface ApiHarness {
  api: Api;
  office: Office;
  db: Database;
  clock: MovableClock;
  seed: Seed;
  /** The session cookie of a seeded login (signed in on the clock's day). */
  cookie(login: string): Promise<string>;
}

async function seed(office: Office): Promise<Seed> {
  const agency = async (name: string, level: 'city' | 'county' | 'township', parentId: string | null) => {
    const r = await office.repos.agencies.create({ name, level, parentId });
    assert.ok(r.ok);
    return r.value.id;
  };
  const city = await agency('某市人民政府', 'city', null);
  const county = await agency('某县人民政府', 'county', city);
  const townA = await agency('甲镇人民政府', 'township', county);
  const townB = await agency('乙镇人民政府', 'township', county);
  const accounts = [
    ['clerkA', townA, 'clerk', '张经办'],
    ['approverA', townA, 'approver', '李审核'],
    ['adminA', townA, 'administrator', '王管理'],
    ['clerkB', townB, 'clerk', '赵经办'],
    ['approverB', townB, 'approver', '钱审核'],
    ['adminCounty', county, 'administrator', '孙管理'],
    ['supervisor', county, 'supervisor', '周监督'],
  ] as const;
  for (const [login, agencyId, role, displayName] of accounts) {
    const r = await createUser(office, null, { agencyId, login, displayName, role, password: PASSWORD });
    assert.ok(r.ok, r.ok ? '' : r.message);
  }
  return { city, county, townA, townB, logins: accounts.map((a) => a[0]) };
}

async function openEngine(engine: Engine): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (engine === 'embedded') {
    const r = await openEmbedded('memory');
    assert.ok(r.ok, r.ok ? '' : r.message);
    return { db: r.db, drop: async () => undefined };
  }
  const created = await createTestDatabase();
  assert.ok(created.ok, created.ok ? '' : created.reason);
  const r = await openServer(created.db.url);
  assert.ok(r.ok, r.ok ? '' : r.message);
  return { db: r.db, drop: () => created.db.drop() };
}

/** Opens a harness; the caller closes it. */
export async function openHarness(engine: Engine, options: ServerOptions & { today?: IsoDate } = {}): Promise<ApiHarness & { close(): Promise<void> }> {
  const { db, drop } = await openEngine(engine);
  const clock = movableClock(options.today ?? '2024-09-02');
  const office = createOffice(db, secretsFromKey(randomBytes(32)), clock);
  const seeded = await seed(office);
  const api = await buildServer(office, { publicRateLimit: 10_000, signInRateLimit: 10_000, ...options });
  const cookies = new Map<string, string>();
  return {
    api,
    office,
    db,
    clock,
    seed: seeded,
    async cookie(login) {
      // Sessions last hours: a test that moves the clock by days signs in again.
      const key = `${login} ${clock.today()}`;
      const known = cookies.get(key);
      if (known) return known;
      const r = await api.inject({ method: 'POST', url: '/api/session', payload: { login, password: PASSWORD } });
      assert.equal(r.statusCode, 200, r.body);
      const set = r.cookies.find((c) => c.name === 'gongkai_session');
      assert.ok(set);
      const cookie = `gongkai_session=${set.value}`;
      cookies.set(key, cookie);
      return cookie;
    },
    async close() {
      await api.close();
      await db.close();
      await drop();
    },
  };
}

const serverAvailable = await createTestDatabase().then(async (r) => {
  if (r.ok) await r.db.drop();
  return r.ok ? ({ ok: true } as const) : ({ ok: false, reason: r.reason } as const);
});

/** Runs `body` once per engine, each with its own harness (the server one skipped without a server outside CI). */
export function onBothEngines(title: string, body: (h: () => ApiHarness) => void, options: ServerOptions & { today?: IsoDate } = {}): void {
  for (const engine of ENGINES) {
    const skip = engine === 'server' ? skipWithoutServer(serverAvailable) : false;
    describe(`${title} (${engine === 'embedded' ? 'embedded PGlite' : 'PostgreSQL server'})`, { skip }, () => {
      let harness: (ApiHarness & { close(): Promise<void> }) | undefined;
      before(async () => {
        harness = await openHarness(engine, options);
      });
      after(async () => {
        await harness?.close();
      });
      body(() => {
        assert.ok(harness, 'harness not open');
        return harness;
      });
    });
  }
}
