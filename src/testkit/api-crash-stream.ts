// Test support for the API crash tests (src/http/api-crash.test.ts): a client that streams concurrent
// writes to the real `gongkai serve` (serve-child.ts) — registrations, then events on each — recording
// every acknowledged response, until the server is killed with SIGKILL. The approach of
// src/db/crash-harness.ts, one level up: an acknowledgement here is an HTTP response.
import assert from 'node:assert/strict';
import { addDays } from '../core/calendar/iso-date.js';
import { stateAfter, type Acks, type AppAck, type Step, type Stored } from './api-crash-verify.js';
import { call, today, type Reply, type ServerChild, type Session } from './serve-child.js';

export const CLERK = { login: 'crash-clerk', password: 'Crash-test-password-1' };
/** One valid resident ID number for every applicant (sealed at rest; the parent unseals it). */
export const ID_NUMBER = '11010519491231002X';

/** The ways an application goes on after registration; each worker follows one part of one. */
function paths(on: string): Step[][] {
  return [
    [{ type: 'decide', on, outcome: 'granted' }, { type: 'deliver', on, method: '邮寄' }, { type: 'close', on }],
    [
      { type: 'requestCorrection', on, items: '请明确所需信息的名称', respondBy: addDays(on, 15) },
      { type: 'receiveCorrection', on },
      { type: 'decide', on, outcome: 'partiallyGranted' },
      { type: 'deliver', on },
    ],
    [{ type: 'startConsultation', on, party: 'thirdParty', name: '某某有限公司' }, { type: 'endConsultation', on }, { type: 'decide', on, outcome: 'deniedThirdParty' }],
  ];
}

/** The reference number that marks who sent a registration, and the phone number derived from it. */
export const referenceOf = (round: number, worker: number, seq: number): string => `R${round}-W${worker}-S${seq}`;
export function phoneOf(reference: string): string {
  const [r, w, s] = reference.slice(1).split(/-[WS]/).map(Number);
  return `1${String(r).padStart(2, '0')}${String(w).padStart(2, '0')}${String(s).padStart(6, '0')}`;
}

export function registration(reference: string, on: string): Record<string, unknown> {
  return {
    applicantType: 'naturalPerson',
    applicant: { name: '崩溃测试申请人', idNumber: ID_NUMBER, phone: phoneOf(reference), address: '某市某路1号' },
    content: '某项目的审批文件'.repeat(10),
    receipt: { channel: 'inPerson', submittedOn: on },
    referenceNumber: reference,
  };
}

export interface StreamPlan {
  round: number;
  workers: number;
  /** Kill the server this long after the `afterAcks`-th acknowledgement. */
  afterAcks: number;
  delayMs: number;
}

/**
 * Workers register applications and take each some steps down a path, one request at a time each,
 * until the server is killed (SIGKILL) as the plan says. Adds every acknowledged write to `acks`;
 * what was sent and not answered is kept as pending. Returns the unexpected answers (none expected).
 */
export async function streamAndKill(s: Session, child: ServerChild, plan: StreamPlan, acks: Acks): Promise<{ acked: number; errors: string[] }> {
  const on = today();
  const errors: string[] = [];
  let acked = 0;
  let killed = false;
  const kill = () => {
    if (killed) return;
    killed = true;
    try {
      process.kill(child.pid, 'SIGKILL');
    } catch {
      /* already gone: the exit check below says how */
    }
  };
  const ack = () => {
    if (++acked === plan.afterAcks) setTimeout(kill, plan.delayMs);
  };
  const unexpected = (what: string, r: Reply) => {
    errors.push(`${what}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`);
    kill();
  };

  const worker = async (w: number): Promise<void> => {
    for (let seq = 1; !killed; seq++) {
      const ref = referenceOf(plan.round, w, seq);
      acks.pendingRegistrations.add(ref);
      const r = await call(s, 'POST', '/api/applications', registration(ref, on));
      acks.pendingRegistrations.delete(ref);
      if (r.status !== 201) return unexpected(`register ${ref}`, r);
      const app: AppAck = { id: String(r.body['id']), trackingCode: String(r.body['trackingCode']), reference: ref, kinds: ['register'], pending: null };
      acks.apps.set(app.id, app);
      ack();
      const path = paths(on)[Math.floor(Math.random() * 3)]!;
      for (const step of path.slice(0, Math.floor(Math.random() * (path.length + 1)))) {
        if (killed) return;
        app.pending = step;
        const e = await call(s, 'POST', `/api/applications/${app.id}/events`, { version: app.kinds.length, event: step });
        app.pending = null;
        if (e.status !== 200) return unexpected(`${step.type} ${ref}`, e);
        app.kinds.push(step.type);
        const view = e.body['application'] as { version: number; state: string };
        if (view.version !== app.kinds.length || view.state !== stateAfter(app.kinds)) errors.push(`${ref}: answered version ${view.version}, state ${view.state} after ${app.kinds.join(',')}`);
        ack();
      }
    }
  };
  // A request cut off by the kill fails (connection reset): not acknowledged, stays pending.
  const running = Array.from({ length: plan.workers }, (_, w) =>
    worker(w + 1).catch((e: unknown) => {
      if (!killed) errors.push(`worker ${w + 1}: ${(e as Error).message} ${String((e as { cause?: unknown }).cause ?? '')}`);
    }),
  );
  await Promise.all(running);
  const exit = await child.exited;
  assert.equal(exit.signal, 'SIGKILL', `the server stopped by itself (${exit.code}): ${child.stderr()}`);
  return { acked, errors };
}

/** Every application as the server shows it: the list, page by page, and each one's history. */
export async function storedThroughApi(s: Session): Promise<Stored[]> {
  type Item = { id: string; trackingCode: string; referenceNumber: string | null; version: number; state: string; outcome: string | null; concludedOn: string | null };
  const items: Item[] = [];
  for (let total = Infinity; items.length < total; ) {
    const r = await call(s, 'GET', `/api/applications?limit=500&offset=${items.length}`);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    const page = r.body['items'] as Item[];
    total = r.body['total'] as number;
    if (page.length === 0) break;
    items.push(...page);
  }
  const stored: Stored[] = [];
  const next = async (): Promise<void> => {
    for (let item = items.pop(); item; item = items.pop()) {
      const h = await call(s, 'GET', `/api/applications/${item.id}/history`);
      assert.equal(h.status, 200, JSON.stringify(h.body));
      const history = h.body as unknown as { kind: string; payload: { outcome?: string; on?: string } }[];
      const decide = history.find((e) => e.kind === 'decide');
      stored.push({
        id: item.id,
        trackingCode: item.trackingCode,
        reference: item.referenceNumber,
        version: item.version,
        state: item.state,
        outcome: item.outcome,
        concludedOn: item.concludedOn,
        kinds: history.map((e) => e.kind),
        decided: decide?.payload.outcome && decide.payload.on ? { outcome: decide.payload.outcome, on: decide.payload.on } : null,
      });
    }
  };
  await Promise.all(Array.from({ length: 8 }, next));
  return stored;
}
