// Test support for the crash tests: run crash-writer.ts in a child process, kill it with SIGKILL, and
// check the database afterwards.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import type { Database, OpenResult } from './db.js';

export const WRITER = join(dirname(fileURLToPath(import.meta.url)), 'crash-writer.ts');

export interface Acks {
  registered: Set<string>;
  /** Tracking code → the version acknowledged after the change. */
  changed: Map<string, number>;
}

export type Kill = { afterSpawnMs: number } | { afterReadyMs: number } | { afterAcks: number };

/** Runs the writer until `kill` says, kills it with SIGKILL, and collects what it acknowledged. */
export async function writeAndKill(kind: 'embedded' | 'server', where: string, kill: Kill, acks: Acks): Promise<{ acked: number; ready: boolean }> {
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, kind, where, 'write'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const closed = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  let acked = 0;
  let ready = false;
  const killNow = (): void => {
    child.kill('SIGKILL');
  };
  if ('afterSpawnMs' in kill) setTimeout(killNow, kill.afterSpawnMs);
  for await (const line of createInterface({ input: child.stdout })) {
    const [word, what, code, version] = line.split(' ');
    if (word === 'ready') {
      ready = true;
      if ('afterReadyMs' in kill) setTimeout(killNow, kill.afterReadyMs);
    } else if (word === 'ack' && what === 'register' && code) {
      acks.registered.add(code);
      acked++;
    } else if (word === 'ack' && what === 'change' && code) {
      acks.changed.set(code, Number(version));
      acked++;
    } else if (word === 'failed') {
      assert.fail(line);
    }
    if ('afterAcks' in kill && acked === kill.afterAcks) killNow();
  }
  const exit = await closed;
  assert.equal(exit.signal, 'SIGKILL', `the writer stopped by itself (${exit.code}): ${stderr}`);
  return { acked, ready };
}

export function opened(result: OpenResult): Database {
  if (!result.ok) assert.fail(`${result.code}: ${result.message}`);
  return result.db;
}

/** Every acknowledged write is there, and every application has exactly the events its state needs. */
export async function verify(db: Database, acks: Acks): Promise<number> {
  const rows = await db.query<{ code: string; version: number; outcome: string | null; events: number; registered: number; decided: number; first: string | null }>(
    `SELECT a.tracking_code AS code, a.version, a.outcome, count(e.id)::int AS events,
            count(e.id) FILTER (WHERE e.kind = 'registered')::int AS registered,
            count(e.id) FILTER (WHERE e.kind = 'decided')::int AS decided,
            (array_agg(e.kind ORDER BY e.id))[1] AS first
       FROM applications a LEFT JOIN application_events e ON e.application_id = a.id
      GROUP BY a.id`,
  );
  const byCode = new Map(rows.rows.map((r) => [r.code, r]));
  const lost = [...acks.registered].filter((c) => !byCode.has(c));
  assert.deepEqual(lost, [], 'acknowledged registrations lost');
  for (const [code, version] of acks.changed) {
    const row = byCode.get(code);
    assert.ok(row && row.version >= version && row.outcome === 'granted', `acknowledged change of ${code} lost`);
  }
  for (const r of rows.rows) {
    assert.equal(r.registered, 1, `${r.code}: ${r.registered} 'registered' events`);
    assert.equal(r.first, 'registered', `${r.code}: history does not start with 'registered'`);
    assert.equal(r.events, r.version, `${r.code}: version ${r.version} with ${r.events} events`);
    assert.equal(r.decided, r.outcome === null ? 0 : 1, `${r.code}: outcome ${r.outcome} with ${r.decided} 'decided' events`);
  }
  const orphans = await db.query(`SELECT 1 FROM application_events e WHERE NOT EXISTS (SELECT 1 FROM applications a WHERE a.id = e.application_id)`);
  assert.equal(orphans.rowCount, 0);
  return rows.rowCount;
}

